import { describe, expect, it } from 'vitest'
import { adviceItems } from '@/core/scan/advice'
import { reportsUsed } from '@/core/scan/reportsUsed'
import { scoreFactors } from '@/core/scan/scoring'
import { questionnaire } from '@/content/questionnaire'
import { buildAnswers, buildQuestionnaire, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1 })
const items = (answers: Parameters<typeof buildAnswers>[0]) => adviceItems(scoreFactors(q, buildAnswers(answers)))

describe('adviceItems: "wat werkt" for knelpunten, aandachtspunten and what the team marked important', () => {
  it('shows knelpunten, then aandachtspunten, then succesfactoren marked important; lowest score first', () => {
    // Two answers per factor: one of three would be te weinig antwoorden for a verdict.
    const result = items({
      answers: { ...scores('f1', 3, 3), ...scores('f2', 2, 2), ...scores('f3', 5, 5), ...scores('f4', 1, 1) },
      important: ['f3', 'f2'],
    })
    expect(result.map((item) => [item.factorId, item.reason, item.important])).toEqual([
      ['f4', 'knelpunt', false],
      ['f2', 'knelpunt', true],
      ['f1', 'aandachtspunt', false],
      ['f3', 'belangrijk', true],
    ])
  })

  it('shows an unscored factor only when it is marked important, and never an out-of-scope one', () => {
    expect(items({ answers: { ...scores('f1', 'weet-niet') }, important: ['f1'] }).map((item) => [item.factorId, item.score])).toEqual([['f1', null]])
    expect(items({ answers: { ...scores('f1', 1) }, important: ['f1'], outOfScope: ['f1'] })).toEqual([])
    expect(items({ answers: { ...scores('f1', 4) } })).toEqual([])
  })
})

describe('reportsUsed: the PDF footer cites every report the scan drew on', () => {
  const inspectieOnly = questionnaire.factors.filter((f) => f.themeId !== 'client' && f.id === 'visie').map((f) => f.id)
  const all = questionnaire.factors.map((f) => f.id)
  const client = questionnaire.factors.filter((f) => f.themeId === 'client').map((f) => f.id)

  it('always names the Inspectie, and Werkplaatsen and Movisie when the client module is in the scan', () => {
    expect(reportsUsed(questionnaire, inspectieOnly)).toEqual(['inspectie'])
    expect(reportsUsed(questionnaire, client)).toEqual(['inspectie', 'werkplaatsen', 'movisie'])
    expect(reportsUsed(questionnaire, all)).toEqual(['inspectie', 'werkplaatsen', 'movisie'])
    expect(reportsUsed(questionnaire, [])).toEqual(['inspectie'])
  })

  it('does not mistake the Movisie 2015 publication for the 2018 report', () => {
    expect(reportsUsed(questionnaire, ['tijd'])).toEqual(['inspectie'])
  })
})
