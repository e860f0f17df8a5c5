import { afterEach, describe, expect, it } from 'vitest'
import { nextTick } from 'vue'
import { createPinia, setActivePinia } from 'pinia'
import { useAssessmentStore } from '@/stores/assessment'
import { parseResultFile } from '@/core/files/fileFormat'

const KEY = 'integraalscan:huidige-invulling'

function storedAnswers(): Record<string, unknown> {
  const outcome = parseResultFile(window.localStorage.getItem(KEY) ?? '')
  return outcome.ok && outcome.result.kind === 'deelnemer' ? outcome.result.answers : {}
}

afterEach(() => window.localStorage.clear())

describe('the assessment store saves every answer at once', () => {
  it('writes each answer to the device before the next render: no debounce, no waiting for the page to close', async () => {
    setActivePinia(createPinia())
    const assessment = useAssessmentStore()
    const answers: [string, 1 | 2 | 3 | 4 | 5 | 'weet-niet'][] = [['visie-1', 4], ['visie-2', 'weet-niet'], ['visie-3', 1]]
    for (const [index, [statementId, value]] of answers.entries()) {
      assessment.answer(statementId, value)
      await nextTick()
      expect(Object.keys(storedAnswers())).toHaveLength(index + 1)
      expect(storedAnswers()[statementId]).toBe(value)
    }
    assessment.setLastStep('organisatie')
    await nextTick()
    const outcome = parseResultFile(window.localStorage.getItem(KEY) ?? '')
    expect(outcome.ok && outcome.result.kind === 'deelnemer' && outcome.result.lastStep).toBe('organisatie')
  })
})
