/**
 * The words a report document needs. The core knows no locale: the Dutch text comes in as this
 * parameter (src/locales/nl/report.ts satisfies it), so the same builder serves any language.
 */
import type { Agreement } from '../team/agreement'
import type { IndicatorState, RungStatus } from '../scan/ladder'
import type { FactorStatus } from '../scan/scoring'
import type { DesignParts } from '../scan/wijkteamDesign'
import type { ReportKind, ScoreKind } from './reportShape'

export type CappedListName = 'knelpunten' | 'acties' | 'verschillen' | 'prioriteiten' | 'spanningen' | 'notities' | 'tegenstrijdigheden' | 'afspraken' | 'factoren'

export interface ReportText {
  productName: string
  score(value: number | null): string
  difference(value: number | null): string
  date(iso: string): string
  percent(ratio: number): string
  documentTitle: Record<ReportKind, string>
  meta: { team: string; municipality: string; date: string; participants: string; completeness: string; design: string }
  /** The wijkteam's design on one line: "generalisten; in eigen beheer; …". */
  designLine(parts: DesignParts): string
  completeness(answered: number, total: number, percent: string): string
  /** A score with what it is: "2,0 (afgesproken)", "3,2 (mediaan)"; a participant's own score bare. */
  scoreOf(value: number | null, kind: ScoreKind): string
  /** Under a team's first page: what its scores are. */
  scoreKey: string
  /** "En nog 9 knelpunten: …": what did not fit the short version, counted, and where it is. */
  more(count: number, list: CappedListName): string
  /** Under the knelpunten worked out in detail: how many more there are and where they are. */
  moreKnelpunten(count: number): string
  /** A clipped text gets this after its ellipsis. */
  clippedNote: string
  /** The short (printed) version says where the whole report is. */
  fullVersion: string
  firstPage: {
    title: string
    ladder(rung: string): string
    ladderAtLeast(rung: string, higher: string): string
    ladderUnknown(missing: string): string
    /** An irregular profile whose trede cannot be established: the rung in place, the absent rung below, what is absent. */
    ladderIrregular(inPlace: string, lower: string, absent: string): string
    irregular(rung: string, lower: string, absent: string): string
    evidence(count: number, of: number, example: string | null): string
    /** What the next rung would ask: its features answered nee or deels. */
    next(rung: string, asks: string): string
    /** Features answered "weet ik niet" or left open: to find out, not missing. */
    toFindOut(items: string): string
    strongest: string
    strongestNone: string
    knelpunten: string
    knelpuntenNone: string
    disagreed: string
    disagreedNone: string
    disagreedLine(title: string, median: string, min: string, max: string): string
    agreed: string
    agreedNone: string
    agreedLine(title: string, score: string, median: string): string
    differences: string
    differencesNone: string
    differenceLine(title: string, a: string, b: string, difference: string): string
    actions: string
    actionsNone: string
    actionWho: string
    actionWhen: string
  }
  ladder: {
    alt(rungs: string, placed: string): string
    rungStatus: Record<RungStatus, string>
    placedNone: string
    evidence(count: number): string
    gaps: string
    toSettle: string
    next(rung: string): string
    top: string
    state: Record<IndicatorState, string>
    distribution: string
    unknownRung: string
    guess: {
      title: string
      none: string
      unknown(guess: string): string
      same(rung: string): string
      higher(guess: string, steps: number): string
      lower(guess: string, steps: number): string
    }
    teamGuess: {
      none: string
      unknown(guess: string): string
      same(rung: string): string
      higher(guess: string, steps: number): string
      lower(guess: string, steps: number): string
    }
  }
  frame: { title: string; text: string }
  organisation: {
    title: string
    forms: string
    formsOther: string
    formState: Record<IndicatorState, string>
    /** "Staat in de bijlage naast: …": the appendix row beside a form, never an equation with it. */
    beside(cells: string): string
    place: string
    direction: string
    domains: string
    notAnswered: string
    unknown: string
    olderFile: string
  }
  contradictions: { title: string; none: string; line(indicator: string, state: string, factor: string, status: string, score: string): string }
  sections: {
    ladder: string
    radar: string
    distributions: string
    table: string
    teamTable: string
    compareTable: string
    knelpunten: string
    shared: string
    learn: string
    priorities: string
    tensions: string
    notes: string
    brief: string
  }
  tables: {
    factor: string
    theme: string
    score: string
    status: string
    unknown: string
    median: string
    range: string
    agreement: string
    agreed: string
    difference: string
    reason: string
    action: string
    who: string
    when: string
    noAction: string
    none: string
    /** Column heads of the distribution table: the scores 1–5. */
    participantsAt(score: number): string
  }
  status: Record<FactorStatus, string>
  agreement: Record<Agreement, string>
  reasons: Record<'belangrijk-en-laag' | 'belangrijk' | 'knelpunt', string>
  knelpuntenNone: string
  /** The aandachtspunten and factors marked important, named in one line after the knelpunten. */
  adviceOthers: string
  adviceReason: Record<'aandachtspunt' | 'belangrijk', string>
  learnLine(learner: string, from: string, titles: string): string
  learnNone: string
  /** A lesson drawn from an agreed score set against a median (or the other way round). */
  learnMixed(titles: string): string
  prioritiesNone: string
  tensionsNone: string
  /** Introduces the tensions named without their question. */
  tensionsOthers: string
  /** Closes a list of names cut short: how many more there are, and where they are. */
  andMore(count: number): string
  notesNone: string
  sources(list: string): string
  tensionScores(titleA: string, scoreA: string, titleB: string, scoreB: string): string
  tensionQuestion: string
  distributionAlt(title: string, counts: string, median: string): string
  brief: BriefText
  /** `opening` says what a self-scan is; the printed version leaves it out, as the brief above it ends with it. */
  method: { title: string; opening: string; paragraphs: readonly string[] }
}

/** The words of the paragraph for the raadsinformatiebrief (reportBrief.ts). */
export interface BriefText {
  intro: string
  who(kind: ReportKind, participants: number, team: string | null, municipality: string | null, date: string | null): string
  compareWho(a: string, b: string): string
  /** `rung` is the rung's title, or "ten minste" and the title. */
  rung(rung: string, evidence: number, of: number): string
  atLeast: string
  irregular: string
  rungIrregular: string
  rungUnknown: string
  strongest(titles: string): string
  strongestNone: string
  knelpunten(titles: string): string
  knelpuntenNone: string
  disagreed(titles: string): string
  disagreedNone: string
  agreedScores(count: number): string
  actions(count: number, titles: string): string
  actionsNone: string
  differences(titles: string): string
  caveat: string
  list(items: readonly string[]): string
}
