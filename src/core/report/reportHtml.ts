/**
 * The HTML report: one self-contained file that opens offline in any browser, prints on A4 and
 * carries its result as data, so that dropping it on the app opens the result again. It holds no
 * script that runs (the data block is typed application/json, and the page's own policy forbids
 * scripts) and fetches nothing: styles are inline, the radar is a data: image.
 */
import { embedJson, REPORT_DATA_ID } from '../files/reportHtml'
import type { ReportBlock, ReportDocument, TableBlock } from './reportBlocks'

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' }

/** Text for HTML content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => ESCAPES[character] as string)
}

export interface HtmlReportOptions {
  /** The radar as a PNG data URL, drawn at three times its printed size; null leaves it out. */
  radar: { src: string; width: number; height: number } | null
  /** The validated result (or collection) file, as JSON text. */
  data: string
  footer: string
}

const STYLE = `
@page { size: A4 portrait; margin: 14mm 13mm 16mm; }
* { box-sizing: border-box; }
body { margin: 0 auto; max-width: 190mm; padding: 1rem; font: 10pt/1.4 system-ui, 'Segoe UI', Roboto, 'Noto Sans', 'DejaVu Sans', Arial, sans-serif; color: #1b1b1b; background: #fff; }
h1 { font-size: 17pt; margin: 0.1rem 0 0.5rem; color: #154273; }
h2 { font-size: 12.5pt; margin: 1rem 0 0.3rem; border-bottom: 1px solid #c4cad3; break-after: avoid; color: #154273; }
h3 { font-size: 10.5pt; margin: 0.6rem 0 0.2rem; break-after: avoid; }
p, ul, dl { margin: 0 0 0.35rem; }
ul { padding-left: 1.1rem; }
.muted { color: #4a4a4a; font-size: 0.9em; }
.strong { font-weight: 700; }
dl.facts { display: flex; flex-wrap: wrap; gap: 0.2rem 1.4rem; }
dl.facts dt { font-size: 0.8em; color: #4a4a4a; }
dl.facts dd { margin: 0; font-weight: 600; }
table { width: 100%; border-collapse: collapse; font-size: 8.8pt; margin: 0 0 0.5rem; }
caption { text-align: left; font-size: 9pt; color: #4a4a4a; padding-bottom: 0.2rem; }
th, td { border: 1px solid #c4cad3; padding: 0.12rem 0.35rem; text-align: left; vertical-align: top; }
thead th { background: #e8eef5; }
tbody th { font-weight: 400; }
td.number, th.number { text-align: right; white-space: nowrap; }
tr.group th, tr.group td { background: #e8eef5; font-weight: 700; }
tr { break-inside: avoid; }
figure { margin: 0.4rem 0; text-align: center; break-inside: avoid; }
figure img { max-width: 100%; height: auto; }
figcaption { font-size: 0.85em; color: #4a4a4a; }
.product { margin: 0; font-weight: 700; color: #154273; }
figure.ladder ol { display: flex; flex-wrap: wrap; gap: 0.3rem; list-style: none; padding: 0; margin: 0 0 0.3rem; }
figure.ladder li { border: 1px solid #c4cad3; padding: 0.1rem 0.5rem; border-radius: 4px; }
figure.ladder li.current { background: #154273; color: #fff; font-weight: 700; }
h1, h2, h3, th, caption { hyphens: auto; }
footer { margin-top: 1rem; font-size: 7.5pt; color: #4a4a4a; }
@media print { body { padding: 0; max-width: none; } }
`

function tableHtml(block: TableBlock): string {
  const cls = (index: number) => (block.numeric[index] ? ' class="number"' : '')
  const head = block.head.map((cell, index) => `<th scope="col"${cls(index)}>${escapeHtml(cell)}</th>`).join('')
  const cols = block.widths.map((width) => `<col style="width:${width}%">`).join('')
  const rows = block.rows
    .map(
      (row) =>
        `<tr${row.group ? ' class="group"' : ''}>${row.cells
          .map((cell, index) => (index === 0 ? `<th scope="${row.group ? 'rowgroup' : 'row'}">${escapeHtml(cell)}</th>` : `<td${cls(index)}>${escapeHtml(cell)}</td>`))
          .join('')}</tr>`,
    )
    .join('')
  return `<table><caption>${escapeHtml(block.caption)}</caption><colgroup>${cols}</colgroup><thead><tr>${head}</tr></thead><tbody>${rows}</tbody></table>`
}

function blockHtml(block: ReportBlock, options: HtmlReportOptions): string {
  switch (block.kind) {
    case 'heading':
      return `<h3>${escapeHtml(block.text)}</h3>`
    case 'paragraph':
      return `<p${block.tone ? ` class="${block.tone}"` : ''}>${escapeHtml(block.text)}</p>`
    case 'list':
      return `<ul>${block.items.map((item) => `<li>${escapeHtml(item)}</li>`).join('')}</ul>`
    case 'facts':
      return `<dl class="facts">${block.items.map((item) => `<div><dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd></div>`).join('')}</dl>`
    case 'table':
      return tableHtml(block)
    case 'figure':
      if (block.figure === 'distribution') return tableHtml(block.table)
      if (block.figure === 'ladder') {
        const rungs = block.rungs.map((rung) => `<li${rung.current ? ' class="current"' : ''}>${escapeHtml(rung.title)}${rung.status === null ? '' : ` (${escapeHtml(rung.statusText)})`}</li>`).join('')
        return `<figure class="ladder" role="img" aria-label="${escapeHtml(block.alt)}"><ol>${rungs}</ol></figure>`
      }
      return options.radar === null
        ? ''
        : `<figure><img src="${escapeHtml(options.radar.src)}" width="${options.radar.width}" height="${options.radar.height}" alt="${escapeHtml(block.alt)}"><figcaption>${escapeHtml(block.alt)}</figcaption></figure>`
  }
}

/** The whole report as one HTML file. */
export function renderReportHtml(document: ReportDocument, options: HtmlReportOptions): string {
  // No script may run and nothing may be fetched: the policy says so to the browser as well.
  const policy = "default-src 'none'; img-src data:; style-src 'unsafe-inline'; base-uri 'none'; form-action 'none'"
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(document.lang)}">`,
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${policy}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="generator" content="Integraalscan">',
    `<title>${escapeHtml(document.title)}</title>`,
    `<style>${STYLE}</style>`,
    '</head>',
    '<body>',
    '<main>',
    `<header><p class="product">${escapeHtml(document.productName)}</p><h1>${escapeHtml(document.title)}</h1>`,
    `<dl class="facts">${document.meta.map((item) => `<div><dt>${escapeHtml(item.label)}</dt><dd>${escapeHtml(item.value)}</dd></div>`).join('')}</dl></header>`,
    ...document.sections.map((section) => `<section><h2>${escapeHtml(section.heading)}</h2>${section.blocks.map((block) => blockHtml(block, options)).join('')}</section>`),
    '</main>',
    `<footer>${escapeHtml(options.footer)}</footer>`,
    `<script type="application/json" id="${REPORT_DATA_ID}">${embedJson(options.data)}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n')
}
