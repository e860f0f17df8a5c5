import { shallowRef } from 'vue'
import { nl } from './nl'

/** The shape every locale must have; a new locale that misses a string does not compile. */
export type Messages = typeof nl

const locales = { nl } satisfies Record<string, Messages>
export type LocaleId = keyof typeof locales

const current = shallowRef<Messages>(nl)

export function setLocale(id: LocaleId): void {
  current.value = locales[id]
  document.documentElement.lang = id
}

/** The UI text of the active locale; read it in templates as `t.nav.start`. */
export function useMessages(): Messages {
  return current.value
}
