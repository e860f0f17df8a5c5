/** Edge cases of the comparison cores: which side is which, and what a series moment follows up. */
import { describe, expect, it } from 'vitest'
import { isSameTeamTwoMoments, olderFirst, sideLabel } from '@/core/compare/compareSides'
import { buildSeries, momentTeam, previousActions } from '@/core/series/series'
import { buildParticipant, buildQuestionnaire } from './helpers/builders'

const at = (date: string | undefined, profile: { team?: string; municipality?: string } = {}) =>
  buildParticipant({ savedAt: '2026-01-15T10:00:00.000Z', profile: { ...profile, ...(date ? { date } : {}) } })

describe('isSameTeamTwoMoments', () => {
  it('holds for one named team in one municipality at two dates, whatever the case and spaces', () => {
    expect(isSameTeamTwoMoments(at('2025-03-01', { team: 'Noord', municipality: 'Ede' }), at('2026-03-01', { team: ' noord ', municipality: 'EDE' }))).toBe(true)
  })

  it('does not hold on the same day, for an unnamed team, or in another municipality', () => {
    expect(isSameTeamTwoMoments(at('2026-03-01', { team: 'Noord' }), at('2026-03-01', { team: 'Noord' }))).toBe(false)
    expect(isSameTeamTwoMoments(at('2025-03-01', { team: ' ' }), at('2026-03-01', { team: ' ' }))).toBe(false)
    expect(isSameTeamTwoMoments(at('2025-03-01'), at('2026-03-01'))).toBe(false)
    expect(isSameTeamTwoMoments(at('2025-03-01', { team: 'Noord', municipality: 'Ede' }), at('2026-03-01', { team: 'Noord', municipality: 'Epe' }))).toBe(false)
  })

  it('falls back to the save date where the profile has no date', () => {
    expect(isSameTeamTwoMoments(at(undefined, { team: 'Noord' }), at('2026-01-15', { team: 'Noord' }))).toBe(false)
    expect(isSameTeamTwoMoments(at(undefined, { team: 'Noord' }), at('2026-02-01', { team: 'Noord' }))).toBe(true)
  })
})

describe('olderFirst and sideLabel', () => {
  it('puts the older side first in either order, and keeps the order on the same day', () => {
    const old = { result: at('2025-03-01') }
    const recent = { result: at('2026-03-01') }
    expect(olderFirst(old, recent)).toEqual([old, recent])
    expect(olderFirst(recent, old)).toEqual([old, recent])
    const twin = { result: at('2025-03-01') }
    expect(olderFirst(old, twin)).toEqual([old, twin])
  })

  it('names a side by its team, else its municipality, else the name it was opened under', () => {
    expect(sideLabel(at('2025-03-01', { team: ' Noord ', municipality: 'Ede' }), 'bestand.json')).toEqual({ name: 'Noord', date: '2025-03-01' })
    expect(sideLabel(at('2025-03-01', { team: ' ', municipality: 'Ede' }), 'bestand.json').name).toBe('Ede')
    expect(sideLabel(at('2025-03-01'), 'bestand.json').name).toBe('bestand.json')
  })

  it('gives no date where neither the profile nor the save time holds a calendar day', () => {
    expect(sideLabel(buildParticipant({ savedAt: '' }), 'x').date).toBeNull()
    expect(sideLabel(buildParticipant({ savedAt: '', profile: { date: 'maart' } }), 'x').date).toBeNull()
  })
})

describe('series follow-up', () => {
  const q = buildQuestionnaire({ factors: 2 })
  const overview = buildSeries(q, [
    { name: 'b', date: '2026-03-01', result: at(undefined), actions: [{ factorId: 'f1', what: 'Eén plan', who: '', when: '' }] },
    { name: 'a', date: '2025-03-01', result: at(undefined) },
  ])

  it('has nothing to follow up at the first moment', () => {
    expect(previousActions(overview, 0)).toBeNull()
  })

  it('follows up the actions of the moment before in time order, none when that moment has none', () => {
    expect(previousActions(overview, 1)).toMatchObject({ moment: { item: { name: 'a' } }, actions: [] })
    const reversed = buildSeries(q, [...overview.moments].reverse().map((m) => m.item))
    expect(previousActions(reversed, 1)?.actions).toEqual([])
  })

  it('names a moment by its team, else its municipality, else its name', () => {
    expect(momentTeam(at(undefined, { team: ' ', municipality: ' Ede ' }), 'x')).toBe('Ede')
    expect(momentTeam(at(undefined, { team: '', municipality: '' }), 'x')).toBe('x')
  })
})
