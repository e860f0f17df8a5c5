import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import { answersOf } from '@/core/files/newResult'
import { parseCollectionFile, parseResultFile, serializeCollection, serializeResult } from '@/core/files/fileFormat'
import { summarize } from '@/core/scan/summary'
import { buildReport } from '@/core/report/reportData'
import { cap, clip, FULL_REPORT_LIMITS, printedLimits, REPORT_LIMITS } from '@/core/report/reportLimits'
import type { ReportData } from '@/core/report/reportShape'
import { reportDocument } from '@/core/report/reportDocument'
import { documentLines, type TableBlock } from '@/core/report/reportBlocks'
import type { ParticipantResult } from '@/core/model'
import { LONG_NOTE, worstParticipant, worstTeam } from '../fixtures/worstCase'
import { compareInput, participant, resultInput, teamInput, text, today } from './helpers/reports'

const titles = questionnaire.factors.map((factor) => factor.title)

/** The short (printed) document's text, section headings included. */
const docText = (data: ReportData, short = true) => documentLines(reportDocument(questionnaire, data, text, { radarAlt: 'Radar', short })).join('\n')
const docOf = (data: ReportData) => reportDocument(questionnaire, data, text, { radarAlt: 'Radar', short: true })
const tablesOf = (data: ReportData) => docOf(data).sections.flatMap((section) => section.blocks.filter((block): block is TableBlock => block.kind === 'table'))

describe('cap and clip', () => {
  it('keeps the first items and counts the rest', () => {
    expect(cap([1, 2, 3, 4], 3)).toEqual({ items: [1, 2, 3], more: 1 })
    expect(cap([1], 3)).toEqual({ items: [1], more: 0 })
  })

  it('cuts long text at a word, marks it, and leaves short text alone', () => {
    expect(clip('  kort   en  klein ', 20)).toEqual({ text: 'kort en klein', clipped: false })
    const cut = clip('een twee drie vier vijf zes zeven', 16)
    expect(cut).toEqual({ text: 'een twee drie…', clipped: true })
    expect(clip('x'.repeat(50), 10)).toEqual({ text: `${'x'.repeat(9)}…`, clipped: true })
  })
})

describe('the report of one result', () => {
  it('puts who, when, the rung with its evidence, the strongest factors, the knelpunten and the actions on the first page', () => {
    const data = buildReport(questionnaire, resultInput(participant))
    const side = data.overview.sides[0]!
    expect(side.team).toBe('Wijkteam Noord')
    expect(side.date).toBe('2026-11-20')
    expect(side.participants).toBe(1)
    expect(side.strongest.items).toHaveLength(3)
    expect(side.knelpunten.items.map((line) => line.factorId)).toEqual(
      summarize(questionnaire, answersOf(participant)).knelpunten.slice(0, 3).map((factor) => factor.factorId),
    )
    expect(side.ladder.example).not.toBeNull()
    expect(data.overview.actions.items).toEqual([
      { factorId: 'ict', what: clip(participant.actions[0]!.what, REPORT_LIMITS.actionChars), who: 'Beleidsadviseur ICT', when: 'Voor de zomer' },
    ])
    expect(data.overview.disagreed).toBeNull()
    const all = docText(data)
    const rung = questionnaire.rungs[side.ladder.rung]!.title.toLowerCase()
    // The method note gives the reason some statements are scored reversed (issue #26 item 2).
    for (const expected of ['Wijkteam Noord', 'Voorbeeldstad', rung, ...titles, 'Methode en privacy', 'Movisie', 'Inspectie SZW', 'spiegelbeeld van knelpunten']) {
      expect(all).toContain(expected)
    }
    const figures = docOf(data).sections.flatMap((section) => section.blocks.filter((block) => block.kind === 'figure'))
    expect(figures.map((figure) => figure.kind === 'figure' && figure.figure)).toEqual(['ladder', 'radar'])
    expect(figures[1]).toMatchObject({ alt: 'Radar' })
  })

  it('in the worst case keeps every list to what fits, says how many more there are, and shortens long texts', () => {
    const worst = worstParticipant()
    const data = buildReport(questionnaire, resultInput(worst))
    const factors = questionnaire.factors.length
    const side = data.overview.sides[0]!
    expect(side.knelpunten).toMatchObject({ more: factors - 3 })
    expect(side.strongest.items).toEqual([])
    expect(side.ladder).toMatchObject({ rung: 0, example: null })
    expect(side.ladder.nextAsks.length + side.ladder.nextUnknown.length).toBeGreaterThan(0)
    expect(data.overview.actions.items).toHaveLength(REPORT_LIMITS.firstPageActions)
    expect(data.overview.actions.more).toBe(factors - REPORT_LIMITS.firstPageActions)
    expect(data.overview.actions.items.every((action) => action.what.clipped && action.what.text.length <= REPORT_LIMITS.actionChars)).toBe(true)
    expect(data.overview.actions.items.every((action) => action.who.length <= REPORT_LIMITS.shortChars)).toBe(true)
    expect(data.priorities).toMatchObject({ more: factors - REPORT_LIMITS.priorities })
    expect(data.knelpunten).toMatchObject({ more: factors - REPORT_LIMITS.knelpuntenInDetail })
    expect(data.notes.items.every((line) => line.note.clipped && line.note.text.length <= REPORT_LIMITS.noteChars)).toBe(true)
    expect(data.notes.more).toBe(factors - REPORT_LIMITS.notes)
    const all = docText(data)
    expect(all).toContain(`En nog ${factors - 3} knelpunten: zie de tabel met scores.`)
    expect(all).toContain(`En nog ${factors - REPORT_LIMITS.notes} notities`)
    expect(all).toContain(`En nog ${factors - REPORT_LIMITS.priorities} prioriteiten`)
    expect(all).toContain(`Nog ${factors - REPORT_LIMITS.knelpuntenInDetail} knelpunten staan hier niet uitgewerkt`)
    expect(all).toContain(text.clippedNote)
    expect(all).toContain('Geen factor scoort als succesfactor')
    expect(all).not.toContain(LONG_NOTE)
    expect(all).toContain(text.fullVersion)
    expect(all).not.toMatch(/resultaatbestand/)
  })

  it('holds every list and text whole in the Word and HTML version, with no "en nog"', () => {
    const worst = worstParticipant()
    const data = buildReport(questionnaire, resultInput(worst), FULL_REPORT_LIMITS)
    const all = docText(data, false)
    expect(all).toContain(LONG_NOTE)
    expect(all).not.toMatch(/Word- en HTML-versie|staan hier niet uitgewerkt|ingekort/)
    expect(all).not.toContain(text.fullVersion)
    for (const action of worst.actions) expect(all).toContain(action.what)
    for (const factor of questionnaire.factors) for (const advice of factor.advice) expect(all).toContain(advice)
  })

  it('says so plainly when there is nothing to list', () => {
    const bare = { ...participant, actions: [], notes: {}, important: [] }
    const answersAllFive = Object.fromEntries(Object.keys(participant.answers).map((id) => [id, 5 as const]))
    const data = buildReport(questionnaire, resultInput({ ...bare, answers: answersAllFive }))
    const all = docText(data)
    for (const expected of [text.firstPage.knelpuntenNone, text.firstPage.actionsNone, text.knelpuntenNone, text.prioritiesNone, text.tensionsOthers, text.notesNone]) {
      expect(all).toContain(expected)
    }
  })
})

describe('the report of a workshop', () => {
  it('names the factors the room was divided on and the agreed scores, counts the rest, and shows the team table', () => {
    const team = worstTeam()
    const data = buildReport(questionnaire, teamInput(team))
    const factors = questionnaire.factors.length
    expect(data.overview.sides[0]!.participants).toBe(60)
    expect(data.overview.disagreed).toMatchObject({ more: factors - REPORT_LIMITS.disagreed })
    expect(data.overview.disagreed!.items[0]).toMatchObject({ median: 2, min: 1, max: 4 })
    expect(data.overview.agreed).toMatchObject({ more: factors - REPORT_LIMITS.agreed })
    expect(data.overview.agreed!.items[0]).toMatchObject({ score: 2, median: 2 })
    expect(data.notes.items).toHaveLength(REPORT_LIMITS.notes)
    const table = tablesOf(data).find((block) => block.caption === text.sections.teamTable)!
    expect(table.rows).toHaveLength(factors)
    expect(table.rows[0]!.cells).toEqual([titles[0], '2,0', '1,0 – 4,0', 'verdeeld', '0', '2,0'])
    const all = docText(data)
    expect(all).toContain('Sociaal wijkteam Noord-Oost')
    expect(all).toContain('Waar de groep het oneens was')
    // Every rung counted, and the participants whose rung is not yet known too (Word dropped them).
    expect(all).toMatch(new RegExp(`${text.ladder.distribution}: .*${text.ladder.unknownRung}: \\d+`))
  })

  it('works out two knelpunten in its printed version (a result three), and says where the other 26 are', () => {
    expect([printedLimits('resultaat').knelpuntenInDetail, printedLimits('workshop').knelpuntenInDetail, printedLimits('vergelijking').knelpuntenInDetail]).toEqual([3, 2, 3])
    const data = buildReport(questionnaire, teamInput(worstTeam()), printedLimits('workshop'))
    // Every one of the 28 factors is a knelpunt in the worst case.
    expect(data.knelpunten).toMatchObject({ more: 26 })
    expect(data.knelpunten.items).toHaveLength(2)
    expect(docText(data)).toContain('Nog 26 knelpunten staan hier niet uitgewerkt; ze staan wel in de tabel met scores, en met wat werkt in de Word- en HTML-versie van dit verslag.')
  })

  it('says so when the room agreed everywhere and settled on no score', () => {
    const team = worstTeam(4)
    const calm = { ...team, participants: team.participants.map((answers) => ({ ...answers, answers: Object.fromEntries(Object.keys(answers.answers).map((id) => [id, 3 as const])) })), agreed: {}, actions: [] }
    const data = buildReport(questionnaire, teamInput(calm))
    const all = docText(data)
    expect(all).toContain(text.firstPage.disagreedNone)
    expect(all).toContain(text.firstPage.agreedNone)
    const table = tablesOf(data).find((block) => block.caption === text.sections.teamTable)!
    expect(table.rows[0]!.cells.at(-1)).toBe('–')
  })
})

describe('the report of a comparison', () => {
  it('puts both sides, the largest differences and both action plans on the first page', () => {
    const worst = worstParticipant()
    const data = buildReport(questionnaire, compareInput(participant, worst))
    expect(data.overview.sides.map((side) => side.label)).toEqual(['A: Noord', 'B: Zuid'])
    const differences = data.overview.differences!.items.map((row) => Math.abs(row.difference))
    expect(differences).toEqual([...differences].sort((x, y) => y - x))
    expect(data.overview.actions.items[0]).toMatchObject({ side: 'A', factorId: 'ict' })
    expect(data.overview.actions.items.slice(1).every((action) => action.side === 'B')).toBe(true)
    expect(data.ladders).toHaveLength(2)
    const all = docText(data)
    for (const expected of ['A: Noord', 'B: Zuid', text.sections.shared, text.firstPage.differences, ...titles]) expect(all).toContain(expected)
    expect(all).toContain('Zuid kan leren van Noord bij:')
  })

  it('says so when no factor has a score on both sides', () => {
    const empty = { ...participant, answers: {}, actions: [] }
    const data = buildReport(questionnaire, compareInput(empty, empty))
    const all = docText(data)
    expect(all).toContain(text.firstPage.differencesNone)
    expect(all).toContain(text.knelpuntenNone)
  })
})

describe('serialised files still open', () => {
  it('a worst-case team file and a pair of results pass validation', () => {
    const team = worstTeam()
    expect(parseResultFile(serializeResult(team))).toMatchObject({ ok: true })
    const pair = serializeCollection([
      { name: 'A', savedAt: today, result: participant },
      { name: 'B', savedAt: today, result: team },
    ])
    expect(parseCollectionFile(pair)).toMatchObject({ ok: true })
  })
})

describe('a report from sparse input', () => {
  it('copes with an empty profile, empty actions, actions off the priority list and notes-only agreements', () => {
    const sparse: ParticipantResult = {
      ...participant,
      profile: {},
      actions: [
        { factorId: 'ict', what: '', who: '', when: '' },
        { factorId: 'visie', what: 'Visie opschrijven', who: '', when: '' },
        { factorId: participant.actions[0]!.factorId, what: 'Eén systeem', who: 'ICT', when: 'Q3' },
      ],
    }
    const data = buildReport(questionnaire, resultInput(sparse))
    const side = data.overview.sides[0]!
    expect(side).toMatchObject({ team: null, municipality: null, date: today })
    expect(data.overview.actions.items.map((action) => action.what.text)).toEqual(['Eén systeem', 'Visie opschrijven'])
    const all = docText(data)
    expect(all).toContain('Team: –')
    const team = worstTeam(3)
    const notesOnly = buildReport(questionnaire, teamInput({ ...team, agreed: { visie: { note: 'Alleen een notitie' } }, profile: {} }))
    expect(notesOnly.overview.agreed!.items).toEqual([])
    expect(notesOnly.notes.items.map((line) => line.note.text)).toEqual(['Alleen een notitie'])
  })
})

describe('the name lists of the printed report', () => {
  const statements = questionnaire.factors.flatMap((factor) => factor.statements)
  /** Every statement answered 3: every factor an aandachtspunt, no tension flagged by a gap between scores. */
  const middling: ParticipantResult = { ...participant, answers: Object.fromEntries(statements.map((statement) => [statement.id, 3])), ladder: {} }
  /** Every statement at the knelpunt end and every ladder feature present: the ladder contradicts the scores. */
  const contradicted: ParticipantResult = {
    ...participant,
    answers: Object.fromEntries(statements.map((statement) => [statement.id, statement.reversed === true ? 5 : 1])),
    ladder: Object.fromEntries(questionnaire.ladderIndicators.map((indicator) => [indicator.id, 'ja'])),
  }

  it('names three aandachtspunten and three other tensions in print, says how many more and where, and names them all in Word and HTML', () => {
    const input = resultInput(middling)
    const short = buildReport(questionnaire, input, REPORT_LIMITS)
    const full = buildReport(questionnaire, input, FULL_REPORT_LIMITS)
    expect(full.adviceOthers.items.length).toBeGreaterThan(3)
    expect(full.otherTensions.items.length).toBeGreaterThan(3)
    expect(short.adviceOthers).toEqual({ items: full.adviceOthers.items.slice(0, 3), more: full.adviceOthers.items.length - 3 })
    expect(short.otherTensions).toEqual({ items: full.otherTensions.items.slice(0, 3), more: full.otherTensions.items.length - 3 })
    const printed = docText(short)
    expect(printed).toContain(`; en nog ${full.adviceOthers.items.length - 3} in de Word- en HTML-versie van dit verslag.`)
    expect(printed).toContain(`; en nog ${full.otherTensions.items.length - 3} in de Word- en HTML-versie van dit verslag.`)
    const whole = docText(full, false)
    for (const row of full.otherTensions.items) expect(whole).toContain(row.tension.title)
    expect(whole).not.toContain('en nog')
  })

  it('lists three contradictions in print with the count of the rest, and every one in Word and HTML', () => {
    const input = resultInput(contradicted)
    const full = buildReport(questionnaire, input, FULL_REPORT_LIMITS)
    const count = full.contradictions.items.length
    expect(count).toBeGreaterThan(3)
    const short = buildReport(questionnaire, input, REPORT_LIMITS)
    expect(short.contradictions.items).toHaveLength(3)
    expect(docText(short)).toContain(`En nog ${count - 3} tegenstrijdigheden: die staan in de Word- en HTML-versie van dit verslag.`)
    expect(docText(full, false)).not.toContain('tegenstrijdigheden: die staan')
  })
})
