import { defineStore } from 'pinia'
import { computed } from 'vue'
import type { ResultFile } from '@/core/model'
import { parseCollectionFile, serializeCollection, type CollectionItem, type ImportError, type SavedEntry } from '@/core/files/fileFormat'
import { renameLabel } from '@/core/util/text'
import { persisted, type StoredFormat } from '@/composables/persisted'

const SAVED_KEY = 'bewaarde-resultaten'

let nextKey = 0
const withKey = (item: CollectionItem): SavedEntry => ({ ...item, key: `r${(nextKey += 1)}` })
const exportText = (entries: readonly SavedEntry[]) => serializeCollection(entries.map(({ name, savedAt, result }) => ({ name, savedAt, result })))

/** Stored in the same format as "export all", as every version so far has. */
const savedFormat: StoredFormat<SavedEntry[]> = {
  decode(text) {
    const outcome = parseCollectionFile(text)
    return outcome.ok ? { ok: true, value: outcome.collection.results.map(withKey) } : { ok: false }
  },
  encode: exportText,
}

export type ImportAllOutcome = { ok: true; added: number } | { ok: false; error: ImportError } | { ok: false; notSaved: true }

/** Results kept on this device (participant or team). */
export const useSavedResultsStore = defineStore('savedResults', () => {
  const stored = persisted(SAVED_KEY, savedFormat, { initial: () => [], isEmpty: (entries) => entries.length === 0 })
  const entries = stored.state
  const newestFirst = computed(() => [...entries.value].sort((a, b) => b.savedAt.localeCompare(a.savedAt)))

  /** Kept in this tab even when the device refuses it (the storage notice then offers the download). */
  function save(name: string, result: ResultFile): SavedEntry {
    const entry = withKey({ name: renameLabel(name) ?? result.kind, savedAt: new Date().toISOString(), result })
    entries.value = [...entries.value, entry]
    return entry
  }

  function rename(key: string, name: string): void {
    const trimmed = renameLabel(name)
    if (trimmed === null) return
    entries.value = entries.value.map((entry) => (entry.key === key ? { ...entry, name: trimmed } : entry))
  }

  function remove(key: string): void {
    entries.value = entries.value.filter((entry) => entry.key !== key)
  }

  const exportAll = () => exportText(entries.value)

  /** Adds every result of an "export all" file; a bad file, or one the device has no room for, changes nothing. */
  function importAll(text: string): ImportAllOutcome {
    const outcome = parseCollectionFile(text)
    if (!outcome.ok) return outcome
    const before = entries.value
    entries.value = [...before, ...outcome.collection.results.map(withKey)]
    const written = stored.flush()
    // 'held': kept in this tab until the user chooses between it and another tab's change.
    if (written === 'full' || written === 'invalid') {
      entries.value = before
      return { ok: false, notSaved: true }
    }
    return { ok: true, added: outcome.collection.results.length }
  }

  const find = (key: string) => entries.value.find((entry) => entry.key === key)

  return { entries, newestFirst, save, rename, remove, exportAll, importAll, find }
})
