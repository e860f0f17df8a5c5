import { describe, expect, it } from 'vitest'
import { balancedParts, partId, splitPartId } from '@/core/scan/stepParts'
import { factorsOfStep, isStepId, ladderOfStep, openItems, STATEMENTS_PER_STEP, stepPart, stepsFor, themeOfStep } from '@/core/scan/steps'
import { emptyAnswers } from '@/core/files/newResult'
import { questionnaire } from '@/content/questionnaire'
import { statementsFor } from '@/core/scan/scope'

describe('splitting a step into parts', () => {
  it('keeps items whole and in order, in the fewest parts of similar size', () => {
    const sizes = [4, 4, 4, 2, 5, 3, 4, 4, 3, 4, 3, 3]
    const parts = balancedParts(sizes, (size) => size, 13)
    expect(parts.flat()).toEqual(sizes)
    expect(parts).toHaveLength(4)
    for (const part of parts) expect(part.reduce((sum, size) => sum + size, 0)).toBeLessThanOrEqual(13)
    expect(balancedParts([3, 4], (size) => size, 13)).toEqual([[3, 4]])
  })

  it('never makes an empty part, not even for one item larger than a part', () => {
    expect(balancedParts([30], (size) => size, 13)).toEqual([[30]])
    expect(balancedParts([], () => 1, 13)).toEqual([[]])
  })

  it('names the first part by the plain id, the others with their number', () => {
    expect([0, 1, 2].map((index) => partId('client', index))).toEqual(['client', 'client-2', 'client-3'])
    expect(splitPartId('client-3')).toEqual({ base: 'client', index: 2 })
    expect(splitPartId('ladder')).toEqual({ base: 'ladder', index: 0 })
  })
})

describe('the steps of the real questionnaire', () => {
  const full = emptyAnswers()
  const quick = { ...full, mode: 'kort' as const }

  it('splits the full scan, keeps the quick scan one step per theme, and keeps the old ids as first parts', () => {
    const steps = stepsFor(questionnaire, full)
    for (const old of ['inhoud', 'organisatie', 'uitvoering', 'client', 'ladder', 'inschatting', 'controle']) {
      expect(isStepId(questionnaire, full, old)).toBe(true)
      expect(isStepId(questionnaire, quick, old)).toBe(true)
    }
    expect(steps).toContain('client-2')
    expect(stepsFor(questionnaire, quick).filter((step) => themeOfStep(questionnaire, step) !== undefined)).toEqual(['inhoud', 'organisatie', 'uitvoering', 'client'])
    expect(stepsFor(questionnaire, { ...full, includeClientModule: false }).some((step) => step.startsWith('client'))).toBe(false)
  })

  it('asks every factor once, no step over the statement limit, and every indicator once', () => {
    const steps = stepsFor(questionnaire, full)
    const factors = steps.flatMap((step) => factorsOfStep(questionnaire, full, step).map((factor) => factor.id))
    expect(factors).toEqual(questionnaire.factors.map((factor) => factor.id))
    for (const step of steps) {
      const count = factorsOfStep(questionnaire, full, step).reduce((sum, factor) => sum + statementsFor(factor, 'volledig').length, 0)
      expect(count, step).toBeLessThanOrEqual(STATEMENTS_PER_STEP)
    }
    const ladder = steps.map((step) => ladderOfStep(questionnaire, step))
    expect(ladder.flatMap((part) => part.indicators.map((indicator) => indicator.id))).toEqual(questionnaire.ladderIndicators.map((indicator) => indicator.id))
    expect(ladder.filter((part) => part.withAccess)).toHaveLength(1)
    expect(ladder.filter((part) => part.withOrganisation)).toHaveLength(1)
    expect(ladderOfStep(questionnaire, 'organisatievorm')).toEqual({ indicators: [], withAccess: false, withOrganisation: true })
    expect(ladderOfStep(questionnaire, 'client')).toEqual({ indicators: [], withAccess: false, withOrganisation: false })
  })

  it('lists open items and parts per part', () => {
    expect(stepPart(questionnaire, full, 'client')).toMatchObject({ base: 'client', part: 1 })
    expect(stepPart(questionnaire, full, 'client-2')).toMatchObject({ base: 'client', part: 2 })
    expect(stepPart(questionnaire, full, 'controle')).toEqual({ base: 'controle', part: 1, parts: 1 })
    expect(stepPart(questionnaire, full, 'inschatting')).toEqual({ base: 'inschatting', part: 1, parts: 1 })
    expect(stepPart(questionnaire, full, 'organisatievorm')).toEqual({ base: 'organisatievorm', part: 1, parts: 1 })
    expect(stepPart(questionnaire, full, 'ladder-2')).toMatchObject({ base: 'ladder', part: 2 })
    const second = factorsOfStep(questionnaire, full, 'client-2').map((factor) => factor.id)
    expect(new Set(openItems(questionnaire, full, 'client-2').map((item) => item.factorId))).toEqual(new Set(second))
    expect(factorsOfStep(questionnaire, full, 'inschatting')).toEqual([])
  })
})
