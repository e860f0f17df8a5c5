/**
 * How long each list and text in a report may be: chosen so that the worst case still prints on
 * four A4 pages. Lists that would not fit are cut and say how many were left out.
 */
/**
 * How much of each list a report shows. Chosen so that the worst case (every factor a knelpunt,
 * every factor important with an action, long notes, the client module, 60 participants) still
 * prints on four A4 pages; the browser test prints exactly that case.
 */
export const REPORT_LIMITS = {
  /** Strongest factors and biggest knelpunten on the first page. */
  headline: 3,
  /** Actions on the first page (the full plan follows in the priorities table). */
  firstPageActions: 3,
  /** Factors the room disagreed on, on the first page. */
  disagreed: 3,
  /** Agreed scores on the first page. */
  agreed: 3,
  /** Knelpunten with their advice and sources (the lowest scores, so the most urgent). */
  knelpuntenInDetail: 3,
  /** Rows of the priorities and action plan table. */
  priorities: 3,
  tensions: 1,
  /** Aandachtspunten and important factors named after the knelpunten, by their title only. */
  adviceOthers: 3,
  /** Tensions the scores do not flag, named by their title only. */
  otherTensions: 3,
  /** Answers on the ladder that the scores contradict. */
  contradictions: 3,
  notes: 2,
  /** Characters of a note, an action's "what", and a "who" or "when". */
  noteChars: 160,
  actionChars: 60,
  shortChars: 28,
} as const

export type ReportLimits = { readonly [K in keyof typeof REPORT_LIMITS]: number }

/**
 * The team report carries more than a result: the room's disagreement and agreed scores on its
 * first page and the distributions after the radar. It works out two knelpunten in detail (the
 * first page names three, the table and the Word and HTML versions hold them all), so that its worst
 * case keeps to four pages with some eight lines to spare, not two (printWorstCase.spec.ts proves the room).
 */
export const TEAM_REPORT_LIMITS: ReportLimits = { ...REPORT_LIMITS, knelpuntenInDetail: 2 }

/** The limits of a report's printed version. */
export function printedLimits(kind: 'resultaat' | 'workshop' | 'vergelijking'): ReportLimits {
  return kind === 'workshop' ? TEAM_REPORT_LIMITS : REPORT_LIMITS
}

/**
 * The Word and HTML versions: every list and text whole (they have no page limit), with the same
 * first-page headlines as the printed version so the two open with the same facts.
 */
export const FULL_REPORT_LIMITS: ReportLimits = {
  ...REPORT_LIMITS,
  firstPageActions: Number.POSITIVE_INFINITY,
  disagreed: Number.POSITIVE_INFINITY,
  agreed: Number.POSITIVE_INFINITY,
  knelpuntenInDetail: Number.POSITIVE_INFINITY,
  priorities: Number.POSITIVE_INFINITY,
  tensions: Number.POSITIVE_INFINITY,
  adviceOthers: Number.POSITIVE_INFINITY,
  otherTensions: Number.POSITIVE_INFINITY,
  contradictions: Number.POSITIVE_INFINITY,
  notes: Number.POSITIVE_INFINITY,
  noteChars: Number.POSITIVE_INFINITY,
  actionChars: Number.POSITIVE_INFINITY,
  shortChars: Number.POSITIVE_INFINITY,
}

/**
 * The printed series report. A series holds up to
 * MAX_SERIES_MOMENTS (40) moments: the moments table and the trend table show the first moment and
 * the last seven (eight score columns of about 40 px: the baseline, and the recent steps that the
 * verdict on the last change is about); the roadmap and the follow-up show their first five rows.
 * Each says what it leaves out and where the rest is (the series page, its file and its CSV).
 * printWorstCase.spec.ts prints 40 moments with every list full on four pages with room to spare.
 */
export const SERIES_REPORT_LIMITS = {
  /** Moments shown from the start of the series (the baseline). */
  firstMoments: 1,
  /** Moments shown from the end of the series (the last one is the latest). */
  lastMoments: 7,
  /** Rows of the roadmap (by priority) and of the follow-up (the newest moment first). */
  roadmap: 5,
  followUp: 5,
  /** Characters of a team's name, an action's "what" or a follow-up note, and of a "who" or "when". */
  nameChars: REPORT_LIMITS.actionChars,
  actionChars: REPORT_LIMITS.actionChars,
  shortChars: REPORT_LIMITS.shortChars,
  /** Team names in the facts under the title (a series should hold one team; it may hold more). */
  teams: 3,
} as const

export type SeriesReportLimits = { readonly [K in keyof typeof SERIES_REPORT_LIMITS]: number }

/**
 * The series report's Word and HTML versions: the roadmap, the follow-up, the team names and every
 * text whole. The moments stay the printed first and last seven: each is a column of the trend
 * table, which has a page's width in Word as on paper; both versions say where the others are.
 */
export const FULL_SERIES_REPORT_LIMITS: SeriesReportLimits = {
  ...SERIES_REPORT_LIMITS,
  roadmap: Number.POSITIVE_INFINITY,
  followUp: Number.POSITIVE_INFINITY,
  nameChars: Number.POSITIVE_INFINITY,
  actionChars: Number.POSITIVE_INFINITY,
  shortChars: Number.POSITIVE_INFINITY,
  teams: Number.POSITIVE_INFINITY,
}

/**
 * The positions (0-based) of the moments a printed series shows, oldest first: the first
 * `firstMoments` and the last `lastMoments`, or all when there are no more than that.
 */
export function shownMoments(count: number, limits: Pick<SeriesReportLimits, 'firstMoments' | 'lastMoments'>): number[] {
  const all = Array.from({ length: count }, (_, index) => index)
  if (count <= limits.firstMoments + limits.lastMoments) return all
  return all.filter((index) => index < limits.firstMoments || index >= count - limits.lastMoments)
}

/** The first items of a list, and how many more there are. */
export interface Capped<T> {
  items: T[]
  more: number
}

export function cap<T>(items: readonly T[], limit: number): Capped<T> {
  return { items: items.slice(0, limit), more: Math.max(0, items.length - limit) }
}

/** Text cut to `max` characters at a word boundary where one is near, marked with an ellipsis. */
export interface ClippedText {
  text: string
  clipped: boolean
}

export function clip(text: string, max: number): ClippedText {
  const flat = text.replace(/\s+/g, ' ').trim()
  if (flat.length <= max) return { text: flat, clipped: false }
  const cut = flat.slice(0, max - 1)
  const space = cut.lastIndexOf(' ')
  return { text: `${(space > max * 0.6 ? cut.slice(0, space) : cut).trimEnd()}…`, clipped: true }
}
