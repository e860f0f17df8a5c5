/** The printed series at its largest: which moments and rows it shows, and that it says where the rest is. Computed by hand. */
import { describe, expect, it } from 'vitest'
import { nl } from '@/locales/nl'
import { buildSeries } from '@/core/series/series'
import type { SeriesEntry } from '@/core/series/seriesEntry'
import type { SeriesAction } from '@/core/files/seriesFile'
import { seriesDocument } from '@/core/report/seriesReport'
import { FULL_SERIES_REPORT_LIMITS, SERIES_REPORT_LIMITS, shownMoments } from '@/core/report/reportLimits'
import type { ReportSection, TableBlock } from '@/core/report/reportBlocks'
import { buildAnswers, buildQuestionnaire, buildTeam, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 4, clientFactors: 1 })
const text = nl.seriesReport
const options = { radarAlt: 'De radar, beschreven.', today: '2026-11-23' }
const section = (sections: ReportSection[], id: ReportSection['id']) => sections.find((s) => s.id === id)!.blocks

/** 86 and 81 characters: both over the 60 a printed action or note may have. */
const LONG_WHAT = 'Een werkgroep met de leverancier richt één dossier in dat het hele wijkteam kan inzien'
const LONG_NOTE = 'Loopt in twee wijken, de derde wijk volgt na de zomer als de leverancier klaar is'
const actions: SeriesAction[] = [
  { factorId: 'f1', what: LONG_WHAT, who: 'Teamleider', when: 'voor de zomer', status: 'bezig', statusNote: LONG_NOTE },
  { factorId: 'f2', what: 'Casusoverleg', who: '', when: '', status: 'gedaan' },
]

/**
 * Ten yearly moments (2010–2019) of a team of four who all answer alike: f1 scores 5, 4, 3, 2, 1,
 * 5, 4, 3, 2, 1 (no spread, so every step is a real change) and f2 scores 3 throughout.
 */
const overview = buildSeries(
  q,
  Array.from({ length: 10 }, (_, index): SeriesEntry => {
    const f1 = (5 - (index % 5)) as 1 | 2 | 3 | 4 | 5
    const participant = buildAnswers({ answers: { ...scores('f1', f1, f1), ...scores('f2', 3, 3) } })
    const result = buildTeam([participant, participant, participant, participant], { profile: { team: 'Wijkteam Noord', date: `${2010 + index}-03-01` } })
    return { key: `m${index}`, name: `m${index}`, result, actions, fingerprint: `m${index}` }
  }),
)

describe('the printed series of more moments than it shows', () => {
  it('shows the first moment and the last seven, and all of them when there are no more than eight', () => {
    expect(SERIES_REPORT_LIMITS.firstMoments + SERIES_REPORT_LIMITS.lastMoments).toBe(8)
    expect(shownMoments(10, SERIES_REPORT_LIMITS)).toEqual([0, 3, 4, 5, 6, 7, 8, 9])
    expect(shownMoments(40, SERIES_REPORT_LIMITS)).toEqual([0, 33, 34, 35, 36, 37, 38, 39])
    expect(shownMoments(8, SERIES_REPORT_LIMITS)).toEqual([0, 1, 2, 3, 4, 5, 6, 7])
    expect(shownMoments(0, SERIES_REPORT_LIMITS)).toEqual([])
  })

  const document = seriesDocument(q, overview, { f1: 5, f2: 4 }, text, options)!

  it('counts every moment in its facts but lists moments 1 and 4 to 10, and says where 2 and 3 are', () => {
    expect(document.meta[2]).toEqual({ label: 'Momenten', value: '10' })
    expect(document.meta[3]).toEqual({ label: 'Periode', value: '1 maart 2010 – 1 maart 2019' })
    const [moments, omitted] = section(document.sections, 'momenten')
    expect((moments as TableBlock).rows.map((row) => row.cells[0])).toEqual([
      '1. 1 maart 2010',
      '4. 1 maart 2013',
      '5. 1 maart 2014',
      '6. 1 maart 2015',
      '7. 1 maart 2016',
      '8. 1 maart 2017',
      '9. 1 maart 2018',
      '10. 1 maart 2019',
    ])
    expect(omitted).toEqual({
      kind: 'paragraph',
      tone: 'muted',
      text: 'De momenten 2 tot en met 3 staan niet in deze samenvatting. De hele reeks staat op de pagina Meetreeks van de app en in het bestand van de reeks ("Meetreeks downloaden" op de pagina Meetreeks).',
    })
  })

  it('gives the scores of the same moments, the verdict on the last step (2 → 1), and where every step is', () => {
    const [, , trends, omitted] = section(document.sections, 'verloop')
    expect(trends).toMatchObject({
      head: ['Factor', '1', '4', '5', '6', '7', '8', '9', '10', 'Laatste verandering'],
      rows: [
        // No spread at either moment: a step of one point is real.
        { cells: ['Factor f1', '5,0', '2,0', '1,0', '5,0', '4,0', '3,0', '2,0', '1,0', '−1,0, echt lager'] },
        { cells: ['Factor f2', '3,0', '3,0', '3,0', '3,0', '3,0', '3,0', '3,0', '3,0', '0,0, binnen de spreiding'] },
      ],
    })
    // Eight score columns share the 46 % between the factor and the verdict.
    expect((trends as TableBlock).widths).toEqual([30, ...Array.from({ length: 8 }, () => 46 / 8), 24])
    expect(omitted).toEqual({
      kind: 'paragraph',
      tone: 'muted',
      text: 'Zonder de momenten 2 tot en met 3: de scores en het oordeel over elke stap staan op de pagina Meetreeks en in de download voor Excel (CSV).',
    })
  })

  it('names one left-out moment in the singular', () => {
    expect(text.moments.omitted(2, 2)).toMatch(/^Moment 2 staat niet in deze samenvatting\./)
    expect(text.trends.omitted(2, 2)).toMatch(/^Zonder moment 2:/)
  })

  // One roadmap row and two follow-up rows, so the four factors of the test questionnaire overflow both.
  const capped = seriesDocument(q, overview, { f1: 5, f2: 4 }, text, { ...options, limits: { ...SERIES_REPORT_LIMITS, roadmap: 1, followUp: 2 } })!

  it('cuts the roadmap to its limit, clips the action, and says where the other factors and the whole texts are', () => {
    expect(section(capped.sections, 'routekaart')).toEqual([
      expect.objectContaining({
        rows: [{ cells: ['1. Factor f1 (onder het doel)', '1,0', '5,0', 'Een werkgroep met de leverancier richt één dossier in dat… (ingekort) · Teamleider · voor de zomer'] }],
      }),
      { kind: 'paragraph', tone: 'muted', text: 'En nog 1 factor op de routekaart: die staat met zijn actie op de pagina Meetreeks.' },
      { kind: 'paragraph', tone: 'muted', text: 'Teksten met (ingekort) staan voluit in het bestand van de reeks ("Meetreeks downloaden" op de pagina Meetreeks).' },
    ])
  })

  it('follows up last time first (moment 9), cuts the rest, and says where the other 16 actions are', () => {
    expect(section(capped.sections, 'opvolging')).toEqual([
      expect.objectContaining({
        rows: [
          { cells: ['Factor f1', '1 maart 2018', 'Een werkgroep met de leverancier richt één dossier in dat… (ingekort)', 'bezig', 'Loopt in twee wijken, de derde wijk volgt na de zomer als… (ingekort)'] },
          { cells: ['Factor f2', '1 maart 2018', 'Casusoverleg', 'gedaan', ''] },
        ],
      }),
      {
        kind: 'paragraph',
        tone: 'muted',
        // Moments 1 to 8, two actions each.
        text: 'En nog 16 acties: met hun stand in de download voor Excel (CSV) en voluit in het bestand van de reeks ("Meetreeks downloaden" op de pagina Meetreeks); die van vorige keer ook op de pagina Meetreeks.',
      },
      { kind: 'paragraph', tone: 'muted', text: 'Teksten met (ingekort) staan voluit in het bestand van de reeks ("Meetreeks downloaden" op de pagina Meetreeks).' },
    ])
  })

  it('names at most three teams in its facts and counts the others', () => {
    const teams = buildSeries(
      q,
      ['Noord', 'Zuid', 'Oost', 'West', 'Centrum'].map((team, index): SeriesEntry => ({
        key: team,
        name: team,
        result: buildTeam([buildAnswers({ answers: scores('f1', 3, 3) })], { profile: { team, date: `${2020 + index}-01-01` } }),
        actions: [],
        fingerprint: team,
      })),
    )
    expect(seriesDocument(q, teams, {}, text, options)!.meta[0]).toEqual({ label: 'Team', value: 'Noord, Zuid, Oost en nog 2' })
  })
})

describe('the Word and HTML series, which have no page to fill', () => {
  const full = seriesDocument(q, overview, { f1: 5, f2: 4 }, text, { ...options, limits: FULL_SERIES_REPORT_LIMITS })!
  const printed = seriesDocument(q, overview, { f1: 5, f2: 4 }, text, options)!
  const words = (blocks: unknown) => JSON.stringify(blocks)

  it('holds every follow-up action with its texts whole, and says nothing is cut', () => {
    const [followUp, ...after] = section(full.sections, 'opvolging')
    // Two actions at each of the nine moments before the latest, last time (moment 9) first.
    expect((followUp as TableBlock).rows).toHaveLength(18)
    expect((followUp as TableBlock).rows[0]!.cells).toEqual(['Factor f1', '1 maart 2018', LONG_WHAT, 'bezig', LONG_NOTE])
    expect(after).toEqual([])
    expect(words(full.sections)).not.toContain(text.clippedNote)
    // The printed version cuts them, as above.
    expect(words(printed.sections)).toContain(text.clippedNote)
  })

  it('holds the roadmap whole and keeps the moments the page has room for, saying where the others are', () => {
    expect(section(full.sections, 'routekaart')).toEqual([
      expect.objectContaining({ rows: [expect.objectContaining({ cells: ['1. Factor f1 (onder het doel)', '1,0', '5,0', `${LONG_WHAT} · Teamleider · voor de zomer`] }), expect.anything()] }),
    ])
    // Each moment is a column of the trend table: the first and the last seven, as printed.
    expect(section(full.sections, 'verloop')).toEqual(section(printed.sections, 'verloop'))
    expect(section(full.sections, 'momenten')).toEqual(section(printed.sections, 'momenten'))
  })
})
