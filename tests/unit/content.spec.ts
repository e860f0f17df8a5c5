import { describe, it, expect } from 'vitest'
import { QuestionnaireSchema, type Factor } from '../../src/core/model'
import { questionnaire } from '../../src/content/questionnaire'

const inspectieFactors: Array<[string, Factor['themeId']]> = [
  ['visie', 'inhoud'],
  ['gemeenteraad', 'inhoud'],
  ['doelgroep', 'inhoud'],
  ['burger-centraal', 'inhoud'],
  ['cultuur', 'organisatie'],
  ['regie', 'organisatie'],
  ['taakverdeling', 'organisatie'],
  ['ontschotting', 'organisatie'],
  ['ict', 'organisatie'],
  ['middelen', 'organisatie'],
  ['flexibiliteit', 'uitvoering'],
  ['informatie-delen', 'uitvoering'],
  ['professionaliteit', 'uitvoering'],
  ['caseload', 'uitvoering'],
  ['tijd', 'uitvoering'],
  ['meten', 'uitvoering'],
]

const clientElements = [
  'vast-contact',
  'vertrouwen',
  'regie-bij-inwoner',
  'praktische-hulp',
  'een-keer-vertellen',
  'heldere-taal',
  'brede-blik',
  'gezamenlijke-aanpak',
  // Added in 2026.1 for the client elements of 004 and 000 that were missing (issue #12 item 6).
  'alliantie',
  'hoop-en-kracht',
  'nabijheid',
  'mandaat',
]

/** Every string anywhere in the questionnaire. */
function allStrings(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  if (Array.isArray(value)) return value.flatMap(allStrings)
  if (value !== null && typeof value === 'object') return Object.values(value).flatMap(allStrings)
  return []
}

function duplicates(ids: string[]): string[] {
  return ids.filter((id, i) => ids.indexOf(id) !== i)
}

describe('questionnaire content', () => {
  it('passes the schema', () => {
    const result = QuestionnaireSchema.safeParse(questionnaire)
    expect(result.success, JSON.stringify(result.error?.issues ?? [], null, 2)).toBe(true)
  })

  it('has the 16 Inspectie factors, in order, with their themes', () => {
    const inspectie = questionnaire.factors.filter((f) => f.themeId !== 'client')
    expect(inspectie.map((f) => [f.id, f.themeId])).toEqual(inspectieFactors)
  })

  it('has 4, 6 and 6 factors in the three Inspectie themes', () => {
    const count = (themeId: Factor['themeId']) => questionnaire.factors.filter((f) => f.themeId === themeId).length
    expect(count('inhoud')).toBe(4)
    expect(count('organisatie')).toBe(6)
    expect(count('uitvoering')).toBe(6)
  })

  it('has every client element in the client theme', () => {
    const client = questionnaire.factors.filter((f) => f.themeId === 'client').map((f) => f.id)
    expect(client).toEqual(clientElements)
  })

  it('has the four themes, each with factors', () => {
    expect(questionnaire.themes.map((t) => t.id)).toEqual(['inhoud', 'organisatie', 'uitvoering', 'client'])
    for (const theme of questionnaire.themes) {
      expect(questionnaire.factors.some((f) => f.themeId === theme.id)).toBe(true)
    }
  })

  it.each(questionnaire.factors.map((f) => [f.id, f] as const))('factor %s is complete', (id, factor) => {
    expect(factor.statements.length).toBeGreaterThanOrEqual(2)
    expect(factor.statements.length).toBeLessThanOrEqual(5)
    expect(factor.statements.filter((s) => s.key === true)).toHaveLength(1)
    expect(factor.advice.length).toBeGreaterThanOrEqual(1)
    expect(factor.sources.length).toBeGreaterThanOrEqual(1)
    // Ids are `<factor>-<n>`. They used to be numbered 1..n in order; a statement that got a new meaning now
    // gets a new number (the old one is retired, see statementHistory.ts), so the numbering may skip.
    for (const s of factor.statements) expect(s.id).toMatch(new RegExp(`^${id}-\\d+$`))
  })

  it('keeps statements short', () => {
    for (const factor of questionnaire.factors) {
      for (const s of factor.statements) {
        expect(s.text.length, s.id).toBeLessThanOrEqual(160)
      }
    }
  })

  it('has unique ids for factors, statements and indicators', () => {
    const factorIds = questionnaire.factors.map((f) => f.id)
    const statementIds = questionnaire.factors.flatMap((f) => f.statements.map((s) => s.id))
    const indicatorIds = questionnaire.ladderIndicators.map((i) => i.id)
    expect(duplicates(factorIds)).toEqual([])
    expect(duplicates(statementIds)).toEqual([])
    expect(duplicates(indicatorIds)).toEqual([])
    expect(duplicates([...factorIds, ...statementIds, ...indicatorIds])).toEqual([])
    expect(duplicates(questionnaire.tensions.map((t) => t.id))).toEqual([])
    expect(duplicates(questionnaire.facts.map((f) => f.id))).toEqual([])
  })

  it('has the four rungs in ladder order and at least 3 indicators per rung', () => {
    expect(questionnaire.rungs.map((r) => r.id)).toEqual(['geen', 'beperkt', 'gedeeltelijk', 'volledig'])
    for (const rung of [1, 2, 3] as const) {
      expect(questionnaire.ladderIndicators.filter((i) => i.rung === rung).length).toBeGreaterThanOrEqual(3)
    }
  })

  it('lists the KING access types in ladder order', () => {
    expect(questionnaire.accessQuestion.options.map((o) => o.id)).toEqual([
      'transitieproof',
      'tweede-instantie',
      'geclusterd',
      'geclusterd-elders',
      'totaal-integraal',
    ])
  })

  it('has tensions that reference existing, different factors', () => {
    const ids = new Set(questionnaire.factors.map((f) => f.id))
    expect(questionnaire.tensions.length).toBeGreaterThanOrEqual(5)
    for (const t of questionnaire.tensions) {
      expect(ids.has(t.factorA), `${t.id}: ${t.factorA}`).toBe(true)
      expect(ids.has(t.factorB), `${t.id}: ${t.factorB}`).toBe(true)
      expect(t.factorA).not.toBe(t.factorB)
    }
  })

  it('has the wijkteam models A to D with a national share and source', () => {
    expect(questionnaire.wijkteamModels.map((m) => m.id)).toEqual(['A', 'B', 'C', 'D'])
  })

  it('has a scale from 1 to 5 and a separate "weet ik niet"', () => {
    expect(questionnaire.scale.points.map((p) => p.value)).toEqual([1, 2, 3, 4, 5])
    expect(questionnaire.scale.unknown).toMatch(/weet ik niet/i)
  })

  it('contains no placeholder text', () => {
    const forbidden = [/\bTODO\b/i, /lorem/i, /xxx/i, /nog invullen/i, /placeholder/i, /\bTBD\b/i, /FIXME/i]
    for (const text of allStrings(questionnaire)) {
      for (const pattern of forbidden) {
        expect(pattern.test(text), `"${text}" matches ${pattern}`).toBe(false)
      }
    }
  })

  it('contains no empty or untrimmed text', () => {
    for (const text of allStrings(questionnaire)) {
      expect(text.trim()).toBe(text)
      expect(text.length).toBeGreaterThan(0)
      expect(text).not.toMatch(/ {2}/)
    }
  })
})
