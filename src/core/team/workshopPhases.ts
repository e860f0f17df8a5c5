/**
 * The facilitator's page follows the meeting: prepare the invitation, bring the results in, discuss
 * them, close with actions and the report. The ids are route parameters (`#/workshop/bespreken`).
 */
export const workshopPhases = ['voorbereiden', 'binnenhalen', 'bespreken', 'afronden'] as const
export type WorkshopPhase = (typeof workshopPhases)[number]

export function isWorkshopPhase(value: unknown): value is WorkshopPhase {
  return typeof value === 'string' && (workshopPhases as readonly string[]).includes(value)
}

/**
 * Where a facilitator who opens `#/workshop` without a phase picks up: the set-up while there is
 * neither an invitation nor anyone in, bringing in while people are still expected, else the talk.
 */
export function phaseToResume(state: { invited: boolean; received: number; expected: number | null }): WorkshopPhase {
  if (state.received === 0) return state.invited ? 'binnenhalen' : 'voorbereiden'
  if (state.expected !== null && state.received < state.expected) return 'binnenhalen'
  return 'bespreken'
}
