/** One change to a respondent's answers, as a new object; the original is never changed. */
import { describe, expect, it } from 'vitest'
import { checkProfilePatch, withEntry, withForm, withMember, withNote, withOptional, withOrganisation, withProfile } from '@/core/scan/answerEdits'
import { LONG_TEXT_MAX, SHORT_TEXT_MAX } from '@/core/util/userText'
import { buildAnswers } from './helpers/builders'

describe('withEntry and withOptional', () => {
  it('sets or removes one entry of a record, in a copy', () => {
    const record = { a: 1, b: 2 }
    expect(withEntry(record, 'c', 3)).toEqual({ a: 1, b: 2, c: 3 })
    expect(withEntry(record, 'a', 9)).toEqual({ a: 9, b: 2 })
    expect(withEntry(record, 'a', undefined)).toEqual({ b: 2 })
    expect(withEntry(record, 'x', undefined)).toEqual(record)
    expect(record).toEqual({ a: 1, b: 2 })
  })

  it('sets an optional answer, and removes the key entirely when cleared', () => {
    const answers = buildAnswers()
    const guessed = withOptional(answers, 'ownGuess', 'beperkt')
    expect(guessed.ownGuess).toBe('beperkt')
    const cleared = withOptional(guessed, 'ownGuess', undefined)
    expect('ownGuess' in cleared).toBe(false)
    expect(cleared).toEqual(answers)
    expect('ownGuess' in answers).toBe(false)
  })
})

describe('withMember', () => {
  it('adds an id once, at the end, and takes it out again', () => {
    expect(withMember(['f1', 'f2'], 'f3', true)).toEqual(['f1', 'f2', 'f3'])
    expect(withMember(['f1', 'f2'], 'f1', true)).toEqual(['f2', 'f1'])
    expect(withMember(['f1', 'f2', 'f1'], 'f1', false)).toEqual(['f2'])
    expect(withMember([], 'f1', false)).toEqual([])
  })
})

describe('organisational answers', () => {
  it('sets one answer and drops the organisation block once it is empty', () => {
    const placed = withOrganisation(buildAnswers(), 'place', 'frontoffice')
    expect(placed.organisation).toEqual({ place: 'frontoffice' })
    const both = withOrganisation(placed, 'domains', ['d1'])
    expect(both.organisation).toEqual({ place: 'frontoffice', domains: ['d1'] })
    expect(withOrganisation(both, 'place', undefined).organisation).toEqual({ domains: ['d1'] })
    expect('organisation' in withOrganisation(placed, 'place', undefined)).toBe(false)
  })

  it('sets the answer of one integration form, and drops the forms record and the block when the last one is cleared', () => {
    const one = withForm(buildAnswers(), 'casemanagement', 'ja')
    expect(one.organisation).toEqual({ forms: { casemanagement: 'ja' } })
    const two = withForm(one, 'backoffice', 'weet-niet')
    expect(two.organisation?.forms).toEqual({ casemanagement: 'ja', backoffice: 'weet-niet' })
    expect(withForm(two, 'casemanagement', undefined).organisation).toEqual({ forms: { backoffice: 'weet-niet' } })
    expect('organisation' in withForm(one, 'casemanagement', undefined)).toBe(false)
    // Other organisational answers stay when the forms go.
    const placed = withOrganisation(one, 'direction', 'verticaal')
    expect(withForm(placed, 'casemanagement', undefined).organisation).toEqual({ direction: 'verticaal' })
  })
})

describe('withNote', () => {
  it('keeps a note cleaned and trimmed, and removes it when blank', () => {
    const noted = withNote(buildAnswers(), 'f1', '  Twee\u0000 systemen ')
    expect(noted).toEqual({ ok: true, answers: expect.objectContaining({ notes: { f1: 'Twee systemen' } }) })
    if (!noted.ok) return
    const cleared = withNote(noted.answers, 'f1', ' \n ')
    expect(cleared.ok && cleared.answers.notes).toEqual({})
  })

  it('refuses a note longer than a long text, rather than cutting it off unseen', () => {
    expect(withNote(buildAnswers(), 'f1', 'x'.repeat(LONG_TEXT_MAX + 1))).toEqual({ ok: false, refusal: 'te-lang' })
    expect(withNote(buildAnswers(), 'f1', 'x'.repeat(LONG_TEXT_MAX)).ok).toBe(true)
  })
})

describe('checkProfilePatch', () => {
  it('cleans the texts, reads the number of inhabitants and checks the date', () => {
    expect(checkProfilePatch({ team: '  Wijkteam\u202E Noord ', inhabitants: ' 52000 ', date: '2026-11-23' })).toEqual({
      ok: true,
      patch: { team: 'Wijkteam Noord', inhabitants: 52000, date: '2026-11-23' },
    })
  })

  it('passes a cleared field on as undefined, and a blank number or date as not given', () => {
    expect(checkProfilePatch({ municipality: undefined, inhabitants: '', date: ' ' })).toEqual({
      ok: true,
      patch: { municipality: undefined, inhabitants: undefined, date: undefined },
    })
  })

  it('passes a chosen option on as it is', () => {
    expect(checkProfilePatch({ wijkteamModel: 'B' })).toEqual({ ok: true, patch: { wijkteamModel: 'B' } })
  })

  it('refuses an option its file format does not know, so a saved profile always opens again', () => {
    expect(checkProfilePatch({ wijkteamModel: 'Z' })).toEqual({ ok: false, field: 'wijkteamModel', refusal: 'buiten-bereik' })
    expect(checkProfilePatch({ team: 'Noord', wijkteamModel: { toString: () => 'B' } })).toEqual({ ok: false, field: 'wijkteamModel', refusal: 'buiten-bereik' })
    // A field the profile does not have is refused too, not carried into a file that would then not open.
    expect(checkProfilePatch({ ['onbekend' as 'team']: 'x' })).toEqual({ ok: false, field: 'onbekend', refusal: 'buiten-bereik' })
  })

  it.each([
    ['a team name that is too long', { team: 'x'.repeat(SHORT_TEXT_MAX + 1) }, 'team', 'te-lang'],
    ['a role that is too long', { role: 'x'.repeat(SHORT_TEXT_MAX + 1) }, 'role', 'te-lang'],
    ['inhabitants that are no whole number', { inhabitants: '12,5' }, 'inhabitants', 'geen-getal'],
    ['a negative number of inhabitants', { inhabitants: '-3' }, 'inhabitants', 'geen-getal'],
    ['more inhabitants than any municipality has', { inhabitants: '10000001' }, 'inhabitants', 'buiten-bereik'],
    ['a date that does not exist', { date: '2026-02-29' }, 'date', 'geen-datum'],
    ['a year outside the window', { date: '20245-01-01' }, 'date', 'buiten-bereik'],
  ])('refuses %s and names the field', (_, patch, field, refusal) => {
    expect(checkProfilePatch({ municipality: 'Utrecht', ...patch })).toEqual({ ok: false, field, refusal })
  })

  it('reads a number given as a number the same as typed', () => {
    expect(checkProfilePatch({ inhabitants: 1200 })).toEqual({ ok: true, patch: { inhabitants: 1200 } })
  })
})

describe('withProfile', () => {
  it('applies a checked patch: a cleared or blank field is removed, the rest is kept', () => {
    const outcome = withProfile({ municipality: 'Utrecht', team: 'Oud', inhabitants: 100 }, { team: ' Nieuw ', municipality: '', inhabitants: undefined })
    expect(outcome).toEqual({ ok: true, profile: { team: 'Nieuw' } })
  })

  it('changes nothing when one field is refused', () => {
    const profile = { team: 'Noord' }
    expect(withProfile(profile, { team: 'Zuid', date: '2026-13-01' })).toEqual({ ok: false, field: 'date', refusal: 'geen-datum' })
    expect(profile).toEqual({ team: 'Noord' })
  })
})
