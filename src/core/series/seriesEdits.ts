/**
 * The rules of a measurement series as the series page changes it: adding a dropped file or a
 * result, and the edits of a moment. Each returns a new state; the store only keeps it.
 */
import type { ResultFile } from '../model'
import { resultFingerprint } from '../files/fingerprint'
import { MAX_COLLECTION_NAME } from '../files/fileFormat'
import { MAX_SERIES_MOMENTS, seriesOfCollection, type ActionStatus, type SeriesAction, type SeriesFile } from '../files/seriesFile'
import { refusal, type IntakeOutcome, type Received } from '../files/intake'
import { checkDate, checkText, fittedName, LONG_TEXT_MAX, type FieldRefusal } from '../util/userText'
import type { SeriesEntry } from './seriesEntry'

export interface SeriesState {
  entries: SeriesEntry[]
  /** factor id → target level 1–5. */
  targets: Record<string, number>
}

export const emptySeries = (): SeriesState => ({ entries: [], targets: {} })

let nextKey = 0

/** One moment; its name (often a dropped file's name) is cleaned and cut to what a series file holds. */
export function seriesEntry(name: string, result: ResultFile, date?: string, actions: SeriesAction[] = result.actions): SeriesEntry {
  nextKey += 1
  return { key: `m${nextKey}`, name: fittedName(name, MAX_COLLECTION_NAME), ...(date === undefined ? {} : { date }), result, actions: [...actions], fingerprint: resultFingerprint(result) }
}

export function seriesFromFile(series: SeriesFile): SeriesState {
  return {
    entries: series.moments.map((m) => seriesEntry(m.name, m.result, m.date, m.actions ?? m.result.actions)),
    targets: { ...(series.targets ?? {}) },
  }
}

/** The series file of a state (what is downloaded and what is kept on the device). */
export function seriesToFile(state: SeriesState, title: string | undefined, savedAt: string): SeriesFile {
  return {
    tool: 'integraalscan',
    schemaVersion: 1,
    kind: 'meetreeks',
    savedAt,
    ...(title === undefined ? {} : { title: fittedName(title, MAX_COLLECTION_NAME) }),
    moments: state.entries.map(({ name, date, result, actions }) => ({ name, ...(date === undefined ? {} : { date }), result, actions })),
    targets: { ...state.targets },
  }
}

type Added = { state: SeriesState; outcome: IntakeOutcome }

/** One result as a moment; the same result twice is refused, and a full series takes no more. */
export function addResultToSeries(state: SeriesState, name: string, result: ResultFile): Added {
  const fingerprint = resultFingerprint(result)
  if (state.entries.some((entry) => entry.fingerprint === fingerprint)) return { state, outcome: { name, status: 'duplicate' } }
  if (state.entries.length >= MAX_SERIES_MOMENTS) return { state, outcome: { name, status: 'full', max: MAX_SERIES_MOMENTS } }
  return { state: { ...state, entries: [...state.entries, seriesEntry(name, result)] }, outcome: { name, status: 'added', count: 1 } }
}

/**
 * What the page read (core/files/intake.ts): a series (or a collection, each result a moment) replaces
 * the series only when this one is empty, else its new moments are added (targets already set win);
 * a result becomes a moment.
 */
export function addReceivedToSeries(state: SeriesState, name: string, received: Received): Added {
  if (received.kind === 'result') return addResultToSeries(state, name, received.result)
  const read = received.kind === 'series' ? { ok: true as const, series: received.series } : seriesOfCollection(received.collection)
  if (!read.ok) return { state, outcome: refusal(name, read.error) }
  const { series } = read
  if (state.entries.length === 0) return { state: seriesFromFile(series), outcome: { name, status: 'added', count: series.moments.length } }
  const known = new Set(state.entries.map((entry) => entry.fingerprint))
  const fresh = seriesFromFile(series).entries.filter((entry) => !known.has(entry.fingerprint))
  if (fresh.length === 0) return { state, outcome: { name, status: 'duplicate' } }
  if (state.entries.length + fresh.length > MAX_SERIES_MOMENTS) return { state, outcome: { name, status: 'full', max: MAX_SERIES_MOMENTS } }
  return {
    state: { entries: [...state.entries, ...fresh], targets: { ...(series.targets ?? {}), ...state.targets } },
    outcome: { name, status: 'added', count: fresh.length },
  }
}

const withEntry = (state: SeriesState, key: string, change: (entry: SeriesEntry) => SeriesEntry): SeriesState => ({
  ...state,
  entries: state.entries.map((entry) => (entry.key === key ? change(entry) : entry)),
})

export type SeriesEdit = { ok: true; state: SeriesState } | { ok: false; refusal: FieldRefusal }

/** A moment's own date as typed; blank removes it (the result's date counts again); an impossible date is refused. */
export function withMomentDate(state: SeriesState, key: string, typed: string): SeriesEdit {
  const checked = checkDate(typed)
  if (!checked.ok) return checked
  return {
    ok: true,
    state: withEntry(state, key, (entry) => {
      const rest = { ...entry }
      delete rest.date
      return checked.value === undefined ? rest : { ...rest, date: checked.value }
    }),
  }
}

export function withMomentActions(state: SeriesState, key: string, actions: SeriesAction[]): SeriesState {
  return withEntry(state, key, (entry) => ({ ...entry, actions }))
}

/** How last time's action for a factor turned out; the note as typed, refused when too long. */
export function withFollowUp(state: SeriesState, key: string, factorId: string, status: ActionStatus | null, typed: string): SeriesEdit {
  const note = checkText(typed, LONG_TEXT_MAX)
  if (!note.ok) return note
  return {
    ok: true,
    state: withEntry(state, key, (entry) => ({
      ...entry,
      actions: entry.actions.map((action) => {
        if (action.factorId !== factorId) return action
        const plain: SeriesAction = { factorId: action.factorId, what: action.what, who: action.who, when: action.when }
        return { ...plain, ...(status === null ? {} : { status }), ...(note.value === '' ? {} : { statusNote: note.value }) }
      }),
    })),
  }
}

export function withTarget(state: SeriesState, factorId: string, value: number | null): SeriesState {
  const rest = { ...state.targets }
  delete rest[factorId]
  return { ...state, targets: value === null ? rest : { ...rest, [factorId]: value } }
}

export function withoutMoment(state: SeriesState, key: string): SeriesState {
  return { ...state, entries: state.entries.filter((entry) => entry.key !== key) }
}
