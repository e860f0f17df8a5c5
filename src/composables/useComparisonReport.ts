import { computed, type ComputedRef } from 'vue'
import { useMessages } from '@/locales'
import { useCompareStore } from '@/stores/compare'
import { useQuestionnaire } from './useQuestionnaire'
import { comparisonReport, type ComparisonReport } from '@/core/report/comparisonReport'
import { sideLabel } from '@/core/compare/compareSides'
import type { CompareSide } from '@/stores/compare'

/** The comparison of the two chosen results, prepared once for the compare page and its print. */
export function useComparisonReport(): ComputedRef<ComparisonReport | null> {
  const store = useCompareStore()
  const t = useMessages()
  const { q } = useQuestionnaire()
  return computed(() => {
    if (!store.a || !store.b) return null
    // Each side by its team and date, not by the file it came from.
    const labelled = (side: CompareSide): CompareSide & { questionnaireVersion: string } => {
      const { name, date } = sideLabel(side.result, side.name)
      return { ...side, name: t.series.compare.sideName(name, date === null ? null : t.date(date)), questionnaireVersion: side.result.questionnaireVersion }
    }
    const [a, b] = [labelled(store.a), labelled(store.b)]
    return comparisonReport(q, a, b, { caption: t.compare.radarCaption(a.name, b.name), a: `A: ${a.name}`, b: `B: ${b.name}` })
  })
}
