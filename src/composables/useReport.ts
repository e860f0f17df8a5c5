import { computed, type Ref } from 'vue'
import { useMessages } from '@/locales'
import { useQuestionnaire } from '@/composables/useQuestionnaire'
import { buildReport } from '@/core/report/reportData'
import { FULL_REPORT_LIMITS, REPORT_LIMITS } from '@/core/report/reportLimits'
import type { ReportInput } from '@/core/report/reportShape'
import type { ReportKind } from '@/core/report/reportKinds'
import { reportDocument } from '@/core/report/reportDocument'
import { factorRadar, type RadarData } from '@/core/scan/radar'
import { radarSummaryText } from '@/components/charts/radarSummary'
import { comparisonRadar, teamRadar } from '@/core/team/teamRadar'
import { isoDate, resultFileName } from '@/core/files/fileNames'
import { serializeCollection, serializeResult } from '@/core/files/fileFormat'
import type { ResultFile } from '@/core/model'
import { useAssessmentStore } from '@/stores/assessment'
import { useAssessmentSummaryStore } from '@/stores/assessmentSummary'
import { useWorkshopStore } from '@/stores/workshop'
import { useCompareStore } from '@/stores/compare'

/**
 * One report (result, workshop or comparison) prepared from the stores once: the print layout,
 * the Word file and the HTML file all render what this returns.
 */
export function useReport(kind: Ref<ReportKind>) {
  const t = useMessages()
  const { q: questionnaire } = useQuestionnaire()
  const assessment = useAssessmentStore()
  const assessmentSummary = useAssessmentSummaryStore()
  const workshop = useWorkshopStore()
  const compare = useCompareStore()
  const today = isoDate(new Date())

  const input = computed<ReportInput | null>(() => {
    // The series report has its own layout and no Word or HTML version.
    if (kind.value === 'reeks') return null
    if (kind.value === 'resultaat') {
      if (assessment.progress.answered === 0) return null
      return {
        kind: 'resultaat',
        profile: assessment.answers.profile,
        summary: assessmentSummary.summary,
        actions: assessment.actions,
        notes: assessment.answers.notes,
        today,
      }
    }
    if (kind.value === 'workshop') {
      if (workshop.team === null) return null
      return {
        kind: 'workshop',
        profile: workshop.profile,
        team: workshop.team,
        agreed: workshop.agreed,
        agenda: workshop.agenda?.items ?? [],
        actions: workshop.actions,
        today,
      }
    }
    const { a, b, comparison } = compare
    if (!a || !b || !comparison) return null
    const side = (chosen: typeof a) => ({
      name: chosen.name,
      profile: chosen.result.profile,
      summary: chosen.summary,
      participants: chosen.result.kind === 'team' ? chosen.result.participantCount : 1,
      actions: chosen.result.actions,
      agreed: chosen.result.kind === 'team' ? chosen.result.agreed : null,
    })
    return { kind: 'vergelijking', a: side(a), b: side(b), comparison, today }
  })

  /** The printed version keeps to four pages; the Word and HTML versions hold every list whole. */
  const data = computed(() => (input.value === null ? null : buildReport(questionnaire, input.value, REPORT_LIMITS)))
  const fullData = computed(() => (input.value === null ? null : buildReport(questionnaire, input.value, FULL_REPORT_LIMITS)))

  const radar = computed<RadarData | null>(() => {
    const current = input.value
    if (current === null) return null
    if (current.kind === 'resultaat') return factorRadar(questionnaire, current.summary.factors, t.results.charts.allFactors, t.results.charts.seriesOwn)
    if (current.kind === 'workshop') {
      return teamRadar(questionnaire, current.team, {
        caption: t.workshop.picture.radarCaption,
        median: t.workshop.picture.median,
        band: t.workshop.picture.band,
      })
    }
    return comparisonRadar(questionnaire, current.a.summary.factors, current.b.summary.factors, {
      caption: t.compare.radarCaption(current.a.name, current.b.name),
      a: `A: ${current.a.name}`,
      b: `B: ${current.b.name}`,
    })
  })

  const radarAlt = computed(() => {
    if (radar.value === null) return ''
    return t.print.radarAlt(radar.value.caption, radarSummaryText(t, radar.value))
  })

  const document = computed(() => (data.value === null ? null : reportDocument(questionnaire, data.value, t.report, { radarAlt: radarAlt.value, short: true })))
  const fullDocument = computed(() =>
    fullData.value === null ? null : reportDocument(questionnaire, fullData.value, t.report, { radarAlt: radarAlt.value, short: false }),
  )

  /** The file the HTML report carries: the result, or both results of a comparison. */
  const embedded = computed<{ text: string; main: ResultFile } | null>(() => {
    if (kind.value === 'resultaat') return input.value === null ? null : { text: serializeResult(assessment.result), main: assessment.result }
    if (kind.value === 'workshop') return workshop.teamResult === null ? null : { text: serializeResult(workshop.teamResult), main: workshop.teamResult }
    if (kind.value === 'reeks') return null
    const { a, b } = compare
    if (!a || !b) return null
    const now = new Date().toISOString()
    return {
      text: serializeCollection([
        { name: a.name, savedAt: now, result: a.result },
        { name: b.name, savedAt: now, result: b.result },
      ]),
      main: a.result,
    }
  })

  /** "integraalscan-voorbeeldstad-wijkteam-noord-2026-11-23-verslag" (+ the extension). */
  const fileBase = computed(() => {
    const main = embedded.value?.main
    const base = main ? resultFileName(main, 'json', today).replace(/\.json$/, '') : `integraalscan-${today}`
    return `${base}-${kind.value === 'vergelijking' ? 'vergelijking' : 'verslag'}`
  })

  return { input, data, radar, radarAlt, document, fullDocument, embedded, fileBase, today }
}
