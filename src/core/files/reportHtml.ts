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

/*
 * Every scan below moves forward only, so reading costs time in proportion to the file, whatever it
 * holds. (A regular expression for a whole script element rescanned the rest of the file from every
 * "<script" that was never closed: a few hundred KB of them froze the page for seconds.)
 */
const SCRIPT_OPEN = /<script\b/gi
const SCRIPT_CLOSE = /<\/script\s*>/gi

const WHITE_SPACE = /\s/
/** White space as `\s` has it (ASCII at once, the rest by the expression). */
const isSpace = (code: number) => (code < 0x80 ? code === 0x20 || (code >= 0x09 && code <= 0x0d) : WHITE_SPACE.test(String.fromCharCode(code)))
/** Characters that end an attribute name: white space, quotes, ">", "/" and "=". */
const isNameEnd = (code: number) => isValueEnd(code) || code === 0x2f || code === 0x3d
/** Characters that end an unquoted value: white space, quotes and ">". */
const isValueEnd = (code: number) => isSpace(code) || code === 0x22 || code === 0x27 || code === 0x3e

/** The attributes of an opening tag (the text between "<script" and ">"); the first of a repeated name counts. */
function attributesOf(source: string): Map<string, string> {
  const attributes = new Map<string, string>()
  let at = 0
  while (at < source.length) {
    const nameStart = at
    while (at < source.length && !isNameEnd(source.charCodeAt(at))) at += 1
    if (at === nameStart) {
      at += 1 // a space, "/" or a stray quote or "=": no name starts here
      continue
    }
    const name = source.slice(nameStart, at).toLowerCase()
    let next = at
    while (next < source.length && isSpace(source.charCodeAt(next))) next += 1
    if (source[next] !== '=') continue // a name without a value
    next += 1
    while (next < source.length && isSpace(source.charCodeAt(next))) next += 1
    const quote = source[next]
    let value: string | undefined
    if (quote === '"' || quote === "'") {
      const close = source.indexOf(quote, next + 1)
      if (close < 0) {
        at = next + 1 // an unclosed quote holds no value
        continue
      }
      value = source.slice(next + 1, close)
      at = close + 1
    } else {
      const valueStart = next
      while (next < source.length && !isValueEnd(source.charCodeAt(next))) next += 1
      if (next === valueStart) {
        at = next
        continue
      }
      value = source.slice(valueStart, next)
      at = next
    }
    if (!attributes.has(name)) attributes.set(name, value)
  }
  return attributes
}

/** Each script element as [attribute text, content], in order; an element that is never closed ends the search. */
function* scriptElements(html: string): Generator<[string, string]> {
  let from = 0
  // The first ">" at or after a position: remembered, so a run of unclosed tags is scanned once.
  let tagEnd = -1
  for (;;) {
    SCRIPT_OPEN.lastIndex = from
    const open = SCRIPT_OPEN.exec(html)
    if (open === null) return
    const attributesStart = open.index + open[0].length
    if (tagEnd < attributesStart) tagEnd = html.indexOf('>', attributesStart)
    if (tagEnd < 0) return
    SCRIPT_CLOSE.lastIndex = tagEnd + 1
    const close = SCRIPT_CLOSE.exec(html)
    // No closing tag after this one: no later script element can be closed either.
    if (close === null) return
    yield [html.slice(attributesStart, tagEnd), html.slice(tagEnd + 1, close.index)]
    from = close.index + close[0].length
  }
}

export type ExtractOutcome = { ok: true; json: string } | { ok: false; reason: 'geen-gegevens' | 'meerdere' }

/**
 * The text of the report's data block. Exactly one script element may carry the id, and it must be
 * typed application/json; a second one (an attempt to smuggle different data in) refuses the file.
 */
export function extractReportJson(html: string): ExtractOutcome {
  const found: string[] = []
  for (const [attributeText, content] of scriptElements(html)) {
    const attributes = attributesOf(attributeText)
    if (attributes.get('id') !== REPORT_DATA_ID) continue
    if (attributes.get('type')?.trim().toLowerCase() !== 'application/json') return { ok: false, reason: 'geen-gegevens' }
    found.push(content)
  }
  if (found.length === 0) return { ok: false, reason: 'geen-gegevens' }
  if (found.length > 1) return { ok: false, reason: 'meerdere' }
  return { ok: true, json: found[0] as string }
}
