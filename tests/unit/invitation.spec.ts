import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { questionnaire } from '@/content/questionnaire'
import { codeLayout } from '@/core/files/codeLayout'
import { fromBase64Url, toBase64Url } from '@/core/files/bits'
import { answersForRoundTwo, answersForSetup, decodeInvitation, encodeInvitation, makeInvitation, type WorkshopSetup } from '@/core/files/invitation'
import { emptyAnswers } from '@/core/files/newResult'
import { decodeShortShareFragment, encodeShortShareFragment } from '@/core/files/shortLink'
import { asResult, readPasted } from '@/core/files/intake'
import { encodeShareFragment } from '@/core/files/shareLink'
import { encodeHandinCode } from '@/core/files/handinCode'
import { buildParticipant, buildQuestionnaire, scores } from './helpers/builders'

const layout = codeLayout(questionnaire)

const setupArb: fc.Arbitrary<WorkshopSetup> = fc
  .record({
    team: fc.option(fc.string({ minLength: 1, maxLength: 20 }).filter((s) => s.trim() === s && s !== ''), { nil: undefined }),
    municipality: fc.option(fc.constantFrom('Súdwest-Fryslân', 'Den Haag', "'s-Hertogenbosch"), { nil: undefined }),
    date: fc.option(fc.date({ min: new Date('2000-01-02'), max: new Date('2150-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), { nil: undefined }),
    mode: fc.constantFrom('volledig' as const, 'kort' as const),
    includeClientModule: fc.boolean(),
    outOfScope: fc.subarray([...layout.factorIds, ...layout.themeIds]),
    askOnly: fc.subarray(layout.factorIds, { minLength: 1 }),
    round: fc.constantFrom(1 as const, 2 as const),
  })
  .map(({ team, municipality, date, askOnly, round, ...rest }) => ({
    ...(team === undefined ? {} : { team }),
    ...(municipality === undefined ? {} : { municipality }),
    ...(date === undefined ? {} : { date }),
    ...rest,
    round,
    askOnly: round === 2 ? askOnly : [],
  }))

describe('workshop invitation', () => {
  it('round-trips any set-up, with a fingerprint that is never 0 and is stable', () => {
    fc.assert(
      fc.property(setupArb, (setup) => {
        const decoded = decodeInvitation(questionnaire, `https://voorbeeld.nl/scan/#/uitnodiging/${encodeInvitation(questionnaire, setup)}`)
        const made = makeInvitation(questionnaire, setup)
        expect(decoded).toEqual({ ok: true, value: made })
        expect(made.setup).toEqual(setup)
        expect(made.fingerprint).not.toBe(0)
      }),
      { numRuns: 300 },
    )
  })

  it('gives another session (set-up, date, round) another fingerprint', () => {
    const base: WorkshopSetup = { team: 'Wijkteam Noord', mode: 'volledig', includeClientModule: true, outOfScope: [], round: 1, askOnly: [] }
    const prints = new Set(
      [base, { ...base, date: '2026-11-23' }, { ...base, mode: 'kort' as const }, { ...base, round: 2 as const, askOnly: [layout.factorIds[0]!] }, { ...base, team: 'Wijkteam Zuid' }].map(
        (setup) => makeInvitation(questionnaire, setup).fingerprint,
      ),
    )
    expect(prints.size).toBe(5)
  })

  it('refuses damaged, foreign and hostile invitations without throwing', () => {
    const code = encodeInvitation(questionnaire, { mode: 'kort', includeClientModule: false, outOfScope: ['client'], round: 1, askOnly: [] })
    const bytes = fromBase64Url(code)
    for (let i = 0; i < bytes.length; i++) {
      const damaged = bytes.slice()
      damaged[i] = damaged[i]! ^ 0x24
      expect(decodeInvitation(questionnaire, toBase64Url(damaged)).ok).toBe(false)
    }
    for (const input of [undefined, 7, '', '!!!', code.slice(0, -3), 'x'.repeat(5000), encodeHandinCode(questionnaire, emptyAnswers())]) {
      expect(decodeInvitation(questionnaire, input).ok).toBe(false)
    }
    expect(decodeInvitation(buildQuestionnaire(), code)).toEqual({ ok: false, error: 'andere-vragenlijst' })
    fc.assert(fc.property(fc.string({ maxLength: 200 }), (text) => { expect(decodeInvitation(questionnaire, text).ok).toBe(false) }), { numRuns: 1000 })
  })

  it('cuts long names at a character boundary', () => {
    const invitation = makeInvitation(questionnaire, { team: 'é'.repeat(80), mode: 'volledig', includeClientModule: true, outOfScope: [], round: 1, askOnly: [] })
    expect(invitation.setup.team).toBe('é'.repeat(30))
  })

  it('sets up a participant’s scan as invited, and clears only the factors asked again in round 2', () => {
    const setup: WorkshopSetup = { team: 'Wijkteam Noord', date: '2026-11-23', mode: 'kort', includeClientModule: false, outOfScope: ['f2'], round: 1, askOnly: [] }
    const started = answersForSetup(setup, emptyAnswers())
    expect(started).toMatchObject({ mode: 'kort', includeClientModule: false, outOfScope: ['f2'], profile: { team: 'Wijkteam Noord', date: '2026-11-23' } })
    const q = buildQuestionnaire({ factors: 3 })
    const base = { ...started, answers: { ...scores('f1', 4, 4), ...scores('f3', 2) } }
    const second = answersForRoundTwo(q, { ...setup, round: 2, askOnly: ['f1'] }, base)
    expect(second.answers).toEqual(scores('f3', 2))
  })
})

describe('short share links', () => {
  it('are short and open as a participant result; old r1 links keep opening', async () => {
    const answers = { ...emptyAnswers(), answers: Object.fromEntries(layout.statementIds.map((id) => [id, 4 as const])) }
    const fragment = encodeShortShareFragment(questionnaire, answers, 99)
    // 102 characters here: format 2 added the hand-in id, the role group and the organisation answers.
    expect(fragment.length).toBeLessThan(110)
    const decoded = decodeShortShareFragment(questionnaire, fragment)
    expect(decoded.ok && decoded.value.session).toBe(99)
    const read = await readPasted(`https://server2.voorbeeld.nl/#/gedeeld/${fragment}`, questionnaire)
    expect(read).toMatchObject({ ok: true, received: { kind: 'result', session: 99, result: { kind: 'deelnemer', answers: answers.answers } } })
    const old = buildParticipant({ answers: scores('f1', 4) })
    expect(asResult(await readPasted(`https://voorbeeld.nl/#/gedeeld/${await encodeShareFragment(old)}`, questionnaire))).toEqual({ ok: true, result: old })
    // The bare text of a participant's QR code, pasted, opens too.
    expect((await readPasted(encodeHandinCode(questionnaire, answers, 5), questionnaire)).ok).toBe(true)
  })

  it('gives one clear error for damaged, newer or foreign short links', async () => {
    const fragment = encodeShortShareFragment(questionnaire, emptyAnswers())
    for (const text of [`${fragment.slice(0, -2)}AA`, 'r2.', 'r2.!!', 'r3.abc', 'https://example.org/', '']) {
      const read = await readPasted(text, questionnaire)
      expect(read.ok, text).toBe(false)
    }
    expect(await readPasted(fragment, buildQuestionnaire())).toMatchObject({ ok: false, error: { code: 'andere-vragenlijst' } })
  })
})
