/**
 * The Word version of a report, made in the browser with the docx library. This module is only
 * loaded (dynamic import) when someone asks for a .docx, so the library never weighs on a route.
 * A document a municipality may publish: Word's own heading styles, table header rows marked
 * (repeated on every page), alternative text on the image, the language nl-NL and the title set.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  Footer,
  HeadingLevel,
  ImageRun,
  Packer,
  Paragraph,
  ShadingType,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
} from 'docx'
import type { ReportBlock, ReportDocument, TableBlock } from '@/core/report/reportBlocks'

/** A4 with 2 cm margins: 170 mm of text width, in twips (1 mm = 56.7 twips). */
const TEXT_WIDTH_TWIPS = 9638
/** Printed width of the radar in the Word file, in pixels at 96 dpi (about 16 cm). */
const RADAR_WIDTH_PX = 600
/** Table text in half-points (9 pt), and what a bold character of it takes at most, in twips. */
const TABLE_SIZE = 18
const BOLD_CHAR_TWIPS = 125
const CELL_MARGIN = 80

export interface DocxRadar {
  png: Uint8Array
  width: number
  height: number
}

const border = { style: BorderStyle.SINGLE, size: 4, color: 'C4CAD3' }
const borders = { top: border, bottom: border, left: border, right: border }

function cell(text: string, options: { width: number; bold?: boolean; shade?: boolean; right?: boolean }): TableCell {
  return new TableCell({
    width: { size: options.width, type: WidthType.DXA },
    borders,
    ...(options.shade ? { shading: { type: ShadingType.CLEAR, color: 'auto', fill: 'E8EEF5' } } : {}),
    margins: { top: 40, bottom: 40, left: CELL_MARGIN, right: CELL_MARGIN },
    children: [
      new Paragraph({
        ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
        children: [new TextRun({ text, bold: options.bold ?? false, size: TABLE_SIZE })],
      }),
    ],
  })
}

/**
 * Column widths in twips: the block's shares, widened where a word of the header would not fit
 * (Word breaks such a word mid-way: "Afgesprok / en score"), the room taken from the widest column.
 */
export function columnWidths(block: TableBlock): number[] {
  const widths = block.widths.map((share) => Math.round((TEXT_WIDTH_TWIPS * share) / 100))
  const needed = block.head.map((head) => Math.max(...head.split(/\s+/).map((word) => word.length)) * BOLD_CHAR_TWIPS + 2 * CELL_MARGIN)
  const grown = widths.map((width, index) => Math.max(width, needed[index] ?? 0))
  const extra = grown.reduce((sum, width) => sum + width, 0) - TEXT_WIDTH_TWIPS
  const widest = grown.indexOf(Math.max(...grown))
  if (extra > 0) grown[widest] = (grown[widest] ?? 0) - extra
  return grown
}

function table(block: TableBlock): Table {
  const widths = columnWidths(block)
  const header = new TableRow({
    tableHeader: true,
    cantSplit: true,
    children: block.head.map((text, index) => cell(text, { width: widths[index] ?? 0, bold: true, shade: true, right: block.numeric[index] ?? false })),
  })
  const rows = block.rows.map(
    (row) =>
      new TableRow({
        cantSplit: true,
        children: row.cells.map((text, index) =>
          cell(text, { width: widths[index] ?? 0, bold: row.group ?? false, shade: row.group ?? false, right: block.numeric[index] ?? false }),
        ),
      }),
  )
  return new Table({ width: { size: TEXT_WIDTH_TWIPS, type: WidthType.DXA }, columnWidths: widths, rows: [header, ...rows] })
}

const paragraph = (text: string, options: { bold?: boolean; muted?: boolean } = {}) =>
  new Paragraph({ children: [new TextRun({ text, bold: options.bold ?? false, ...(options.muted ? { color: '4A4A4A', size: 18 } : {}) })] })

function blockChildren(block: ReportBlock, radar: DocxRadar | null): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HeadingLevel.HEADING_3, keepNext: true, children: [new TextRun(block.text)] })]
    case 'paragraph':
      return [paragraph(block.text, { bold: block.tone === 'strong', muted: block.tone === 'muted' })]
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }))
    case 'facts':
      return block.items.map((item) => new Paragraph({ children: [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(item.value)] }))
    case 'table':
      return [table(block), new Paragraph({ children: [] })]
    case 'figure':
      if (block.figure === 'distribution') return [table(block.table), new Paragraph({ children: [] })]
      // The ladder is text in Word: its rungs in a row, the placement in bold (no image to describe).
      if (block.figure === 'ladder') {
        return [
          new Paragraph({
            children: block.rungs.flatMap((rung, index) => [
              ...(index > 0 ? [new TextRun(' · ')] : []),
              new TextRun({ text: rung.status === null ? rung.title : `${rung.title} (${rung.statusText})`, bold: rung.current }),
            ]),
          }),
        ]
      }
      if (radar === null) return []
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: radar.png,
              transformation: { width: RADAR_WIDTH_PX, height: Math.round((RADAR_WIDTH_PX * radar.height) / radar.width) },
              altText: { name: 'Radar', title: block.alt, description: block.alt },
            }),
          ],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.alt, size: 16, color: '4A4A4A' })] }),
      ]
  }
}

/** The report as a Word document (not yet packed: tests pack it in Node). */
export function reportDocxDocument(report: ReportDocument, radar: DocxRadar | null, footer: string): Document {
  const lang = report.lang === 'nl' ? 'nl-NL' : report.lang
  return new Document({
    title: report.title,
    creator: report.productName,
    description: report.title,
    styles: { default: { document: { run: { font: 'Arial', size: 20, language: { value: lang } } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: footer, size: 14, color: '4A4A4A' })] })] }),
        },
        children: [
          paragraph(report.productName, { muted: true }),
          new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun(report.title)] }),
          ...report.meta.map((item) => new Paragraph({ children: [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(item.value)] })),
          ...report.sections.flatMap((section) => [
            // A heading stays on the page of what it introduces (keepNext), as in the printed version.
            new Paragraph({ heading: HeadingLevel.HEADING_2, keepNext: true, children: [new TextRun(section.heading)] }),
            ...section.blocks.flatMap((block) => blockChildren(block, radar)),
          ]),
        ],
      },
    ],
  })
}

/** The report as a .docx file. */
export function reportDocx(report: ReportDocument, radar: DocxRadar | null, footer: string): Promise<Blob> {
  return Packer.toBlob(reportDocxDocument(report, radar, footer))
}
