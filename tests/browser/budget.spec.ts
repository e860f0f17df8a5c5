import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Size budgets, checked on the production build (deterministic, so they belong in the test suite).
 * Measured 2026-11-23: first route 85.2 KB gzip, single file 172.9 KB gzip (see bench/README.md).
 */
const FIRST_ROUTE_BUDGET = 90 * 1024
// The single file also carries the Word writer (docx, about 56 KB gzip, lazy in the normal build),
// so that the offline workshop laptop can make Word files; below the 300 KB.
const SINGLE_FILE_BUDGET = 260 * 1024
/** A string that only chart.js carries: the id of its radial scale survives minification. */
const CHART_MARKER = 'radialLinear'

const dist = resolve(import.meta.dirname, '../../dist')
const html = readFileSync(resolve(dist, 'index.html'), 'utf8')
const gzipSize = (text: string | Buffer) => gzipSync(text, { level: 9 }).length

/** What index.html loads before anything lazy: its script, stylesheets and modulepreloads. */
function firstRouteFiles(): string[] {
  const references = [...html.matchAll(/<(?:script[^>]*\bsrc|link[^>]*\bhref)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]!)
  return [...new Set(references)].filter((path) => /\.(js|css)$/.test(path))
}

describe('the size budget', () => {
  it(`ships at most ${FIRST_ROUTE_BUDGET / 1024} KB of gzipped JS and CSS on the first route`, () => {
    const files = firstRouteFiles()
    expect(files.some((file) => file.endsWith('.js'))).toBe(true)
    expect(files.some((file) => file.endsWith('.css'))).toBe(true)
    const total = files.reduce((sum, file) => sum + gzipSize(readFileSync(resolve(dist, file))), 0)
    expect(total).toBeLessThanOrEqual(FIRST_ROUTE_BUDGET)
  })

  it('loads chart code only on the routes that draw charts', () => {
    const first = firstRouteFiles().filter((file) => file.endsWith('.js'))
    for (const file of first) expect(readFileSync(resolve(dist, file), 'utf8')).not.toContain(CHART_MARKER)
    const lazy = readdirSync(resolve(dist, 'assets')).filter((file) => file.endsWith('.js') && !first.includes(`assets/${file}`))
    expect(lazy.some((file) => readFileSync(resolve(dist, 'assets', file), 'utf8').includes(CHART_MARKER))).toBe(true)
  })

  it(`keeps the offline single-file build under ${SINGLE_FILE_BUDGET / 1024} KB gzipped, with nothing to fetch`, () => {
    const single = readFileSync(resolve(import.meta.dirname, '../../dist-single/index.html'), 'utf8')
    expect(gzipSize(single)).toBeLessThanOrEqual(SINGLE_FILE_BUDGET)
    expect(single).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/)
  })
})
