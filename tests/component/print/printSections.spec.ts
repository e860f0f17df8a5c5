import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import PrintKnelpunten from '@/components/print/PrintKnelpunten.vue'
import PrintNotes from '@/components/print/PrintNotes.vue'
import PrintPriorities from '@/components/print/PrintPriorities.vue'
import { questionnaire } from '@/content/questionnaire'
import type { Priority } from '@/core/scan/scoring'
import { REPORT_LIMITS } from '@/core/report/reportLimits'

const factorIds = questionnaire.factors.map((factor) => factor.id)
const titleOf = (id: string) => questionnaire.factors.find((factor) => factor.id === id)!.title

describe('PrintKnelpunten', () => {
  it('gives the lowest knelpunten (as many as REPORT_LIMITS allows) their advice and sources, and counts the rest', () => {
    const wrapper = mount(PrintKnelpunten, { props: { factorIds } })
    const titles = wrapper.findAll('.print-knelpunt__title').map((title) => title.text())
    const detailed = REPORT_LIMITS.knelpuntenInDetail
    expect(titles).toEqual(factorIds.slice(0, detailed).map(titleOf))
    const first = wrapper.find('.print-knelpunt')
    expect(first.findAll('li')).toHaveLength(2)
    expect(first.find('.print-knelpunt__sources').text()).toContain(questionnaire.factors[0]!.sources[0]!)
    expect(wrapper.find('.print-knelpunt__others').text()).toContain(`Nog ${factorIds.length - detailed} knelpunten`)
  })

  it('shows every knelpunt in full when there are few, and says so when there are none', () => {
    const few = mount(PrintKnelpunten, { props: { factorIds: ['ict', 'tijd'] } })
    expect(few.findAll('.print-knelpunt')).toHaveLength(2)
    expect(few.find('.print-knelpunt__others').exists()).toBe(false)
    const none = mount(PrintKnelpunten, { props: { factorIds: [] } })
    expect(none.text()).toContain('Geen van de factoren scoort als knelpunt.')
  })
})

describe('PrintNotes', () => {
  it('lists notes in questionnaire order as plain text, skipping empty ones', () => {
    const wrapper = mount(PrintNotes, {
      props: { notes: { ict: '<b>drie systemen</b>', tijd: '', [factorIds[0]!]: 'Eerste' } },
    })
    expect(wrapper.findAll('dt').map((term) => term.text())).toEqual([titleOf(factorIds[0]!), titleOf('ict')])
    expect(wrapper.findAll('dd')[1]!.text()).toBe('<b>drie systemen</b>')
    expect(wrapper.find('b').exists()).toBe(false)
  })
})

describe('PrintPriorities', () => {
  it('puts the planned action, who and when next to each priority, and marks the rest as unplanned', () => {
    const priorities: Priority[] = [
      { factorId: 'ict', score: 1, status: 'knelpunt', reason: 'belangrijk-en-laag' },
      { factorId: 'tijd', score: 2, status: 'knelpunt', reason: 'knelpunt' },
    ]
    const wrapper = mount(PrintPriorities, {
      props: { priorities, actions: [{ factorId: 'ict', what: 'Eén dossier', who: 'ICT', when: 'Q3' }] },
    })
    const rows = wrapper.findAll('tbody tr').map((row) => row.findAll('th, td').map((cell) => cell.text()))
    expect(rows).toEqual([
      [titleOf('ict'), '1,0', 'Belangrijk, laag', 'Eén dossier', 'ICT', 'Q3'],
      [titleOf('tijd'), '2,0', 'Knelpunt', 'nog geen actie', '', ''],
    ])
    expect(wrapper.find('caption').text()).toBe('Prioriteiten en actieplan')
  })
})
