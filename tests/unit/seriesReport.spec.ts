/** The measurement series as a report document: what the print view renders, computed by hand here. */
import { describe, expect, it } from 'vitest'
import { nl } from '@/locales/nl'
import { buildSeries } from '@/core/series/series'
import type { SeriesEntry } from '@/core/series/seriesEntry'
import type { SeriesAction } from '@/core/files/seriesFile'
import type { ResultFile } from '@/core/model'
import { seriesDocument } from '@/core/report/seriesReport'
import { documentLines, type ReportSection, type TableBlock } from '@/core/report/reportBlocks'
import { buildAnswers, buildParticipant, buildQuestionnaire, buildTeam, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1 })
const text = nl.seriesReport
const options = { radarAlt: 'De radar, beschreven.', today: '2026-11-23' }

const entry = (name: string, result: ResultFile, actions: SeriesAction[] = []): SeriesEntry => ({ key: name, name, result, actions, fingerprint: name })
/** A team of four at a date; per participant the answers to f1 (and f2 when given). */
const teamAt = (date: string, f1: number[][], f2: number[][] = [], municipality?: string) =>
  buildTeam(
    f1.map((values, index) =>
      buildAnswers({ answers: { ...scores('f1', ...(values as (1 | 2 | 3 | 4 | 5)[])), ...scores('f2', ...((f2[index] ?? []) as (1 | 2 | 3 | 4 | 5)[])) } }),
    ),
    { profile: { team: 'Wijkteam Noord', date, ...(municipality === undefined ? {} : { municipality }) } },
  )

const section = (sections: ReportSection[], id: ReportSection['id']) => sections.find((s) => s.id === id)!

describe('the series report', () => {
  // f1 per participant (the mean of its statements): 2, 3, 3, 4 → median 3; then 4, 4, 5, 5 → 4,5;
  // then 4, 4,5, 5, 5 → 4,75. f2 is scored only in 2026, on two statements each (a verdict needs a
  // base of two): 1, 2, 1, 2 → median 1,5, a knelpunt.
  const overview = buildSeries(q, [
    entry('2026', teamAt('2026-01-10', [[4], [4, 5], [5], [5]], [[1, 1], [2, 2], [1, 1], [2, 2]]), [{ factorId: 'f1', what: 'Werkgroep samenwerking', who: '', when: 'voor de zomer' }]),
    entry('2024', teamAt('2024-01-10', [[2], [3], [3], [4]])),
    entry('2025', teamAt('2025-01-10', [[4], [4], [5], [5]], [], 'Voorbeeldstad'), [
      { factorId: 'f1', what: 'Elke week casusoverleg', who: 'Teamleider', when: '', status: 'bezig', statusNote: 'Loopt in twee wijken' },
    ]),
  ])
  const document = seriesDocument(q, overview, { f1: 5 }, text, options)!

  it('has the title, the facts under it and the six sections in order', () => {
    expect(document.title).toBe('Zelfscan integrale dienstverlening: meetreeks')
    expect(document.lang).toBe('nl')
    expect(document.brief).toBeUndefined()
    expect(document.meta).toEqual([
      { label: 'Team', value: 'Wijkteam Noord' },
      { label: 'Gemeente', value: 'Voorbeeldstad' },
      { label: 'Momenten', value: '3' },
      { label: 'Periode', value: '10 januari 2024 – 10 januari 2026' },
      { label: 'Datum', value: '23 november 2026' },
    ])
    expect(document.sections.map((s) => [s.id, s.heading])).toEqual([
      ['momenten', 'Plaats op de ladder per moment'],
      ['verloop', 'Verloop per factor'],
      ['doelen', 'Doelen per factor'],
      ['routekaart', 'Routekaart'],
      ['opvolging', 'Acties van vorige keer'],
      ['methode', 'Hoe de reeks rekent'],
    ])
  })

  it('lists the moments oldest first with their rung, and says which factor was not measured every time', () => {
    const [moments, notEverywhere] = section(document.sections, 'momenten').blocks
    expect(moments).toMatchObject({
      kind: 'table',
      head: ['Moment', 'Resultaat', 'Trede', 'Soort'],
      rows: [
        { cells: ['1. 10 januari 2024', 'Wijkteam Noord', 'Trede geen', 'team van 4 deelnemers'] },
        { cells: ['2. 10 januari 2025', 'Wijkteam Noord', 'Trede geen', 'team van 4 deelnemers'] },
        { cells: ['3. 10 januari 2026', 'Wijkteam Noord', 'Trede geen', 'team van 4 deelnemers'] },
      ],
    })
    expect(notEverywhere).toEqual({ kind: 'paragraph', text: 'Niet op elk moment gemeten, dus niet over de hele reeks te volgen: Factor f2.' })
  })

  it('gives every score per moment and the verdict on the last step, under the rule', () => {
    const [heading, rule, trends] = section(document.sections, 'verloop').blocks
    expect(heading).toEqual({ kind: 'heading', level: 3, text: 'Echte verandering of spreiding?' })
    // Teams only: no sentence about a single participant.
    expect(rule).toEqual({ kind: 'paragraph', text: nl.series.rule.sentence })
    expect(trends).toMatchObject({
      kind: 'table',
      head: ['Factor', '1', '2', '3', 'Laatste verandering'],
      numeric: [false, true, true, true, false],
      rows: [
        // 4,5 → 4,75: +0,25, within the spread (IQR 1 and 0,75).
        { cells: ['Factor f1', '3,0', '4,5', '4,8', '+0,3, binnen de spreiding'] },
        { cells: ['Factor f2', '–', '–', '1,5', '–, niet te toetsen'] },
      ],
    })
    expect((trends as TableBlock).widths.reduce((a, b) => a + b, 0)).toBeCloseTo(100)
  })

  it('draws the targets as a figure with its text alternative', () => {
    expect(section(document.sections, 'doelen').blocks).toEqual([{ kind: 'figure', figure: 'radar', alt: 'De radar, beschreven.', height: 400 }])
  })

  it('orders the roadmap by the gap to the target, then the knelpunt without a target, each with its action', () => {
    expect(section(document.sections, 'routekaart').blocks).toEqual([
      {
        kind: 'table',
        caption: 'Routekaart: factoren op volgorde van prioriteit met hun actie',
        head: ['Factor', 'Laatste score', 'Doel', 'Actie'],
        numeric: [false, true, true, false],
        widths: [36, 12, 10, 42],
        rows: [
          { cells: ['1. Factor f1 (onder het doel)', '4,8', '5,0', 'Werkgroep samenwerking · voor de zomer'] },
          { cells: ['2. Factor f2 (knelpunt)', '1,5', '–', 'nog geen actie'] },
        ],
      },
    ])
  })

  it("follows up the actions of every moment but the last, with their state and note", () => {
    expect(section(document.sections, 'opvolging').blocks).toEqual([
      {
        kind: 'table',
        caption: 'Acties per moment en hoe ze liepen',
        head: ['Factor', 'Afgesproken op', 'Actie', 'Stand', 'Toelichting'],
        numeric: [false, false, false, false, false],
        widths: [22, 14, 28, 14, 22],
        rows: [{ cells: ['Factor f1', '10 januari 2025', 'Elke week casusoverleg', 'bezig', 'Loopt in twee wijken'] }],
      },
    ])
  })

  it('closes with how the series counts and that it is no league table', () => {
    expect(section(document.sections, 'methode').blocks).toEqual([
      { kind: 'paragraph', text: `${nl.series.method.order} ${nl.series.method.score}` },
      { kind: 'paragraph', text: nl.series.noLeague },
    ])
    expect(documentLines(document)).toContain(nl.series.noLeague)
  })

  it('says of one undated participant result that no change can be tested, and that there is nothing to follow up or prioritise', () => {
    const single = buildSeries(q, [entry('eigen', buildParticipant({ savedAt: 'onbekend', profile: {}, answers: scores('f1', 4, 4, 4) }))])
    const one = seriesDocument(q, single, {}, text, options)!
    expect(one.meta.slice(0, 4)).toEqual([
      { label: 'Team', value: 'eigen' },
      { label: 'Gemeente', value: '–' },
      { label: 'Momenten', value: '1' },
      { label: 'Periode', value: '–' },
    ])
    expect(section(one.sections, 'momenten').blocks).toMatchObject([{ rows: [{ cells: ['1. geen datum', 'eigen', 'Trede geen', 'één deelnemer'] }] }])
    const [, rule, trends] = section(one.sections, 'verloop').blocks
    expect(rule).toEqual({ kind: 'paragraph', text: `${nl.series.rule.sentence} ${nl.series.rule.single}` })
    expect(trends).toMatchObject({ rows: [{ cells: ['Factor f1', '4,0', ''] }] })
    expect(section(one.sections, 'routekaart').blocks).toEqual([{ kind: 'paragraph', text: nl.series.roadmap.none }])
    expect(section(one.sections, 'opvolging').blocks).toEqual([{ kind: 'paragraph', text: nl.series.followUp.none }])
  })

  it('is no document while the series has no moments', () => {
    expect(seriesDocument(q, buildSeries(q, []), {}, text, options)).toBeNull()
  })
})
