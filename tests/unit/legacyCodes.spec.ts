/**
 * Codes already out there keep opening: a format-1 code and short link made by the app at 92eb38a
 * (questionnaire 2026.1, tests/fixtures/legacy/handin-code-2026-1.json), and codes of 2026.1 once
 * the questionnaire has moved on to new statement ids (read with legacyLayouts.ts).
 */
import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import type { Answers, Questionnaire } from '@/core/model'
import { codeLayout, layoutForHash } from '@/core/files/codeLayout'
import { legacyLayoutLists } from '@/core/files/legacyLayouts'
import { decodeHandinCode, encodeHandinCode, encodeWithLayout } from '@/core/files/handinCode'
import { toBase45 } from '@/core/files/bits'
import { decodeShortShareFragment } from '@/core/files/shortLink'
import { buildQuestionnaire } from './helpers/builders'
import fixture from '../fixtures/legacy/handin-code-2026-1.json'

const expected = fixture.answers as unknown as Answers

/** The real questionnaire as a later version would have it: one statement rewritten under a new id. */
function laterVersion(q: Questionnaire): Questionnaire {
  const [first, ...rest] = q.factors
  const renamed = { ...first!, statements: first!.statements.map((s, i) => (i === 0 ? { ...s, id: `${s.id}-nieuw` } : s)) }
  return { ...q, version: '2027.1', factors: [renamed, ...rest] }
}

describe('codes of an earlier format or questionnaire version', () => {
  it('opens a format-1 code and short link of 2026.1 with every answer it carried', () => {
    const code = decodeHandinCode(questionnaire, fixture.code)
    expect(code).toEqual({ ok: true, value: { answers: expected, session: 0x1234abcd, questionnaireVersion: '2026.1' } })
    const link = decodeShortShareFragment(questionnaire, fixture.shortLink)
    expect(link).toEqual({ ok: true, value: { answers: expected, session: 0, questionnaireVersion: '2026.1' } })
  })

  it('keeps the 2026.1 layout written down with the hash the codes carry', () => {
    const snapshot = legacyLayoutLists.find((lists) => lists.questionnaireVersion === '2026.1')
    expect(snapshot).toBeDefined()
    // Found by the hash main wrote at 92eb38a, also now that the content is 2026.2 (issue #26).
    expect(codeLayout(questionnaire).hash).not.toBe(fixture.layoutHash)
    expect(layoutForHash(questionnaire, fixture.layoutHash, 'hash')?.statementIds).toEqual(snapshot!.statementIds)
    expect(layoutForHash(laterVersion(questionnaire), fixture.layoutHash, 'hash')?.indicatorIds).toEqual(snapshot!.indicatorIds)
  })

  it('reads codes of 2026.1, both formats, once the questionnaire has new statement ids', () => {
    const later = laterVersion(questionnaire)
    expect(codeLayout(later).hash).not.toBe(fixture.layoutHash)
    const old = decodeHandinCode(later, fixture.code)
    expect(old).toEqual({ ok: true, value: { answers: expected, session: 0x1234abcd, questionnaireVersion: '2026.1' } })
    const answers: Answers = { ...expected, roleGroup: 'beleid', handinId: '0123456789ab', organisation: { place: 'frontoffice', domains: ['wmo'] } }
    const layout = layoutForHash(later, fixture.layoutHash, 'hash')!
    const formatTwo = toBase45(encodeWithLayout(layout, answers, 77))
    expect(decodeHandinCode(later, formatTwo)).toEqual({ ok: true, value: { answers, session: 77, questionnaireVersion: '2026.1' } })
    expect(decodeHandinCode(questionnaire, formatTwo)).toEqual({ ok: true, value: { answers, session: 77, questionnaireVersion: '2026.1' } })
  })

  it('refuses a code of a questionnaire this app never had, and never reads a later version with an earlier one', () => {
    expect(decodeHandinCode(buildQuestionnaire(), fixture.code)).toEqual({ ok: false, error: 'andere-vragenlijst' })
    const later = laterVersion(questionnaire)
    expect(decodeHandinCode(questionnaire, encodeHandinCode(later, expected))).toEqual({ ok: false, error: 'andere-vragenlijst' })
  })
})
