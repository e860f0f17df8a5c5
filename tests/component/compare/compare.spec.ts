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
  const wrapper = mount(CompareDifferenceTable, { props: { report } })

  it('lists the factors largest difference first, with both scores and the signed difference B minus A', () => {
    const rows = wrapper.findAll('[data-difference]')
    expect(rows.map((row) => row.attributes('data-difference'))).toEqual(comparison.factors.map((row) => row.factorId))
    const first = comparison.factors[0]!
    expect(rows[0]!.find('th').text()).toBe(titleOf(first.factorId))
    expect(rows[0]!.find('[data-cell="a"]').text()).toBe(first.a!.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 }))
    const sign = first.difference! > 0 ? '+' : first.difference! < 0 ? '−' : ''
    const size = Math.abs(first.difference!).toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    expect(rows[0]!.find('[data-cell="difference"]').text()).toBe(`${sign}${size}`)
  })

  it('names both results in the column headers and the caption', () => {
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
  })
})

describe('the compare store', () => {
  it('compares the two chosen results with the core, and swaps them', () => {
    const store = useCompareStore()
    expect(store.comparison).toBeNull()
    store.setSide('a', 'noord-1.json', noord)
    expect(store.comparison).toBeNull()
    store.setSide('b', 'wi-1.json', wi)
    expect(store.comparison).toEqual(comparison)
    expect(store.isDevelopment).toBe(false)
    store.swap()
    expect(store.a?.name).toBe('wi-1.json')
    expect(store.comparison).toEqual(compareResults(questionnaire, summarizeResult(questionnaire, wi), summarizeResult(questionnaire, noord)))
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
