/**
 * The printable reports. The values are Dutch because they are part of the URL
 * (`#/afdrukken/vergelijking`); the router's pattern, the print button and the print view all
 * derive from this one list.
 */
export const reportKinds = ['resultaat', 'workshop', 'vergelijking', 'reeks'] as const
export type ReportKind = (typeof reportKinds)[number]

export function isReportKind(value: unknown): value is ReportKind {
  return typeof value === 'string' && (reportKinds as readonly string[]).includes(value)
}

/** The route pattern that accepts exactly these kinds, e.g. `resultaat|workshop|vergelijking`. */
export const reportKindPattern = reportKinds.join('|')
