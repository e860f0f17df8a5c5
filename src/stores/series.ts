import { defineStore } from 'pinia'
import { computed } from 'vue'
import { currentQuestionnaire } from '@/composables/useQuestionnaire'
import type { ResultFile } from '@/core/model'
import { buildSeries } from '@/core/series/series'
import { parseSeriesFile, serializeSeries, type ActionStatus, type SeriesAction } from '@/core/files/seriesFile'
import type { IntakeOutcome, Received } from '@/core/files/intake'
import { seriesToCsv } from '@/core/files/seriesCsv'
import {
  addReceivedToSeries,
  addResultToSeries,
  emptySeries,
  seriesFromFile,
  seriesToFile,
  withFollowUp,
  withMomentActions,
  withMomentDate,
  withoutMoment,
  withTarget,
  type SeriesEdit,
  type SeriesState,
} from '@/core/series/seriesEdits'
import type { FieldRefusal } from '@/core/util/userText'
import { persisted, type StoredFormat } from '@/composables/persisted'

const SERIES_KEY = 'meetreeks'

/** The title a series file carries: the first team's name, as the overview finds it. */
type Titled = (state: SeriesState) => string | undefined

/** Stored as a series file (compact JSON: a large series is written after the change is on screen). */
const seriesFormat = (title: Titled): StoredFormat<SeriesState> => ({
  decode(text) {
    const outcome = parseSeriesFile(text)
    return outcome.ok ? { ok: true, value: seriesFromFile(outcome.series) } : { ok: false }
  },
  encode: (state) => JSON.stringify(seriesToFile(state, title(state), new Date().toISOString())),
})

export type FieldOutcome = { ok: true } | { ok: false; refusal: FieldRefusal }

/**
 * A measurement series of one team: dated results, targets per factor and actions followed up. Kept
 * on this device. Shallow: a series of 40 team results holds tens of thousands of answer records,
 * which are replaced, never changed in place, and never wrapped in reactive proxies.
 */
export const useSeriesStore = defineStore('series', () => {
  const questionnaire = currentQuestionnaire()
  const title: Titled = (state) => (state === series.value ? overview.value.teams[0] : buildSeries(questionnaire, state.entries).teams[0])
  const stored = persisted(SERIES_KEY, seriesFormat((state) => title(state)), {
    initial: emptySeries,
    isEmpty: (state) => state.entries.length === 0 && Object.keys(state.targets).length === 0,
    timing: 'after-paint',
  })
  const series = stored.state

  const entries = computed(() => series.value.entries)
  const targets = computed(() => series.value.targets)
  const overview = computed(() => buildSeries(questionnaire, series.value.entries))
  const latest = computed(() => overview.value.moments.at(-1) ?? null)
  /** The browser refused to keep the series (storage full): it lives only in this tab. */
  const notStored = computed(() => !stored.saved.value)

  function added({ state, outcome }: { state: SeriesState; outcome: IntakeOutcome }): IntakeOutcome {
    series.value = state
    return outcome
  }

  /** After a batch of additions: written at once (not after paint), so the page can say whether the device kept them. */
  const saveNow = () => stored.flush()

  const addResult = (name: string, result: ResultFile) => added(addResultToSeries(series.value, name, result))

  /** What the page read (a file or a link): applied, one outcome. */
  const take = (received: Received, name: string) => added(addReceivedToSeries(series.value, name, received))

  function applied(edit: SeriesEdit): FieldOutcome {
    if (!edit.ok) return edit
    series.value = edit.state
    return { ok: true }
  }

  const setDate = (key: string, date: string) => applied(withMomentDate(series.value, key, date))
  const setFollowUp = (key: string, factorId: string, status: ActionStatus | null, note: string) => applied(withFollowUp(series.value, key, factorId, status, note))
  const remove = (key: string) => (series.value = withoutMoment(series.value, key))
  const setTarget = (factorId: string, value: number | null) => (series.value = withTarget(series.value, factorId, value))
  const setActions = (key: string, actions: SeriesAction[]) => (series.value = withMomentActions(series.value, key, actions))
  const clear = () => (series.value = emptySeries())

  const fileText = (options?: { compact?: boolean }) => serializeSeries(seriesToFile(series.value, overview.value.teams[0], new Date().toISOString()), options)
  const csvText = () => seriesToCsv(questionnaire, overview.value, targets.value)

  return { entries, targets, notStored, overview, latest, addResult, take, saveNow, remove, setDate, setTarget, setActions, setFollowUp, clear, fileText, csvText }
})
