import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { ResultFile } from '@/core/model'
import { summarizeResult } from '@/core/scan/summary'
import { compareResults } from '@/core/compare/compare'
import { isSameTeamTwoMoments, type CompareSide, type Side } from '@/core/compare/compareSides'
import { useDeviceStorage } from '@/composables/useDeviceStorage'

/** The two results put side by side; kept in memory while the user moves between pages. */
export const useCompareStore = defineStore('compare', () => {
  const questionnaire = currentQuestionnaire()
  const a = ref<CompareSide | null>(null)
  const b = ref<CompareSide | null>(null)
  onScopeDispose(
    useDeviceStorage().onClearAll(() => {
      a.value = null
      b.value = null
    }),
  )

  const comparison = computed(() => (a.value && b.value ? compareResults(questionnaire, a.value.summary, b.value.summary, { a: a.value.result.questionnaireVersion, b: b.value.result.questionnaireVersion }) : null))
  const isDevelopment = computed(() => (a.value && b.value ? isSameTeamTwoMoments(a.value.result, b.value.result) : false))

  function setSide(side: Side, name: string, result: ResultFile): void {
    const chosen = { name, result, summary: summarizeResult(questionnaire, result) }
    if (side === 'a') a.value = chosen
    else b.value = chosen
  }

  function clearSide(side: Side): void {
    if (side === 'a') a.value = null
    else b.value = null
  }

  function swap(): void {
    ;[a.value, b.value] = [b.value, a.value]
  }

  return { a, b, comparison, isDevelopment, setSide, clearSide, swap }
})
