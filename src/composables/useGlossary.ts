import { inject, type InjectionKey } from 'vue'
import type { GlossaryEntry } from '@/core/model'
import { glossary } from '@/content/glossary'

/**
 * The glossary terms a text links to: the content module by default, or another list provided under
 * this key (tests). Components reach it through here, never by importing the content; only the lazy
 * pages that show content text import this, so the glossary stays off the first route.
 */
export const glossaryKey: InjectionKey<readonly GlossaryEntry[]> = Symbol('glossary')

export function useGlossary(): readonly GlossaryEntry[] {
  return inject(glossaryKey, null) ?? glossary
}
