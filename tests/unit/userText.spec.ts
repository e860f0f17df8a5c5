import { describe, expect, it } from 'vitest'
import { checkDate, checkText, checkWholeNumber, cleanText, fittedName } from '@/core/util/userText'
import { invitationWouldReplace } from '@/core/files/invitationSession'
import type { WorkshopSetup } from '@/core/files/invitation'

describe('what a user types, on the way in', () => {
  it('removes noncharacters, lone surrogates, control and bidi characters, and keeps everything else', () => {
    expect(cleanText('Wijk\u202Eteam\uFFFF Noord\uD800 \u0007ok\n\t😀 é')).toBe('Wijkteam Noord ok\n\t😀 é')
    expect(cleanText('a\uDC00b\u2066c\u2069\uFDD0d\uD83F\uDFFEe')).toBe('abcde')
  })

  it('refuses a text over the limit instead of cutting it, and trims what it keeps', () => {
    expect(checkText('  Noord  ', 5)).toEqual({ ok: true, value: 'Noord' })
    expect(checkText('Noordoost', 5)).toEqual({ ok: false, refusal: 'te-lang' })
  })

  it('takes dates from 1990 to 2100 that exist, and refuses a year 20245', () => {
    expect(checkDate('2026-12-07')).toEqual({ ok: true, value: '2026-12-07' })
    expect(checkDate('')).toEqual({ ok: true, value: undefined })
    expect(checkDate('20245-01-01')).toEqual({ ok: false, refusal: 'buiten-bereik' })
    expect(checkDate('1989-12-31')).toEqual({ ok: false, refusal: 'buiten-bereik' })
    expect(checkDate('2026-02-30')).toEqual({ ok: false, refusal: 'geen-datum' })
  })

  it('takes whole numbers of inhabitants within the range only', () => {
    expect(checkWholeNumber('130000', 0, 10_000_000)).toEqual({ ok: true, value: 130000 })
    expect(checkWholeNumber('99999999999', 0, 10_000_000)).toEqual({ ok: false, refusal: 'buiten-bereik' })
    expect(checkWholeNumber('1e5', 0, 10_000_000)).toEqual({ ok: false, refusal: 'geen-getal' })
  })

  it('cuts a dropped file name to fit without leaving half an emoji', () => {
    expect(fittedName(`${'a'.repeat(199)}😀.json`, 200)).toBe('a'.repeat(199))
    expect(fittedName('meting\u202E.json')).toBe('meting.json')
  })
})

describe('an invitation asks before it replaces the work on this device', () => {
  const roundOne: WorkshopSetup = { team: 'Noord', mode: 'volledig', includeClientModule: false, outOfScope: [], round: 1, askOnly: [] }
  const roundTwo: WorkshopSetup = { ...roundOne, round: 2, askOnly: ['visie'] }
  it('asks for either round over answers of no or another workshop, not for round 2 of the same one', () => {
    expect(invitationWouldReplace({ answered: 90, invitation: null }, { setup: roundTwo, fingerprint: 2 })).toBe(true)
    expect(invitationWouldReplace({ answered: 90, invitation: null }, { setup: roundOne, fingerprint: 1 })).toBe(true)
    expect(invitationWouldReplace({ answered: 90, invitation: { setup: roundOne, fingerprint: 1 } }, { setup: roundTwo, fingerprint: 2 })).toBe(false)
    expect(invitationWouldReplace({ answered: 90, invitation: { setup: { ...roundOne, team: 'Zuid' }, fingerprint: 3 } }, { setup: roundTwo, fingerprint: 2 })).toBe(true)
    expect(invitationWouldReplace({ answered: 0, invitation: null }, { setup: roundTwo, fingerprint: 2 })).toBe(false)
  })
})
