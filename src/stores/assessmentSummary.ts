import { defineStore } from 'pinia'
import { computed } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import { summarize } from '@/core/scan/summary'
import { useAssessmentStore } from './assessment'

/**
 * The summary of this device's scan, in a store of its own so that the scoring and team code
 * loads with the result pages, not with the first page.
 */
export const useAssessmentSummaryStore = defineStore('assessmentSummary', () => {
  const questionnaire = currentQuestionnaire()
  const assessment = useAssessmentStore()
  const summary = computed(() => summarize(questionnaire, assessment.answers))
  return { summary }
})
