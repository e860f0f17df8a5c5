import { describe, expect, it } from 'vitest'
import { aggregateTeam } from '@/core/team/aggregate'
import { compareRounds, dividedFactors } from '@/core/team/roundTwo'
import { buildAnswers, buildQuestionnaire, scores } from './helpers/builders'

describe('round 2', () => {
  const q = buildQuestionnaire({ factors: 3 })
  const first = aggregateTeam(q, ([1, 1, 5, 5] as const).map((value) => buildAnswers({ answers: { ...scores('f1', value, value), ...scores('f2', 3, 3) } })))

  it('asks again only the factors the room called "verdeeld"', () => {
    expect(dividedFactors(first)).toEqual(['f1'])
  })

  it('shows how the distribution moved from round 1 to round 2', () => {
    const second = ([4, 4, 5] as const).map((value) => buildAnswers({ answers: scores('f1', value, value) }))
    const [row] = compareRounds(q, first, second, ['f1'])
    expect(row).toMatchObject({
      factorId: 'f1',
      first: { n: 4, median: 3, agreement: 'verdeeld', histogram: [2, 0, 0, 0, 2] },
      second: { n: 3, median: 4, agreement: 'eens', histogram: [0, 0, 0, 2, 1] },
    })
    expect(compareRounds(q, first, [], ['f1'])[0]?.second).toMatchObject({ n: 0, median: null, histogram: [0, 0, 0, 0, 0] })
  })
})
