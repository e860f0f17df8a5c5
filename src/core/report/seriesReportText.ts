/** The words of the series report, as the core asks for them (src/locales/nl/seriesReport.ts gives them). */
import type { ActionStatus } from '../files/seriesFile'
import type { RealChangeVerdict } from '../series/realChange'
import type { TargetReason } from '../series/targets'

/** The words of the series report (src/locales/nl/seriesReport.ts satisfies it). */
export interface SeriesReportText {
  productName: string
  score(value: number | null): string
  difference(value: number | null): string
  date(iso: string): string
  documentTitle: string
  meta: { team: string; municipality: string; moments: string; period: string; date: string; andMore(count: number): string }
  /** After a text cut short, and under a table that holds one: where the whole texts are. */
  clippedNote: string
  clippedWhere: string
  /** A moment without a date. */
  noDate: string
  moments: {
    title: string
    caption: string
    number: string
    name: string
    rung: string
    kind: string
    team(count: number): string
    participant: string
    versions(versions: string): string
    notEverywhere(titles: string): string
    /** Under the table when moments `from` to `to` (1-based) are left out: where the whole series is. */
    omitted(from: number, to: number): string
  }
  trends: {
    title: string
    caption: string
    factor: string
    lastChange: string
    ruleTitle: string
    rule: string
    single: string
    verdict: Record<RealChangeVerdict, string>
    omitted(from: number, to: number): string
  }
  targets: { title: string; score: string; target: string }
  roadmap: { title: string; none: string; caption: string; reason: Record<TargetReason, string>; action: string; noAction: string; more(count: number): string }
  followUp: {
    title: string
    none: string
    caption: string
    moment: string
    action: string
    status: string
    note: string
    statusNone: string
    statuses: Record<ActionStatus, string>
    more(count: number): string
  }
  method: { title: string; paragraphs: readonly string[] }
}
