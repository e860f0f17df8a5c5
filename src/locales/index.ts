import { nl } from './nl'

/** The shape every locale must have; a new locale that misses a string does not compile. */
export type Messages = typeof nl

/**
 * The UI text; read it in templates as `t.nav.start`. There is one locale (Dutch), so this is a
 * constant: a second locale would need a reactive switch that re-renders, not just a new object.
 */
export function useMessages(): Messages {
  return nl
}
