import { describe, expect, it } from 'vitest'
import { z } from 'zod/mini'
import { GlossaryEntrySchema } from '@/core/model'
import { findTerms, segmentTerms } from '@/core/util/glossaryTerms'
import { glossary } from '@/content/glossary'
import { questionnaire } from '@/content/questionnaire'
import { nl } from '@/locales/nl'

function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(allStrings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings)
  return []
}

/** Readable text only: ids such as "regie-bij-inwoner" are not prose. */
const contentTexts = allStrings(questionnaire).filter((text) => !/^[a-z0-9]+(-[a-z0-9]+)*$/.test(text))
const allTexts = [...contentTexts, ...allStrings(nl)]
const regieMeanings = new Set(['gemeentelijke-regie', 'casusregie', 'eigen-regie'])

describe('segmentTerms', () => {
  const entries = [
    { id: 'gemeentelijke-regie', forms: ['regie door de gemeente'] },
    { id: 'casusregie', forms: ['casusregie', 'regisseur'] },
    { id: 'ontschotting', forms: ['ontschotting'] },
  ]

  it('links the first occurrence of each term and keeps the text exactly', () => {
    const text = 'Ontschotting helpt; zonder ontschotting geen casusregie.'
    const segments = segmentTerms(text, entries)
    expect(segments.map((s) => s.text).join('')).toBe(text)
    expect(segments.filter((s) => s.termId).map((s) => [s.text, s.termId])).toEqual([
      ['Ontschotting', 'ontschotting'],
      ['casusregie', 'casusregie'],
    ])
  })

  it('matches whole words only, and the longest form first', () => {
    expect(findTerms('De ketenregisseur en de regisseurs', entries)).toEqual([])
    expect(findTerms('Duidelijke regie door de gemeente', entries).map((m) => m.id)).toEqual(['gemeentelijke-regie'])
  })

  it('returns the text as one plain segment when no term occurs, also for an empty text', () => {
    expect(segmentTerms('Gewone tekst.', entries)).toEqual([{ text: 'Gewone tekst.' }])
    expect(segmentTerms('', entries)).toEqual([{ text: '' }])
    expect(segmentTerms('Gewone tekst.', [])).toEqual([{ text: 'Gewone tekst.' }])
  })

  it('finds a term in any case, at its place in the text', () => {
    // "İ" lower-cases to two code units: a match's place must still be its place in the text as typed.
    for (const text of ['ONTSCHOTTING en Casusregie', 'İ: ONTSCHOTTING en Casusregie']) {
      const found = findTerms(text, entries)
      expect(found.map((m) => [m.id, text.slice(m.start, m.end)])).toEqual([
        ['ontschotting', 'ONTSCHOTTING'],
        ['casusregie', 'Casusregie'],
      ])
    }
    expect(findTerms('İ ketenregisseur', entries)).toEqual([])
  })

  it('treats regular-expression characters in a form as plain text', () => {
    expect(findTerms('super- en intervisie (a+b)', [{ id: 'x', forms: ['(a+b)', 'super- en intervisie'] }]).map((m) => m.id)).toEqual(['x', 'x'])
  })
})

describe('the glossary', () => {
  it('passes the schema and has unique ids and forms', () => {
    expect(z.array(GlossaryEntrySchema).safeParse(glossary).success).toBe(true)
    const ids = glossary.map((entry) => entry.id)
    expect(new Set(ids).size).toBe(ids.length)
    const forms = glossary.flatMap((entry) => entry.forms.map((form) => form.toLocaleLowerCase('nl')))
    expect(forms.filter((form, i) => forms.indexOf(form) !== i)).toEqual([])
  })

  it('explains every term of jargon the brief names, and each is linked where the content uses it', () => {
    const jargon = [
      'ontschotting', 'gemeentelijke regie', 'casusregie', 'eigen regie', 'casemanager', 'frontoffice', 'backoffice',
      'MKBA', 'ketenregisseur', 'convenant', 'intervisie', 'G32', 'aanjagers', 'alliantiemanagement',
      'prestatie-indicatoren', 'linking pin', 'caseload', 'omgekeerde toets', 'alliantie', 'leefwereld',
    ]
    for (const word of jargon) expect(findTerms(word, glossary), word).toHaveLength(1)
  })

  it('has no dead entries: every term occurs somewhere in the scan', () => {
    for (const entry of glossary) {
      expect(allTexts.some((text) => findTerms(text, [entry]).length > 0), entry.id).toBe(true)
    }
  })

  it('keeps the three meanings of "regie" apart: every "regie" in the content says which one it is', () => {
    const loose: string[] = []
    for (const text of contentTexts) {
      const covered = findTerms(text, glossary).filter((m) => regieMeanings.has(m.id))
      for (const match of text.matchAll(/(?<![\p{L}-])regie(?![\p{L}])/giu)) {
        if (!covered.some((m) => m.start <= match.index && match.index < m.end)) loose.push(text)
      }
    }
    expect(loose).toEqual([])
  })
})
