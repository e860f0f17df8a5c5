/**
 * Hand-in codes and invitations whose CRC is intact but whose body is not what this version writes:
 * cut short, padded or with flipped bits, then sealed again. The CRC cannot catch these, so the
 * readers themselves must refuse them (or read a valid value) and never throw.
 */
import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import { sealCode, type CodeKind } from '@/core/files/codeLayout'
import { fromBase64Url, toBase64Url } from '@/core/files/bits'
import { decodeInvitation, encodeInvitation, type WorkshopSetup } from '@/core/files/invitation'
import { decodeHandinBytes, encodeHandinBytes } from '@/core/files/handinCode'
import { emptyAnswers } from '@/core/files/newResult'
import { decodeShortShareFragment, importErrorOf } from '@/core/files/shortLink'
import { SHORT_SHARE_PREFIX } from '@/core/files/shareLink'

/** The body between the two header bytes and the four CRC bytes. */
const bodyOf = (sealed: Uint8Array) => sealed.slice(2, sealed.length - 4)
const reseal = (kind: CodeKind, body: Uint8Array) => sealCode(kind, body)
/** The body once for every single bit flipped. */
const flips = (body: Uint8Array) =>
  Array.from({ length: body.length * 8 }, (_, at) => {
    const flipped = body.slice()
    flipped[at >> 3] = (flipped[at >> 3] ?? 0) ^ (1 << (at & 7))
    return flipped
  })

const setup: WorkshopSetup = {
  team: 'Noord',
  municipality: 'Ede',
  date: '2026-11-23',
  mode: 'kort',
  includeClientModule: true,
  outOfScope: [questionnaire.factors[0]!.id],
  round: 2,
  askOnly: [questionnaire.factors[1]!.id],
}
const invitationBody = bodyOf(fromBase64Url(encodeInvitation(questionnaire, setup)))
const invitationOf = (body: Uint8Array) => decodeInvitation(questionnaire, toBase64Url(reseal('uitnodiging', body)))

const answers = {
  ...emptyAnswers(),
  mode: 'kort' as const,
  answers: Object.fromEntries(questionnaire.factors.flatMap((f) => f.statements.map((s) => [s.id, 3 as const]))),
  important: [questionnaire.factors[0]!.id],
  outOfScope: [questionnaire.factors[2]!.id],
  access: 'weet-niet' as const,
  ownGuess: 'beperkt' as const,
  profile: { role: questionnaire.roles[0]!.label },
}
const handinBody = bodyOf(encodeHandinBytes(questionnaire, answers, 42))
const handinOf = (body: Uint8Array) => decodeHandinBytes(questionnaire, reseal('inlevering', body))

describe('an invitation with an intact seal around a wrong body', () => {
  it('reads the untouched body back', () => {
    expect(invitationOf(invitationBody)).toMatchObject({ ok: true, value: { setup } })
  })

  it('is refused as damaged when cut short anywhere or padded', () => {
    for (let length = 0; length < invitationBody.length; length++) {
      expect(invitationOf(invitationBody.slice(0, length)), `cut at ${length}`).toEqual({ ok: false, error: 'beschadigd' })
    }
    expect(invitationOf(Uint8Array.from([...invitationBody, 0xff]))).toEqual({ ok: false, error: 'beschadigd' })
  })

  it('never throws on a flipped bit, and what it reads is a valid setup', () => {
    const outcomes = flips(invitationBody).map(invitationOf)
    const errors = new Set(outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.error])))
    const read = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value.setup] : []))
    expect([...errors].filter((error) => error !== 'beschadigd' && error !== 'andere-vragenlijst')).toEqual([])
    expect(read.length).toBeGreaterThan(0)
    expect(read.filter((one) => one.round !== 1 && one.round !== 2)).toEqual([])
    // Only a second round asks a selection of factors.
    expect(read.filter((one) => one.askOnly.length > 0 !== (one.round === 2))).toEqual([])
  })

  it('is refused when it is not a text, too long, or no base64url', () => {
    expect(decodeInvitation(questionnaire, 42)).toEqual({ ok: false, error: 'geen-code' })
    expect(decodeInvitation(questionnaire, 'a'.repeat(1001))).toEqual({ ok: false, error: 'geen-code' })
    expect(decodeInvitation(questionnaire, 'https://voorbeeld.nl/#/uitnodiging/!!')).toEqual({ ok: false, error: 'geen-code' })
  })
})

describe('a hand-in code with an intact seal around a wrong body', () => {
  it('reads the untouched body back, session and all', () => {
    const outcome = handinOf(handinBody)
    expect(outcome.ok && outcome.value.session).toBe(42)
    expect(outcome.ok && outcome.value.answers).toMatchObject({ mode: 'kort', important: answers.important, access: 'weet-niet', ownGuess: 'beperkt', profile: answers.profile })
  })

  it('is refused when cut short anywhere or padded', () => {
    for (let length = 0; length < handinBody.length; length++) {
      const outcome = handinOf(handinBody.slice(0, length))
      expect(outcome.ok, `cut at ${length}`).toBe(false)
      expect(['beschadigd', 'andere-vragenlijst']).toContain(outcome.ok ? '' : outcome.error)
    }
    expect(handinOf(Uint8Array.from([...handinBody, 0xff]))).toEqual({ ok: false, error: 'beschadigd' })
  })

  it('never throws on a flipped bit, and never reads a role the questionnaire does not have', () => {
    const roles = new Set(questionnaire.roles.map((role) => role.label))
    const outcomes = flips(handinBody).map(handinOf)
    const errors = new Set(outcomes.flatMap((outcome) => (outcome.ok ? [] : [outcome.error])))
    const read = outcomes.flatMap((outcome) => (outcome.ok ? [outcome.value.answers] : []))
    expect([...errors].filter((error) => error !== 'beschadigd' && error !== 'andere-vragenlijst')).toEqual([])
    expect(read.length).toBeGreaterThan(0)
    expect(read.filter((one) => one.profile.role !== undefined && !roles.has(one.profile.role))).toEqual([])
  })
})

describe('short share links', () => {
  const fragment = SHORT_SHARE_PREFIX + toBase64Url(encodeHandinBytes(questionnaire, answers, 7))

  it('open with or without the leading "#"', () => {
    expect(decodeShortShareFragment(questionnaire, `#${fragment}`)).toMatchObject({ ok: true, value: { session: 7 } })
    expect(decodeShortShareFragment(questionnaire, fragment)).toMatchObject({ ok: true, value: { session: 7 } })
  })

  it('are no code when too long or not base64url', () => {
    expect(decodeShortShareFragment(questionnaire, fragment + 'A'.repeat(1000))).toEqual({ ok: false, error: 'geen-code' })
    expect(decodeShortShareFragment(questionnaire, `${SHORT_SHARE_PREFIX}a+b`)).toEqual({ ok: false, error: 'geen-code' })
  })

  it('map a refused code to the import message: its own for newer, foreign and other-session codes, else "ongeldige link"', () => {
    expect(importErrorOf('nieuwere-versie')).toEqual({ code: 'nieuwere-versie' })
    expect(importErrorOf('andere-vragenlijst')).toEqual({ code: 'andere-vragenlijst' })
    expect(importErrorOf('andere-sessie')).toEqual({ code: 'andere-sessie' })
    expect(importErrorOf('beschadigd')).toEqual({ code: 'ongeldige-link', detail: 'beschadigd' })
    expect(importErrorOf('geen-code')).toEqual({ code: 'ongeldige-link', detail: 'geen-code' })
  })
})
