import type { Agreement } from '../team/agreement'
/**
 * The words a report document needs. The core knows no locale: the Dutch text comes in as this
 * parameter (src/locales/nl/report.ts satisfies it), so the same builder serves any language.
 */
import type { ReportKind } from './reportShape'

export type CappedListName = 'knelpunten' | 'acties' | 'verschillen' | 'prioriteiten' | 'spanningen' | 'notities' | 'afspraken' | 'factoren'

export interface ReportText {
  productName: string
  score(value: number | null): string
  difference(value: number | null): string
  date(iso: string): string
  percent(ratio: number): string
  documentTitle: Record<ReportKind, string>
  meta: { team: string; municipality: string; date: string; participants: string; completeness: string }
  completeness(answered: number, total: number, percent: string): string
  /** "en nog 9 knelpunten, zie het resultaatbestand": what did not fit, counted. */
  more(count: number, list: CappedListName): string
  /** Under the knelpunten worked out in detail: how many more there are and where they are. */
  moreKnelpunten(count: number): string
  /** A clipped text gets this after its ellipsis. */
  clippedNote: string
  firstPage: {
    title: string
    ladder(rung: string): string
    evidence(count: number, of: number, example: string | null): string
    next(rung: string, missing: string): string
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
  sections: {
    ladder: string
    radar: string
    table: string
    teamTable: string
    compareTable: string
    knelpunten: string
    shared: string
    priorities: string
    tensions: string
    notes: string
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
  }
  status: Record<'knelpunt' | 'aandachtspunt' | 'succesfactor' | 'onbekend' | 'buiten-scope', string>
  agreement: Record<Agreement, string>
  reasons: Record<'belangrijk-en-laag' | 'belangrijk' | 'knelpunt', string>
  knelpuntenNone: string
  prioritiesNone: string
  tensionsNone: string
  /** Introduces the tensions named without their question. */
  tensionsOthers: string
  notesNone: string
  sources(list: string): string
  tensionScores(titleA: string, scoreA: string, titleB: string, scoreB: string): string
  tensionQuestion: string
  distribution: string
  method: { title: string; paragraphs: readonly string[] }
}
