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

/** The fingerprint as people can read it aloud: 8 hex digits in two groups. */
export function sessionLabel(fingerprint: number): string {
  const hex = fingerprint.toString(16).toUpperCase().padStart(8, '0')
  return `${hex.slice(0, 4)}-${hex.slice(4)}`
}

/** The invitation link: this page's own address with the invitation in the fragment. */
export function invitationUrl(code: string): string {
  return `${window.location.href.split('#')[0] ?? ''}#/uitnodiging/${code}`
}
