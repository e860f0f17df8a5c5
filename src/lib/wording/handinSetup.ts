import type { Messages } from '@/locales'
import type { Questionnaire } from '@/core/model'
import type { WorkshopSetup } from '@/core/files/invitation'
import { questionnaireIndex } from '@/core/util/lookups'

/** "Wijkteam Noord, Súdwest-Fryslân, 23 november 2026 (ronde 1, snelle scan, …)" */
export function describeSetup(t: Messages, q: Questionnaire, setup: WorkshopSetup): string {
  const who = [setup.team, setup.municipality].filter(Boolean).join(', ')
  const when = setup.date ? t.date(setup.date) : ''
  const head = [who, when].filter(Boolean).join(', ')
  const parts = [
    t.handin.describe.round(setup.round),
    t.handin.describe.mode[setup.mode],
    t.handin.describe.client(setup.includeClientModule),
    setup.round === 2
      ? `${t.handin.describe.askOnly(setup.askOnly.length)} (${setup.askOnly.map((id) => questionnaireIndex(q).factorTitle(id)).join(', ')})`
      : t.handin.describe.outOfScope(setup.outOfScope.length),
  ]
  return head === '' ? `(${parts.join(', ')})` : `${head} (${parts.join(', ')})`
}

/** Whose workshop it is: "Wijkteam Noord, Ede"; empty when the invitation names neither. */
export function workshopName(setup: WorkshopSetup): string {
  return [setup.team, setup.municipality].filter(Boolean).join(', ')
}

/**
 * The line that keeps the workshop in view during the scan: "Workshop Wijkteam Noord, Ede · 3 december
 * 2026". Empty when the invitation names no one and no date: a bare "Workshop" would tell nothing.
 */
export function workshopLine(t: Messages, setup: WorkshopSetup): string {
  const name = workshopName(setup)
  if (name === '' && !setup.date) return ''
  // The date does not break over two lines on a phone ("3 / december 2026"): its spaces do not break.
  return t.handin.invitation.line(name, setup.date ? t.date(setup.date).replace(/ /g, '\u00a0') : '')
}

/** The fingerprint as people can read it aloud: 8 hex digits in two groups. */
export function sessionLabel(fingerprint: number): string {
  const hex = fingerprint.toString(16).toUpperCase().padStart(8, '0')
  return `${hex.slice(0, 4)}-${hex.slice(4)}`
}

/** The invitation link: this page's own address with the invitation in the fragment. */
export function invitationUrl(code: string): string {
  return `${window.location.href.split('#')[0] ?? ''}#/uitnodiging/${code}`
}
