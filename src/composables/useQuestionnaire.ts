import { inject, type InjectionKey } from 'vue'
import { questionnaire as contentQuestionnaire } from '@/content/questionnaire'
import type { Questionnaire } from '@/core/model'
import { questionnaireIndex, type QuestionnaireIndex } from '@/core/util/lookups'

/**
 * The one way a component reaches the questionnaire: the content module by default, or another
 * questionnaire provided under this key (tests: `mount(C, { global: { provide: { [questionnaireKey]: q } } })`).
 */
export const questionnaireKey: InjectionKey<Questionnaire> = Symbol('questionnaire')

export interface UseQuestionnaire extends QuestionnaireIndex {
  q: Questionnaire
}

export function useQuestionnaire(): UseQuestionnaire {
  const q = inject(questionnaireKey, contentQuestionnaire)
  return { q, ...questionnaireIndex(q) }
}
