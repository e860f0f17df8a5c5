/** The series for Excel in long format: one row per moment and factor. */
import { describe, expect, it } from 'vitest'
import { CSV_ACTION_STATUS_LABELS, CSV_SERIES_HEADERS, CSV_VERDICT_LABELS, seriesToCsv } from '@/core/files/seriesCsv'
import { CSV_BOM } from '@/core/files/csv'
import { actionStatuses } from '@/core/files/seriesFile'
import { buildSeries, type SeriesMomentInput } from '@/core/series/series'
import { buildAnswers, buildParticipant, buildQuestionnaire, buildTeam, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 2, clientFactors: 1 })
type Score = 1 | 2 | 3 | 4 | 5

/** A team of one participant per f1 list; every participant answers c1 with `c1` when given. */
const teamAt = (date: string, f1: Score[][], c1?: Score) =>
  buildTeam(
    // A single score is given twice: one answer of three would be te weinig antwoorden for a verdict.
    f1.map((values) => buildAnswers({ answers: { ...scores('f1', ...(values.length === 1 ? [...values, ...values] : values)), ...(c1 === undefined ? {} : scores('c1', c1, c1)) } })),
    { profile: { team: 'Noord', date } },
  )

const lines = (csv: string) => csv.slice(CSV_BOM.length).split('\r\n')

describe('seriesToCsv', () => {
  // Added out of time order on purpose; the undated participant result comes last.
  const moments: SeriesMomentInput[] = [
    {
      name: 'los',
      result: buildParticipant({ savedAt: '', answers: scores('f2', 1, 1), outOfScope: ['f1'], includeClientModule: false }),
      actions: [{ factorId: 'f2', what: 'Eén dossier', who: 'ICT', when: 'Q1', status: 'niet-gedaan' }],
    },
    {
      name: '2024',
      result: teamAt('2024-01-10', [[2], [3], [3], [4]], 3),
      actions: [{ factorId: 'f1', what: '=Plan; "één" gezin', who: 'Beleid', when: 'Q2', status: 'bezig' }],
    },
    // f1 medians 3 → 4.5 (IQR 1: a real rise) → 4.75 (IQR 0.75: within the spread).
    { name: '2026', result: teamAt('2026-01-10', [[4], [4, 5], [5], [5]]) },
    { name: '2025', result: teamAt('2025-01-10', [[4], [4], [5], [5]]), actions: [{ factorId: 'f1', what: 'Nog een plan', who: 'Team', when: 'Q4' }] },
  ]
  const csv = seriesToCsv(q, buildSeries(q, moments), { f1: 4, c1: 3.5 })

  it('writes the BOM, the headers and CRLF line ends, with a line end after the last row', () => {
    expect(csv.startsWith(CSV_BOM)).toBe(true)
    expect(csv.endsWith('\r\n')).toBe(true)
    expect(lines(csv)[0]).toBe('moment;datum;naam;thema;factor;score;status;doel;verschil met vorig moment;oordeel;actie;actiestatus')
    expect(CSV_SERIES_HEADERS).toHaveLength(12)
  })

  it('has one row per moment and factor in time order, with score, target, difference, verdict and the action of that moment', () => {
    expect(lines(csv).slice(1)).toEqual([
      `1;2024-01-10;2024;Thema inhoud;Factor f1;3;aandachtspunt;4;;;"'=Plan; ""één"" gezin";bezig`,
      '1;2024-01-10;2024;Thema organisatie;Factor f2;;onbekend;;;;;',
      '1;2024-01-10;2024;Thema client;Factor c1;3;aandachtspunt;3,5;;;;',
      '2;2025-01-10;2025;Thema inhoud;Factor f1;4,5;succesfactor;4;1,5;echt hoger;Nog een plan;',
      '2;2025-01-10;2025;Thema organisatie;Factor f2;;onbekend;;;niet te toetsen;;',
      '2;2025-01-10;2025;Thema client;Factor c1;;onbekend;3,5;;niet te toetsen;;',
      '3;2026-01-10;2026;Thema inhoud;Factor f1;4,75;succesfactor;4;0,25;binnen de spreiding;;',
      '3;2026-01-10;2026;Thema organisatie;Factor f2;;onbekend;;;niet te toetsen;;',
      '3;2026-01-10;2026;Thema client;Factor c1;;onbekend;3,5;;niet te toetsen;;',
      // Undated: an empty date; f1 out of scope is said, c1 was not in this scan at all and has no row.
      '4;;los;Thema inhoud;Factor f1;;buiten scope;4;;niet te toetsen;;',
      '4;;los;Thema organisatie;Factor f2;1;knelpunt;;;niet te toetsen;Eén dossier;niet gedaan',
      '',
    ])
  })

  it('guards a moment name that looks like a formula and quotes one with a separator', () => {
    const named = seriesToCsv(q, buildSeries(q, [{ name: '=HYPERLINK("x");1', result: teamAt('2024-01-10', [[3]]) }]), {})
    expect(lines(named)[1]).toBe(`1;2024-01-10;"'=HYPERLINK(""x"");1";Thema inhoud;Factor f1;3;aandachtspunt;;;;;`)
  })

  it('writes only the headers for a series without moments or without any factor measured', () => {
    expect(seriesToCsv(q, buildSeries(q, []), {})).toBe(`${CSV_BOM}${CSV_SERIES_HEADERS.join(';')}\r\n`)
    const unanswered = buildSeries(q, [{ name: 'leeg', result: buildParticipant() }])
    expect(seriesToCsv(q, unanswered, {})).toBe(`${CSV_BOM}${CSV_SERIES_HEADERS.join(';')}\r\n`)
  })

  it('has a Dutch label for every verdict and every action status', () => {
    expect(Object.values(CSV_VERDICT_LABELS)).toEqual(['echt hoger', 'echt lager', 'binnen de spreiding', 'niet te toetsen'])
    expect(Object.keys(CSV_ACTION_STATUS_LABELS)).toEqual([...actionStatuses])
    expect(CSV_ACTION_STATUS_LABELS['niet-gedaan']).toBe('niet gedaan')
  })
})
