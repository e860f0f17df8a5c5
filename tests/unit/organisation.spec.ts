import { describe, expect, it } from 'vitest'
import { besideAccess, besideForm, summarizeOrganisation } from '@/core/scan/organisation'
import { questionnaire } from '@/content/questionnaire'
import { AnswersSchema } from '@/core/model'
import { buildAnswers, buildQuestionnaire } from './helpers/builders'

const q = buildQuestionnaire()

describe('summarizeOrganisation', () => {
  it('reads one respondent as they answered, with each form on its appendix row', () => {
    const o = summarizeOrganisation(q, [
      buildAnswers({ organisation: { forms: { casemanagement: 'ja', frontoffice: 'weet-niet' }, place: 'frontoffice', direction: 'horizontaal', domains: ['d1', 'd3'] } }),
    ])
    expect(o.forms).toEqual([
      { id: 'casemanagement', state: 'ja', appendixRow: 2 },
      { id: 'frontoffice', state: 'onbekend', appendixRow: 3 },
      { id: 'backoffice', state: 'onbekend', appendixRow: 4 },
      { id: 'nieuwe-dienst', state: 'onbekend', appendixRow: 5 },
    ])
    expect(o).toMatchObject({ place: 'frontoffice', direction: 'horizontaal', domains: ['d1', 'd3'], domainRespondents: 1, answered: true })
  })

  it('is empty for an older file without the organisational questions', () => {
    const o = summarizeOrganisation(q, [buildAnswers()])
    expect(o).toMatchObject({ place: null, direction: null, domains: [], domainRespondents: 0, answered: false })
  })

  it('combines a team: median of those who know, most common choice, domains named by at least half', () => {
    const o = summarizeOrganisation(q, [
      buildAnswers({ organisation: { forms: { backoffice: 'ja' }, place: 'backoffice', domains: ['d1', 'd2'] } }),
      buildAnswers({ organisation: { forms: { backoffice: 'nee' }, place: 'frontoffice', domains: ['d1'] } }),
      buildAnswers({ organisation: { forms: { backoffice: 'weet-niet' }, place: 'frontoffice', domains: ['d1', 'd3'] } }),
    ])
    // backoffice: known 1 and 0 → median 0.5 → deels; 2 of 3 know
    expect(o.forms.find((f) => f.id === 'backoffice')?.state).toBe('deels')
    expect(o.place).toBe('frontoffice')
    expect(o.domains).toEqual(['d1'])
    expect(o.domainCounts).toEqual({ d1: 3, d2: 1, d3: 1 })
  })

  it('accepts the new fields as optional in the answers schema and refuses bad ones', () => {
    expect(AnswersSchema.safeParse(buildAnswers()).success).toBe(true)
    expect(AnswersSchema.safeParse(buildAnswers({ organisation: { place: 'backoffice' } })).success).toBe(true)
    expect(AnswersSchema.safeParse({ ...buildAnswers(), organisation: { place: '<script>' } }).success).toBe(false)
    expect(AnswersSchema.safeParse({ ...buildAnswers(), organisation: { domains: ['Bad Id'] } }).success).toBe(false)
  })
})

describe('what the appendix puts beside a form or an access type', () => {
  it('lists the other ladders of a form\'s row, without the KPMG form it was reached by', () => {
    const text = besideForm(questionnaire, 5)
    expect(text).toBe('Totaal integraal (KING (2013), toegang)')
    expect(besideForm(questionnaire, 2)).toContain('Opportunistisch (De Groot en Roelofswaard (2008)); Niveau 1 (Corbett en Noyes (2008))')
    expect(besideForm(questionnaire, 2)).not.toContain('KPMG (2013), vorm')
  })

  it('lists the other ladders of an access type\'s row, without the KING type it was reached by', () => {
    expect(besideAccess(questionnaire, 'transitieproof')).toBe('Geen integratie (KPMG (2013), mate van integratie); Collocation (OECD (2012))')
    expect(besideAccess(questionnaire, 'totaal-integraal')).toBe('Collocatie met een nieuwe dienst (KPMG (2013), vorm van integratie)')
  })

  it('is empty where the appendix has no such row', () => {
    expect(besideForm(questionnaire, 9)).toBe('')
    expect(besideAccess(questionnaire, null)).toBe('')
    expect(besideAccess(questionnaire, 'weet-niet')).toBe('')
  })
})
