/**
 * Finding glossary terms in a text, so that the screen can link each term to its explanation.
 * Pure: the glossary is a parameter. Forms match as whole words, case-insensitively; where forms
 * overlap the longest wins ("regie door de gemeente" before "regie").
 */
import type { GlossaryEntry } from '../model'

export interface TermMatch {
  /** Glossary entry id. */
  id: string
  start: number
  end: number
}

export interface TextSegment {
  text: string
  /** Set on the first occurrence of a term in the text: the part to link. */
  termId?: string
}

type Entries = readonly Pick<GlossaryEntry, 'id' | 'forms'>[]

const matchers = new WeakMap<Entries, { pattern: RegExp; idOf: Map<string, string> }>()

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function matcherFor(entries: Entries): { pattern: RegExp; idOf: Map<string, string> } {
  const cached = matchers.get(entries)
  if (cached) return cached
  const idOf = new Map<string, string>()
  for (const entry of entries) for (const form of entry.forms) idOf.set(form.toLocaleLowerCase('nl'), entry.id)
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape)
  // Letters, digits and hyphens continue a word: "regie" must not match inside "casusregie" or "regie-achtig".
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}-])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`, 'giu')
  const matcher = { pattern, idOf }
  matchers.set(entries, matcher)
  return matcher
}

/** Every occurrence of every glossary form in the text, in reading order. */
export function findTerms(text: string, entries: Entries): TermMatch[] {
  if (entries.length === 0) return []
  const { pattern, idOf } = matcherFor(entries)
  const found: TermMatch[] = []
  for (const match of text.matchAll(pattern)) {
    const id = idOf.get(match[0].toLocaleLowerCase('nl'))
    if (id !== undefined) found.push({ id, start: match.index, end: match.index + match[0].length })
  }
  return found
}

/**
 * The text cut into plain parts and terms to link. Only the first occurrence of each entry is
 * linked: one link per term per text is enough to reach the explanation and keeps the text calm.
 */
export function segmentTerms(text: string, entries: Entries): TextSegment[] {
  const segments: TextSegment[] = []
  const linked = new Set<string>()
  let at = 0
  for (const match of findTerms(text, entries)) {
    if (linked.has(match.id)) continue
    linked.add(match.id)
    if (match.start > at) segments.push({ text: text.slice(at, match.start) })
    segments.push({ text: text.slice(match.start, match.end), termId: match.id })
    at = match.end
  }
  if (at < text.length || segments.length === 0) segments.push({ text: text.slice(at) })
  return segments
}
