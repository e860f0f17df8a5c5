/** The rules of a measurement series as the series page changes it: adding what was read, and editing a moment. */
import { describe, expect, it } from 'vitest'
import {
  addReceivedToSeries,
  addResultToSeries,
  emptySeries,
  seriesEntry,
  seriesFromFile,
  seriesToFile,
  withFollowUp,
  withMomentActions,
  withMomentDate,
  withoutMoment,
  withTarget,
  type SeriesState,
} from '@/core/series/seriesEdits'
import { resultFingerprint } from '@/core/files/fingerprint'
import { MAX_COLLECTION_NAME, type ResultCollection } from '@/core/files/fileFormat'
import { MAX_SERIES_MOMENTS, parseSeriesFile, serializeSeries, type SeriesAction, type SeriesFile } from '@/core/files/seriesFile'
import { LONG_TEXT_MAX } from '@/core/util/userText'
import type { ParticipantResult, ResultFile } from '@/core/model'
import { buildAnswers, buildParticipant, buildTeam, scores } from './helpers/builders'

/** A distinct participant result per number: its team name differs, so its fingerprint does. */
const result = (n: number, overrides: Partial<ParticipantResult> = {}): ParticipantResult =>
  buildParticipant({ profile: { team: `Team ${n}` }, answers: scores('f1', ((n % 5) + 1) as 1 | 2 | 3 | 4 | 5), ...overrides })

const plan: SeriesAction = { factorId: 'f1', what: 'Eén plan per gezin', who: 'Beleid', when: 'Q2' }
const other: SeriesAction = { factorId: 'f2', what: 'Overleg', who: 'Team', when: 'Q3' }

/** A state of `count` distinct moments. */
function stateOf(count: number, targets: Record<string, number> = {}): SeriesState {
  return { entries: Array.from({ length: count }, (_, i) => seriesEntry(`Moment ${i + 1}`, result(i + 1))), targets }
}

const seriesFile = (moments: SeriesFile['moments'], targets?: Record<string, number>): SeriesFile => ({
  tool: 'integraalscan',
  schemaVersion: 1,
  kind: 'meetreeks',
  savedAt: '2026-11-23T10:00:00.000Z',
  moments,
  ...(targets === undefined ? {} : { targets }),
})

const collectionOf = (results: ResultFile[]): ResultCollection => ({
  tool: 'integraalscan',
  schemaVersion: 1,
  kind: 'verzameling',
  results: results.map((r, i) => ({ name: `Resultaat ${i + 1}`, savedAt: r.savedAt, result: r })),
})

describe('a moment of a series', () => {
  it('starts from an empty series, a new one each time', () => {
    const a = emptySeries()
    expect(a).toEqual({ entries: [], targets: {} })
    expect(emptySeries()).not.toBe(a)
  })

  it('gets a page key of its own, the fingerprint of its result and a copy of the actions', () => {
    const r = result(1, { actions: [plan] })
    const first = seriesEntry('2025', r)
    const second = seriesEntry('2025', r)
    expect(first.key).toMatch(/^m\d+$/)
    expect(second.key).not.toBe(first.key)
    expect(first).toMatchObject({ name: '2025', result: r, actions: [plan], fingerprint: resultFingerprint(r) })
    expect(first.actions).not.toBe(r.actions)
    expect('date' in first).toBe(false)
  })

  it('keeps a date only when one is given, and actions given for the moment over the result’s own', () => {
    const entry = seriesEntry('2025', result(1, { actions: [plan] }), '2025-03-01', [other])
    expect(entry.date).toBe('2025-03-01')
    expect(entry.actions).toEqual([other])
  })

  it('cleans a dropped file’s name and cuts it to what a series file holds', () => {
    expect(seriesEntry('  meting\u0000 2025.json \n', result(1)).name).toBe('meting 2025.json')
    expect(seriesEntry('x'.repeat(MAX_COLLECTION_NAME + 50), result(1)).name).toHaveLength(MAX_COLLECTION_NAME)
  })
})

describe('a series file and the page state', () => {
  const team = buildTeam([buildAnswers({ answers: scores('f1', 3) })], { actions: [other] })
  const file = seriesFile(
    [
      { name: '2025', date: '2025-03-01', result: team, actions: [{ ...plan, status: 'bezig', statusNote: 'half' }] },
      { name: '2026', result: result(2), actions: [] },
    ],
    { f1: 4 },
  )

  it('reads every moment with its date, actions and fingerprint, and the targets', () => {
    const state = seriesFromFile(file)
    expect(state.entries.map((entry) => [entry.name, entry.date, entry.actions])).toEqual([
      ['2025', '2025-03-01', [{ ...plan, status: 'bezig', statusNote: 'half' }]],
      ['2026', undefined, []],
    ])
    expect(state.entries.map((entry) => entry.fingerprint)).toEqual([resultFingerprint(team), resultFingerprint(result(2))])
    expect(state.targets).toEqual({ f1: 4 })
    expect(state.targets).not.toBe(file.targets)
  })

  it('takes the result’s own actions for a moment without any, and no targets for a file without them', () => {
    const state = seriesFromFile(seriesFile([{ name: 'oud', result: team }]))
    expect(state.entries[0]?.actions).toEqual([other])
    expect(state.targets).toEqual({})
  })

  it('writes the state back as the same file, without the page keys and fingerprints', () => {
    const written = seriesToFile(seriesFromFile(file), undefined, file.savedAt)
    expect(written).toEqual(file)
    expect('title' in written).toBe(false)
    expect(JSON.stringify(written)).not.toMatch(/"key"|fingerprint/)
    expect(parseSeriesFile(serializeSeries(written))).toEqual({ ok: true, series: file })
  })

  it('writes a title cleaned and cut to fit, so the file always opens again', () => {
    const written = seriesToFile(emptySeries(), `  Wijkteam\u202E Noord ${'x'.repeat(300)}`, '2026-11-23T10:00:00.000Z')
    expect(written.title).toHaveLength(MAX_COLLECTION_NAME)
    expect(written.title?.startsWith('Wijkteam Noord x')).toBe(true)
    expect(written.moments).toEqual([])
    expect(written.targets).toEqual({})
    expect(parseSeriesFile(serializeSeries(written)).ok).toBe(true)
  })
})

describe('adding a result', () => {
  it('adds it as a new moment under the name it came with', () => {
    const { state, outcome } = addResultToSeries(emptySeries(), 'meting.json', result(1))
    expect(outcome).toEqual({ name: 'meting.json', status: 'added', count: 1 })
    expect(state.entries.map((entry) => entry.name)).toEqual(['meting.json'])
  })

  it('refuses the same result twice, even saved again at another time, and leaves the state as it was', () => {
    const start = addResultToSeries(emptySeries(), 'a.json', result(1)).state
    const again = addResultToSeries(start, 'b.json', { ...result(1), savedAt: '2027-01-01T00:00:00.000Z' })
    expect(again.outcome).toEqual({ name: 'b.json', status: 'duplicate' })
    expect(again.state).toBe(start)
  })

  it('takes no more than a full series, and says how many it holds', () => {
    const full = stateOf(MAX_SERIES_MOMENTS)
    const { state, outcome } = addResultToSeries(full, 'extra.json', result(999))
    expect(outcome).toEqual({ name: 'extra.json', status: 'full', max: MAX_SERIES_MOMENTS })
    expect(state).toBe(full)
    // One short of full still takes one.
    expect(addResultToSeries(stateOf(MAX_SERIES_MOMENTS - 1), 'laatste.json', result(999)).outcome.status).toBe('added')
  })
})

describe('adding what the page read', () => {
  it('adds a read result as one moment', () => {
    const { state, outcome } = addReceivedToSeries(emptySeries(), 'code', { kind: 'result', result: result(1), session: 0 })
    expect(outcome).toEqual({ name: 'code', status: 'added', count: 1 })
    expect(state.entries).toHaveLength(1)
  })

  it('lets a series file replace an empty series, targets and all', () => {
    const file = seriesFile([{ name: '2024', result: result(1) }, { name: '2025', date: '2025-01-01', result: result(2) }], { f1: 4 })
    const { state, outcome } = addReceivedToSeries(emptySeries(), 'reeks.json', { kind: 'series', series: file })
    expect(outcome).toEqual({ name: 'reeks.json', status: 'added', count: 2 })
    expect(state.entries.map((entry) => [entry.name, entry.date])).toEqual([['2024', undefined], ['2025', '2025-01-01']])
    expect(state.targets).toEqual({ f1: 4 })
  })

  it('adds only the new moments of a series file to a series in use; the targets already set win', () => {
    const start: SeriesState = { entries: [seriesEntry('2024', result(1))], targets: { f1: 3 } }
    const file = seriesFile([{ name: 'ook 2024', result: result(1) }, { name: '2025', result: result(2) }], { f1: 5, f2: 4 })
    const { state, outcome } = addReceivedToSeries(start, 'reeks.json', { kind: 'series', series: file })
    expect(outcome).toEqual({ name: 'reeks.json', status: 'added', count: 1 })
    expect(state.entries.map((entry) => entry.name)).toEqual(['2024', '2025'])
    expect(state.targets).toEqual({ f1: 3, f2: 4 })
  })

  it('keeps the targets in use when the added series file has none', () => {
    const start: SeriesState = { entries: [seriesEntry('2024', result(1))], targets: { f1: 3 } }
    const { state } = addReceivedToSeries(start, 'reeks.json', { kind: 'series', series: seriesFile([{ name: '2025', result: result(2) }]) })
    expect(state.targets).toEqual({ f1: 3 })
  })

  it('calls a series file whose moments are all in already a duplicate, and changes nothing', () => {
    const start = stateOf(2)
    const file = seriesFile(start.entries.map((entry) => ({ name: entry.name, result: entry.result })), { f9: 5 })
    const { state, outcome } = addReceivedToSeries(start, 'zelfde.json', { kind: 'series', series: file })
    expect(outcome).toEqual({ name: 'zelfde.json', status: 'duplicate' })
    expect(state).toBe(start)
  })

  it('refuses a series file whose new moments do not all fit, rather than adding some of them', () => {
    const start = stateOf(MAX_SERIES_MOMENTS - 1)
    const file = seriesFile([{ name: 'a', result: result(101) }, { name: 'b', result: result(102) }])
    const { state, outcome } = addReceivedToSeries(start, 'groot.json', { kind: 'series', series: file })
    expect(outcome).toEqual({ name: 'groot.json', status: 'full', max: MAX_SERIES_MOMENTS })
    expect(state).toBe(start)
  })

  it('makes each result of a collection a moment, with the result’s own actions', () => {
    const collection = collectionOf([result(1, { actions: [plan] }), result(2)])
    const { state, outcome } = addReceivedToSeries(emptySeries(), 'alles.json', { kind: 'collection', collection })
    expect(outcome).toEqual({ name: 'alles.json', status: 'added', count: 2 })
    expect(state.entries.map((entry) => [entry.name, entry.actions])).toEqual([['Resultaat 1', [plan]], ['Resultaat 2', []]])
  })

  it('refuses a collection with more results than a series holds', () => {
    const collection = collectionOf(Array.from({ length: MAX_SERIES_MOMENTS + 1 }, (_, i) => result(i + 1)))
    const start = emptySeries()
    const { state, outcome } = addReceivedToSeries(start, 'te-veel.json', { kind: 'collection', collection })
    expect(outcome).toEqual({ name: 'te-veel.json', status: 'refused', error: { code: 'ongeldig', detail: `meer dan ${MAX_SERIES_MOMENTS} resultaten` } })
    expect(state).toBe(start)
  })
})

describe('editing a moment', () => {
  it('sets a moment’s own date and leaves the other moments alone', () => {
    const start = stateOf(2)
    const [first, second] = start.entries
    const edit = withMomentDate(start, first!.key, ' 2025-03-01 ')
    expect(edit.ok).toBe(true)
    if (!edit.ok) return
    expect(edit.state.entries[0]?.date).toBe('2025-03-01')
    expect(edit.state.entries[1]).toBe(second)
    expect(start.entries[0]?.date).toBeUndefined()
  })

  it('removes the date when the field is cleared, so the result’s own date counts again', () => {
    const start: SeriesState = { entries: [seriesEntry('2025', result(1), '2025-03-01')], targets: {} }
    const edit = withMomentDate(start, start.entries[0]!.key, '   ')
    expect(edit.ok && 'date' in edit.state.entries[0]!).toBe(false)
  })

  it.each([
    ['an impossible date', '2025-02-30', 'geen-datum'],
    ['no date at all', 'volgend jaar', 'geen-datum'],
    ['a date outside the window', '1899-12-31', 'buiten-bereik'],
  ])('refuses %s', (_, typed, refusal) => {
    const start = stateOf(1)
    expect(withMomentDate(start, start.entries[0]!.key, typed)).toEqual({ ok: false, refusal })
  })

  it('changes nothing for a key that is not in the series', () => {
    const start = stateOf(2)
    const edit = withMomentDate(start, 'onbekend', '2025-03-01')
    expect(edit.ok && edit.state.entries).toEqual(start.entries)
    expect(withMomentActions(start, 'onbekend', [plan]).entries).toEqual(start.entries)
  })

  it('replaces the actions of one moment', () => {
    const start = stateOf(2)
    const next = withMomentActions(start, start.entries[1]!.key, [plan, other])
    expect(next.entries.map((entry) => entry.actions)).toEqual([[], [plan, other]])
  })

  it('removes one moment', () => {
    const start = stateOf(3)
    const next = withoutMoment(start, start.entries[1]!.key)
    expect(next.entries.map((entry) => entry.name)).toEqual(['Moment 1', 'Moment 3'])
    expect(withoutMoment(start, 'onbekend').entries).toEqual(start.entries)
  })
})

describe('following up last time’s actions', () => {
  const start: SeriesState = { entries: [seriesEntry('2025', result(1), undefined, [plan, other])], targets: {} }
  const key = start.entries[0]!.key

  it('records how an action turned out, with the note as typed and cleaned', () => {
    const edit = withFollowUp(start, key, 'f1', 'gedaan', '  klaar\u0007 in mei ')
    expect(edit.ok && edit.state.entries[0]?.actions).toEqual([{ ...plan, status: 'gedaan', statusNote: 'klaar in mei' }, other])
  })

  it('takes the status and note away again when they are cleared', () => {
    const done = withFollowUp(start, key, 'f1', 'bezig', 'half')
    if (!done.ok) throw new Error('refused')
    const cleared = withFollowUp(done.state, key, 'f1', null, '')
    expect(cleared.ok && cleared.state.entries[0]?.actions).toEqual([plan, other])
  })

  it('keeps a status without a note, and a note without a status', () => {
    const statusOnly = withFollowUp(start, key, 'f2', 'vervallen', ' ')
    expect(statusOnly.ok && statusOnly.state.entries[0]?.actions[1]).toEqual({ ...other, status: 'vervallen' })
    const noteOnly = withFollowUp(start, key, 'f2', null, 'nog niet begonnen')
    expect(noteOnly.ok && noteOnly.state.entries[0]?.actions[1]).toEqual({ ...other, statusNote: 'nog niet begonnen' })
  })

  it('refuses a note that is too long, and changes nothing', () => {
    expect(withFollowUp(start, key, 'f1', 'gedaan', 'x'.repeat(LONG_TEXT_MAX + 1))).toEqual({ ok: false, refusal: 'te-lang' })
    expect(withFollowUp(start, key, 'f1', 'gedaan', 'x'.repeat(LONG_TEXT_MAX)).ok).toBe(true)
  })

  it('changes nothing for a factor without an action', () => {
    const edit = withFollowUp(start, key, 'f9', 'gedaan', 'x')
    expect(edit.ok && edit.state.entries[0]?.actions).toEqual([plan, other])
  })
})

describe('targets', () => {
  it('sets, replaces and removes the target of one factor', () => {
    const set = withTarget(emptySeries(), 'f1', 4)
    expect(set.targets).toEqual({ f1: 4 })
    const both = withTarget(set, 'f2', 3.5)
    expect(withTarget(both, 'f1', 5).targets).toEqual({ f1: 5, f2: 3.5 })
    expect(withTarget(both, 'f1', null).targets).toEqual({ f2: 3.5 })
    expect(withTarget(emptySeries(), 'f1', null).targets).toEqual({})
    expect(set.targets).toEqual({ f1: 4 })
  })
})
