import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsClientPerspective from '@/components/results/ResultsClientPerspective.vue'
import { questionnaire } from '@/content/questionnaire'
import { summarize } from '@/core/scan/summary'
import { buildAnswers } from '../../unit/helpers/builders'

describe('ResultsClientPerspective', () => {
  it('shows a client factor with its score and status, and one without a score by its status alone', () => {
    const trust = questionnaire.factors.find((factor) => factor.id === 'vertrouwen')!.statements
    const answers = buildAnswers({ answers: Object.fromEntries(trust.map((statement) => [statement.id, 5])) })
    const wrapper = mount(ResultsClientPerspective, { props: { summary: summarize(questionnaire, answers) } })
    const lines = wrapper.findAll('li').map((item) => item.text())
    expect(lines.find((line) => line.startsWith('Vertrouwensrelatie'))).toBe('Vertrouwensrelatie: 5,0 · Succesfactor')
    expect(lines.find((line) => line.startsWith('Heldere taal'))).toBe('Heldere taal: Onbekend')
    expect(lines.some((line) => line.includes('–'))).toBe(false)
  })
})
