import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { gzipSync } from 'node:zlib'

/**
 * Size budgets, checked on the production build (deterministic, so they belong in the test suite).
 * First route: issue #11 asks for 80 KB gzip. It had grown to 96.7 KB (2026-11-23) because the whole
 * Dutch questionnaire shipped with it; since 2026-12-04 the questionnaire is a chunk of its own
 * (src/composables/useQuestionnaire.ts): main.ts starts fetching it at once and the router awaits it
 * before every page but the start page, which renders without it. Measured then: 75.1 KB. That
 * chunk (about 25 KB gzip) is fetched right after the first route, not counted here.
 * Single file 175 KB gzip (see bench/README.md).
 */
const FIRST_ROUTE_BUDGET = 80 * 1024
/** A factor title: only the questionnaire's content carries it, so it shows where the content ships. */
const CONTENT_MARKER = 'Betrokkenheid van de gemeenteraad'
/**
 * 252 KB measured for the app part on 2026-11-23 (372 KB in all) after the series, projector, ladder, content and report
 * features; 256.1 KB on 2026-12-04 (376.1 KB in all) after the phone header, the step end, the print distributions and
 * the numbered print radar. The single file carries every page at once, so it grows with each feature; the hosted
 * build's first route is what a participant waits for, and that budget went down to 80 KB.
 * 275.5 KB on 2026-12-07 after the workshop phases and action editor, the import pipeline, device-storage notices and
 * field checks, the report document model with the raadsinformatiebrief, and questionnaire 2026.2 with the 2026.1 code
 * layout kept for old codes: the allowance was 280 KB, for the laptop that runs the workshop offline.
 * 281.1 KB later that day (401.1 KB in all) with the invitation's welcome, the projector's closing slides (radar,
 * ladder, actions) and the long steps split in parts: the allowance is 290 KB.
 */
const SINGLE_FILE_BUDGET = 290 * 1024
/**
 * The single file cannot load chunks, so it inlines the workshop's QR reader (jsQR, ≈ 46 KB gzip) and
 * QR generator (≈ 8 KB gzip) that the hosted build loads lazily. They get their own allowance on top of
 * the app's budget; the hosted build's decoder chunk is checked against the anchors' 50 KB below.
 */
const QR_ALLOWANCE = 60 * 1024
/**
 * The single file also inlines the Word writer (docx, about 56 KB gzip, lazy in the hosted build), so
 * that the offline workshop laptop can make Word files; it too gets its own allowance (issue #15).
 */
const DOCX_ALLOWANCE = 60 * 1024
const DECODER_CHUNK_BUDGET = 50 * 1024
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

  it('loads the questionnaire content as its own chunk, off the first route', () => {
    const first = firstRouteFiles().filter((file) => file.endsWith('.js'))
    for (const file of first) expect(readFileSync(resolve(dist, file), 'utf8')).not.toContain(CONTENT_MARKER)
    const lazy = readdirSync(resolve(dist, 'assets')).filter((file) => file.endsWith('.js') && !first.includes(`assets/${file}`))
    expect(lazy.filter((file) => readFileSync(resolve(dist, 'assets', file), 'utf8').includes(CONTENT_MARKER))).toHaveLength(1)
  })

  it('loads chart code only on the routes that draw charts', () => {
    const first = firstRouteFiles().filter((file) => file.endsWith('.js'))
    for (const file of first) expect(readFileSync(resolve(dist, file), 'utf8')).not.toContain(CHART_MARKER)
    const lazy = readdirSync(resolve(dist, 'assets')).filter((file) => file.endsWith('.js') && !first.includes(`assets/${file}`))
    expect(lazy.some((file) => readFileSync(resolve(dist, 'assets', file), 'utf8').includes(CHART_MARKER))).toBe(true)
  })

  it('loads the QR decoder only as its own lazy chunk, within the 50 KB budget', () => {
    const first = firstRouteFiles()
    const decoder = readdirSync(resolve(dist, 'assets')).filter((file) => file.startsWith('jsQR-') && file.endsWith('.js'))
    expect(decoder).toHaveLength(1)
    expect(first).not.toContain(`assets/${decoder[0]!}`)
    expect(gzipSize(readFileSync(resolve(dist, 'assets', decoder[0]!)))).toBeLessThanOrEqual(DECODER_CHUNK_BUDGET)
  })

  it(`keeps the offline single-file build under ${SINGLE_FILE_BUDGET / 1024} KB gzipped plus the QR and Word allowances, with nothing to fetch`, () => {
    const single = readFileSync(resolve(import.meta.dirname, '../../dist-single/index.html'), 'utf8')
    expect(gzipSize(single)).toBeLessThanOrEqual(SINGLE_FILE_BUDGET + QR_ALLOWANCE + DOCX_ALLOWANCE)
    expect(single).not.toMatch(/<script[^>]+src=|<link[^>]+rel="(stylesheet|modulepreload)"/)
  })
})
