/**
 * Every string in the locale is shown somewhere: a typed locale stops a missing string from
 * compiling, this stops an unused one from lingering. A key counts as used when the source reads
 * it as `t.path.to.key`, or reads one of its parents whole or by index (`t.results.status[x]`).
 */
import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { nl } from '@/locales/nl'

const srcRoot = resolve(import.meta.dirname, '../../src')

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) return path.endsWith('locales') ? [] : sourceFiles(path)
    return /\.(ts|vue)$/.test(entry.name) ? [path] : []
  })
}

/** Leaf paths of the locale: "files.importErrors.leeg", "productName", … */
function leafPaths(value: unknown, prefix: string[] = []): string[][] {
  if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
    return Object.entries(value).flatMap(([key, child]) => leafPaths(child, [...prefix, key]))
  }
  return [prefix]
}

const source = sourceFiles(srcRoot)
  .map((file) => readFileSync(file, 'utf8'))
  .join('\n')
const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

function isUsed(path: string[]): boolean {
  for (let length = path.length; length >= 1; length -= 1) {
    const dotted = `t.${path.slice(0, length).join('.')}`
    // The full path, read as a value or called; a parent only when read whole or by index.
    const follows = length === path.length ? '(?![\\w$])' : '(?![\\w$.])'
    if (new RegExp(`(?<![\\w$])${escape(dotted)}${follows}`).test(source)) return true
  }
  return false
}

describe('locale keys', () => {
  it('finds the sources it reads', () => {
    expect(source).toContain('t.productName')
  })

  it('has no string that nothing in src uses', () => {
    const unused = leafPaths(nl).filter((path) => !isUsed(path)).map((path) => path.join('.'))
    expect(unused).toEqual([])
  })
})
