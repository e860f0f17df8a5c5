import { describe, expect, it } from 'vitest'
import {
  FACTOR_STATUS_THRESHOLDS,
  completeness,
  groupScores,
  knelpunten,
  priorities,
  scoreFactors,
  hasBase,
  statusFor,
  strongest,
  unknownHotspots,
  type FactorScore,
} from '@/core/scan/scoring'
import { askedFactors, askedStatements, statementsFor } from '@/core/scan/scope'
import { answerAll, buildAnswers, buildQuestionnaire, ladderAll, scores } from './helpers/builders'
import type { RoleGroup } from '@/core/model'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1, statementsPerFactor: 3 })

function scoreOf(factorId: string, list: FactorScore[]): FactorScore {
  const found = list.find((f) => f.factorId === factorId)
  if (!found) throw new Error(`no score for ${factorId}`)
  return found
}

describe('statusFor', () => {
  it.each([
    [null, 'onbekend'],
    [1, 'knelpunt'],
    [2.49, 'knelpunt'],
    [FACTOR_STATUS_THRESHOLDS.aandachtspunt, 'aandachtspunt'],
    [3.49, 'aandachtspunt'],
    [FACTOR_STATUS_THRESHOLDS.succesfactor, 'succesfactor'],
    [5, 'succesfactor'],
  ] as const)('score %s → %s', (score, status) => {
    expect(statusFor(score)).toBe(status)
  })
})

describe('what a respondent is asked', () => {
  it('asks every statement in the full scan, client module included', () => {
    const a = buildAnswers()
    expect(askedFactors(q, a).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4', 'c1'])
    expect(askedStatements(q, a)).toHaveLength(15)
  })

  it('asks only key statements in the quick scan', () => {
    const ids = askedStatements(q, buildAnswers({ mode: 'kort' })).map((s) => s.id)
    expect(ids).toEqual(['f1-s1', 'f2-s1', 'f3-s1', 'f4-s1', 'c1-s1'])
  })

  it('falls back to the first statement when a factor has no key statement', () => {
    const factor = { ...(q.factors[0] as (typeof q.factors)[number]) }
    factor.statements = factor.statements.map(({ id, text }) => ({ id, text }))
    expect(statementsFor(factor, 'kort').map((s) => s.id)).toEqual(['f1-s1'])
  })

  it('leaves out client factors unless the client module is included', () => {
    expect(askedFactors(q, buildAnswers({ includeClientModule: false })).map((f) => f.id)).toEqual(['f1', 'f2', 'f3', 'f4'])
  })

  it('leaves out factors and whole themes set out of scope', () => {
    const a = buildAnswers({ outOfScope: ['f1', 'uitvoering'] })
    expect(askedFactors(q, a).map((f) => f.id)).toEqual(['f2', 'f4', 'c1'])
  })
})

describe('scoreFactors', () => {
  it('given 4, 5 and weet-niet: score 4.5, one unknown, succesfactor', () => {
    const result = scoreOf('f1', scoreFactors(q, buildAnswers({ answers: scores('f1', 4, 5, 'weet-niet') })))
    expect(result).toEqual({
      factorId: 'f1',
      themeId: 'inhoud',
      steeringLevel: 'bestuurlijk',
      score: 4.5,
      answered: 2,
      unknown: 1,
      asked: 3,
      status: 'succesfactor',
      important: false,
    })
  })

  it('given only weet-niet: no score, status onbekend', () => {
    const result = scoreOf('f2', scoreFactors(q, buildAnswers({ answers: scores('f2', 'weet-niet', 'weet-niet') })))
    expect(result).toMatchObject({ score: null, answered: 0, unknown: 2, status: 'onbekend' })
  })

  it('given 2, 3, 2: score 2.33, knelpunt; given 2, 3: exactly 2.5, aandachtspunt', () => {
    const list = scoreFactors(q, buildAnswers({ answers: { ...scores('f1', 2, 3, 2), ...scores('f2', 2, 3) } }))
    expect(scoreOf('f1', list).score).toBeCloseTo(2.333, 3)
    expect(scoreOf('f1', list).status).toBe('knelpunt')
    expect(scoreOf('f2', list)).toMatchObject({ score: 2.5, status: 'aandachtspunt' })
  })

  it('counts only the key statement in the quick scan, ignoring earlier full-scan answers', () => {
    const result = scoreOf('f1', scoreFactors(q, buildAnswers({ mode: 'kort', answers: scores('f1', 2, 5, 5) })))
    expect(result).toMatchObject({ score: 2, answered: 1, asked: 1, status: 'knelpunt' })
  })

  it('lists out-of-scope factors without numbers, even when answered', () => {
    const a = buildAnswers({ answers: scores('f3', 5, 5, 5), outOfScope: ['uitvoering'], important: ['f3'] })
    expect(scoreOf('f3', scoreFactors(q, a))).toMatchObject({ score: null, answered: 0, unknown: 0, asked: 0, status: 'buiten-scope', important: true })
  })

  it('leaves client factors out of the list without the client module', () => {
    const ids = scoreFactors(q, buildAnswers({ includeClientModule: false })).map((f) => f.factorId)
    expect(ids).toEqual(['f1', 'f2', 'f3', 'f4'])
  })

  it('marks important factors', () => {
    expect(scoreOf('f2', scoreFactors(q, buildAnswers({ important: ['f2'] }))).important).toBe(true)
  })

  it('ignores inherited object members as answers (an id like "constructor")', () => {
    const odd = buildQuestionnaire({ factors: 1, clientFactors: 0 })
    const factor = odd.factors[0] as (typeof odd.factors)[number]
    factor.statements = [{ id: 'constructor', text: 'x', key: true }, { id: 'tostring', text: 'y' }]
    expect(scoreFactors(odd, buildAnswers())[0]).toMatchObject({ score: null, answered: 0, unknown: 0 })
    expect(scoreFactors(odd, buildAnswers({ answers: { constructor: 4 as const } }))[0]).toMatchObject({ score: 4, answered: 1 })
  })
})

describe('a verdict needs a base (content review 2: one answered statement gave a factor its status)', () => {
  it.each([
    // [numeric answers, statements asked, verdict?]
    [1, 1, true], // the korte scan: one key statement per factor, by design
    [1, 2, false],
    [2, 2, true],
    [1, 3, false],
    [2, 3, true],
    [1, 4, false],
    [2, 4, true],
    [2, 5, false],
    [3, 5, true],
    [0, 3, false],
  ] as const)('%i of %i answered with a score → verdict %s', (answered, asked, verdict) => {
    expect(hasBase(answered, asked)).toBe(verdict)
  })

  it('one score and two "weet ik niet" of three: the score stays, the status is te-weinig, not a knelpunt', () => {
    const result = scoreOf('f1', scoreFactors(q, buildAnswers({ answers: scores('f1', 1, 'weet-niet', 'weet-niet') })))
    expect(result).toMatchObject({ score: 1, answered: 1, unknown: 2, asked: 3, status: 'te-weinig' })
    expect(knelpunten([result])).toEqual([])
  })

  it('one score and nothing else answered is as thin: te-weinig; a second score gives the verdict', () => {
    expect(scoreOf('f1', scoreFactors(q, buildAnswers({ answers: { 'f1-s1': 5 } }))).status).toBe('te-weinig')
    expect(scoreOf('f1', scoreFactors(q, buildAnswers({ answers: { 'f1-s1': 5, 'f1-s3': 4 } }))).status).toBe('succesfactor')
  })

  it('in the quick scan the one key statement is the base: 2 → knelpunt', () => {
    expect(scoreOf('f1', scoreFactors(q, buildAnswers({ mode: 'kort', answers: { 'f1-s1': 2 } }))).status).toBe('knelpunt')
  })

  it('a thin factor marked important stays on the priority list, as not scored', () => {
    const thin = scoreOf('f1', scoreFactors(q, buildAnswers({ important: ['f1'], answers: { 'f1-s1': 1 } })))
    expect(priorities([thin])).toEqual([{ factorId: 'f1', score: 1, status: 'te-weinig', reason: 'belangrijk' }])
  })
})

describe('groupScores', () => {
  const a = buildAnswers({
    answers: { ...scores('f1', 2, 2, 2), ...scores('f2', 4, 4, 4), ...scores('f3', 5, 5, 5), ...scores('f4', 1, 1, 1) },
    outOfScope: ['c1'],
  })
  const factors = scoreFactors(q, a)

  it('averages the scored factors per theme, in theme order', () => {
    // inhoud: f1 (2) and f4 (1); organisatie: f2; uitvoering: f3; client: c1 out of scope
    expect(groupScores(q, factors, 'theme')).toEqual([
      { id: 'inhoud', score: 1.5, scored: 2, knelpunten: 2 },
      { id: 'organisatie', score: 4, scored: 1, knelpunten: 0 },
      { id: 'uitvoering', score: 5, scored: 1, knelpunten: 0 },
      { id: 'client', score: null, scored: 0, knelpunten: 0 },
    ])
  })

  it('groups by steering level', () => {
    // bestuurlijk: f1, f4; operationeel: f2; uitvoerend: f3, c1
    expect(groupScores(q, factors, 'level')).toEqual([
      { id: 'bestuurlijk', score: 1.5, scored: 2, knelpunten: 2 },
      { id: 'operationeel', score: 4, scored: 1, knelpunten: 0 },
      { id: 'uitvoerend', score: 5, scored: 1, knelpunten: 0 },
    ])
  })

  it('leaves out groups without any factor in the scan', () => {
    const ids = groupScores(q, scoreFactors(q, buildAnswers({ includeClientModule: false })), 'theme').map((g) => g.id)
    expect(ids).toEqual(['inhoud', 'organisatie', 'uitvoering'])
  })
})

describe('completeness', () => {
  it('counts asked statements, ladder indicators, access and own guess; weet-niet is an answer', () => {
    // quick scan without client module: 4 statements + 10 indicators + 2 questions = 16
    const a = buildAnswers({
      mode: 'kort',
      includeClientModule: false,
      answers: { 'f1-s1': 4, 'f2-s1': 'weet-niet', 'f1-s2': 5 },
      ladder: { 'l1-1': 'ja', 'l1-2': 'weet-niet' },
      access: 'weet-niet',
    })
    expect(completeness(q, a)).toEqual({ answered: 5, unknown: 3, total: 16, ratio: 5 / 16 })
  })

  it('reaches 1 when everything is answered', () => {
    const a = buildAnswers({ answers: answerAll(q, 3), ladder: ladderAll(q, 'nee'), access: 'geclusterd', ownGuess: 'beperkt' })
    expect(completeness(q, a).ratio).toBe(1)
  })
})

describe('priorities and lists', () => {
  const q6 = buildQuestionnaire({ factors: 6, clientFactors: 0 })
  const a = buildAnswers({
    answers: {
      ...scores('f1', 2, 2, 2), // knelpunt, important
      ...scores('f2', 4, 4, 4), // succesfactor, important
      ...scores('f3', 1, 1, 1), // knelpunt
      ...scores('f4', 3, 3, 3), // aandachtspunt, important
      ...scores('f5', 'weet-niet', 'weet-niet', 5), // one 5 with 2 unknown: te weinig antwoorden for a verdict
    },
    important: ['f1', 'f2', 'f4', 'f6'], // f6 unanswered
  })
  const factors = scoreFactors(q6, a)

  it('puts important factors first by lowest score, unscored last, then unmarked knelpunten', () => {
    expect(priorities(factors)).toEqual([
      { factorId: 'f1', score: 2, status: 'knelpunt', reason: 'belangrijk-en-laag' },
      { factorId: 'f4', score: 3, status: 'aandachtspunt', reason: 'belangrijk-en-laag' },
      { factorId: 'f2', score: 4, status: 'succesfactor', reason: 'belangrijk' },
      { factorId: 'f6', score: null, status: 'onbekend', reason: 'belangrijk' },
      { factorId: 'f3', score: 1, status: 'knelpunt', reason: 'knelpunt' },
    ])
  })

  it('never puts out-of-scope factors on the list', () => {
    const out = scoreFactors(q6, { ...a, outOfScope: ['f1', 'f3'] })
    expect(priorities(out).map((p) => p.factorId)).toEqual(['f4', 'f2', 'f6'])
  })

  it('lists the strongest succesfactoren only, never one whose 5 rests on one answer of three', () => {
    expect(scoreOf('f5', factors)).toMatchObject({ score: 5, status: 'te-weinig' })
    expect(strongest(factors).map((f) => f.factorId)).toEqual(['f2'])
    expect(strongest(scoreFactors(q6, { ...a, answers: { ...a.answers, 'f5-s1': 5 } })).map((f) => f.factorId)).toEqual(['f5', 'f2'])
    expect(strongest(factors, 1).map((f) => f.factorId)).toEqual(['f2'])
  })

  it('lists knelpunten lowest first', () => {
    expect(knelpunten(factors).map((f) => f.factorId)).toEqual(['f3', 'f1'])
  })

  it('lists unknown hotspots, most weet-niet first', () => {
    const withMore = scoreFactors(q6, { ...a, answers: { ...a.answers, 'f1-s1': 'weet-niet' } })
    expect(unknownHotspots(withMore).map((f) => [f.factorId, f.unknown])).toEqual([
      ['f5', 2],
      ['f1', 1],
    ])
  })
})

describe('statements worded as the knelpunt and statements for some role groups (issue #26)', () => {
  // f1: s1 key, s2 worded as the knelpunt (reversed), s3 for policy and management only.
  const mixed = (() => {
    const base = buildQuestionnaire({ factors: 4, clientFactors: 0, statementsPerFactor: 3 })
    const [f1, ...rest] = base.factors
    const statements = f1!.statements.map((s, i) => (i === 1 ? { ...s, reversed: true } : i === 2 ? { ...s, roles: ['beleid', 'management'] as RoleGroup[] } : s))
    return { ...base, factors: [{ ...f1!, statements }, ...rest] }
  })()
  const f1 = (a: Parameters<typeof scoreFactors>[1]) => scoreOf('f1', scoreFactors(mixed, a))

  it('turns a knelpunt statement round: 4, 1 (reversed → 5), 3 scores (4 + 5 + 3) / 3 = 4', () => {
    expect(f1(buildAnswers({ answers: scores('f1', 4, 1, 3) })).score).toBe(4)
    // "klopt helemaal" (5) on the knelpunt counts as 1: (4 + 1 + 3) / 3
    expect(f1(buildAnswers({ answers: scores('f1', 4, 5, 3) })).score).toBeCloseTo(8 / 3)
  })

  it('keeps "weet ik niet" on a knelpunt statement an answer without a number', () => {
    expect(f1(buildAnswers({ answers: { 'f1-s1': 2, 'f1-s2': 'weet-niet' } }))).toMatchObject({ score: 2, answered: 1, unknown: 1, asked: 3 })
  })

  it('skips a statement the role group cannot answer: not asked, not counted, never "weet ik niet"', () => {
    const uitvoering = buildAnswers({ roleGroup: 'uitvoering', answers: scores('f1', 4, 2) })
    expect(f1(uitvoering)).toMatchObject({ asked: 2, answered: 2, unknown: 0, score: (4 + 4) / 2 })
    expect(askedStatements(mixed, uitvoering).map((s) => s.id)).not.toContain('f1-s3')
    expect(completeness(mixed, uitvoering).total).toBe(completeness(mixed, buildAnswers({ roleGroup: 'beleid' })).total - 1)
  })

  it('asks every statement of a participant of the group, without a group, or of the group "anders"', () => {
    for (const roleGroup of ['beleid', 'management', 'anders', undefined] as const) {
      expect(statementsFor(mixed.factors[0]!, 'volledig', roleGroup).map((s) => s.id), String(roleGroup)).toEqual(['f1-s1', 'f1-s2', 'f1-s3'])
    }
  })

  it('in the quick scan falls back to the first statement the group answers when the key is not for it', () => {
    const policyKey = { ...mixed.factors[0]!, statements: mixed.factors[0]!.statements.map((s, i) => (i === 0 ? { ...s, roles: ['beleid'] as RoleGroup[] } : s)) }
    expect(statementsFor(policyKey, 'kort', 'uitvoering').map((s) => s.id)).toEqual(['f1-s2'])
    expect(statementsFor(policyKey, 'kort', 'beleid').map((s) => s.id)).toEqual(['f1-s1'])
  })

  it('gives a team of one the same factor score as the participant, knelpunt statement and skipped one included', async () => {
    const { aggregateTeam } = await import('@/core/team/aggregate')
    const p = buildAnswers({ roleGroup: 'uitvoering', answers: { ...scores('f1', 4, 1, 5) } })
    const team = aggregateTeam(mixed, [p])
    expect(team.factors.find((f) => f.factorId === 'f1')?.median).toBe(f1(p).score)
    expect(f1(p).score).toBe(4.5)
  })
})
