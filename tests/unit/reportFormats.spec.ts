/**
 * One report, one truth (issue #24): the printed version (the same blocks the print view renders,
 * here through the HTML writer) and the Word file hold the same facts, for every report kind in a
 * realistic and a worst case; and the Word file is one a municipality may publish.
 */
import { describe, expect, it } from 'vitest'
import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { questionnaire } from '@/content/questionnaire'
import { factorTitle } from '@/core/util/lookups'
import { renderReportHtml } from '@/core/report/reportHtml'
import { ADVICE_PER_KNELPUNT } from '@/core/report/reportDocument'
import { placementSentence } from '@/core/report/reportLadder'
import { scoredLine } from '@/core/report/reportFirstPage'
import type { ReportInput } from '@/core/report/reportShape'
import { reportDocxDocument } from '@/lib/report/docxWriter'
import type { TeamResult } from '@/core/model'
import { worstParticipant, worstTeam } from '../fixtures/worstCase'
import { compareInput, documentsOf, participant, resultInput, teamInput, text } from './helpers/reports'

const team6 = worstTeam(6)
const someAgreed: TeamResult = { ...team6, agreed: { [questionnaire.factors[2]!.id]: { score: 3 } } }
const cases: Record<string, ReportInput> = {
  'result, realistic': resultInput(participant),
  'result, worst case': resultInput(worstParticipant()),
  'workshop, realistic': teamInput(someAgreed),
  'workshop, worst case': teamInput(worstTeam()),
  'comparison, realistic': compareInput(participant, someAgreed),
  'comparison, worst case': compareInput(worstParticipant(), worstTeam()),
}

const entities = (xml: string) => xml.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;|&#39;/g, "'").replace(/&amp;/g, '&')
/** Text as a reader meets it: one space between cells and paragraphs, "label: value" read as "label value". */
const normal = (value: string) => value.replace(/\s+/g, ' ').replace(/: /g, ' ').trim()
const htmlText = (html: string) => normal(entities(html.replace(/<script[\s\S]*?<\/script>/g, '').replace(/<[^>]+>/g, ' ')))

async function docxParts(input: ReportInput) {
  const { full } = documentsOf(input)
  const png = { png: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), width: 680, height: 420 }
  const files = unzipSync(new Uint8Array(await Packer.toBuffer(reportDocxDocument(full, png, 'Bron: Inspectie SZW (2016)'))))
  const part = (name: string) => strFromU8(files[name]!)
  return { document: part('word/document.xml'), styles: part('word/styles.xml'), core: part('docProps/core.xml') }
}

describe.each(Object.entries(cases))('the %s report', (_name, input) => {
  const { data, short } = documentsOf(input)
  const printed = htmlText(renderReportHtml(short, { radar: null, data: '{}', footer: '' }))

  it('holds the same facts in print and in Word', async () => {
    const { document } = await docxParts(input)
    const word = normal(entities(document.replace(/<\/w:p>|<\/w:tc>/g, ' ').replace(/<[^>]+>/g, '')))
    const facts: string[] = []
    const { table } = data
    // Every factor with its score (and in a team or comparison its kind).
    if (table.kind === 'factoren') for (const f of table.factors) facts.push(`${factorTitle(questionnaire, f.factorId)} ${text.score(f.score)} ${text.status[f.status]}`)
    if (table.kind === 'team') for (const f of table.factors) facts.push(`${factorTitle(questionnaire, f.factorId)} ${text.score(f.median)}`)
    if (table.kind === 'vergelijking') {
      for (const row of table.factors) facts.push(`${factorTitle(questionnaire, row.factorId)} ${text.scoreOf(row.a, table.kindsA[row.factorId] ?? 'eigen')} ${text.scoreOf(row.b, table.kindsB[row.factorId] ?? 'eigen')}`)
    }
    for (const side of data.overview.sides) {
      facts.push(placementSentence(questionnaire, side.ladder, text))
      facts.push(`${text.meta.participants} ${side.participants}`, `${side.completeness.answered} van ${side.completeness.total} vragen`)
      for (const line of [...side.strongest.items, ...side.knelpunten.items]) facts.push(scoredLine(questionnaire, text)(line))
    }
    // The rung counts of a team, "nog niet bekend" included.
    if (data.placements) for (const rung of questionnaire.rungs) facts.push(`${rung.title} ${data.placements[rung.id]}`)
    if (data.placements) facts.push(`${text.ladder.unknownRung} ${data.placements.onbekend}`)
    // The actions (as far as the printed version shows them) and the advice worked out there.
    for (const action of data.overview.actions.items) facts.push(action.what.text.replace(/…$/, ''))
    for (const line of data.knelpunten.items) {
      for (const advice of (questionnaire.factors.find((f) => f.id === line.factorId)?.advice ?? []).slice(0, ADVICE_PER_KNELPUNT)) facts.push(advice)
    }
    facts.push(short.brief)
    expect(facts.length).toBeGreaterThan(20)
    for (const fact of facts.map(normal)) {
      expect(printed, 'print').toContain(fact)
      expect(word, 'Word').toContain(fact)
    }
  })

  it('is a Word document to publish: heading styles in order, header rows, alternative text, nl-NL and the title', async () => {
    const { document, styles, core } = await docxParts(input)
    const headings = [...document.matchAll(/<w:pStyle w:val="Heading(\d)"\/>/g)].map((match) => Number(match[1]))
    expect(headings.filter((level) => level === 1)).toHaveLength(1)
    expect(headings[0]).toBe(1)
    expect(headings.every((level, index) => index === 0 || level <= headings[index - 1]! + 1)).toBe(true)
    const tables = document.match(/<w:tbl>/g)?.length ?? 0
    expect(tables).toBeGreaterThan(0)
    expect(document.match(/<w:tblHeader\/>/g)?.length).toBe(tables)
    const drawings = document.match(/<wp:docPr [^>]*>/g) ?? []
    expect(drawings).toHaveLength(1)
    const radar = documentsOf(input).full.sections.flatMap((section) => section.blocks).find((block) => block.kind === 'figure' && block.figure === 'radar')
    expect(radar?.kind === 'figure' && radar.alt).toBe('Radar')
    for (const drawing of drawings) expect(drawing).toContain('descr="Radar"')
    expect(styles).toContain('<w:lang w:val="nl-NL"/>')
    expect(core).toContain(`<dc:title>${text.documentTitle[data.overview.kind]}</dc:title>`)
  })
})
