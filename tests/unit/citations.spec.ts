/**
 * Every author-and-year the content cites must occur in one of the three source reports (the seeds),
 * so that a reader who looks it up finds it. The seeds live beside the project (../shared/seeds from
 * the repository root). What they say about each citation is also kept in the repository
 * (tests/fixtures/seedCitations.json), so a clone without the seeds checks the content against it;
 * where the seeds are present, that index must be exactly what they say (`npx vitest -u` renews it
 * after the content cites something new).
 */
import { describe, expect, it } from 'vitest'
import { existsSync, readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { questionnaire } from '@/content/questionnaire'
import { glossary } from '@/content/glossary'
import { nl } from '@/locales/nl'

const seedFolder = resolve(import.meta.dirname, '../../../shared/seeds')
const INDEX_FILE = resolve(import.meta.dirname, '../fixtures/seedCitations.json')

/** Seed text with line-end hyphenation joined and all white space collapsed, lower case. */
function normalise(text: string): string {
  return text
    .replace(/-[ \t]*\r?\n\s*/g, '')
    .replace(/\s+/g, ' ')
    .toLocaleLowerCase('nl')
}

function readSeeds(): Record<string, string> | null {
  if (!existsSync(seedFolder)) return null
  return Object.fromEntries(
    readdirSync(seedFolder)
      .filter((name) => name.endsWith('.txt'))
      .map((name) => [name.slice(0, 3), normalise(readFileSync(resolve(seedFolder, name), 'utf8'))]),
  )
}

/**
 * Every string in a value, however deeply nested. A function (a text with a placeholder) is read as
 * its source, so the words around `${…}` are checked too.
 */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (typeof value === 'function') return [Function.prototype.toString.call(value)]
  if (Array.isArray(value)) return value.flatMap(allStrings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings)
  return []
}

export interface Citation {
  authors: string
  year: string
}

/**
 * Author–year pairs in a text: "Hekelaar et al., 2009", "(Kolner en Sprinkhuizen, 2014; Divosa, 2014)",
 * "Volgens Oude Vrielink (2014)", "Pijnenburg en Van Hattum (2012)".
 */
export function citationsIn(text: string): Citation[] {
  const found: Citation[] = []
  for (const match of text.matchAll(/(?:^|[(;]\s*|, in\s+)([A-Z][^,;()]*?),\s(\d{4})\b/g)) {
    found.push({ authors: match[1]!.trim(), year: match[2]! })
  }
  for (const match of text.matchAll(/([A-Z][\p{L}’'-]+(?:\s+(?:[A-Z][\p{L}’'-]+|van|de|den|der|en|et al\.))*)\s\((\d{4})\)/gu)) {
    found.push({ authors: match[1]!.replace(/^(Volgens|Ook|Zoals)\s+/, ''), year: match[2]! })
  }
  return found
}

/** The surname to look up: the last word of the first author ("Den Uyl et al." → "uyl"; "KPMG/Plexus" → "kpmg"). */
function firstSurname(authors: string): string {
  const first = authors.replace(/\bet al\.?/, '').split(/\s+en\s+|\s*&\s*|\//)[0]!.trim()
  return first.split(/\s+/).at(-1)!.toLocaleLowerCase('nl')
}

/** Spelling variants between our content and the seeds (the seeds themselves are not consistent). */
const variants: Record<string, string[]> = {
  oecd: ['oecd', 'oedc'],
  clercq: ['clercq', 'clerq'],
  hekelaar: ['hekelaar', 'heekelaar'],
}

/** The three reports themselves, cited by their own name. */
const reports: Record<string, { seed: string; name: string }> = {
  'Inspectie SZW|2016': { seed: '002', name: 'inspectie szw' },
  'Werkplaatsen Sociaal Domein|2018': { seed: '000', name: 'werkplaatsen sociaal domein' },
  'Movisie|2018': { seed: '004', name: 'movisie' },
}

function occursNear(seed: string, form: string, year: string): boolean {
  const pattern = new RegExp(`(?<![\\p{L}])${form.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}(?![\\p{L}])`, 'gu')
  for (const match of seed.matchAll(pattern)) {
    const window = seed.slice(Math.max(0, match.index - 120), match.index + 260)
    if (window.includes(year)) return true
  }
  return false
}

/** What the seeds say about the questions the citations ask: which seeds name a surname form near a year, which name a report. */
interface SeedIndex {
  seeds: string[]
  near: Record<string, string[]>
  reports: Record<string, boolean>
}

const nearKey = (form: string, year: string) => `${form}|${year}`

function buildIndex(seeds: Record<string, string>, citations: readonly Citation[]): SeedIndex {
  const near: Record<string, string[]> = {}
  const found: Record<string, boolean> = {}
  for (const citation of citations) {
    const report = reports[`${citation.authors}|${citation.year}`]
    if (report) {
      found[`${report.seed}|${report.name}`] = seeds[report.seed]?.includes(report.name) ?? false
      continue
    }
    const surname = firstSurname(citation.authors)
    for (const form of variants[surname] ?? [surname]) {
      near[nearKey(form, citation.year)] = Object.entries(seeds).filter(([, text]) => occursNear(text, form, citation.year)).map(([id]) => id)
    }
  }
  const sorted = <T>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).sort(([a], [b]) => a.localeCompare(b)))
  return { seeds: Object.keys(seeds).sort(), near: sorted(near), reports: sorted(found) }
}

/** The citations the test itself asks about besides the content's: an unknown author, a wrong year, a right one. */
const probes: Citation[] = [
  { authors: 'Jansen en Klaassen', year: '1999' },
  { authors: 'Ragan', year: '2009' },
  { authors: 'Ragan', year: '2003' },
]

describe('citations', () => {
  const seeds = readSeeds()
  // Every Dutch text of the app: the content and every locale module (the disagreement screen once
  // cited a study that is in no seed, issue #26).
  const texts = [...allStrings(questionnaire), ...allStrings(glossary), ...allStrings(nl)]
  const citations = texts.flatMap(citationsIn)
  const unique = [...new Map(citations.map((c) => [`${c.authors}|${c.year}`, c])).values()]
  const index: SeedIndex = seeds ? buildIndex(seeds, [...unique, ...probes]) : (JSON.parse(readFileSync(INDEX_FILE, 'utf8')) as SeedIndex)

  it('finds the three seeds (or their index) and a realistic number of citations', () => {
    expect(index.seeds).toEqual(['000', '002', '004'])
    expect(unique.length).toBeGreaterThan(40)
  })

  // With the seeds beside the clone the stored index must be exactly what they say; a clone without
  // them (CI) checks that the stored index asks every question the app's citations raise, so a new
  // citation cannot pass on an index made before it.
  it('keeps in tests/fixtures/seedCitations.json exactly what the seeds say, for every citation in the app', async () => {
    const questions = buildIndex({}, [...unique, ...probes])
    expect(Object.keys(index.near)).toEqual(Object.keys(questions.near))
    expect(Object.keys(index.reports)).toEqual(Object.keys(questions.reports))
    // Built from the seeds when they are here (renew it with -u), read from that very file when not.
    await expect(`${JSON.stringify(index, null, 2)}\n`).toMatchFileSnapshot(INDEX_FILE)
  })

  it('reads author–year pairs the way the content writes them', () => {
    expect(citationsIn('Zorg voor draagvlak (Den Uyl et al., 2015; Divosa, 2014).')).toEqual([
      { authors: 'Den Uyl et al.', year: '2015' },
      { authors: 'Divosa', year: '2014' },
    ])
    expect(citationsIn('Volgens Oude Vrielink (2014) past dat niet.')).toEqual([{ authors: 'Oude Vrielink', year: '2014' }])
    expect(citationsIn('Van Arum en Van den Enden, 2018, in Werkplaatsen Sociaal Domein 2018')).toEqual([
      { authors: 'Van Arum en Van den Enden', year: '2018' },
    ])
  })

  /** The seeds in which a citation occurs: the surname of its first author with the year close by. */
  const foundIn = (citation: Citation): string[] => {
    const report = reports[`${citation.authors}|${citation.year}`]
    if (report) return index.reports[`${report.seed}|${report.name}`] ? [report.seed] : []
    const surname = firstSurname(citation.authors)
    return [...new Set((variants[surname] ?? [surname]).flatMap((form) => index.near[nearKey(form, citation.year)] ?? []))].sort()
  }

  it('rejects an author the seeds do not name, and a real author with the wrong year', () => {
    expect(foundIn({ authors: 'Jansen en Klaassen', year: '1999' })).toEqual([])
    expect(foundIn({ authors: 'Ragan', year: '2009' })).toEqual([])
    expect(foundIn({ authors: 'Ragan', year: '2003' })).toEqual(['002'])
  })

  it.each(unique.map((c) => [`${c.authors}, ${c.year}`, c] as const))('%s occurs in a source report', (_label, citation) => {
    expect(foundIn(citation), `${citation.authors} (${citation.year}) is in no seed (or, without the seeds, not in their index)`).not.toEqual([])
  })
})
