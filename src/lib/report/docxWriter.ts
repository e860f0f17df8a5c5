/**
 * The Word version of a report, made in the browser with the docx library. This module is only
 * loaded (dynamic import) when someone asks for a .docx, so the library never weighs on a route.
 * Tables are real Word tables with fixed column widths, so they stay editable in Word and LibreOffice.
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
    margins: { top: 40, bottom: 40, left: 80, right: 80 },
    children: [
      new Paragraph({
        ...(options.right ? { alignment: AlignmentType.RIGHT } : {}),
        children: [new TextRun({ text, bold: options.bold ?? false, size: 18 })],
      }),
    ],
  })
}

function table(block: TableBlock): Table {
  const widths = block.widths.map((share) => Math.round((TEXT_WIDTH_TWIPS * share) / 100))
  const header = new TableRow({
    tableHeader: true,
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

const HEADINGS = { 1: HeadingLevel.TITLE, 2: HeadingLevel.HEADING_1, 3: HeadingLevel.HEADING_2 } as const

function blockChildren(block: ReportBlock, radar: DocxRadar | null): (Paragraph | Table)[] {
  switch (block.kind) {
    case 'heading':
      return [new Paragraph({ heading: HEADINGS[block.level], children: [new TextRun(block.text)] })]
    case 'paragraph':
      return [
        new Paragraph({
          children: [new TextRun({ text: block.text, bold: block.tone === 'strong', ...(block.tone === 'muted' ? { color: '4A4A4A', size: 18 } : {}) })],
        }),
      ]
    case 'list':
      return block.items.map((item) => new Paragraph({ bullet: { level: 0 }, children: [new TextRun(item)] }))
    case 'facts':
      return block.items.map((item) => new Paragraph({ children: [new TextRun({ text: `${item.label}: `, bold: true }), new TextRun(item.value)] }))
    case 'table':
      return [table(block), new Paragraph({ children: [] })]
    case 'radar': {
      if (radar === null) return []
      const height = Math.round((RADAR_WIDTH_PX * radar.height) / radar.width)
      return [
        new Paragraph({
          alignment: AlignmentType.CENTER,
          children: [
            new ImageRun({
              type: 'png',
              data: radar.png,
              transformation: { width: RADAR_WIDTH_PX, height },
              altText: { name: 'Radar', title: block.alt, description: block.alt },
            }),
          ],
        }),
        new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: block.alt, size: 16, color: '4A4A4A' })] }),
      ]
    }
  }
}

/** The report as a .docx file. */
export function reportDocx(report: ReportDocument, radar: DocxRadar | null, footer: string): Promise<Blob> {
  const document = new Document({
    title: report.title,
    creator: 'Integraalscan',
    styles: { default: { document: { run: { font: 'Arial', size: 20 } } } },
    sections: [
      {
        properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1134, right: 1134 } } },
        footers: {
          default: new Footer({ children: [new Paragraph({ children: [new TextRun({ text: footer, size: 14, color: '4A4A4A' })] })] }),
        },
        children: report.blocks.flatMap((block) => blockChildren(block, radar)),
      },
    ],
  })
  return Packer.toBlob(document)
}
