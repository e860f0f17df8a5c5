/** The report's sections after the first page, as blocks: here the context section and the comparison's lessons. */
import { describe, expect, it } from 'vitest'
import { questionnaire } from '@/content/questionnaire'
import { buildReport } from '@/core/report/reportData'
import { contextBlocks, learnBlocks, tableBlocks } from '@/core/report/reportSections'
import type { ReportData } from '@/core/report/reportShape'
import type { ReportBlock } from '@/core/report/reportBlocks'
import { summarize } from '@/core/scan/summary'
import type { Answers, Questionnaire } from '@/core/model'
import { buildAnswers, buildQuestionnaire, ladder, scores } from './helpers/builders'
import { compareInput, participant, text, today } from './helpers/reports'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1, contradictions: [['l1-1', 'f1']] })

/** The report of one result of `questionnaire`, as the print, Word and HTML writers get it. */
const reportOf = (answers: Answers, on: Questionnaire = q): ReportData =>
  buildReport(on, { kind: 'resultaat', profile: {}, summary: summarize(on, answers), actions: [], notes: {}, today })

const opening: ReportBlock[] = [
  { kind: 'paragraph', text: text.frame.text },
  { kind: 'heading', level: 3, text: 'Hoe de samenwerking is georganiseerd' },
]
const noContradictions: ReportBlock[] = [
  { kind: 'heading', level: 3, text: 'Tegenstrijdige antwoorden om te bespreken' },
  { kind: 'paragraph', text: 'De antwoorden bij de ladder en de scores bij de factoren spreken elkaar nergens tegen.' },
]

describe('the context section', () => {
  it('lists the forms that occur with what the appendix puts beside them, names the others, and says what is unknown or unanswered', () => {
    const data = reportOf(
      buildAnswers({ organisation: { forms: { casemanagement: 'ja', frontoffice: 'deels', backoffice: 'nee' }, place: 'weet-niet', domains: ['d1', 'd3'] } }),
    )
    expect(contextBlocks(q, data, text)).toEqual([
      ...opening,
      { kind: 'paragraph', tone: 'strong', text: 'Vormen van integratie (KPMG, 2013)' },
      {
        kind: 'list',
        items: [
          'Keuze casemanagement: komt voor. Staat in de bijlage naast: rij 2 (OECD (2012)).',
          'Keuze frontoffice: komt deels voor. Staat in de bijlage naast: rij 3 (OECD (2012)).',
        ],
      },
      { kind: 'paragraph', text: 'Niet of niet bekend: Keuze backoffice · Keuze nieuwe-dienst.' },
      {
        kind: 'facts',
        items: [
          { label: 'Frontoffice of ook backoffice', value: 'Weet ik niet.' },
          { label: 'Horizontaal of verticaal', value: 'Niet beantwoord.' },
          { label: 'Domeinen en partners die meedoen', value: 'Domein d1, Domein d3' },
        ],
      },
      ...noContradictions,
    ])
  })

  it('names the options chosen, leaves out an empty list of forms and the "others" line when every form occurs', () => {
    const allForms = reportOf(
      buildAnswers({ organisation: { forms: { casemanagement: 'ja', frontoffice: 'ja', backoffice: 'deels', 'nieuwe-dienst': 'ja' }, place: 'backoffice', direction: 'beide' } }),
    )
    const blocks = contextBlocks(q, allForms, text)
    expect(blocks.some((block) => block.kind === 'paragraph' && block.text.startsWith('Niet of niet bekend'))).toBe(false)
    expect(blocks.find((block) => block.kind === 'facts')).toEqual({
      kind: 'facts',
      items: [
        { label: 'Frontoffice of ook backoffice', value: 'Keuze backoffice' },
        { label: 'Horizontaal of verticaal', value: 'Keuze beide' },
        { label: 'Domeinen en partners die meedoen', value: 'Niet beantwoord.' },
      ],
    })
    // Only the direction answered: no form occurs, so no (empty) list at all.
    const directionOnly = contextBlocks(q, reportOf(buildAnswers({ organisation: { direction: 'horizontaal' } })), text)
    expect(directionOnly.filter((block) => block.kind === 'list')).toEqual([])
    expect(directionOnly).toContainEqual({ kind: 'paragraph', text: 'Niet of niet bekend: Keuze casemanagement · Keuze frontoffice · Keuze backoffice · Keuze nieuwe-dienst.' })
  })

  it('says the questions are new when a result has no organisational answers', () => {
    expect(contextBlocks(q, reportOf(buildAnswers()), text)).toEqual([
      ...opening,
      { kind: 'paragraph', text: 'Deze vragen zijn nieuw in de scan. In dit resultaat zijn ze (nog) niet beantwoord.' },
      ...noContradictions,
    ])
  })

  it('shortens a form’s label to the part before its colon, as the real questionnaire words them', () => {
    const data = reportOf(
      { ...participant, organisation: { forms: { casemanagement: 'ja' }, place: 'frontoffice', domains: ['wmo'] } },
      questionnaire,
    )
    const blocks = contextBlocks(questionnaire, data, text)
    const list = blocks.find((block) => block.kind === 'list')
    expect(list?.kind === 'list' && list.items[0]).toMatch(/^Geïntegreerd casemanagement: komt voor\. Staat in de bijlage naast: /)
    const facts = blocks.find((block) => block.kind === 'facts')
    expect(facts?.kind === 'facts' && facts.items.map((item) => item.value)).toEqual([
      questionnaire.organisation.place.options.find((option) => option.id === 'frontoffice')!.label,
      'Niet beantwoord.',
      'Wmo (maatschappelijke ondersteuning, Wmo-consulent)',
    ])
  })

  it('falls back to the id of a form or domain the questionnaire no longer knows', () => {
    const data = reportOf(buildAnswers({ organisation: { forms: { backoffice: 'ja' }, domains: ['d2'] } }))
    const older: Questionnaire = {
      ...q,
      organisation: {
        ...q.organisation,
        forms: { ...q.organisation.forms, options: q.organisation.forms.options.filter((option) => option.id !== 'backoffice') },
        domains: { ...q.organisation.domains, options: q.organisation.domains.options.filter((option) => option.id !== 'd2') },
      },
    }
    const blocks = contextBlocks(older, data, text)
    const list = blocks.find((block) => block.kind === 'list')
    expect(list?.kind === 'list' && list.items[0]).toBe('backoffice: komt voor. Staat in de bijlage naast: rij 4 (OECD (2012)).')
    const facts = blocks.find((block) => block.kind === 'facts')
    expect(facts?.kind === 'facts' && facts.items[2]).toEqual({ label: 'Domeinen en partners die meedoen', value: 'd2' })
  })

  it('lists where the ladder and the scores disagree', () => {
    const data = reportOf(buildAnswers({ ladder: ladder({ 1: ['ja'] }), answers: scores('f1', 1, 1, 1) }))
    const blocks = contextBlocks(q, data, text)
    expect(blocks.slice(-2)).toEqual([
      { kind: 'heading', level: 3, text: 'Tegenstrijdige antwoorden om te bespreken' },
      { kind: 'list', items: ['“Indicator 1 van trede 1” (ja) ↔ Factor f1 (knelpunt, 1,0)'] },
    ])
  })
})

describe('the lessons of a comparison', () => {
  it('are not part of a report of one result', () => {
    expect(learnBlocks(q, reportOf(buildAnswers()), text)).toEqual([])
  })

  it('say there is nothing to learn when neither side scores clearly better anywhere', () => {
    const data = buildReport(questionnaire, compareInput(participant, participant))
    expect(learnBlocks(questionnaire, data, text)).toEqual([{ kind: 'paragraph', text: text.learnNone }])
  })
})

describe('the comparison table', () => {
  it('leaves the status of a side empty where that side has no status for the factor', () => {
    const withClient = { ...participant, includeClientModule: true }
    const withoutClient = { ...participant, includeClientModule: false }
    const data = buildReport(questionnaire, compareInput(withClient, withoutClient))
    const { blocks } = tableBlocks(questionnaire, data, text)
    const table = blocks[0]
    if (table?.kind !== 'table') throw new Error('no table')
    const clientTitles = new Set(questionnaire.factors.filter((factor) => factor.themeId === 'client').map((factor) => factor.title))
    const clientRows = table.rows.filter((row) => clientTitles.has(row.cells[0]!))
    expect(clientRows.length).toBeGreaterThan(0)
    for (const row of clientRows) expect(row.cells[5]).toBe('')
  })
})
