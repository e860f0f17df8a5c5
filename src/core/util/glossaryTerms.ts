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

interface Matcher {
  /** For the lower-cased text: no case-insensitive flag (see matcherFor). */
  pattern: RegExp
  /** The same, case-insensitive, for a text whose lower case has another length (built on first need). */
  folding: () => RegExp
  idOf: Map<string, string>
}

const matchers = new WeakMap<Entries, Matcher>()

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
}

function matcherFor(entries: Entries): Matcher {
  const cached = matchers.get(entries)
  if (cached) return cached
  const idOf = new Map<string, string>()
  // Dutch has no casing rules of its own, so the root locale's lower case is Dutch lower case.
  for (const entry of entries) for (const form of entry.forms) idOf.set(form.toLowerCase(), entry.id)
  const forms = [...idOf.keys()].sort((a, b) => b.length - a.length).map(escape)
  // Letters, digits and hyphens continue a word: "regie" must not match inside "casusregie" or "regie-achtig".
  const source = `(?<![\\p{L}\\p{N}-])(?:${forms.join('|')})(?![\\p{L}\\p{N}])`
  // The text is lower-cased before matching, so the pattern needs no 'i' flag: with it, a Unicode
  // pattern case-folds every form when it is first run, the largest part of rendering the first
  // statements at 4× CPU (issue #27).
  let folding: RegExp | undefined
  const matcher: Matcher = { pattern: new RegExp(source, 'gu'), folding: () => (folding ??= new RegExp(source, 'giu')), idOf }
  matchers.set(entries, matcher)
  return matcher
}

/** Every occurrence of every glossary form in the text, in reading order. */
export function findTerms(text: string, entries: Entries): TermMatch[] {
  if (entries.length === 0) return []
  const { pattern, folding, idOf } = matcherFor(entries)
  const lower = text.toLowerCase()
  // A match's place in the lower-cased text is its place in the text only when both are as long.
  const [subject, search] = lower.length === text.length ? [lower, pattern] : [text, folding()]
  const found: TermMatch[] = []
  for (const match of subject.matchAll(search)) {
    const id = idOf.get(match[0].toLowerCase())
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
