import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import WorkshopTeamTable from '@/components/workshop/WorkshopTeamTable.vue'
import WorkshopOutcomes from '@/components/workshop/WorkshopOutcomes.vue'
import { questionnaire } from '@/content/questionnaire'
import { aggregateTeam } from '@/core/team/aggregate'
import type { Agreed, Answers } from '@/core/model'
import { emptyAnswers } from '@/core/files/newResult'

/** Every statement of a factor answered so that it counts as `value` (a knelpunt statement mirrored, issue #26). */
function answering(values: Record<string, 1 | 2 | 3 | 4 | 5 | 'weet-niet'>): Answers {
  const answers = Object.fromEntries(
    Object.entries(values).flatMap(([factorId, value]) =>
      questionnaire.factors
        .find((factor) => factor.id === factorId)!
        .statements.map((statement) => [statement.id, statement.reversed === true && value !== 'weet-niet' ? ((6 - value) as typeof value) : value]),
    ),
  )
  return { ...emptyAnswers(), answers }
}

const team = aggregateTeam(questionnaire, [answering({ ict: 1, visie: 3 }), answering({ ict: 5, visie: 3 }), answering({ ict: 1, visie: 'weet-niet' })])

function mountTable(agreed: Record<string, Agreed> = {}) {
  return mount(WorkshopTeamTable, { props: { team, agreed } })
}

describe('WorkshopTeamTable', () => {
  it('shows per factor the median, the lowest and highest score, agreement and the "weet ik niet" count', async () => {
    const wrapper = mountTable()
    const ict = wrapper.find('[data-team-factor="ict"]')
    expect(ict.find('th').text()).toBe('Aansluiting van ICT en registratiesystemen')
    expect(ict.find('[data-cell="median"]').text()).toBe('1,0')
    expect(ict.find('[data-cell="range"]').text()).toBe('1,0 – 5,0')
    expect(ict.find('[data-cell="agreement"]').text()).toBe('verdeeld')
    expect(ict.find('[data-cell="unknown"]').text()).toBe('0')
    const visie = wrapper.find('[data-team-factor="visie"]')
    // Two scores (3 and 3) and one participant who only said "weet ik niet": too few to call the
    // room "eens" under the agreement rule (core/team/agreement.ts; was "eens" under the old IQR rule).
    expect(visie.find('[data-cell="agreement"]').text()).toBe('onzeker')
    expect(visie.find('[data-cell="unknown"]').text()).toBe(String(questionnaire.factors.find((factor) => factor.id === 'visie')!.statements.length))
    // The two scored factors first, in the agenda's order (ict is split, visie not); the 26 nobody
    // scored wait behind one button.
    expect(wrapper.findAll('[data-team-factor]').map((row) => row.attributes('data-team-factor'))).toEqual(['ict', 'visie'])
    // Scores 1, 5 and 1: median 1, and only the 5 lies more than a point from it.
    expect(ict.find('[data-cell="far"]').text()).toBe('1 van 3 meer dan 1 punt van de mediaan')
    await wrapper.find('[data-show-unscored]').trigger('click')
    expect(wrapper.findAll('[data-team-factor]')).toHaveLength(team.factors.length)
  })

  it('emits the agreed score and note, and an empty agreement when both are cleared', async () => {
    const wrapper = mountTable({ ict: { score: 2, note: 'Eerst één dossier' } })
    const row = wrapper.find('[data-team-factor="ict"]')
    expect((row.find('select').element as HTMLSelectElement).value).toBe('2')
    expect((row.find('input').element as HTMLInputElement).value).toBe('Eerst één dossier')
    await row.find('select').setValue('4')
    expect(wrapper.emitted('agree')?.at(-1)).toEqual(['ict', { score: 4, note: 'Eerst één dossier' }])
    await wrapper.setProps({ agreed: { ict: { note: 'Eerst één dossier' } } })
    await row.find('input').setValue('   ')
    expect(wrapper.emitted('agree')?.at(-1)).toEqual(['ict', {}])
  })

  it('gives every score choice and note field an accessible name with the factor', () => {
    const row = mountTable().find('[data-team-factor="ict"]')
    expect(row.find('select').attributes('aria-label')).toBe('Afgesproken score voor Aansluiting van ICT en registratiesystemen')
    expect(row.find('input').attributes('aria-label')).toBe('Notitie bij Aansluiting van ICT en registratiesystemen')
  })
})

describe('WorkshopOutcomes', () => {
  it('names the file in every message, in a live region, and says a refused file changed nothing', () => {
    const wrapper = mount(WorkshopOutcomes, {
      props: {
        outcomes: [
          { name: 'noord-1.json', status: 'added', label: 'Deelnemer 1' },
          { name: 'noord-1 (kopie).json', status: 'duplicate', label: 'Deelnemer 1' },
          { name: 'team.json', status: 'team', count: 4 },
          { name: 'kapot.json', status: 'refused', error: { code: 'geen-json' } },
          { name: 'De link', status: 'refused', error: { code: 'ongeldige-link' } },
        ],
      },
    })
    expect(wrapper.find('[role="status"]').exists()).toBe(true)
    const messages = wrapper.findAll('li').map((item) => item.text())
    expect(messages[0]).toBe('noord-1.json is toegevoegd als Deelnemer 1.')
    expect(messages[1]).toContain('noord-1 (kopie).json is al toegevoegd (als Deelnemer 1)')
    expect(messages[2]).toBe('team.json is een teamresultaat: 4 deelnemers toegevoegd.')
    expect(messages[3]).toMatch(/^kapot\.json is geen resultaatbestand.*Er is niets veranderd/)
    expect(messages[4]).toMatch(/^De link is geen geldige link.*Er is niets veranderd/)
    expect(wrapper.findAll('.notice--error')).toHaveLength(2)
  })
})

describe('WorkshopOutcomes with many files', () => {
  const added = (index: number) => ({ name: `d-${index}.json`, status: 'added' as const, label: `Deelnemer ${index}` })
  const duplicate = (index: number) => ({ name: `d-${index} (kopie).json`, status: 'duplicate' as const, label: `Deelnemer ${index}` })

  it('names up to ten added files one by one', () => {
    const wrapper = mount(WorkshopOutcomes, { props: { outcomes: Array.from({ length: 10 }, (_, i) => added(i + 1)) } })
    expect(wrapper.findAll('li')).toHaveLength(10)
    expect(wrapper.find('li').text()).toBe('d-1.json is toegevoegd als Deelnemer 1.')
  })

  it('says how many beyond that, one line per kind, and still names every file that could not be read', () => {
    const outcomes = [
      ...Array.from({ length: 200 }, (_, i) => added(i + 1)),
      ...Array.from({ length: 11 }, (_, i) => duplicate(i + 1)),
      { name: 'kapot.json', status: 'refused' as const, error: { code: 'geen-json' as const } },
      { name: 'team.json', status: 'team' as const, count: 4 },
    ]
    const wrapper = mount(WorkshopOutcomes, { props: { outcomes } })
    const items = wrapper.findAll('li')
    expect(items.map((item) => item.attributes('data-outcome'))).toEqual(['added', 'duplicate', 'refused', 'team'])
    expect(items[0]!.text()).toBe('200 bestanden zijn toegevoegd.')
    expect(items[1]!.text()).toBe('11 bestanden waren al toegevoegd en tellen niet nog een keer mee.')
    expect(items[2]!.text()).toMatch(/^kapot\.json is geen resultaatbestand/)
    expect(wrapper.findAll('.notice--warning')).toHaveLength(1)
  })

  it('names ten duplicates one by one while many added files are counted', () => {
    const outcomes = [...Array.from({ length: 30 }, (_, i) => added(i + 1)), ...Array.from({ length: 3 }, (_, i) => duplicate(i + 1))]
    const texts = mount(WorkshopOutcomes, { props: { outcomes } }).findAll('li').map((item) => item.text())
    expect(texts).toEqual([
      '30 bestanden zijn toegevoegd.',
      'd-1 (kopie).json is al toegevoegd (als Deelnemer 1) en telt niet nog een keer mee.',
      'd-2 (kopie).json is al toegevoegd (als Deelnemer 2) en telt niet nog een keer mee.',
      'd-3 (kopie).json is al toegevoegd (als Deelnemer 3) en telt niet nog een keer mee.',
    ])
  })
})
