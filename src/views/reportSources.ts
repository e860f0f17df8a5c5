import type { ComputedRef } from 'vue'
import { useQuestionnaire } from '@/composables/useQuestionnaire'
import { useComparisonReport } from '@/composables/useComparisonReport'
import type { ReportSourceData } from '@/composables/useReport'
import type { ReportKind } from '@/core/report/reportKinds'
import type { ComparisonReport } from '@/core/report/comparisonReport'
import type { CompareSide } from '@/core/compare/compareSides'
import { isoDate } from '@/core/files/fileNames'
import { serializeCollection, serializeResult } from '@/core/files/fileFormat'
import { useAssessmentStore } from '@/stores/assessment'
import { useAssessmentSummaryStore } from '@/stores/assessmentSummary'
import { useWorkshopStore } from '@/stores/workshop'
import { useCompareStore } from '@/stores/compare'
import { useSeriesStore } from '@/stores/series'

/** One printable report: what it is made of, and where it came from. */
export interface ReportSource extends ReportSourceData {
  /** There is something to print. */
  ready: boolean
  /** The factors printed: the footer cites the reports they draw on. */
  factorIds: string[]
}

const sideInput = (side: CompareSide) => ({
  name: side.name,
  profile: side.result.profile,
  summary: side.summary,
  participants: side.result.kind === 'team' ? side.result.participantCount : 1,
  actions: side.result.actions,
  agreed: side.result.kind === 'team' ? side.result.agreed : null,
})

/**
 * Every printable report and where its content comes from, one entry per kind: the print page,
 * the Word file and the HTML file read the same entry. Each entry is a function, so a page reads
 * (and depends on) only the stores of the report it shows.
 */
export function useReportSources(): {
  sources: Readonly<Record<ReportKind, () => ReportSource>>
  comparison: ComputedRef<ComparisonReport | null>
} {
  const { q } = useQuestionnaire()
  const assessment = useAssessmentStore()
  const assessmentSummary = useAssessmentSummaryStore()
  const workshop = useWorkshopStore()
  const compare = useCompareStore()
  const series = useSeriesStore()
  const today = isoDate(new Date())
  const comparison = useComparisonReport(() => compare.a, () => compare.b)

  const allFactors = () => q.factors.map((factor) => factor.id)

  const sources: Record<ReportKind, () => ReportSource> = {
    resultaat: () => {
      const { summary } = assessmentSummary
      const ready = assessment.progress.answered > 0
      return {
        kind: 'resultaat',
        ready,
        input: ready ? { kind: 'resultaat', profile: assessment.answers.profile, summary, actions: assessment.actions, notes: assessment.answers.notes, today } : null,
        embedded: ready ? { text: serializeResult(assessment.result), main: assessment.result } : null,
        factorIds: summary.factors.map((factor) => factor.factorId),
        today,
      }
    },
    workshop: () => {
      const { team, teamResult } = workshop
      return {
        kind: 'workshop',
        ready: team !== null,
        input:
          team === null
            ? null
            : { kind: 'workshop', profile: workshop.profile, team, agreed: workshop.agreed, agenda: workshop.agenda?.items ?? [], actions: workshop.actions, today },
        embedded: teamResult === null ? null : { text: serializeResult(teamResult), main: teamResult },
        factorIds: team?.summary.factors.map((factor) => factor.factorId) ?? [],
        today,
      }
    },
    vergelijking: () => {
      const { a, b, comparison: compared } = compare
      const named = comparison.value
      const ready = a !== null && b !== null && compared !== null && named !== null
      const now = new Date().toISOString()
      return {
        kind: 'vergelijking',
        ready,
        input: ready ? { kind: 'vergelijking', a: sideInput(a), b: sideInput(b), comparison: compared, today } : null,
        embedded: ready
          ? {
              text: serializeCollection([
                { name: a.name, savedAt: now, result: a.result },
                { name: b.name, savedAt: now, result: b.result },
              ]),
              main: a.result,
            }
          : null,
        factorIds: allFactors(),
        today,
      }
    },
    reeks: () => ({
      kind: 'reeks',
      ready: series.overview.moments.length > 0,
      input: null,
      embedded: null,
      factorIds: allFactors(),
      today,
    }),
  }
  return { sources, comparison }
}
