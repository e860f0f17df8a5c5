import type { nl } from './nl'
import { startPage } from './nl/startPage'

/** The shape every locale must have; a new locale that misses a string does not compile. */
export type Messages = typeof nl

/**
 * The start page's words (`nl/startPage.ts`) ship with the first route; the rest of the Dutch text
 * (results, workshop, print, …) arrives with the first navigation elsewhere (`loadAllMessages`,
 * awaited by the router), which keeps the first route within its size budget. Until then the other
 * sections are absent. There is one locale (Dutch), so this is a constant object, filled in once.
 */
const messages = { ...startPage } as Messages

let loading: Promise<void> | undefined

/** Fills in every section of the UI text; cheap to call again. */
export function loadAllMessages(): Promise<void> {
  loading ??= import('./nl').then(({ nl: all }) => {
    Object.assign(messages, all)
  })
  return loading
}

/**
 * The UI text; read it in templates as `t.nav.start`. There is one locale (Dutch), so this is a
 * constant: a second locale would need a reactive switch that re-renders, not just a new object.
 */
export function useMessages(): Messages {
  return messages
}
