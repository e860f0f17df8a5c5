/**
 * Upgrading result files written by older versions of the app. Files live on participants' own
 * devices for years (a team compares "now" with a scan of two years ago), so an old file must keep
 * opening after the format changes. Each migration lifts a file exactly one version.
 */
import { SCHEMA_VERSION } from '../model'

/** Turns a file of version n into one of version n + 1. Receives parsed, untrusted JSON. */
export type Migration = (raw: Record<string, unknown>) => Record<string, unknown>

/** Migration per source version: entry n upgrades version n to n + 1. */
export type MigrationRegistry = Readonly<Record<number, Migration>>

/**
 * Empty: version 1 is the first published format. When SCHEMA_VERSION becomes 2, add
 * `1: (raw) => ({ ...raw, … })` here and a test with a real version-1 file.
 */
export const MIGRATIONS: MigrationRegistry = {}

export type MigrationOutcome = { ok: true; value: Record<string, unknown> } | { ok: false; detail: string }

/**
 * Apply the migrations from the file's schemaVersion up to `target`. A file without an integer
 * version is returned unchanged: the schema check reports it. The version is set by this loop, not
 * by the migration, so a faulty migration cannot make it run forever.
 */
export function migrate(
  raw: Record<string, unknown>,
  migrations: MigrationRegistry = MIGRATIONS,
  target: number = SCHEMA_VERSION,
): MigrationOutcome {
  let version = raw.schemaVersion
  if (typeof version !== 'number' || !Number.isInteger(version)) return { ok: true, value: raw }
  let value = raw
  while (version < target) {
    const step = Object.hasOwn(migrations, version) ? migrations[version] : undefined
    if (step === undefined) return { ok: false, detail: `schemaVersion ${version} wordt niet meer ondersteund` }
    version += 1
    value = { ...step(value), schemaVersion: version }
  }
  return { ok: true, value }
}

/**
 * Migrations of the series file ("meetreeks") itself, per source version like MIGRATIONS. Empty
 * while version 1 is its first format; the results inside a series pass through MIGRATIONS.
 */
export const SERIES_MIGRATIONS: MigrationRegistry = {}
