import { describe, expect, it } from 'vitest'
import { questionnaireIndex } from '@/core/util/lookups'
import { buildQuestionnaire } from './helpers/builders'

const q = buildQuestionnaire({ factors: 2, contradictions: [['l1-1', 'f1'], ['l2-1', 'f2']] })

describe('questionnaireIndex', () => {
  it('is built once per questionnaire object', () => {
    expect(questionnaireIndex(q)).toBe(questionnaireIndex(q))
    expect(questionnaireIndex(buildQuestionnaire())).not.toBe(questionnaireIndex(q))
  })

  it('finds a contradiction pair by its id, and nothing for an unknown id', () => {
    const { contradictionById } = questionnaireIndex(q)
    expect(contradictionById('c2')).toMatchObject({ id: 'c2', indicatorId: 'l2-1', factorId: 'f2' })
    expect(contradictionById('c9')).toBeUndefined()
  })

  it('falls back to the id where a title is missing, so an older file still shows something', () => {
    const { factorTitle, rungTitle, accessLabel } = questionnaireIndex(q)
    expect(factorTitle('f1')).toBe('Factor f1')
    expect(factorTitle('weg')).toBe('weg')
    expect(rungTitle(0)).toBe(q.rungs[0]?.title)
    expect(rungTitle(7)).toBe('7')
    expect(accessLabel('onbekend-type')).toBe('onbekend-type')
  })

  it('finds the options of the organisational questions, and nothing for no answer or "weet niet"', () => {
    const { organisationOption } = questionnaireIndex(q)
    const place = q.organisation.place.options[0]
    expect(organisationOption('place', place?.id ?? '')).toEqual(place)
    expect(organisationOption('forms', 'casemanagement')?.id).toBe('casemanagement')
    expect(organisationOption('domains', 'd3')?.label).toBe(q.organisation.domains.options.find((o) => o.id === 'd3')?.label)
    expect(organisationOption('place', null)).toBeUndefined()
    expect(organisationOption('direction', 'weet-niet')).toBeUndefined()
  })
})
