/**
 * Export of a result for Excel as Dutch users open it: UTF-8 with a byte order mark (else Excel
 * reads ANSI and breaks "ë"), semicolons (the Dutch list separator, because the comma is the
 * decimal sign), CRLF line ends and decimal commas.
 */
import type { LadderAnswer, ParticipantResult, Questionnaire, ResultFile } from '../model'
import { aggregateTeam } from '../team/aggregate'
import type { TeamSummary } from '../team/aggregate'
import type { FactorStatus } from '../scan/scoring'
import { ownValue, required } from '../util/records'
import { questionnaireIndex } from '../util/lookups'
import { round } from '../util/stats'
import { summarize } from '../scan/summary'
import type { ResultSummary } from '../scan/summary'

export const CSV_BOM = '\uFEFF'
export const CSV_SEPARATOR = ';'
export const CSV_LINE_END = '\r\n'
/** Scores keep two decimals in the export: the spreadsheet may compute further with them. */
export const CSV_DECIMALS = 2

export const CSV_FACTOR_HEADERS = ['thema', 'factor', 'score', 'status', 'beantwoord', 'weet niet', 'belangrijk', 'notitie'] as const
export const CSV_LADDER_HEADERS = ['ladderindicator', 'trede', 'antwoord'] as const
/** Extra columns for a team: how many participants gave each answer. */
export const CSV_TEAM_LADDER_HEADERS = ['ja', 'deels', 'nee', 'weet niet', 'geen antwoord'] as const

export const CSV_LABELS = {
  yes: 'ja',
  no: 'nee',
  placement: 'plaatsing op de ladder',
  placementUnknown: 'nog niet bekend',
  ownGuess: 'eigen inschatting',
  guessDifference: 'verschil eigen inschatting',
  access: 'toegang',
} as const

export const CSV_STATUS_LABELS: Readonly<Record<FactorStatus, string>> = {
  knelpunt: 'knelpunt',
  aandachtspunt: 'aandachtspunt',
  succesfactor: 'succesfactor',
  'te-weinig': 'te weinig antwoorden',
  onbekend: 'onbekend',
  'buiten-scope': 'buiten scope',
}

export const CSV_ANSWER_LABELS: Readonly<Record<LadderAnswer, string>> = {
  ja: 'ja',
  deels: 'deels',
  nee: 'nee',
  'weet-niet': 'weet ik niet',
}

/**
 * First characters that make a spreadsheet treat a cell as a formula (=, +, -, @) or that some
 * spreadsheets strip before doing so (tab, carriage return). A typed note like "=HYPERLINK(…)"
 * must stay text: an apostrophe in front makes Excel show it literally (OWASP, CSV injection).
 */
const FORMULA_START = /^[=+\-@\t\r]/

/** One text field: guarded against formulas, quoted when it holds a separator, quote or line break. */
export function csvField(value: string): string {
  const guarded = FORMULA_START.test(value) ? `'${value}` : value
  return /[;"\r\n]/.test(guarded) ? `"${guarded.replace(/"/g, '""')}"` : guarded
}

/** A number with a decimal comma, e.g. 3.5 → "3,5". Numbers we compute are never formulas. */
export function csvNumber(value: number | null): string {
  return value === null ? '' : String(round(value, CSV_DECIMALS)).replace('.', ',')
}

type Cell = string | number | null

function csvRow(cells: readonly Cell[]): string {
  return cells.map((c) => (typeof c === 'string' ? csvField(c) : csvNumber(c))).join(CSV_SEPARATOR)
}

function participantLadderRows(q: Questionnaire, r: ParticipantResult): Cell[][] {
  return [
    [...CSV_LADDER_HEADERS],
    ...q.ladderIndicators.map((i) => {
      const answer = ownValue(r.ladder, i.id)
      return [i.text, i.rung, answer === undefined ? '' : CSV_ANSWER_LABELS[answer]]
    }),
  ]
}

function teamLadderRows(q: Questionnaire, team: TeamSummary): Cell[][] {
  return [
    [...CSV_LADDER_HEADERS, ...CSV_TEAM_LADDER_HEADERS],
    ...q.ladderIndicators.map((i) => {
      // aggregateTeam lists every indicator of the questionnaire.
      const agg = required(ownValue(team.ladderIndicators, i.id), `indicator ${i.id}`)
      const c = agg.counts
      return [i.text, i.rung, CSV_ANSWER_LABELS[agg.answer], c.ja, c.deels, c.nee, c['weet-niet'], c.leeg]
    }),
  ]
}

function labelOr(value: string | null, label: (v: string) => string): string {
  if (value === null) return ''
  return value === 'weet-niet' ? CSV_ANSWER_LABELS['weet-niet'] : label(value)
}

function buildCsv(q: Questionnaire, summary: ResultSummary, noteFor: (factorId: string) => string | undefined, ladder: Cell[][]): string {
  const { themeTitle, factorTitle, rungTitle, accessLabel } = questionnaireIndex(q)
  const factorRows: Cell[][] = summary.factors.map((f) => [
    themeTitle(f.themeId),
    factorTitle(f.factorId),
    f.score,
    CSV_STATUS_LABELS[f.status],
    f.answered,
    f.unknown,
    f.important ? CSV_LABELS.yes : CSV_LABELS.no,
    noteFor(f.factorId) ?? '',
  ])
  const placement = summary.ladder
  const placementRows: Cell[][] = [
    [CSV_LABELS.placement, placement.known ? rungTitle(placement.rungId) : CSV_LABELS.placementUnknown],
    [CSV_LABELS.ownGuess, labelOr(placement.ownGuess, rungTitle)],
    [CSV_LABELS.guessDifference, placement.guessDifference],
    [CSV_LABELS.access, labelOr(placement.access, accessLabel)],
  ]
  const rows: Cell[][] = [[...CSV_FACTOR_HEADERS], ...factorRows, [], ...ladder, [], ...placementRows]
  return CSV_BOM + rows.map(csvRow).join(CSV_LINE_END) + CSV_LINE_END
}

/** One row per factor, then the ladder indicators, then the placement. */
export function toCsv(q: Questionnaire, r: ResultFile): string {
  if (r.kind === 'deelnemer') {
    return buildCsv(q, summarize(q, r), (id) => ownValue(r.notes, id), participantLadderRows(q, r))
  }
  const team = aggregateTeam(q, r.participants, r.agreed)
  return buildCsv(q, team.summary, (id) => ownValue(r.agreed, id)?.note, teamLadderRows(q, team))
}
