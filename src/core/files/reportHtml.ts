/**
 * The HTML report carries its result as data: one `<script type="application/json">` block with a
 * fixed id. A browser never runs such a block, and the importer reads only that block's text, so a
 * report opens again in the app while any other HTML (or a report someone tampered with) is refused.
 */
export const REPORT_DATA_ID = 'integraalscan-data'

/** A file whose first non-blank character is "<" is treated as HTML, never as JSON. */
export function looksLikeHtml(text: string): boolean {
  return /^\uFEFF?\s*</.test(text.slice(0, 1024))
}

/** JSON made safe to sit inside a script element: no "</script>", "<!--" or line separators can end or bend it. */
export function embedJson(json: string): string {
  return json.replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/\u2028/g, '\\u2028').replace(/\u2029/g, '\\u2029')
}

const SCRIPT_ELEMENT = /<script\b([^>]*)>([\s\S]*?)<\/script\s*>/gi
const ATTRIBUTE = /([^\s"'>\/=]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+))/g

function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  for (const match of source.matchAll(ATTRIBUTE)) {
    const name = (match[1] as string).toLowerCase()
    if (!attributes.has(name)) attributes.set(name, (match[2] ?? match[3] ?? match[4]) as string)
  }
  return attributes
}

export type ExtractOutcome = { ok: true; json: string } | { ok: false; reason: 'geen-gegevens' | 'meerdere' }

/**
 * The text of the report's data block. Exactly one script element may carry the id, and it must be
 * typed application/json; a second one (an attempt to smuggle different data in) refuses the file.
 */
export function extractReportJson(html: string): ExtractOutcome {
  const found: string[] = []
  for (const match of html.matchAll(SCRIPT_ELEMENT)) {
    const attributes = attributesOf(match[1] as string)
    if (attributes.get('id') !== REPORT_DATA_ID) continue
    if (attributes.get('type')?.trim().toLowerCase() !== 'application/json') return { ok: false, reason: 'geen-gegevens' }
    found.push(match[2] as string)
  }
  if (found.length === 0) return { ok: false, reason: 'geen-gegevens' }
  if (found.length > 1) return { ok: false, reason: 'meerdere' }
  return { ok: true, json: found[0] as string }
}
