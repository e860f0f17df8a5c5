/**
 * The series file ("meetreeks"): dated results of one team or municipality, the team's targets per
 * factor and, per moment, the actions agreed then with how they turned out. Like every file it is
 * untrusted; the parser never throws and answers ok or an error code the UI explains in Dutch.
 * A collection file ("verzameling", all results saved on a device) also opens as a series.
 */
import { z } from 'zod/mini'
import { ActionSchema, ResultFileSchema, SCHEMA_VERSION, TOOL_NAME } from '../model'
import {
  importFailure,
  isNewer,
  isRecord,
  issuePath,
  MAX_COLLECTION_BYTES,
  MAX_COLLECTION_NAME,
  collectionFromEnvelope,
  readEnvelope,
} from './fileFormat'
import type { ImportError, ResultCollection } from './fileFormat'
import { MIGRATIONS, migrate, SERIES_MIGRATIONS } from './migrations'
import type { MigrationRegistry } from './migrations'

/** Largest series file: as large as a collection (ten full-size results). */
export const MAX_SERIES_BYTES = MAX_COLLECTION_BYTES

/** A yearly scan for forty years; a file with more moments is not one this app wrote. */
export const MAX_SERIES_MOMENTS = 40

export const actionStatuses = ['gedaan', 'bezig', 'niet-gedaan', 'vervallen'] as const
export const ActionStatusSchema = z.enum(actionStatuses)
export type ActionStatus = z.infer<typeof ActionStatusSchema>

const isoDate = () => z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))

/** An action agreed at a moment; status and statusNote are set when the team looks back at the next moment. */
export const SeriesActionSchema = z.object({
  ...ActionSchema.shape,
  status: z.optional(ActionStatusSchema),
  statusNote: z.optional(z.string().check(z.maxLength(5000))),
})
export type SeriesAction = z.infer<typeof SeriesActionSchema>

export const SeriesMomentSchema = z.object({
  name: z.string().check(z.maxLength(MAX_COLLECTION_NAME)),
  /** The date the team gives this moment; else the result's own date. */
  date: z.optional(isoDate()),
  result: ResultFileSchema,
  /** Actions agreed at this moment (optional: a series without a plan is valid). */
  actions: z.optional(z.array(SeriesActionSchema).check(z.maxLength(200))),
})
export type SeriesMoment = z.infer<typeof SeriesMomentSchema>

export const SeriesFileSchema = z.object({
  tool: z.literal(TOOL_NAME),
  schemaVersion: z.literal(SCHEMA_VERSION),
  kind: z.literal('meetreeks'),
  savedAt: z.string().check(z.maxLength(40)),
  title: z.optional(z.string().check(z.maxLength(MAX_COLLECTION_NAME))),
  moments: z.array(SeriesMomentSchema).check(z.maxLength(MAX_SERIES_MOMENTS)),
  /** factor id → target level 1–5 (optional). */
  targets: z.optional(
    z.record(z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/)), z.number().check(z.minimum(1), z.maximum(5))),
  ),
})
export type SeriesFile = z.infer<typeof SeriesFileSchema>

export type SeriesOutcome = { ok: true; series: SeriesFile } | { ok: false; error: ImportError }

/** Read a series file: size, JSON, tool, version, forbidden keys, migrations (series and each result), schema. */
export function parseSeriesFile(
  text: string,
  migrations: MigrationRegistry = SERIES_MIGRATIONS,
  resultMigrations: MigrationRegistry = MIGRATIONS,
): SeriesOutcome {
  const envelope = readEnvelope(text, MAX_SERIES_BYTES)
  return envelope.ok ? seriesFromEnvelope(envelope.raw, migrations, resultMigrations) : envelope
}

/** The rest of `parseSeriesFile` once the envelope is read (the import pipeline reads it once for every kind). */
export function seriesFromEnvelope(
  envelope: Record<string, unknown>,
  migrations: MigrationRegistry = SERIES_MIGRATIONS,
  resultMigrations: MigrationRegistry = MIGRATIONS,
): SeriesOutcome {
  try {
    if (envelope.kind === 'verzameling') return collectionAsSeries(envelope, resultMigrations)
    if (envelope.kind !== 'meetreeks') return importFailure('ander-bestand', `kind ${String(envelope.kind)}`)
    const lifted = migrate(envelope, migrations)
    if (!lifted.ok) return importFailure('ongeldig', lifted.detail)
    const raw = lifted.value
    const moments = Array.isArray(raw.moments) ? (raw.moments as unknown[]) : null
    const upgraded: unknown[] = []
    for (const [index, moment] of (moments ?? []).entries()) {
      if (!isRecord(moment) || !isRecord(moment.result)) {
        upgraded.push(moment) // the schema reports it with its path
        continue
      }
      if (isNewer(moment.result)) return importFailure('nieuwere-versie', `moments.${index}.result`)
      const migrated = migrate(moment.result, resultMigrations)
      if (!migrated.ok) return importFailure('ongeldig', `moments.${index}.result: ${migrated.detail}`)
      upgraded.push({ ...moment, result: migrated.value })
    }
    const parsed = SeriesFileSchema.safeParse(moments === null ? raw : { ...raw, moments: upgraded })
    return parsed.success ? { ok: true, series: parsed.data } : importFailure('ongeldig', issuePath(parsed.error))
  } catch {
    return importFailure('ongeldig', 'migratie mislukt')
  }
}

function collectionAsSeries(envelope: Record<string, unknown>, resultMigrations: MigrationRegistry): SeriesOutcome {
  const outcome = collectionFromEnvelope(envelope, resultMigrations)
  return outcome.ok ? seriesOfCollection(outcome.collection) : outcome
}

/** A collection ("alle resultaten op dit apparaat") as a series: each result one moment. */
export function seriesOfCollection(collection: ResultCollection): SeriesOutcome {
  const { results } = collection
  if (results.length > MAX_SERIES_MOMENTS) return importFailure('ongeldig', `meer dan ${MAX_SERIES_MOMENTS} resultaten`)
  return {
    ok: true,
    series: {
      tool: TOOL_NAME,
      schemaVersion: SCHEMA_VERSION,
      kind: 'meetreeks',
      savedAt: results[0]?.savedAt ?? '',
      moments: results.map(({ name, result }) => ({ name, result, actions: result.actions })),
    },
  }
}

/**
 * Indented, for whoever opens the file. `compact` for the HTML report's data block: with the report
 * around it, the largest series (40 moments of teams of 60, 19.9 MB indented, 12.6 MB compact) must
 * stay within the MAX_SERIES_BYTES the series page opens.
 */
export function serializeSeries(series: SeriesFile, { compact = false }: { compact?: boolean } = {}): string {
  return compact ? JSON.stringify(series) : `${JSON.stringify(series, null, 2)}\n`
}
