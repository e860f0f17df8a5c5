/** What a tagged PDF's structure says (poppler's pdfinfo -struct), and the checks every printed report passes. */
import { spawnSync } from 'node:child_process'
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { expect } from 'vitest'
import { strFromU8, unzipSync } from 'fflate'

export interface PdfStructure {
  tagged: boolean
  title: string
  /** Heading levels in reading order. */
  headings: number[]
  headerCells: number
  figures: number
  figuresWithAlt: number
  lang: string | null
}

function pdfinfo(path: string, ...flags: string[]): string {
  const run = spawnSync('pdfinfo', [...flags, path], { encoding: 'utf8' })
  if (run.error) throw new Error('pdfinfo (poppler-utils) is missing: install it with `apt-get install -y poppler-utils`')
  expect(run.status, run.stderr).toBe(0)
  return run.stdout
}

export function pdfStructure(bytes: Uint8Array): PdfStructure {
  const path = join(mkdtempSync(join(tmpdir(), 'integraalscan-pdf-')), 'verslag.pdf')
  writeFileSync(path, bytes)
  const info = pdfinfo(path)
  const struct = pdfinfo(path, '-struct')
  const element = (line: string) => line.trim().split(/[\s:]/)[0] ?? ''
  const elements = struct.split('\n').map(element)
  // The structure elements are plain dictionaries (not in compressed streams): each Figure must carry /Alt.
  const raw = Buffer.from(bytes).toString('latin1')
  const objects = raw.split(/\bendobj\b/).filter((object) => /\/S \/Figure\b/.test(object))
  return {
    tagged: /^Tagged:\s+yes/m.test(info),
    title: /^Title:\s+(.*)$/m.exec(info)?.[1]?.trim() ?? '',
    headings: elements.flatMap((name) => (/^H[1-6]$/.test(name) ? [Number(name.slice(1))] : [])),
    headerCells: elements.filter((name) => name === 'TH').length,
    figures: objects.length,
    figuresWithAlt: objects.filter((object) => /\/Alt\s*[(<]/.test(object)).length,
    lang: /\/Lang\s*\(([^)]*)\)/.exec(raw)?.[1] ?? null,
  }
}

/** A PDF a municipality may publish: tagged, its title and language set, one H1, headings in order, header cells, figures described. */
export function expectPublishablePdf(bytes: Uint8Array, title: string, figures: number): void {
  const structure = pdfStructure(bytes)
  expect(structure.tagged).toBe(true)
  expect(structure.title).toBe(title)
  expect(structure.lang).toBe('nl')
  expect(structure.headings.filter((level) => level === 1)).toHaveLength(1)
  expect(structure.headings[0]).toBe(1)
  expect(structure.headings.every((level, index) => index === 0 || level <= structure.headings[index - 1]! + 1)).toBe(true)
  expect(structure.headings.filter((level) => level === 2).length).toBeGreaterThanOrEqual(6)
  expect(structure.headerCells).toBeGreaterThan(10)
  expect(structure.figures).toBeGreaterThanOrEqual(figures)
  expect(structure.figuresWithAlt).toBe(structure.figures)
}

/** A Word file a municipality may publish: heading styles in order, header rows, alternative text on every drawing, nl-NL, its title. */
export function expectPublishableDocx(bytes: Uint8Array, title: string): void {
  const files = unzipSync(bytes)
  const part = (name: string) => strFromU8(files[name]!)
  const document = part('word/document.xml')
  const headings = [...document.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((match) => Number(match[1]))
  expect(headings[0]).toBe(1)
  expect(headings.filter((level) => level === 1)).toHaveLength(1)
  expect(headings.every((level, index) => index === 0 || level <= headings[index - 1]! + 1)).toBe(true)
  const tables = document.match(/<w:tbl>/g)?.length ?? 0
  expect(tables).toBeGreaterThan(0)
  expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(tables)
  const drawings = document.match(/<wp:docPr [^>]*>/g) ?? []
  expect(drawings.length).toBeGreaterThan(0)
  for (const drawing of drawings) expect(drawing).toMatch(/descr="[^"]{40,}"/)
  expect(part('word/styles.xml')).toContain('<w:lang w:val="nl-NL"/>')
  expect(part('docProps/core.xml')).toContain(`<dc:title>${title}</dc:title>`)
}
