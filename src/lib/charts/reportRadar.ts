import type { Messages } from '@/locales'
import type { Questionnaire } from '@/core/model'
import type { ReportInput } from '@/core/report/reportShape'
import { factorRadar, type RadarData } from '@/core/scan/radar'
import { comparisonRadar, teamRadar, type TeamRadarLabels } from '@/core/team/teamRadar'

/** A team's radar in words: the same on the workshop page, on paper and in the Word and HTML files. */
export function teamRadarLabels(t: Messages): TeamRadarLabels {
  return { caption: t.workshop.picture.radarCaption, median: t.workshop.picture.median, band: t.workshop.picture.band }
}

/** Two sides on one radar, each under its letter: "A: Noord". */
export function comparisonRadarLabels(t: Messages, a: string, b: string): { caption: string; a: string; b: string } {
  return { caption: t.compare.radarCaption(a, b), a: `A: ${a}`, b: `B: ${b}` }
}

/** The radar a report draws, for each kind of report. */
export function reportRadar(q: Questionnaire, t: Messages, input: ReportInput): RadarData {
  switch (input.kind) {
    case 'resultaat':
      return factorRadar(q, input.summary.factors, t.results.charts.allFactors, t.results.charts.seriesOwn)
    case 'workshop':
      return teamRadar(q, input.team, teamRadarLabels(t))
    case 'vergelijking':
      return comparisonRadar(q, input.a.summary.factors, input.b.summary.factors, comparisonRadarLabels(t, input.a.name, input.b.name))
  }
}
