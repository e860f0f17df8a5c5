/** The sections after the first page, as blocks: tables, advice, plan, tensions, notes, context. */
import type { Questionnaire } from '../model'
import { factorTitle, indicatorText, questionnaireIndex, themeTitle } from '../util/lookups'
import { besideForm } from '../scan/organisation'
import type { ReportData } from './reportShape'
import type { ReportText } from './reportText'
import { clipped, type ReportBlock, type TableBlock } from './reportBlocks'
import { kindOf } from './reportFirstPage'
import { mixedScoreKinds } from './comparisonReport'

export function tableBlocks(q: Questionnaire, data: ReportData, text: ReportText): { heading: string; blocks: ReportBlock[] } {
  const title = (id: string) => factorTitle(q, id)
  const { table } = data
  if (table.kind === 'factoren') {
    return {
      heading: text.sections.table,
      blocks: [
        {
          kind: 'table',
          caption: text.sections.table,
          head: [text.tables.factor, text.tables.score, text.tables.status, text.tables.unknown],
          numeric: [false, true, false, true],
          widths: [56, 12, 18, 14],
          rows: table.themes.flatMap((theme) => [
            { group: true, cells: [themeTitle(q, theme.id), text.score(theme.score), '', ''] },
            ...table.factors
              .filter((factor) => factor.themeId === theme.id)
              .map((factor) => ({ cells: [title(factor.factorId), text.score(factor.score), text.status[factor.status], String(factor.unknown)] })),
          ]),
        },
      ],
    }
  }
  if (table.kind === 'team') {
    return {
      heading: text.sections.teamTable,
      blocks: [
        {
          kind: 'table',
          caption: text.sections.teamTable,
          head: [text.tables.factor, text.tables.median, text.tables.range, text.tables.agreement, text.tables.unknown, text.tables.agreed],
          numeric: [false, true, true, false, true, true],
          // The numbers need little room, but "Afgesproken" must fit its column whole: Chromium has no
          // Dutch hyphenation, so a narrower column breaks it mid-word without a hyphen.
          widths: [44, 10, 12, 10, 10, 14],
          rows: table.factors.map((factor) => {
            const agreed = table.agreed[factor.factorId]?.score
            return {
              cells: [
                title(factor.factorId),
                text.score(factor.median),
                factor.spread ? `${text.score(factor.spread.min)} – ${text.score(factor.spread.max)}` : text.tables.none,
                factor.agreement ? text.agreement[factor.agreement] : text.tables.none,
                String(factor.unknown),
                agreed === undefined ? text.tables.none : text.score(agreed),
              ],
            }
          }),
        },
      ],
    }
  }
  const status = (value: keyof ReportText['status'] | null) => (value === null ? '' : text.status[value])
  return {
    heading: text.sections.compareTable,
    blocks: [
      {
        kind: 'table',
        caption: text.sections.compareTable,
        head: [text.tables.factor, `A: ${table.nameA}`, `B: ${table.nameB}`, text.tables.difference, `${text.tables.status} A`, `${text.tables.status} B`],
        numeric: [false, true, true, true, false, false],
        widths: [30, 14, 14, 12, 15, 15],
        rows: table.factors.map((row) => ({
          cells: [
            title(row.factorId),
            text.scoreOf(row.a, kindOf(data, 'a', row.factorId)),
            text.scoreOf(row.b, kindOf(data, 'b', row.factorId)),
            text.difference(row.difference),
            status(row.statusA),
            status(row.statusB),
          ],
        })),
      },
    ],
  }
}

/**
 * The knelpunten worked out (lowest score first, so the most urgent): their advice and sources, the
 * same number of advice lines in every format; then the aandachtspunten and factors marked
 * important, named in one line.
 */
export function knelpuntBlocks(q: Questionnaire, data: ReportData, text: ReportText, advicePerKnelpunt: number): ReportBlock[] {
  const { factorById } = questionnaireIndex(q)
  const blocks: ReportBlock[] = []
  if (data.knelpunten.items.length === 0) blocks.push({ kind: 'paragraph', text: text.knelpuntenNone })
  for (const line of data.knelpunten.items) {
    const factor = factorById(line.factorId)
    const advice = factor?.advice ?? []
    blocks.push(
      { kind: 'heading', level: 3, text: line.score === null ? factorTitle(q, line.factorId) : `${factorTitle(q, line.factorId)}: ${text.scoreOf(line.score, line.kind)}` },
      { kind: 'list', items: advice.slice(0, advicePerKnelpunt) },
      { kind: 'paragraph', tone: 'muted', text: text.sources((factor?.sources ?? []).join('; ')) },
    )
  }
  if (data.knelpunten.more > 0) blocks.push({ kind: 'paragraph', text: text.moreKnelpunten(data.knelpunten.more) })
  if (data.adviceOthers.items.length > 0) {
    const named = data.adviceOthers.items.map((item) => `${factorTitle(q, item.factorId)} (${text.adviceReason[item.reason === 'knelpunt' ? 'belangrijk' : item.reason]})`)
    const more = data.adviceOthers.more > 0 ? `; ${text.andMore(data.adviceOthers.more)}` : ''
    blocks.push({ kind: 'paragraph', text: `${text.adviceOthers} ${named.join('; ')}${more}.` })
  }
  return blocks
}

/** A comparison's lessons, with a warning where an agreed score stands against a median. */
export function learnBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  const { table } = data
  if (table.kind !== 'vergelijking') return []
  const mixed = (id: string) => mixedScoreKinds(kindOf(data, 'a', id), kindOf(data, 'b', id))
  const blocks: ReportBlock[] = []
  const lesson = (ids: readonly string[], learner: string, from: string) => {
    if (ids.length === 0) return
    blocks.push({ kind: 'paragraph', text: text.learnLine(learner, from, ids.map((id) => factorTitle(q, id)).join(', ')) })
    const warned = ids.filter(mixed)
    if (warned.length > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.learnMixed(warned.map((id) => factorTitle(q, id)).join(', ')) })
  }
  lesson(table.learnFromA, table.nameB, table.nameA)
  lesson(table.learnFromB, table.nameA, table.nameB)
  return blocks.length === 0 ? [{ kind: 'paragraph', text: text.learnNone }] : blocks
}

export function priorityBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  if (data.priorities.items.length === 0) return [{ kind: 'paragraph', text: text.prioritiesNone }]
  const blocks: ReportBlock[] = [
    {
      kind: 'table',
      caption: text.sections.priorities,
      head: [text.tables.factor, text.tables.score, text.tables.reason, text.tables.action, text.tables.who, text.tables.when],
      numeric: [false, true, false, false, false, false],
      widths: [22, 15, 11, 24, 14, 14],
      rows: data.priorities.items.map((line) => ({
        cells: [
          factorTitle(q, line.factorId),
          text.scoreOf(line.score, line.kind),
          text.reasons[line.reason],
          line.action ? clipped(line.action.what, text) || text.tables.noAction : text.tables.noAction,
          line.action?.who ?? '',
          line.action?.when ?? '',
        ],
      })),
    },
  ]
  if (data.priorities.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(data.priorities.more, 'prioriteiten') })
  return blocks
}

export function tensionBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  const title = (id: string) => factorTitle(q, id)
  const blocks: ReportBlock[] = []
  if (data.tensions.items.length === 0 && data.otherTensions.items.length === 0) blocks.push({ kind: 'paragraph', text: text.tensionsNone })
  for (const flagged of data.tensions.items) {
    const scores = text.tensionScores(title(flagged.tension.factorA), text.score(flagged.scoreA), title(flagged.tension.factorB), text.score(flagged.scoreB))
    blocks.push({ kind: 'paragraph', text: `${flagged.tension.title}. ${scores}. ${text.tensionQuestion}: ${flagged.tension.discussionQuestion}` })
  }
  if (data.tensions.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(data.tensions.more, 'spanningen') })
  if (data.otherTensions.items.length > 0) {
    const titles = data.otherTensions.items.map((row) => row.tension.title).join('; ')
    blocks.push({ kind: 'paragraph', text: `${text.tensionsOthers} ${titles}${data.otherTensions.more > 0 ? `; ${text.andMore(data.otherTensions.more)}` : ''}.` })
  }
  return blocks
}

export function noteBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  if (data.notes.items.length === 0) return [{ kind: 'paragraph', text: text.notesNone }]
  return [
    { kind: 'list', items: data.notes.items.map((line) => `${factorTitle(q, line.factorId)}: ${clipped(line.note, text)}`) },
    ...(data.notes.more > 0 ? [{ kind: 'paragraph' as const, tone: 'muted' as const, text: text.more(data.notes.more, 'notities') }] : []),
  ]
}

/** What integration is, how the collaboration is organised, and where ladder and scores disagree. */
export function contextBlocks(q: Questionnaire, data: ReportData, text: ReportText): ReportBlock[] {
  const { organisationOption } = questionnaireIndex(q)
  const organisation = data.organisation
  const blocks: ReportBlock[] = [{ kind: 'paragraph', text: text.frame.text }, { kind: 'heading', level: 3, text: text.organisation.title }]
  if (organisation === null || !organisation.answered) blocks.push({ kind: 'paragraph', text: text.organisation.olderFile })
  else {
    const label = (id: string) => organisationOption('forms', id)?.label.split(':')[0] ?? id
    const present = organisation.forms.filter((form) => form.state === 'ja' || form.state === 'deels')
    const absent = organisation.forms.filter((form) => form.state !== 'ja' && form.state !== 'deels')
    const orUnknown = (value: string | null, optionLabel: string | undefined) =>
      optionLabel ?? (value === 'weet-niet' ? text.organisation.unknown : text.organisation.notAnswered)
    if (present.length > 0) blocks.push({ kind: 'paragraph', tone: 'strong', text: text.organisation.forms })
    blocks.push({ kind: 'list', items: present.map((form) => `${label(form.id)}: ${text.organisation.formState[form.state]}. ${text.organisation.beside(besideForm(q, form.appendixRow))}`) })
    if (absent.length > 0) blocks.push({ kind: 'paragraph', text: `${text.organisation.formsOther}: ${absent.map((form) => label(form.id)).join(' · ')}.` })
    blocks.push({
      kind: 'facts',
      items: [
        { label: text.organisation.place, value: orUnknown(organisation.place, organisationOption('place', organisation.place)?.label) },
        { label: text.organisation.direction, value: orUnknown(organisation.direction, organisationOption('direction', organisation.direction)?.label) },
        {
          label: text.organisation.domains,
          value: organisation.domains.length > 0 ? organisation.domains.map((id) => organisationOption('domains', id)?.label ?? id).join(', ') : text.organisation.notAnswered,
        },
      ],
    })
  }
  blocks.push({ kind: 'heading', level: 3, text: text.contradictions.title })
  if (data.contradictions.items.length === 0) blocks.push({ kind: 'paragraph', text: text.contradictions.none })
  else {
    blocks.push({
      kind: 'list',
      items: data.contradictions.items.map((item) =>
        text.contradictions.line(indicatorText(q, item.indicatorId), text.ladder.state[item.indicatorState], factorTitle(q, item.factorId), text.status[item.factorStatus].toLowerCase(), text.score(item.score)),
      ),
    })
    if (data.contradictions.more > 0) blocks.push({ kind: 'paragraph', tone: 'muted', text: text.more(data.contradictions.more, 'tegenstrijdigheden') })
  }
  return blocks.filter((block) => block.kind !== 'list' || block.items.length > 0)
}

/** Where the room differed most: drawn in print, a table of counts in Word and HTML. */
export function distributionBlocks(data: ReportData, text: ReportText): ReportBlock[] {
  if (data.distributions.length === 0) return []
  const scores = [1, 2, 3, 4, 5]
  const table: TableBlock = {
    kind: 'table',
    caption: text.sections.distributions,
    head: [text.tables.factor, ...scores.map((score) => text.tables.participantsAt(score)), text.tables.median, text.tables.unknown],
    numeric: [false, true, true, true, true, true, true, true],
    widths: [30, 9, 9, 9, 9, 9, 12, 13],
    rows: data.distributions.map((item) => ({ cells: [item.title, ...item.counts.map(String), text.score(item.median), String(item.unknown)] })),
  }
  const alt = data.distributions
    .map((item) => text.distributionAlt(item.title, item.counts.map((count, index) => `${count}× ${index + 1}`).join(', '), text.score(item.median)))
    .join(' ')
  return [{ kind: 'figure', figure: 'distribution', alt, items: data.distributions, table }]
}
