import { describe, expect, it } from 'vitest'
import { CSV_BOM, CSV_FACTOR_HEADERS, csvField, csvNumber, toCsv } from '@/core/files/csv'
import { buildAnswers, buildParticipant, buildQuestionnaire, buildTeam, ladder, ladderAll, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 2, clientFactors: 0, indicatorsPerRung: [3, 3, 4] })

describe('csv fields', () => {
  it('quotes fields with a semicolon, quote or line break and doubles quotes', () => {
    expect(csvField('gewoon')).toBe('gewoon')
    expect(csvField('a;b')).toBe('"a;b"')
    expect(csvField('zei "ja"')).toBe('"zei ""ja"""')
    expect(csvField('regel 1\nregel 2')).toBe('"regel 1\nregel 2"')
    expect(csvField('a\r\nb')).toBe('"a\r\nb"')
  })

  it('defuses formulas with a leading apostrophe', () => {
    expect(csvField('=HYPERLINK("x")')).toBe('"\'=HYPERLINK(""x"")"')
    expect(csvField('+31')).toBe("'+31")
    expect(csvField('-1')).toBe("'-1")
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)")
    expect(csvField('\tx')).toBe("'\tx")
  })

  it('writes numbers with a decimal comma, never as a formula', () => {
    expect(csvNumber(3.5)).toBe('3,5')
    expect(csvNumber(4.333333)).toBe('4,33')
    expect(csvNumber(-1)).toBe('-1')
    expect(csvNumber(null)).toBe('')
  })
})

describe('toCsv', () => {
  it('writes a participant result for Excel', () => {
    const r = buildParticipant({
      answers: { ...scores('f1', 4, 5, 'weet-niet'), ...scores('f2', 2, 3, 2) },
      notes: { f1: 'Goed; "echt" goed' },
      important: ['f2'],
      ladder: ladder({ 1: ['ja', 'ja', 'weet-niet'] }),
      access: 'geclusterd',
      ownGuess: 'gedeeltelijk',
    })
    const csv = toCsv(q, r)
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    const lines = csv.slice(1).split('\r\n')
    expect(lines[0]).toBe(CSV_FACTOR_HEADERS.join(';'))
    expect(lines[1]).toBe('Thema inhoud;Factor f1;4,5;succesfactor;2;1;nee;"Goed; ""echt"" goed"')
    expect(lines[2]).toBe('Thema organisatie;Factor f2;2,33;knelpunt;3;0;ja;')
    expect(lines[3]).toBe('')
    expect(lines[4]).toBe('ladderindicator;trede;antwoord')
    expect(lines[5]).toBe('Indicator 1 van trede 1;1;ja')
    expect(lines[7]).toBe('Indicator 3 van trede 1;1;weet ik niet')
    expect(lines[8]).toBe('Indicator 1 van trede 2;2;')
    expect(csv).toContain('\r\nplaatsing op de ladder;Trede beperkt\r\n')
    expect(csv).toContain('\r\neigen inschatting;Trede gedeeltelijk\r\n')
    expect(csv).toContain('\r\nverschil eigen inschatting;1\r\n')
    expect(csv).toContain('\r\ntoegang;Toegang geclusterd\r\n')
  })

  it('leaves unanswered placement questions empty and writes weet niet', () => {
    const csv = toCsv(q, buildParticipant({ access: 'weet-niet' }))
    expect(csv).toContain('\r\neigen inschatting;\r\n')
    expect(csv).toContain('\r\nverschil eigen inschatting;\r\n')
    expect(csv).toContain('\r\ntoegang;weet ik niet\r\n')
  })

  it('writes a team with agreed notes and answer counts per indicator', () => {
    const team = buildTeam(
      [
        buildAnswers({ answers: scores('f1', 1), ladder: ladder({ 1: ['ja'] }), ownGuess: 'weet-niet' }),
        buildAnswers({ answers: scores('f1', 3), ladder: ladder({ 1: ['deels'] }) }),
      ],
      { agreed: { f1: { score: 2, note: '=gevaarlijk' } } },
    )
    const lines = toCsv(q, team).slice(1).split('\r\n')
    expect(lines[1]).toBe("Thema inhoud;Factor f1;2;knelpunt;2;0;nee;'=gevaarlijk")
    expect(lines[4]).toBe('ladderindicator;trede;antwoord;ja;deels;nee;weet niet;geen antwoord')
    expect(lines[5]).toBe('Indicator 1 van trede 1;1;ja;1;1;0;0;0')
    // Nobody answered indicator 2: missing knowledge, not "nee" (issue #12, item 1).
    expect(lines[6]).toBe('Indicator 2 van trede 1;1;weet ik niet;0;0;0;0;2')
    expect(lines).toContain('eigen inschatting;weet ik niet')
  })

  it('falls back to ids when titles are missing', () => {
    const bare = { ...q, themes: [], rungs: [], factors: q.factors }
    const csv = toCsv({ ...bare, factors: q.factors.map((f) => ({ ...f })) }, buildParticipant({ ownGuess: 'volledig', access: 'totaal-integraal', ladder: ladderAll(q, 'nee') }))
    expect(csv).toContain('\r\ninhoud;Factor f1;')
    expect(csv).toContain('plaatsing op de ladder;geen')
    const noOptions = { ...q, accessQuestion: { ...q.accessQuestion, options: [] } }
    expect(toCsv(noOptions, buildParticipant({ access: 'geclusterd' }))).toContain('toegang;geclusterd')
  })
})
