import type { Messages } from '@/locales'
import type { ReceiveOutcome } from '@/core/files/receiveOutcome'
import type { AddOutcome } from '@/core/team/participant'
import { importErrorOf } from '@/core/files/shortLink'

/** One Dutch sentence per outcome of reading a hand-in code. */
export function receiveMessage(t: Messages, outcome: ReceiveOutcome): string {
  switch (outcome.status) {
    case 'toegevoegd':
      return outcome.round === 2 ? t.handin.receive.addedRoundTwo(outcome.number) : t.handin.receive.added(outcome.label)
    case 'dubbel':
      return outcome.round === 2 ? t.handin.receive.duplicateRoundTwo(outcome.number) : t.handin.receive.duplicate(outcome.label)
    case 'fout':
      return `${t.handin.errors[outcome.error]} ${t.handin.unchanged}`
  }
}

export function receiveTone(outcome: ReceiveOutcome): 'success' | 'warning' | 'error' {
  return outcome.status === 'toegevoegd' ? 'success' : outcome.status === 'dubbel' ? 'warning' : 'error'
}

/** A hand-in pasted into the workshop's link field, told in that field's own words. */
export function receiveAsAddOutcome(t: Messages, outcome: ReceiveOutcome): AddOutcome {
  if (outcome.status === 'fout') return { name: 'link', status: 'fout', error: importErrorOf(outcome.error) }
  const label = outcome.round === 2 ? t.handin.roundTwo.participant(outcome.number) : outcome.label
  return { name: 'link', status: outcome.status, label }
}
