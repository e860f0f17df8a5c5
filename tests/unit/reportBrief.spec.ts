/** The paragraph for the raadsinformatiebrief: 150–250 words, every claim from the report (issue #24 item 6). */
import { describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { readFileSync, readdirSync } from 'node:fs'
import { questionnaire } from '@/content/questionnaire'
import { parseResultFile } from '@/core/files/fileFormat'
import { answersOf, toTeamResult } from '@/core/files/newResult'
import { wordCount } from '@/core/report/reportBrief'
import type { ParticipantResult, TeamResult } from '@/core/model'
import { worstParticipant, worstTeam } from '../fixtures/worstCase'
import { compareInput, documentsOf, participant, resultInput, teamInput } from './helpers/reports'

const titleOf = (id: string) => questionnaire.factors.find((factor) => factor.id === id)!.title
const folder = join(import.meta.dirname, '../fixtures/participants')
const noord = readdirSync(folder)
  .filter((name) => name.startsWith('noord'))
  .map((name) => {
    const parsed = parseResultFile(readFileSync(join(folder, name), 'utf8'))
    if (!parsed.ok || parsed.result.kind !== 'deelnemer') throw new Error(name)
    return parsed.result
  })
const realisticTeam: TeamResult = toTeamResult({
  questionnaireVersion: questionnaire.version,
  profile: { team: 'Wijkteam Noord', municipality: 'Voorbeeldstad', date: '2026-11-23' },
  participants: noord.map(answersOf),
  agreed: { ict: { score: 2 } },
  actions: [{ factorId: 'ict', what: 'Eén dossier', who: 'ICT', when: 'Q2' }],
  savedAt: '2026-11-23T10:00:00.000Z',
})
const sparse: ParticipantResult = { ...participant, profile: {}, actions: [], ladder: {}, important: [] }

const cases = {
  'a realistic result': resultInput(participant),
  'the worst-case result': resultInput(worstParticipant()),
  'a result with no profile, actions or ladder answers': resultInput(sparse),
  'a realistic workshop': teamInput(realisticTeam),
  'the worst-case workshop of 60': teamInput(worstTeam()),
  'a realistic comparison': compareInput(participant, realisticTeam),
  'the worst-case comparison': compareInput(worstParticipant(), worstTeam(), ['Sociaal wijkteam Noord-Oost en Werk en Inkomen samen (23 november 2026)', 'Gemeente Langenaam-aan-de-Rivier, wijkteam Zuid']),
}

describe('the text for the raadsinformatiebrief', () => {
  it.each(Object.entries(cases))('%s: 150 to 250 words, the same in the printed and the full version', (_name, input) => {
    const { short, full } = documentsOf(input)
    expect(wordCount(short.brief)).toBeGreaterThanOrEqual(150)
    expect(wordCount(short.brief)).toBeLessThanOrEqual(250)
    expect(full.brief).toBe(short.brief)
    // In the report itself, under its own heading.
    expect(short.sections.find((section) => section.id === 'raadsbrief')?.blocks.some((block) => block.kind === 'paragraph' && block.text === short.brief)).toBe(true)
  })

  it('says who took part, the rung and what it rests on, the strongest factors, the knelpunten, the disagreement, the actions and the caveat', () => {
    const { short, data } = documentsOf(teamInput(realisticTeam))
    const side = data.overview.sides[0]!
    const brief = short.brief
    expect(brief).toMatch(/^Op 23 november 2026 vulden \d+ deelnemers van Wijkteam Noord \(Voorbeeldstad\) in een workshop samen de Integraalscan in/)
    expect(brief).toContain(`${side.participants} deelnemers`)
    expect(brief).toContain('ladder van integratie van KPMG (2013)')
    expect(brief).toContain(`${side.ladder.evidence} van de ${side.ladder.evidenceOf} kenmerken`)
    for (const line of [...side.strongest.items, ...side.knelpunten.items]) expect(brief).toContain(titleOf(line.factorId))
    expect(brief).toContain('Voor één factor stelde de groep na het gesprek samen een score vast')
    expect(brief).toContain('Er is één actie afgesproken, onder meer voor Aansluiting van ICT en registratiesystemen.')
    expect(brief).toContain('over de mate waarin ze bijdragen aan het resultaat voor inwoners, is minder bekend (Inspectie SZW, 2016)')
    expect(brief).not.toMatch(/resultaatbestand|json/i)
  })

  it('names where the room disagreed, and says when a placement cannot be settled yet', () => {
    const worst = documentsOf(teamInput(worstTeam())).short.brief
    expect(worst).toMatch(/Over .+ liepen de scores in de groep het verst uiteen\./)
    expect(documentsOf(resultInput(sparse)).short.brief).toContain('is nog niet vast te stellen')
  })
})

