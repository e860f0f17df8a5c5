import { describe, expect, it } from 'vitest'
import { buildSeries, isIsoDate, momentDate, orderMoments, type SeriesMomentInput } from '@/core/series/series'
import { buildAnswers, buildParticipant, buildQuestionnaire, buildTeam, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1 })

function moment(name: string, date: string | undefined, savedAt = 'x'): SeriesMomentInput {
  return { name, result: buildParticipant({ savedAt, profile: date === undefined ? {} : { date } }) }
}

describe('ordering the moments of a series', () => {
  it('puts out-of-order dates oldest first', () => {
    const ordered = orderMoments([moment('c', '2026-03-01'), moment('a', '2024-03-01'), moment('b', '2025-03-01')])
    expect(ordered.map((m) => [m.item.name, m.date, m.inputIndex])).toEqual([
      ['a', '2024-03-01', 1],
      ['b', '2025-03-01', 2],
      ['c', '2026-03-01', 0],
    ])
    expect(ordered.some((m) => m.sharesDate)).toBe(false)
  })

  it('keeps two results on one date in the order they were added, and flags them', () => {
    const ordered = orderMoments([moment('later', '2025-06-01'), moment('eerste', '2025-01-01'), moment('tweede', '2025-01-01')])
    expect(ordered.map((m) => [m.item.name, m.sharesDate])).toEqual([
      ['eerste', true],
      ['tweede', true],
      ['later', false],
    ])
  })

  it('puts a moment without any date last, in the order added', () => {
    const ordered = orderMoments([moment('zonder', undefined, 'onbekend'), moment('met', '2025-01-01'), moment('ook-zonder', undefined, '')])
    expect(ordered.map((m) => [m.item.name, m.date, m.dateSource])).toEqual([
      ['met', '2025-01-01', 'profiel'],
      ['zonder', null, 'geen'],
      ['ook-zonder', null, 'geen'],
    ])
  })

  it('takes the date set in the series first, then the profile date, then the save date; impossible dates do not count', () => {
    expect(momentDate({ date: '2024-05-05', ...moment('x', '2025-01-01') })).toEqual({ date: '2024-05-05', source: 'reeks' })
    expect(momentDate({ date: '2024-02-30', ...moment('x', '2025-01-01') })).toEqual({ date: '2025-01-01', source: 'profiel' })
    expect(momentDate(moment('x', undefined, '2023-09-09T10:00:00.000Z'))).toEqual({ date: '2023-09-09', source: 'opgeslagen' })
    expect(isIsoDate('2024-02-29')).toBe(true)
    expect(isIsoDate('2023-02-29')).toBe(false)
    expect(isIsoDate('2023-1-2')).toBe(false)
  })
})

describe('building a series', () => {
  const teamAt = (date: string, f1: number[][], version = 'test-1') =>
    buildTeam(
      f1.map((values) => buildAnswers({ answers: scores('f1', ...(values as (1 | 2 | 3 | 4 | 5)[])) })),
      { profile: { team: 'Wijkteam Noord', date }, questionnaireVersion: version },
    )

  it('follows a factor over time with the real-change verdict per step', () => {
    // f1 scores per participant are means of their statements: 2, 3, 3, 4 → median 3, IQR 1;
    // then 4, 4, 5, 5 → median 4.5, IQR 1 (+1.5: real); then 4, 4.5, 5, 5 → median 4.75, IQR 0.75 (+0.25: within).
    const series = buildSeries(q, [
      { name: '2026', result: teamAt('2026-01-10', [[4], [4, 5], [5], [5]]) },
      { name: '2024', result: teamAt('2024-01-10', [[2], [3], [3], [4]]) },
      { name: '2025', result: teamAt('2025-01-10', [[4], [4], [5], [5]]) },
    ])
    expect(series.moments.map((m) => m.name)).toEqual(['2024', '2025', '2026'])
    const f1 = series.factors.find((f) => f.factorId === 'f1')!
    expect(f1.points.map((p) => [p.median, p.iqr])).toEqual([[3, 1], [4.5, 1], [4.75, 0.75]])
    expect(f1.changes.map((c) => c.verdict)).toEqual(['hoger', 'binnen-de-spreiding'])
    expect(f1.differences).toEqual([1.5, 0.25])
    expect(f1.everywhere).toBe(true)
    expect(series.factors.map((f) => f.factorId)).toEqual(['f1'])
    expect(series.teams).toEqual(['Wijkteam Noord'])
    expect(series.versions).toEqual(['test-1'])
  })

  it('says a participant result cannot be tested, and lines versions up on what they share', () => {
    const earlier: SeriesMomentInput = {
      name: 'oud',
      result: buildParticipant({
        questionnaireVersion: 'test-0',
        profile: { team: 'Wijkteam Noord', date: '2024-01-01' },
        answers: { ...scores('f1', 2), ...scores('f2', 3), 'oude-uitspraak': 4 },
      }),
    }
    const later: SeriesMomentInput = {
      name: 'nieuw',
      result: buildParticipant({ profile: { team: 'wijkteam noord ', date: '2025-01-01' }, answers: { ...scores('f1', 4), ...scores('c1', 4) } }),
    }
    const series = buildSeries(q, [later, earlier])
    expect(series.versions).toEqual(['test-0', 'test-1'])
    expect(series.moments.map((m) => m.unknownStatements)).toEqual([1, 0])
    expect(series.notEverywhere).toEqual(['f2', 'c1'])
    expect(series.factors.find((f) => f.factorId === 'f1')!.changes[0]).toMatchObject({ verdict: 'niet-te-toetsen', reason: 'deelnemer', difference: 2 })
    expect(series.teams).toEqual(['Wijkteam Noord'])
  })

  it('notices a series that mixes teams and one without moments', () => {
    const other = { name: 'wi', result: buildParticipant({ profile: { team: 'Werk en Inkomen' }, answers: scores('f1', 3) }) }
    const own = { name: 'n', result: buildParticipant({ profile: { team: 'Wijkteam Noord' }, answers: scores('f1', 3) }) }
    expect(buildSeries(q, [own, other]).teams).toEqual(['Wijkteam Noord', 'Werk en Inkomen'])
    expect(buildSeries(q, [])).toMatchObject({ moments: [], factors: [], teams: [] })
  })
})
