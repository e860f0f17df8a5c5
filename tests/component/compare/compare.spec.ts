import { beforeEach, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { mount } from '@vue/test-utils'
import { createPinia, setActivePinia } from 'pinia'
import CompareDifferenceTable from '@/components/compare/CompareDifferenceTable.vue'
import CompareLearn from '@/components/compare/CompareLearn.vue'
import { useCompareStore } from '@/stores/compare'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { questionnaire } from '@/content/questionnaire'
import { compareResults } from '@/core/compare/compare'
import { summarizeResult } from '@/core/scan/summary'
import { comparisonReport } from '@/core/report/comparisonReport'
import type { ParticipantResult } from '@/core/model'

const folder = `${resolve(import.meta.dirname, '../../fixtures/participants')}/`
const read = (name: string) => JSON.parse(readFileSync(folder + name, 'utf8')) as ParticipantResult
const noord = read('noord-1.json')
const wi = read('wi-1.json')
const comparison = compareResults(questionnaire, summarizeResult(questionnaire, noord), summarizeResult(questionnaire, wi))
const report = comparisonReport(
  questionnaire,
  { name: 'Noord', summary: summarizeResult(questionnaire, noord) },
  { name: 'W&I', summary: summarizeResult(questionnaire, wi) },
  { caption: 'Noord en W&I', a: 'A: Noord', b: 'B: W&I' },
)
const titleOf = (id: string) => questionnaire.factors.find((factor) => factor.id === id)!.title

beforeEach(() => {
  window.localStorage.clear()
  setActivePinia(createPinia())
})

describe('CompareDifferenceTable', () => {
  it('lists the factors largest difference first, with both scores and the signed difference B minus A', () => {
    const wrapper = mount(CompareDifferenceTable, { props: { report } })
    const rows = wrapper.findAll('[data-difference]')
    expect(rows.map((row) => row.attributes('data-difference'))).toEqual(comparison.factors.map((row) => row.factorId))
    // Regie, by hand: Noord answered 1, 3, 2, 1 (mean 1.75), W&I 4, 5, 5, 5 (mean 4.75): B − A = +3.
    expect(rows[0]!.find('th').text()).toBe('Duidelijke regie door de gemeente (governance)')
    expect(rows[0]!.find('[data-cell="a"]').text()).toBe('1,8')
    expect(rows[0]!.find('[data-cell="b"]').text()).toBe('4,8')
    expect(rows[0]!.find('[data-cell="difference"]').text()).toBe('+3,0')
    // Professionaliteit (2026.2 fixtures): Noord 5, 5, 4 (14/3), W&I 3, 2, 2 (7/3): a true minus sign and one decimal.
    expect(rows[1]!.attributes('data-difference')).toBe('professionaliteit')
    expect(rows[1]!.find('[data-cell="a"]').text()).toBe('4,7')
    expect(rows[1]!.find('[data-cell="b"]').text()).toBe('2,3')
    expect(rows[1]!.find('[data-cell="difference"]').text()).toBe('−2,3')
  })

  it('names both results in the column headers and the caption', () => {
    const wrapper = mount(CompareDifferenceTable, { props: { report } })
    expect(wrapper.findAll('thead th').map((th) => th.text())).toEqual(['Factor', 'A: Noord', 'B: W&I', 'Verschil'])
    expect(wrapper.find('caption').text()).toContain('Noord')
    expect(wrapper.find('caption').text()).toContain('W&I')
    expect(wrapper.findAll('th[scope="col"]')).toHaveLength(4)
  })
})

describe('CompareLearn', () => {
  it('shows the shared knelpunten and who can learn from whom on which factors', () => {
    const wrapper = mount(CompareLearn, { props: { report } })
    expect(wrapper.findAll('[data-list="shared"] li').map((item) => item.text())).toEqual(comparison.sharedKnelpunten.map(titleOf))
    expect(wrapper.findAll('[data-list="learn-from-a"] li').map((item) => item.text())).toEqual(comparison.learnFromA.map(titleOf))
    expect(wrapper.findAll('[data-list="learn-from-b"] li').map((item) => item.text())).toEqual(comparison.learnFromB.map(titleOf))
    expect(comparison.learnFromA.length + comparison.learnFromB.length).toBeGreaterThan(0)
    // Two participants' own scores: nothing to warn about.
    expect(wrapper.find('[data-learn-mixed]').exists()).toBe(false)
  })

  it('warns, as the printed report does, where a lesson sets an agreed score against a median', () => {
    // Noord agreed on regie (W&I's median is 4,75): the lesson for Noord on regie rests on unlike scores.
    const mixed = comparisonReport(
      questionnaire,
      { name: 'Noord', summary: summarizeResult(questionnaire, noord), agreed: { regie: { score: 2 } } },
      { name: 'W&I', summary: summarizeResult(questionnaire, wi), agreed: {} },
      { caption: '', a: 'A', b: 'B' },
    )
    const wrapper = mount(CompareLearn, { props: { report: mixed } })
    expect(wrapper.find('[data-learn-mixed]').text()).toBe(
      `Let op: bij ${titleOf('regie')} staat een afgesproken score van het ene team tegenover de mediaan van het andere. Een afgesproken score is in gesprek vastgesteld, een mediaan niet; het verschil kan daar (deels) uit komen.`,
    )
  })
})

describe('the compare store', () => {
  it('compares the two chosen results with the core, and swaps them', () => {
    const store = useCompareStore()
    expect(store.comparison).toBeNull()
    store.setSide('a', 'noord-1.json', noord)
    expect(store.comparison).toBeNull()
    store.setSide('b', 'wi-1.json', wi)
    // Regie by hand: Noord 1.75 (a knelpunt), W&I 4.75 (a succesfactor), so Noord can learn from W&I.
    expect(store.comparison?.factors[0]).toEqual({ factorId: 'regie', a: 1.75, b: 4.75, statusA: 'knelpunt', statusB: 'succesfactor', difference: 3 })
    expect(store.comparison?.learnFromB).toContain('regie')
    expect(store.comparison?.learnFromA).not.toContain('regie')
    expect(store.isDevelopment).toBe(false)
    store.swap()
    expect(store.a?.name).toBe('wi-1.json')
    expect(store.comparison?.factors[0]).toEqual({ factorId: 'regie', a: 4.75, b: 1.75, statusA: 'succesfactor', statusB: 'knelpunt', difference: -3 })
    expect(store.comparison?.learnFromA).toContain('regie')
    expect(store.comparison?.learnFromB).not.toContain('regie')
    store.clearSide('a')
    expect(store.a).toBeNull()
    expect(store.comparison).toBeNull()
  })

  it('calls the same team at two dates "ontwikkeling", and the same team on one date not', () => {
    const store = useCompareStore()
    store.setSide('a', 'november', noord)
    store.setSide('b', 'mei', { ...noord, profile: { ...noord.profile, date: '2027-05-01' } })
    expect(store.isDevelopment).toBe(true)
    store.setSide('b', 'kopie', read('noord-2.json'))
    expect(store.isDevelopment).toBe(false)
  })

  it('keeps both sides while the user moves between pages, and forgets them when the device is wiped', () => {
    const store = useCompareStore()
    store.setSide('a', 'noord-1.json', noord)
    store.setSide('b', 'wi-1.json', wi)
    expect(useCompareStore().b?.name).toBe('wi-1.json')
    useDeviceStorage().clearAll()
    expect(store.a).toBeNull()
    expect(store.b).toBeNull()
  })
})
