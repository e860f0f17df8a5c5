import { describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { questionnaire } from '@/content/questionnaire'
import { nl } from '@/locales/nl'
import { answersOf } from '@/core/files/newResult'
import { parseCollectionFile, parseResultFile, serializeCollection, serializeResult } from '@/core/files/fileFormat'
import { extractReportJson, looksLikeHtml, REPORT_DATA_ID } from '@/core/files/reportHtml'
import { summarize } from '@/core/scan/summary'
import { buildReport } from '@/core/report/reportData'
import { reportDocument } from '@/core/report/reportDocument'
import { escapeHtml, renderReportHtml } from '@/core/report/reportHtml'
import type { ParticipantResult } from '@/core/model'

const fixture = parseResultFile(readFileSync(resolve(import.meta.dirname, '../fixtures/result-participant.json'), 'utf8'))
if (!fixture.ok || fixture.result.kind !== 'deelnemer') throw new Error('fixture')
const hostileName = '</script><script type="application/json" id="integraalscan-data">{"tool":"x"}</script><img src=x onerror=alert(1)>'
const result: ParticipantResult = { ...fixture.result, profile: { ...fixture.result.profile, team: hostileName } }

function reportFor(r: ParticipantResult, radar: { src: string; width: number; height: number } | null = { src: 'data:image/png;base64,AAAA', width: 680, height: 460 }) {
  const summary = summarize(questionnaire, answersOf(r))
  const data = buildReport(questionnaire, { kind: 'resultaat', profile: r.profile, summary, actions: r.actions, notes: r.notes, today: '2026-11-23' })
  return renderReportHtml(reportDocument(questionnaire, data, nl.report, { radarAlt: 'Radar <alt>', short: false }), { radar, data: serializeResult(r), footer: 'Integraalscan' })
}

describe('the HTML report', () => {
  it('is one file with no script that runs, nothing to fetch, and the result as data that opens again', () => {
    const html = reportFor(result)
    expect(looksLikeHtml(html)).toBe(true)
    expect(html.match(/<script/g)).toHaveLength(1)
    expect(html).toContain(`<script type="application/json" id="${REPORT_DATA_ID}">`)
    expect(html).toContain("default-src 'none'")
    expect(html).not.toMatch(/(src|href)="(https?:|\/\/)/)
    expect(html).toContain(escapeHtml(hostileName))
    expect(html).toContain('alt="Radar &lt;alt&gt;"')
    const reopened = parseResultFile(html)
    expect(reopened).toEqual({ ok: true, result })
    for (const title of questionnaire.factors.map((factor) => factor.title)) expect(html).toContain(escapeHtml(title))
  })

  it('is a document to publish: its language and title, one h1, headings in order, header cells, figures with their text', () => {
    const html = reportFor(result)
    expect(html).toContain('<html lang="nl">')
    expect(html).toContain(`<title>${nl.report.documentTitle.resultaat}</title>`)
    expect(html.match(/<h1[ >]/g)).toHaveLength(1)
    const levels = [...html.matchAll(/<h([1-6])[ >]/g)].map((match) => Number(match[1]))
    expect(levels.every((level, index) => index === 0 || level <= levels[index - 1]! + 1)).toBe(true)
    expect(html).toContain('<th scope="col"')
    expect(html).toContain('<th scope="row"')
    expect(html).toMatch(/<figure class="ladder" role="img" aria-label="Ladder van integratie \(KPMG, 2013\)[^"]+Plaats: [^"]+">/)
    expect(html).toContain('lang="nl"')
  })

  it('leaves the image out when there is none', () => {
    expect(reportFor(result, null)).not.toContain('<img')
  })

  it('carries both results of a comparison, which open as a pair', () => {
    const pair = serializeCollection([
      { name: 'A', savedAt: '2026-11-23', result },
      { name: 'B', savedAt: '2026-11-23', result: fixture.result },
    ])
    const html = renderReportHtml({ lang: 'nl', title: 'Vergelijking', productName: 'Integraalscan', meta: [], sections: [], brief: '' }, { radar: null, data: pair, footer: '' })
    const opened = parseCollectionFile(html)
    expect(opened.ok && opened.collection.results.map((item) => item.name)).toEqual(['A', 'B'])
  })
})

describe('reading HTML as a result file', () => {
  const block = (attributes: string, body: string) => `<!DOCTYPE html><html><body><script ${attributes}>${body}</script></body></html>`
  const json = serializeResult(fixture.result)

  it('accepts the data block with any attribute quoting, and only its text', () => {
    expect(extractReportJson(block(`type=application/json id=${REPORT_DATA_ID}`, json))).toEqual({ ok: true, json })
    expect(extractReportJson(block(`id='${REPORT_DATA_ID}' type='application/json'`, json))).toEqual({ ok: true, json })
    expect(parseResultFile(`\uFEFF  ${block(`type="application/json" id="${REPORT_DATA_ID}"`, json)}`)).toEqual({ ok: true, result: fixture.result })
  })

  it('refuses any other HTML with its own code, and a page with two data blocks or an executable one', () => {
    const refused = (html: string) => parseResultFile(html)
    expect(refused('<html><body><h1>Hallo</h1><script>alert(1)</script></body></html>')).toEqual({ ok: false, error: { code: 'geen-rapport', detail: 'geen-gegevens' } })
    expect(refused(block(`id="${REPORT_DATA_ID}"`, json))).toMatchObject({ ok: false, error: { code: 'geen-rapport' } })
    expect(refused(block(`type="module" id="${REPORT_DATA_ID}"`, json))).toMatchObject({ ok: false, error: { code: 'geen-rapport' } })
    const twice = block(`type="application/json" id="${REPORT_DATA_ID}"`, json) + block(`type="application/json" id="${REPORT_DATA_ID}"`, json)
    expect(refused(twice)).toEqual({ ok: false, error: { code: 'geen-rapport', detail: 'meerdere' } })
    expect(refused(block(`type="application/json" id="${REPORT_DATA_ID}"`, '{"tool":"iets-anders"}'))).toMatchObject({ ok: false, error: { code: 'ander-bestand' } })
    expect(refused(block(`type="application/json" id="${REPORT_DATA_ID}"`, '{"tool":"integraalscan","schemaVersion":1,"__proto__":{}}'))).toMatchObject({ ok: false })
    expect(nl.files.importErrors['geen-rapport']('x.html')).toContain('geen HTML-verslag van de Integraalscan')
  })
})

describe('reading the data block strictly', () => {
  it('takes the first of repeated attributes, any case, and ignores other script elements', () => {
    const json = '{"a":1}'
    const html = `<script>var x = 1</script><SCRIPT ID="${REPORT_DATA_ID}" id="x" TYPE="Application/JSON">${json}</SCRIPT>`
    expect(extractReportJson(html)).toEqual({ ok: true, json })
    expect(extractReportJson(`<script id="${REPORT_DATA_ID}-2" type="application/json">${json}</script>`)).toEqual({ ok: false, reason: 'geen-gegevens' })
    expect(looksLikeHtml('{"tool":"integraalscan"}')).toBe(false)
  })
})

/**
 * Issue #25 item 4: an HTML file of nothing but unclosed script tags froze the page for seconds (the
 * data block was found with one expression that rescanned the rest of the file from every "<script").
 * Each file here is just under the 2 MB a result file may be, so it is read, not refused for its size.
 */
describe('a hostile HTML file', () => {
  const size = 2 * 1024 * 1024 - 64
  const filled = (unit: string, end = '') => `<!doctype html>${unit.repeat(Math.floor((size - 15 - end.length) / unit.length))}${end}`
  const refused = { ok: false, error: { code: 'geen-rapport', detail: 'geen-gegevens' } }

  it('of 2 MB of script tags that never end, never close, or carry one endless attribute is refused like any other HTML', () => {
    expect(parseResultFile(filled('<script '))).toEqual(refused)
    expect(parseResultFile(filled('<script>'))).toEqual(refused)
    expect(parseResultFile(filled('<script id'))).toEqual(refused)
    expect(parseResultFile(`<html><script ${'a'.repeat(size - 40)}></script>`)).toEqual(refused)
    expect(parseResultFile(filled('<script id="x">1</script>'))).toEqual(refused)
  })

  it('still finds the one data block behind a megabyte of other script elements, and refuses a second one hidden among them', () => {
    const json = serializeResult(fixture.result)
    const data = `<script type="application/json" id="${REPORT_DATA_ID}">${json}</script>`
    const noise = '<script>1</script><script '.repeat(40_000)
    expect(parseResultFile(`<html>${noise}>x</script>${data}`)).toEqual({ ok: true, result: fixture.result })
    expect(parseResultFile(`<html>${data}${noise}>x</script>${data}`)).toEqual({ ok: false, error: { code: 'geen-rapport', detail: 'meerdere' } })
  })
})
