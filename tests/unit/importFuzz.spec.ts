import { beforeEach, describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { useWorkshopStore } from '@/stores/workshop'
import { addLink } from './helpers/workshopIntake'
import { useSavedResultsStore } from '@/stores/savedResults'
import { encodeShareFragment } from '@/core/files/shareLink'
import { parseResultFile } from '@/core/files/fileFormat'

/**
 * Hostile input through the real import paths (the workshop's files and links, the saved results'
 * "import all"): never an exception, exactly one outcome per input, and a refused input changes
 * nothing that was loaded or saved.
 */
const folder = resolve(import.meta.dirname, '../fixtures/participants')
const validTexts = readdirSync(folder).map((name) => readFileSync(`${folder}/${name}`, 'utf8'))
const baseline = validTexts.slice(0, 3).map((text, index) => ({ name: `basis-${index}.json`, text, tooLarge: false }))

function snapshot() {
  const workshop = useWorkshopStore()
  const saved = useSavedResultsStore()
  return JSON.stringify({
    participants: workshop.participants.map(({ label, fingerprint }) => ({ label, fingerprint })),
    agreed: workshop.agreed,
    saved: saved.entries.map(({ name, savedAt }) => ({ name, savedAt })),
    storage: Object.keys(window.localStorage).sort().map((key) => [key, window.localStorage.getItem(key)]),
  })
}

/** A JSON value with its structure damaged: keys dropped, types swapped, numbers huge, nesting deep. */
const mutation = fc.oneof(
  fc.constant((value: Record<string, unknown>) => {
    const keys = Object.keys(value)
    delete value[keys[Math.floor(keys.length / 2)] ?? 'tool']
  }),
  fc.tuple(fc.string(), fc.anything()).map(([key, replacement]) => (value: Record<string, unknown>) => {
    const keys = Object.keys(value)
    value[keys[key.length % keys.length] ?? 'x'] = replacement
  }),
  fc.constant((value: Record<string, unknown>) => {
    value.answers = { 'visie-1': 1e308, 'visie-2': -0, 'visie-3': Number.MAX_SAFE_INTEGER }
  }),
  fc.integer({ min: 50, max: 3000 }).map((depth) => (value: Record<string, unknown>) => {
    value.profile = JSON.parse(`${'{"a":'.repeat(depth)}1${'}'.repeat(depth)}`)
  }),
  fc.constant((value: Record<string, unknown>) => {
    value.schemaVersion = 2
  }),
)

beforeEach(() => {
  window.localStorage.clear()
  setActivePinia(createPinia())
  useWorkshopStore().addFiles(baseline)
  useSavedResultsStore().save('Bewaard', JSON.parse(validTexts[3]!))
})

describe('the import paths under hostile input', () => {
  it('refuse 2,000 random texts as files, each with its own message, changing nothing', () => {
    const before = snapshot()
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.json(), fc.string({ unit: 'binary' })), (text) => {
        const outcomes = useWorkshopStore().addFiles([{ name: 'willekeurig.json', text, tooLarge: false }])
        expect(outcomes).toHaveLength(1)
        expect(outcomes[0]!.status).toBe('refused')
        expect(useSavedResultsStore().importAll(text).ok).toBe(false)
        expect(snapshot()).toBe(before)
      }),
      { numRuns: 2000 },
    )
  }, 60_000)

  it('handle 2,000 mutated participant files: refused ones change nothing, accepted ones are valid', () => {
    fc.assert(
      fc.property(fc.nat(validTexts.length - 1), fc.array(mutation, { minLength: 1, maxLength: 3 }), (index, mutations) => {
        const value = JSON.parse(validTexts[index]!) as Record<string, unknown>
        for (const mutate of mutations) mutate(value)
        const text = JSON.stringify(value) ?? ''
        const before = snapshot()
        const outcomes = useWorkshopStore().addFiles([{ name: 'gewijzigd.json', text, tooLarge: false }])
        expect(outcomes).toHaveLength(1)
        const outcome = outcomes[0]!
        // A refused file changes nothing; an accepted one is a valid result file.
        expect(outcome.status === 'refused' ? snapshot() === before : parseResultFile(text).ok).toBe(true)
      }),
      { numRuns: 2000 },
    )
  }, 60_000)

  it('refuse 1,000 mangled share links, each with a message, changing nothing', async () => {
    // A participant already in the workshop: a link that still decodes to it can only be a duplicate.
    const fragment = await encodeShareFragment(JSON.parse(validTexts[0]!))
    const before = snapshot()
    await fc.assert(
      fc.asyncProperty(fc.nat(fragment.length - 1), fc.string({ minLength: 1, maxLength: 8 }), fc.boolean(), async (at, noise, cut) => {
        const mangled = cut ? fragment.slice(0, Math.max(3, at)) : `${fragment.slice(0, at)}${noise}${fragment.slice(at + noise.length)}`
        fc.pre(mangled !== fragment)
        const outcome = await addLink(`https://voorbeeld.nl/scan/#/gedeeld/${mangled}`)
        // A refused link changes nothing; one that still decodes can only be the participant already there.
        expect(outcome.status === 'refused' ? snapshot() === before : outcome.status === 'duplicate').toBe(true)
      }),
      { numRuns: 1000 },
    )
  }, 60_000)

  it('refuses a file that was too large to read, by name', () => {
    const before = snapshot()
    const [outcome] = useWorkshopStore().addFiles([{ name: 'enorm.json', text: null, tooLarge: true }])
    expect(outcome).toEqual({ name: 'enorm.json', status: 'refused', error: { code: 'te-groot' } })
    expect(snapshot()).toBe(before)
  })
})
