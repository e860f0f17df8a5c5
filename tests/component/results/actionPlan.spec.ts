import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsActionPlan from '@/components/results/ResultsActionPlan.vue'
import type { Action } from '@/core/model'

function mountPlan(actions: Action[]) {
  return mount(ResultsActionPlan, {
    props: { factorIds: ['ict', 'caseload'], modelValue: actions },
  })
}

describe('ResultsActionPlan', () => {
  it('shows one plan per priority, titled with the factor, filled with what was planned', () => {
    const wrapper = mountPlan([{ factorId: 'ict', what: 'Eén dossier', who: 'ICT', when: 'Q3' }])
    expect(wrapper.findAll('legend').map((legend) => legend.text())).toEqual([
      'Aansluiting van ICT en registratiesystemen',
      'Behapbare caseload en continuïteit van personeel',
    ])
    expect((wrapper.find('[data-action="ict"] textarea').element as HTMLTextAreaElement).value).toBe('Eén dossier')
  })

  it('emits the updated plan when the user writes an action, and drops an action emptied again', async () => {
    const wrapper = mountPlan([{ factorId: 'ict', what: 'Eén dossier', who: 'ICT', when: 'Q3' }])
    const who = wrapper.findAll('[data-action="caseload"] input')[0]!
    await who.setValue('Teamleider')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([
      [
        { factorId: 'ict', what: 'Eén dossier', who: 'ICT', when: 'Q3' },
        { factorId: 'caseload', what: '', who: 'Teamleider', when: '' },
      ],
    ])
    const ict = wrapper.find('[data-action="ict"]')
    await ict.find('textarea').setValue('')
    await ict.findAll('input')[0]!.setValue('')
    await ict.findAll('input')[1]!.setValue('')
    const last = wrapper.emitted('update:modelValue')?.at(-1)?.[0] as Action[]
    expect(last.find((action) => action.factorId === 'ict')).toBeUndefined()
  })
})
