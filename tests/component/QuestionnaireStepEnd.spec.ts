import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuestionnaireStepEnd from '@/components/questionnaire/QuestionnaireStepEnd.vue'
import type { OpenItem } from '@/core/scan/steps'
import { loadAllMessages } from '@/locales'

await loadAllMessages()

const items = (count: number): OpenItem[] =>
  Array.from({ length: count }, (_, index) => ({ step: 'inhoud', id: `visie-${index + 1}`, text: `Stelling ${index + 1}` }))

describe('QuestionnaireStepEnd', () => {
  it('says the step is complete when nothing is open, and shows the way on from its slot', () => {
    const wrapper = mount(QuestionnaireStepEnd, { props: { open: [] }, slots: { default: '<a href="#/vragenlijst/ladder">Volgende stap</a>' } })
    expect(wrapper.find('h2').text()).toBe('Alle vragen in deze stap zijn beantwoord')
    expect(wrapper.findAll('li')).toHaveLength(0)
    expect(wrapper.find('a').text()).toBe('Volgende stap')
  })

  it('counts what is open and links each open question, folded away from six on', async () => {
    for (const [count, title, folded] of [
      [1, 'Nog 1 vraag open in deze stap', false],
      [5, 'Nog 5 vragen open in deze stap', false],
      [6, 'Nog 6 vragen open in deze stap', true],
    ] as const) {
      const wrapper = mount(QuestionnaireStepEnd, { props: { open: items(count) } })
      expect(wrapper.find('h2').text()).toBe(title)
      expect(wrapper.find('details').exists()).toBe(folded)
      const links = wrapper.findAll('li a')
      expect(links.map((link) => link.text())).toEqual(items(count).map((item) => item.text))
      await links[count - 1]!.trigger('click')
      expect(wrapper.emitted('goTo')).toEqual([[`visie-${count}`]])
    }
  })
})
