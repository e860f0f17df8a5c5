import { computed, type ComputedRef } from 'vue'
import { useMessages } from '@/locales'
import { useCompareStore } from '@/stores/compare'
import { useQuestionnaire } from './useQuestionnaire'
import { comparisonReport, type ComparisonReport } from '@/core/report/comparisonReport'

/** The comparison of the two chosen results, prepared once for the compare page and its print. */
export function useComparisonReport(): ComputedRef<ComparisonReport | null> {
  const store = useCompareStore()
  const t = useMessages()
  const { q } = useQuestionnaire()
  return computed(() => {
    const { a, b } = store
    if (!a || !b) return null
    return comparisonReport(q, a, b, { caption: t.compare.radarCaption(a.name, b.name), a: `A: ${a.name}`, b: `B: ${b.name}` })
  })
}
