import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import QuestionnaireStatement from '@/components/questionnaire/QuestionnaireStatement.vue'
import type { Questionnaire, ScaleAnswer } from '@/core/model'
import { questionnaire } from '@/content/questionnaire'
import { questionnaireKey } from '@/composables/useQuestionnaire'

const scale: Questionnaire['scale'] = {
  points: [
    { value: 1, label: 'Klopt helemaal niet' },
    { value: 2, label: 'Klopt niet' },
    { value: 3, label: 'Deels' },
    { value: 4, label: 'Klopt' },
    { value: 5, label: 'Klopt helemaal' },
  ],
  unknown: 'Weet ik niet',
}
const statement = { id: 'visie-1', text: 'In onze gemeente is er één gedeelde visie.' }

function mountStatement(answer?: ScaleAnswer) {
  return mount(QuestionnaireStatement, {
    props: {
      statement,
      modelValue: answer,
      'onUpdate:modelValue': (value: ScaleAnswer | undefined) => wrapper.setProps({ modelValue: value }),
    },
    attachTo: document.body,
    global: { provide: { [questionnaireKey]: { ...questionnaire, scale } } },
  })
  // The wrapper is assigned below; the handler only runs after mounting.
}
let wrapper: ReturnType<typeof mountStatement>

function radios() {
  return wrapper.findAll('input[type="radio"]')
}

function checkedLabel(): string | undefined {
  return wrapper.find('.choice-group__option--checked').text()
}

describe('QuestionnaireStatement', () => {
  it('shows the statement as the legend of a group of six labelled choices', () => {
    wrapper = mountStatement()
    expect(wrapper.find('legend').text()).toBe(statement.text)
    expect(wrapper.findAll('label').map((label) => label.text())).toEqual([
      'Klopt helemaal niet',
      'Klopt niet',
      'Deels',
      'Klopt',
      'Klopt helemaal',
      'Weet ik niet',
    ])
    expect(radios().every((radio) => !(radio.element as HTMLInputElement).checked)).toBe(true)
  })

  it('emits the chosen value and shows it as chosen, and lets the answer be changed', async () => {
    wrapper = mountStatement()
    await radios()[3]!.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([4])
    expect(checkedLabel()).toBe('Klopt')
    await radios()[1]!.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([2])
    expect(checkedLabel()).toBe('Klopt niet')
    expect((radios()[1]!.element as HTMLInputElement).checked).toBe(true)
    expect((radios()[3]!.element as HTMLInputElement).checked).toBe(false)
  })

  it('records "weet ik niet" as its own answer, not as a number', async () => {
    wrapper = mountStatement(3)
    await radios()[5]!.setValue(true)
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['weet-niet'])
    expect(checkedLabel()).toBe('Weet ik niet')
  })

  it('moves the choice with the arrow keys, wrapping at both ends, and moves focus along', async () => {
    wrapper = mountStatement(4)
    await radios()[3]!.trigger('keydown', { key: 'ArrowRight' })
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([5])
    expect(document.activeElement).toBe(radios()[4]!.element)
    await radios()[4]!.trigger('keydown', { key: 'ArrowDown' })
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['weet-niet'])
    await radios()[5]!.trigger('keydown', { key: 'ArrowRight' })
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([1])
    await radios()[0]!.trigger('keydown', { key: 'ArrowLeft' })
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual(['weet-niet'])
    await radios()[5]!.trigger('keydown', { key: 'ArrowUp' })
    expect(checkedLabel()).toBe('Klopt helemaal')
  })

  it('keeps only the chosen radio in the tab order', async () => {
    wrapper = mountStatement(2)
    expect(radios().map((radio) => radio.attributes('tabindex'))).toEqual(['-1', '0', '-1', '-1', '-1', '-1'])
    await radios()[1]!.trigger('keydown', { key: 'Tab' })
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
  })
})
