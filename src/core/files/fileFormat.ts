/**
 * Reading and writing result files. Files come from participants' own devices, e-mail and
 * USB sticks: every byte is untrusted. The parsers never throw; they answer ok or one of a few
 * error codes the UI explains in plain Dutch.
 */
import { z } from 'zod/mini'
import { ResultFileSchema, SCHEMA_VERSION, SHORT_TEXT_MAX, TOOL_NAME } from '../model'
import { lazySchema } from '../schemaParts'
import type { ResultFile } from '../model'
import { MIGRATIONS, migrate } from './migrations'
import type { MigrationRegistry } from './migrations'
import { extractReportJson, looksLikeHtml } from './reportHtml'

/** Largest result file we read (UTF-8 bytes): far above a participant's file, small enough to parse instantly. */
export const MAX_FILE_BYTES = 2 * 1024 * 1024

/** Largest "all results on this device" export: room for ten full-size result files. */
export const MAX_COLLECTION_BYTES = 10 * MAX_FILE_BYTES

/**
 * Largest team result: a team file holds every participant's answers (3.4 MB for a workshop of
 * 1,000), more than a single result file may be. The pages that open team results (workshop,
 * comparison, series, start page) allow it; only a file that says it is a team result may be
 * this large.
 */
export const MAX_TEAM_FILE_BYTES = MAX_COLLECTION_BYTES

/** Longest name of a result inside a collection (the same limit as the profile's short texts). */
export const MAX_COLLECTION_NAME = SHORT_TEXT_MAX

export const importErrorCodes = [
  'te-groot',
  'leeg',
  'geen-json',
  'ander-bestand',
  'nieuwere-versie',
  'ongeldig',
  'ongeldige-link',
  /** An HTML file that is not an Integraalscan report with its data block. */
  'geen-rapport',
  'andere-vragenlijst',
  'andere-sessie',
] as const
export type ImportErrorCode = (typeof importErrorCodes)[number]

export interface ImportError {
  code: ImportErrorCode
  /** Short technical pointer, e.g. the path of the first invalid field. */
  detail?: string
}

export type ImportOutcome = { ok: true; result: ResultFile } | { ok: false; error: ImportError }

export const ResultCollectionSchema = lazySchema(() => z.object({
  tool: z.literal(TOOL_NAME),
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('verzameling'),
  results: z.array(
    z.object({
      name: z.string().check(z.maxLength(MAX_COLLECTION_NAME)),
      savedAt: z.string().check(z.maxLength(40)),
      result: ResultFileSchema,
    }),
  ),
}))
export type ResultCollection = z.infer<typeof ResultCollectionSchema>
export type CollectionItem = ResultCollection['results'][number]

/** A result kept on this device, as the list of saved results shows it. */
export interface SavedEntry extends CollectionItem {
  /** A key for this list on this device only; it is never written into an exported file. */
  key: string
}
export type CollectionOutcome = { ok: true; collection: ResultCollection } | { ok: false; error: ImportError }

type Failure = { ok: false; error: ImportError }

export function importFailure(code: ImportErrorCode, detail?: string): Failure {
  return { ok: false, error: detail === undefined ? { code } : { code, detail } }
}

/** UTF-8 size of a string; stops counting once past `stopAbove` (a 100 MB paste need not be counted out). */
export function utf8ByteLength(text: string, stopAbove = Number.POSITIVE_INFINITY): number {
  let bytes = 0
  for (let i = 0; i < text.length && bytes <= stopAbove; i++) {
    const c = text.charCodeAt(i)
    if (c < 0x80) bytes += 1
    else if (c < 0x800) bytes += 2
    else if (c >= 0xd800 && c <= 0xdbff && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      bytes += 4 // a surrogate pair is one code point of four bytes
      i += 1
    } else bytes += 3 // includes lone surrogates, which an encoder replaces by U+FFFD (3 bytes)
  }
  return bytes
}

/**
 * The key that can replace an object's prototype when untrusted data is copied with assignment
 * (Object.assign, a naive merge). JSON.parse keeps it as a harmless own property and zod strips it,
 * but a file that contains it is crafted, never written by this app, so it is rejected outright.
 */
const FORBIDDEN_KEY = '__proto__'

type Visit = { value: object; parent: Visit | null; key: string }

/** "a.b.c" for the keys from the root down to `key` below `visit` (a key at the root has no dot before it). */
function pathOf(visit: Visit | null, key: string): string {
  const keys = [key]
  for (let at = visit; at !== null && at.parent !== null; at = at.parent) keys.push(at.key)
  return keys.reverse().reduce((path, part) => (path === '' ? part : `${path}.${part}`), '')
}

/**
 * Path of the first forbidden key, or null. Iterative: deeply nested JSON must not overflow the stack.
 * Only objects are visited and a path is spelled out only when one is found: a team or series file
 * holds millions of keys, and a string and record per key made this the slowest step of reading it.
 */
export function findForbiddenKey(root: unknown): string | null {
  if (root === null || typeof root !== 'object') return null
  const stack: Visit[] = [{ value: root, parent: null, key: '' }]
  for (let visit = stack.pop(); visit !== undefined; visit = stack.pop()) {
    const value = visit.value as Record<string, unknown>
    for (const key of Object.keys(value)) {
      if (key === FORBIDDEN_KEY) return pathOf(visit, key)
      const child = value[key]
      if (child !== null && typeof child === 'object') stack.push({ value: child, parent: visit, key })
    }
  }
  return null
}

export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function isNewer(raw: Record<string, unknown>): boolean {
  return typeof raw.schemaVersion === 'number' && raw.schemaVersion > SCHEMA_VERSION
}

/** 'te-groot' when the text is more than `maxBytes` of UTF-8, else null. */
function sizeFailure(text: string, maxBytes: number): Failure | null {
  const over = text.length > maxBytes || (text.length * 3 > maxBytes && utf8ByteLength(text, maxBytes) > maxBytes)
  return over ? importFailure('te-groot', `meer dan ${maxBytes} bytes`) : null
}

/** Size, emptiness, JSON, tool, version and forbidden keys: the checks every file format shares. */
export function readEnvelope(text: unknown, maxBytes: number): { ok: true; raw: Record<string, unknown> } | Failure {
  if (typeof text !== 'string') return importFailure('geen-json')
  const tooLarge = sizeFailure(text, maxBytes)
  if (tooLarge) return tooLarge
  // trim() also removes a byte order mark, which Windows editors put in front of saved JSON.
  let trimmed = text.trim()
  if (trimmed === '') return importFailure('leeg')
  // An HTML report carries the result in its data block; only that block's text is read.
  if (looksLikeHtml(trimmed)) {
    const extracted = extractReportJson(trimmed)
    if (!extracted.ok) return importFailure('geen-rapport', extracted.reason)
    trimmed = extracted.json.trim()
  }
  let raw: unknown
  try {
    raw = JSON.parse(trimmed)
  } catch {
    return importFailure('geen-json')
  }
  if (!isRecord(raw) || raw.tool !== TOOL_NAME) return importFailure('ander-bestand')
  if (isNewer(raw)) return importFailure('nieuwere-versie', `schemaVersion ${String(raw.schemaVersion)}`)
  const forbidden = findForbiddenKey(raw)
  if (forbidden !== null) return importFailure('ongeldig', forbidden)
  return { ok: true, raw }
}

/** The path of the first issue, e.g. "answers.visie-1", or "(bestand)" for the file as a whole. */
export function issuePath(error: { issues: readonly { path: readonly PropertyKey[] }[] }): string {
  const path = error.issues[0]?.path ?? []
  return path.length === 0 ? '(bestand)' : path.map(String).join('.')
}

/**
 * Read a result file. Checks, in order: size, empty, JSON, tool, newer version, forbidden keys,
 * migration of older versions, schema. `migrations` is replaceable for tests. `maxTeamBytes`
 * lets a team result be larger than `MAX_FILE_BYTES` (the pages that open team results pass
 * `MAX_TEAM_FILE_BYTES`); any other file stays within `MAX_FILE_BYTES`.
 */
export function parseResultFile(text: string, migrations: MigrationRegistry = MIGRATIONS, maxTeamBytes = MAX_FILE_BYTES): ImportOutcome {
  const envelope = readEnvelope(text, Math.max(MAX_FILE_BYTES, maxTeamBytes))
  return envelope.ok ? resultFromEnvelope(envelope.raw, text, migrations) : envelope
}

/** The rest of `parseResultFile` once the envelope is read (the import pipeline reads it once for every kind). */
export function resultFromEnvelope(raw: Record<string, unknown>, text: string, migrations: MigrationRegistry = MIGRATIONS): ImportOutcome {
  try {
    const tooLarge = raw.kind === 'team' ? null : sizeFailure(text, MAX_FILE_BYTES)
    if (tooLarge) return tooLarge
    const migrated = migrate(raw, migrations)
    if (!migrated.ok) return importFailure('ongeldig', migrated.detail)
    const parsed = ResultFileSchema.safeParse(migrated.value)
    return parsed.success ? { ok: true, result: parsed.data } : importFailure('ongeldig', issuePath(parsed.error))
  } catch {
    // Only a faulty migration can get here; the contract is "never throws".
    return importFailure('ongeldig', 'migratie mislukt')
  }
}

export function serializeResult(r: ResultFile): string {
  return `${JSON.stringify(r, null, 2)}\n`
}

/**
 * The text this device keeps between visits: the file's JSON without the indentation people
 * read in a file. A third smaller, so a large workshop fits the browser's storage longer, and
 * quicker to write after every change. It opens like a file (`parseResultFile`).
 */
export function storedResultText(r: ResultFile): string {
  return JSON.stringify(r)
}

/** Read an "all results on this device" export; each result inside is migrated like a single file. */
export function parseCollectionFile(text: string, migrations: MigrationRegistry = MIGRATIONS): CollectionOutcome {
  const envelope = readEnvelope(text, MAX_COLLECTION_BYTES)
  return envelope.ok ? collectionFromEnvelope(envelope.raw, migrations) : envelope
}

/** The rest of `parseCollectionFile` once the envelope is read. */
export function collectionFromEnvelope(raw: Record<string, unknown>, migrations: MigrationRegistry = MIGRATIONS): CollectionOutcome {
  try {
    const items = Array.isArray(raw.results) ? (raw.results as unknown[]) : []
    const upgraded: unknown[] = []
    for (const [index, item] of items.entries()) {
      if (!isRecord(item) || !isRecord(item.result)) {
        upgraded.push(item) // the schema reports it with its path
        continue
      }
      if (isNewer(item.result)) return importFailure('nieuwere-versie', `results.${index}.result`)
      const migrated = migrate(item.result, migrations)
      if (!migrated.ok) return importFailure('ongeldig', `results.${index}.result: ${migrated.detail}`)
      upgraded.push({ ...item, result: migrated.value })
    }
    const candidate = Array.isArray(raw.results) ? { ...raw, results: upgraded } : raw
    const parsed = ResultCollectionSchema.safeParse(candidate)
    return parsed.success ? { ok: true, collection: parsed.data } : importFailure('ongeldig', issuePath(parsed.error))
  } catch {
    return importFailure('ongeldig', 'migratie mislukt')
  }
}

export function serializeCollection(items: readonly CollectionItem[]): string {
  const collection: ResultCollection = { tool: TOOL_NAME, schemaVersion: SCHEMA_VERSION, kind: 'verzameling', results: [...items] }
  return `${JSON.stringify(collection, null, 2)}\n`
}
