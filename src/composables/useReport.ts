import { computed, toValue, type MaybeRefOrGetter } from 'vue'
import { useMessages } from '@/locales'
import { useQuestionnaire } from '@/composables/useQuestionnaire'
import { buildReport } from '@/core/report/reportData'
import { FULL_REPORT_LIMITS, printedLimits } from '@/core/report/reportLimits'
import type { ReportInput } from '@/core/report/reportShape'
import type { ReportKind } from '@/core/report/reportKinds'
import { reportDocument } from '@/core/report/reportDocument'
import type { RadarData } from '@/core/scan/radar'
import { resultFileName } from '@/core/files/fileNames'
import type { ResultFile } from '@/core/model'
import { radarSummaryText } from '@/lib/charts/radarSummary'
import { reportRadar } from '@/lib/charts/reportRadar'

/** The file an HTML report carries (the result, or both results of a comparison) and the result that names it. */
export interface EmbeddedFile {
  text: string
  main: ResultFile
}

/** Where a report's content comes from: the page passes it in (see views/reportSources.ts). */
export interface ReportSourceData {
  kind: ReportKind
  /** Null before there is anything to report, and for the series (its documents come from useSeriesReport). */
  input: ReportInput | null
  embedded: EmbeddedFile | null
  /** The ISO date of printing, for what carries no date of its own. */
  today: string
}

/**
 * One report (result, workshop or comparison) prepared once: the print layout, the Word file and
 * the HTML file all render what this returns.
 */
export function useReport(source: MaybeRefOrGetter<ReportSourceData>) {
  const t = useMessages()
  const { q: questionnaire } = useQuestionnaire()
  const input = computed(() => toValue(source).input)
  const embedded = computed(() => toValue(source).embedded)

  /** The printed version keeps to four pages; the Word and HTML versions hold every list whole. */
  const data = computed(() => (input.value === null ? null : buildReport(questionnaire, input.value, printedLimits(input.value.kind))))
  const fullData = computed(() => (input.value === null ? null : buildReport(questionnaire, input.value, FULL_REPORT_LIMITS)))
  const radar = computed<RadarData | null>(() => (input.value === null ? null : reportRadar(questionnaire, t, input.value)))
  const radarAlt = computed(() => (radar.value === null ? '' : t.print.radarAlt(radar.value.caption, radarSummaryText(t, radar.value))))
  const document = computed(() => (data.value === null ? null : reportDocument(questionnaire, data.value, t.report, { radarAlt: radarAlt.value, short: true })))
  const fullDocument = computed(() =>
    fullData.value === null ? null : reportDocument(questionnaire, fullData.value, t.report, { radarAlt: radarAlt.value, short: false }),
  )

  /** "integraalscan-voorbeeldstad-wijkteam-noord-2026-11-23-verslag" (+ the extension). */
  const fileBase = computed(() => {
    const { kind, today } = toValue(source)
    const main = embedded.value?.main
    const base = main ? resultFileName(main, 'json', today).replace(/\.json$/, '') : `integraalscan-${today}`
    return `${base}-${kind === 'vergelijking' ? 'vergelijking' : 'verslag'}`
  })

  return { input, data, radar, radarAlt, document, fullDocument, embedded, fileBase }
}
