/** The action plan: at most one action per factor, what / who / when. */
import type { Action } from '../model'

export const emptyAction = (factorId: string): Action => ({ factorId, what: '', who: '', when: '' })

const isBlank = (action: Action): boolean => action.what.trim() === '' && action.who.trim() === '' && action.when.trim() === ''

/** The plan's action for a factor, or an empty one to fill in. */
export function actionFor(actions: readonly Action[], factorId: string): Action {
  return actions.find((action) => action.factorId === factorId) ?? emptyAction(factorId)
}

/**
 * The plan with `next` in place of the factor's action. An action whose three fields are all blank
 * is removed, so an emptied action does not travel on in files and reports.
 */
export function withAction<A extends Action>(actions: readonly A[], next: A): A[] {
  const others = actions.filter((action) => action.factorId !== next.factorId)
  return isBlank(next) ? others : [...others, next]
}
