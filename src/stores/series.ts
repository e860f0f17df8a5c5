import { defineStore } from 'pinia'
import { computed, ref } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { ResultFile } from '@/core/model'
import { buildSeries } from '@/core/series/series'
import { resultFingerprint } from '@/core/files/fingerprint'
import {
  MAX_SERIES_MOMENTS,
  parseSeriesFile,
  readSeriesInput,
  serializeSeries,
  type ActionStatus,
  type SeriesAction,
  type SeriesFile,
} from '@/core/files/seriesFile'
import { seriesToCsv } from '@/core/files/seriesCsv'
import type { SeriesAddOutcome, SeriesEntry } from '@/core/series/seriesEntry'
import { useDeviceStorage } from '@/composables/useDeviceStorage'

const SERIES_KEY = 'meetreeks'

let nextKey = 0

function entryOf(name: string, result: ResultFile, date?: string, actions: SeriesAction[] = result.actions): SeriesEntry {
  nextKey += 1
  return { key: `m${nextKey}`, name, ...(date === undefined ? {} : { date }), result, actions: [...actions], fingerprint: resultFingerprint(result) }
}

/** A measurement series of one team: dated results, targets per factor and actions followed up. Kept on this device. */
export const useSeriesStore = defineStore('series', () => {
  const questionnaire = currentQuestionnaire()
  const storage = useDeviceStorage()
  const entries = ref<SeriesEntry[]>([])
  const targets = ref<Record<string, number>>({})
  /** The browser refused to keep the series (storage full): it lives only in this tab. */
  const notStored = ref(false)
  restore()
  storage.onClearAll(() => {
    entries.value = []
    targets.value = {}
  })

  const overview = computed(() => buildSeries(questionnaire, entries.value))
  const latest = computed(() => overview.value.moments.at(-1) ?? null)

  function toFile(): SeriesFile {
    return {
      tool: 'integraalscan',
      schemaVersion: 1,
      kind: 'meetreeks',
      savedAt: new Date().toISOString(),
      ...(overview.value.teams[0] === undefined ? {} : { title: overview.value.teams[0] }),
      moments: entries.value.map(({ name, date, result, actions }) => ({ name, ...(date === undefined ? {} : { date }), result, actions })),
      targets: { ...targets.value },
    }
  }

  function applyFile(series: SeriesFile): void {
    entries.value = series.moments.map((m) => entryOf(m.name, m.result, m.date, m.actions ?? m.result.actions))
    targets.value = { ...(series.targets ?? {}) }
  }

  function restore(): void {
    const stored = storage.read(SERIES_KEY)
    const outcome = stored === null ? null : parseSeriesFile(stored)
    if (outcome?.ok) applyFile(outcome.series)
  }

  function persist(): void {
    if (entries.value.length === 0 && Object.keys(targets.value).length === 0) {
      storage.remove(SERIES_KEY)
      notStored.value = false
      return
    }
    notStored.value = !storage.write(SERIES_KEY, serializeSeries(toFile()))
  }

  /** Adds one result as a moment; the same result twice is refused, and a full series takes no more. */
  function addResult(name: string, result: ResultFile): SeriesAddOutcome {
    const fingerprint = resultFingerprint(result)
    if (entries.value.some((entry) => entry.fingerprint === fingerprint)) return { name, status: 'dubbel' }
    if (entries.value.length >= MAX_SERIES_MOMENTS) return { name, status: 'vol' }
    entries.value = [...entries.value, entryOf(name, result)]
    persist()
    return { name, status: 'toegevoegd', count: 1 }
  }

  /**
   * A dropped file: a series file replaces the series only when this one is empty, else its
   * moments are added; a result becomes a moment. A bad file changes nothing.
   */
  function addFile(name: string, text: string | null, tooLarge = false): SeriesAddOutcome {
    if (tooLarge) return { name, status: 'fout', error: { code: 'te-groot' } }
    if (text === null) return { name, status: 'fout', error: { code: 'ongeldig', detail: 'onleesbaar' } }
    const input = readSeriesInput(text)
    if (!input.ok) return { name, status: 'fout', error: input.error }
    if (input.kind === 'resultaat') return addResult(name, input.result)
    if (entries.value.length === 0) {
      applyFile(input.series)
      persist()
      return { name, status: 'toegevoegd', count: input.series.moments.length }
    }
    const known = new Set(entries.value.map((entry) => entry.fingerprint))
    const fresh = input.series.moments
      .map((m) => entryOf(m.name, m.result, m.date, m.actions ?? m.result.actions))
      .filter((entry) => !known.has(entry.fingerprint))
    if (fresh.length === 0) return { name, status: 'dubbel' }
    if (entries.value.length + fresh.length > MAX_SERIES_MOMENTS) return { name, status: 'vol' }
    entries.value = [...entries.value, ...fresh]
    targets.value = { ...(input.series.targets ?? {}), ...targets.value }
    persist()
    return { name, status: 'toegevoegd', count: fresh.length }
  }

  function update(key: string, change: (entry: SeriesEntry) => SeriesEntry): void {
    entries.value = entries.value.map((entry) => (entry.key === key ? change(entry) : entry))
    persist()
  }

  function remove(key: string): void {
    entries.value = entries.value.filter((entry) => entry.key !== key)
    persist()
  }

  /** An empty date removes the series' own date, so the result's date counts again. */
  function setDate(key: string, date: string): void {
    update(key, (entry) => {
      const rest = { ...entry }
      delete rest.date
      return date === '' ? rest : { ...rest, date }
    })
  }

  function setTarget(factorId: string, value: number | null): void {
    const rest = { ...targets.value }
    delete rest[factorId]
    targets.value = value === null ? rest : { ...rest, [factorId]: value }
    persist()
  }

  function setActions(key: string, actions: SeriesAction[]): void {
    update(key, (entry) => ({ ...entry, actions }))
  }

  /** How last time's action for a factor turned out. */
  function setFollowUp(key: string, factorId: string, status: ActionStatus | null, note: string): void {
    update(key, (entry) => ({
      ...entry,
      actions: entry.actions.map((action) => {
        if (action.factorId !== factorId) return action
        const plain: SeriesAction = { factorId: action.factorId, what: action.what, who: action.who, when: action.when }
        return { ...plain, ...(status === null ? {} : { status }), ...(note.trim() === '' ? {} : { statusNote: note }) }
      }),
    }))
  }

  function clear(): void {
    entries.value = []
    targets.value = {}
    persist()
  }

  const fileText = () => serializeSeries(toFile())
  const csvText = () => seriesToCsv(questionnaire, overview.value, targets.value)

  return { entries, targets, notStored, overview, latest, addResult, addFile, remove, setDate, setTarget, setActions, setFollowUp, clear, fileText, csvText }
})
