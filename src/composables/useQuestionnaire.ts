import { inject, shallowRef, type InjectionKey } from 'vue'
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

/**
 * The Dutch questionnaire is the largest part of the app's own code (about 25 KB gzip), so it is a
 * chunk of its own, off the first route: the router awaits it before any page but the start page
 * resolves, and the start page renders without it and shows what depends on it once it is here.
 */
const loaded = shallowRef<Questionnaire>()
let loading: Promise<Questionnaire> | undefined

/** Fetches the content chunk (once); main.ts starts it at once, the router awaits it. */
export function loadQuestionnaire(): Promise<Questionnaire> {
  loading ??= import('@/content/questionnaire').then(({ questionnaire }) => (loaded.value = questionnaire))
  return loading
}

/** The content once it has arrived, undefined before; reactive, for what the start page shows. */
export function loadedQuestionnaire(): Questionnaire | undefined {
  return loaded.value
}

/**
 * The content for a store: stores are created by the pages that use them, and the router has the
 * content before any page but the start page, whose stores do not need it. A store that imported the
 * content module instead would pull it onto the first route.
 */
export function currentQuestionnaire(): Questionnaire {
  if (!loaded.value) throw new Error('a store needed the questionnaire before loadQuestionnaire() resolved')
  return loaded.value
}

export function useQuestionnaire(): UseQuestionnaire {
  const q = inject(questionnaireKey, null) ?? loaded.value
  // Only the start page renders before the content is here, and it asks loadedQuestionnaire().
  if (!q) throw new Error('useQuestionnaire() before loadQuestionnaire() resolved')
  return { q, ...questionnaireIndex(q) }
}
