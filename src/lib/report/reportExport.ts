/**
 * The Word and HTML versions of a report, made in the browser from the same document blocks as the
 * print layout. The Word writer (and its library) is loaded only when a .docx is asked for.
 */
import type { RadarData } from '@/core/scan/radar'
import type { ReportDocument } from '@/core/report/reportBlocks'
import { renderReportHtml } from '@/core/report/reportHtml'
import { printRadarImage } from '../charts/printRadarImage'

/** The radar's size in CSS pixels on the page; the image has three times as many pixels. */
export const REPORT_RADAR = { width: 680, height: 420 } as const

function pngBytes(dataUrl: string): Uint8Array {
  const binary = atob(dataUrl.slice(dataUrl.indexOf(',') + 1))
  const bytes = new Uint8Array(binary.length)
  for (let index = 0; index < binary.length; index += 1) bytes[index] = binary.charCodeAt(index)
  return bytes
}

export function reportHtmlFile(document: ReportDocument, radar: RadarData | null, data: string, footer: string): string {
  const src = radar === null ? null : printRadarImage(radar, REPORT_RADAR.width, REPORT_RADAR.height)
  return renderReportHtml(document, {
    radar: src === null ? null : { src, ...REPORT_RADAR },
    data,
    footer,
  })
}

export async function reportDocxFile(document: ReportDocument, radar: RadarData | null, footer: string): Promise<Blob> {
  const { reportDocx } = await import('./docxWriter')
  const png = radar === null ? null : { png: pngBytes(printRadarImage(radar, REPORT_RADAR.width, REPORT_RADAR.height)), ...REPORT_RADAR }
  return reportDocx(document, png, footer)
}
