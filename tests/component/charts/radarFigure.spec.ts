import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ChartsRadarFigure from '@/components/charts/ChartsRadarFigure.vue'
import ChartsDataTable from '@/components/charts/ChartsDataTable.vue'
import type { RadarData } from '@/core/scan/radar'

const data: RadarData = {
  caption: 'Alle factoren',
  labels: ['Visie', 'Regie', 'ICT'],
  groups: ['Inhoud', 'Organisatie', 'Organisatie'],
  series: [{ label: 'Score', values: [3.25, 4.5, null], variant: 'a' }],
}

// chart.js needs a real canvas; the browser test checks the drawn chart against this table.
const stubs = { ChartsRadar: true }

describe('ChartsDataTable', () => {
  it('holds the same labels and numbers as the chart, in Dutch notation, with a caption and header scopes', () => {
    const wrapper = mount(ChartsDataTable, { props: { data, axisHeading: 'Factor' } })
    expect(wrapper.find('caption').text()).toBe('Alle factoren')
    expect(wrapper.findAll('th[scope="col"]').map((cell) => cell.text())).toEqual(['Factor', 'Groep', 'Score'])
    expect(wrapper.findAll('tbody th[scope="row"]').map((cell) => cell.text())).toEqual(['Visie', 'Regie', 'ICT'])
    expect(wrapper.findAll('td[data-value]').map((cell) => cell.text())).toEqual(['3,3', '4,5', '–'])
  })

  it('adds a column for the spread of a team when the chart draws one', () => {
    const band = { label: 'Spreiding', low: [2, 3, null], high: [4, 5, null] }
    const wrapper = mount(ChartsDataTable, { props: { data: { ...data, band }, axisHeading: 'Factor' } })
    expect(wrapper.findAll('th[scope="col"]').at(-1)?.text()).toBe('Spreiding')
    expect(wrapper.findAll('tbody tr')[0]!.findAll('td').at(-1)?.text()).toBe('2,0 – 4,0')
  })
})

describe('ChartsRadarFigure', () => {
  it('names the chart, says in words where it is highest and lowest, and keeps the table in the page', () => {
    const wrapper = mount(ChartsRadarFigure, { props: { data, axisHeading: 'Factor' }, global: { stubs } })
    const figure = wrapper.find('figure')
    expect(wrapper.find(`#${figure.attributes('aria-labelledby')}`).text()).toBe('Alle factoren')
    expect(wrapper.find('.charts-radar-figure__summary').text()).toBe(
      'Hoogste score: Regie (4,5). Laagste score: Visie (3,3). Eén as heeft geen score.',
    )
    expect(wrapper.find('details summary').text()).toBe('Tabel met dezelfde cijfers')
    expect(wrapper.findAll('details td[data-value]')).toHaveLength(3)
  })

  it('shows a colour key per group only when there is more than one group', () => {
    const grouped = mount(ChartsRadarFigure, { props: { data, axisHeading: 'Factor' }, global: { stubs } })
    expect(grouped.findAll('.charts-radar-figure__groups li').map((item) => item.text())).toEqual(['Inhoud', 'Organisatie'])
    const single = mount(ChartsRadarFigure, { props: { data: { ...data, groups: undefined }, axisHeading: 'Factor' }, global: { stubs } })
    expect(single.find('.charts-radar-figure__groups').exists()).toBe(false)
  })

  it('says so when nothing has a score yet', () => {
    const empty = { ...data, series: [{ label: 'Score', values: [null, null, null], variant: 'a' as const }] }
    const wrapper = mount(ChartsRadarFigure, { props: { data: empty, axisHeading: 'Factor' }, global: { stubs } })
    expect(wrapper.find('.charts-radar-figure__summary').text()).toBe('Er zijn nog geen scores. 3 assen hebben geen score.')
  })
})
