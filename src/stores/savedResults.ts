import { defineStore } from 'pinia'
import { computed, onScopeDispose, ref } from 'vue'
import type { ResultFile } from '@/core/model'
import { parseCollectionFile, serializeCollection, type CollectionItem, type ImportError, type SavedEntry } from '@/core/files/fileFormat'
import { renameLabel } from '@/core/util/text'
import { useDeviceStorage } from '@/composables/useDeviceStorage'

const SAVED_KEY = 'bewaarde-resultaten'

let nextKey = 0
const withKey = (item: CollectionItem): SavedEntry => ({ ...item, key: `r${(nextKey += 1)}` })

/** Results kept on this device (participant or team), stored in the same format as "export all". */
export const useSavedResultsStore = defineStore('savedResults', () => {
  const storage = useDeviceStorage()
  const entries = ref<SavedEntry[]>([])
  reload()
  onScopeDispose(storage.onClearAll(reload))

  const newestFirst = computed(() => [...entries.value].sort((a, b) => b.savedAt.localeCompare(a.savedAt)))

  function reload(): void {
    const stored = storage.read(SAVED_KEY)
    const outcome = stored === null ? null : parseCollectionFile(stored)
    entries.value = outcome?.ok ? outcome.collection.results.map(withKey) : []
  }

  function persist(): void {
    if (entries.value.length === 0) storage.remove(SAVED_KEY)
    else storage.write(SAVED_KEY, exportAll())
  }

  function save(name: string, result: ResultFile): SavedEntry {
    const entry = withKey({ name: renameLabel(name) ?? result.kind, savedAt: new Date().toISOString(), result })
    entries.value = [...entries.value, entry]
    persist()
    return entry
  }

  function rename(key: string, name: string): void {
    const trimmed = renameLabel(name)
    if (trimmed === null) return
    entries.value = entries.value.map((entry) => (entry.key === key ? { ...entry, name: trimmed } : entry))
    persist()
  }

  function remove(key: string): void {
    entries.value = entries.value.filter((entry) => entry.key !== key)
    persist()
  }

  function exportAll(): string {
    return serializeCollection(entries.value.map(({ name, savedAt, result }) => ({ name, savedAt, result })))
  }

  /** Adds every result of an "export all" file; a bad file changes nothing. */
  function importAll(text: string): { ok: true; added: number } | { ok: false; error: ImportError } {
    const outcome = parseCollectionFile(text)
    if (!outcome.ok) return outcome
    entries.value = [...entries.value, ...outcome.collection.results.map(withKey)]
    persist()
    return { ok: true, added: outcome.collection.results.length }
  }

  function find(key: string): SavedEntry | undefined {
    return entries.value.find((entry) => entry.key === key)
  }

  return { entries, newestFirst, reload, save, rename, remove, exportAll, importAll, find }
})
