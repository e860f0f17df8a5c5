import type { nl } from './nl'
import { common } from './nl/common'
import { files } from './nl/files'
import { start } from './nl/start'

/** The shape every locale must have; a new locale that misses a string does not compile. */
export type Messages = typeof nl

/**
 * The start page's words ship with the first route; the rest of the Dutch text (results, workshop,
 * print, …) arrives with the first navigation elsewhere (`loadAllMessages`, awaited by the router),
 * which keeps the first route within its size budget. Until then the other sections are absent.
 * There is one locale (Dutch), so this is a constant object, filled in once.
 */
const messages = { ...common, files, start } as Messages

let loading: Promise<void> | undefined

/** Fills in every section of the UI text; cheap to call again. */
export function loadAllMessages(): Promise<void> {
  loading ??= import('./nl').then(({ nl: all }) => {
    Object.assign(messages, all)
  })
  return loading
}

/** The UI text; read it in templates as `t.nav.start`. */
export function useMessages(): Messages {
  return messages
}
