import { computed, toValue, type ComputedRef, type MaybeRefOrGetter } from 'vue'
import { useMessages } from '@/locales'
import { useQuestionnaire } from './useQuestionnaire'
import { comparisonReport, type ComparisonReport } from '@/core/report/comparisonReport'
import { sideLabel, type CompareSide } from '@/core/compare/compareSides'
import { comparisonRadarLabels } from '@/lib/charts/reportRadar'

/**
 * The comparison of the two chosen results, prepared once for the compare page and its print; each
 * side named by its team and date (the file name only when the result names no team or municipality).
 */
export function useComparisonReport(
  a: MaybeRefOrGetter<CompareSide | null>,
  b: MaybeRefOrGetter<CompareSide | null>,
): ComputedRef<ComparisonReport | null> {
  const t = useMessages()
  const { q } = useQuestionnaire()
  // The version travels along, so factors whose statements differ between versions are not compared.
  // A team's agreed scores travel too, so a lesson that sets one against a median says so.
  const labelled = (side: CompareSide) => {
    const { name, date } = sideLabel(side.result, side.name)
    return {
      ...side,
      name: t.series.compare.sideName(name, date === null ? null : t.date(date)),
      questionnaireVersion: side.result.questionnaireVersion,
      agreed: side.result.kind === 'team' ? side.result.agreed : null,
    }
  }
  return computed(() => {
    const [sideA, sideB] = [toValue(a), toValue(b)]
    if (!sideA || !sideB) return null
    const [named, other] = [labelled(sideA), labelled(sideB)]
    return comparisonReport(q, named, other, comparisonRadarLabels(t, named.name, other.name))
  })
}
