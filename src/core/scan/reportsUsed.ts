/**
 * Which of the three source reports a scan drew on, for the PDF footer: the Inspectie SZW (2016)
 * always (the factors and the ladder), the Werkplaatsen Sociaal Domein (2018) and Movisie (2018)
 * whenever a factor in the scan is explained, advised or referenced from them.
 */
import type { Questionnaire } from '../model'

export const sourceReports = ['inspectie', 'werkplaatsen', 'movisie'] as const
export type SourceReport = (typeof sourceReports)[number]

const citedAs: Record<Exclude<SourceReport, 'inspectie'>, RegExp> = {
  werkplaatsen: /Werkplaatsen Sociaal Domein,? 2018/,
  // "Movisie, 2015" is another publication the Inspectie cites; only the 2018 report is a source of the scan.
  movisie: /Movisie,? 2018/,
}

/** Reports used by the factors with these ids (the factors in the scan), in a fixed order. */
export function reportsUsed(q: Questionnaire, factorIds: readonly string[]): SourceReport[] {
  const inScan = new Set(factorIds)
  const texts = q.factors
    .filter((factor) => inScan.has(factor.id))
    .flatMap((factor) => [factor.reportRef, factor.explanation, ...factor.advice, ...factor.sources])
  return sourceReports.filter((report) => report === 'inspectie' || texts.some((text) => citedAs[report].test(text)))
}
