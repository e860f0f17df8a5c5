import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PrintBlocks from '@/components/print/PrintBlocks.vue'
import PrintReport from '@/components/print/PrintReport.vue'
import type { ReportBlock, ReportDocument } from '@/core/report/reportBlocks'

/** The print view renders the document's blocks and decides nothing (issue #24). */
const blocks: ReportBlock[] = [
  { kind: 'heading', level: 3, text: 'Visie' },
  { kind: 'paragraph', tone: 'muted', text: '<b>getypt</b>' },
  { kind: 'list', items: ['Eén', 'Twee'] },
  { kind: 'facts', items: [{ label: 'Team', value: 'Noord' }] },
  {
    kind: 'table',
    caption: 'Scores',
    head: ['Factor', 'Score'],
    numeric: [false, true],
    widths: [80, 20],
    rows: [
      { group: true, cells: ['Thema', '2,0'] },
      { cells: ['ICT', '1,5 (mediaan)'] },
    ],
  },
  {
    kind: 'figure',
    figure: 'ladder',
    alt: 'Ladder: geen integratie; beperkte integratie (aanwezig). Plaats: Beperkte integratie',
    rungs: [
      { title: 'Geen integratie', status: null, statusText: '', current: false },
      { title: 'Beperkte integratie', status: 'aanwezig', statusText: 'aanwezig', current: true },
    ],
  },
]

describe('PrintBlocks', () => {
  it('renders each block as it is: headings, user text as text, header cells with their scope, the ladder as a described figure', () => {
    const wrapper = mount(PrintBlocks, { props: { blocks, radar: null } })
    expect(wrapper.find('h3').text()).toBe('Visie')
    expect(wrapper.find('p.print-blocks__muted').text()).toBe('<b>getypt</b>')
    expect(wrapper.find('b').exists()).toBe(false)
    expect(wrapper.findAll('li').map((item) => item.text()).slice(0, 2)).toEqual(['Eén', 'Twee'])
    expect(wrapper.find('dt').text()).toBe('Team')
    expect(wrapper.findAll('thead th').map((cell) => [cell.attributes('scope'), cell.text()])).toEqual([
      ['col', 'Factor'],
      ['col', 'Score'],
    ])
    expect(wrapper.findAll('tbody th').map((cell) => cell.attributes('scope'))).toEqual(['rowgroup', 'row'])
    expect(wrapper.find('tbody td.number').text()).toBe('2,0')
    const ladder = wrapper.find('figure[role="img"]')
    expect(ladder.attributes('aria-label')).toBe(blocks[5]!.kind === 'figure' ? blocks[5]!.alt : '')
    expect(ladder.find('.print-ladder__current').text()).toBe('Beperkte integratie (aanwezig)')
  })
})

describe('PrintReport', () => {
  it('puts each section under its own h2, the first one marked as the page that stands alone', () => {
    const document: ReportDocument = {
      lang: 'nl',
      title: 'Verslag',
      productName: 'Integraalscan',
      meta: [],
      brief: '',
      sections: [
        { id: 'kort', heading: 'In het kort', blocks: [] },
        { id: 'notities', heading: 'Notities', blocks: [{ kind: 'paragraph', text: 'Geen.' }], compact: true },
      ],
    }
    const wrapper = mount(PrintReport, { props: { document, radar: null } })
    expect(wrapper.findAll('h2').map((heading) => heading.text())).toEqual(['In het kort', 'Notities'])
    expect(wrapper.find('[data-print-section="kort"]').classes()).toContain('print-first-page')
    expect(wrapper.find('[data-print-section="notities"]').classes()).toContain('print-compact')
  })
})
