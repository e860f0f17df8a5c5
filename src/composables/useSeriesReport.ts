import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { useMessages } from '@/locales'
import { useQuestionnaire } from '@/composables/useQuestionnaire'
import type { SeriesMomentView, SeriesOverview } from '@/core/series/series'
import type { SeriesEntry } from '@/core/series/seriesEntry'
import { targetRadar, type Targets } from '@/core/series/targets'
import type { RadarData } from '@/core/scan/radar'
import { seriesDocument } from '@/core/report/seriesReport'
import { FULL_SERIES_REPORT_LIMITS, type SeriesReportLimits } from '@/core/report/reportLimits'
import { seriesFileName } from '@/core/files/fileNames'
import { radarSummaryText } from '@/lib/charts/radarSummary'

/** The latest scores and the targets as one radar: the same on the series page and in its report. */
export function useTargetRadar(latest: MaybeRefOrGetter<SeriesMomentView<SeriesEntry> | undefined>, targets: MaybeRefOrGetter<Targets>): ComputedRef<RadarData | null> {
  const t = useMessages()
  const { q } = useQuestionnaire()
  return computed(() => {
    const moment = toValue(latest)
    if (moment === undefined) return null
    return targetRadar(q, moment.summary.factors, toValue(targets), {
      caption: t.series.targets.radarCaption(moment.date === null ? moment.name : t.date(moment.date)),
      score: t.series.targets.score,
      target: t.series.targets.target,
    })
  })
}

/**
 * The series report, prepared once: the print view renders the document and draws its radar, the
 * Word and HTML files render the full document with the same radar.
 */
export function useSeriesReport(overview: MaybeRefOrGetter<SeriesOverview<SeriesEntry>>, targets: MaybeRefOrGetter<Targets>, today: MaybeRefOrGetter<string>) {
  const t = useMessages()
  const { q } = useQuestionnaire()
  const radar = useTargetRadar(() => toValue(overview).moments.at(-1), targets)
  const radarAlt = computed(() => (radar.value === null ? null : t.print.radarAlt(radar.value.caption, radarSummaryText(t, radar.value))))
  const make = (limits?: SeriesReportLimits) =>
    radarAlt.value === null ? null : seriesDocument(q, toValue(overview), toValue(targets), t.seriesReport, { radarAlt: radarAlt.value, today: toValue(today), limits })
  const document = computed(() => make())
  const fullDocument = computed(() => make(FULL_SERIES_REPORT_LIMITS))
  /** "integraalscan-meetreeks-wijkteam-noord-2026-12-07-verslag" (+ the extension), as useReport names the others. */
  const fileBase = computed(() => `${seriesFileName(toValue(overview).teams[0], 'json', toValue(today)).replace(/\.json$/, '')}-verslag`)
  return { document, fullDocument, radar, fileBase }
}
