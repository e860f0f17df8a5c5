import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import WorkshopPhaseNav from '@/components/workshop/WorkshopPhaseNav.vue'
import WorkshopActions from '@/components/workshop/WorkshopActions.vue'
import { phaseToResume, workshopPhases } from '@/core/team/workshopPhases'
import type { Action } from '@/core/model'

const phases = workshopPhases.map((id, index) => ({ id, status: `status ${index + 1}` }))

describe('WorkshopPhaseNav', () => {
  it('links every phase to its own address and marks only the current one as the step', () => {
    const wrapper = mount(WorkshopPhaseNav, { props: { phases, current: 'bespreken' }, global: { stubs: { RouterLink: RouterLinkStub } } })
    const links = wrapper.findAllComponents(RouterLinkStub)
    // Named routes (#/workshop/<phase> in the address bar; tests/component/routes.spec.ts checks the addresses).
    expect(links.map((link) => link.props('to'))).toEqual(
      ['voorbereiden', 'binnenhalen', 'bespreken', 'afronden'].map((phase) => ({ name: 'workshop', params: { phase } })),
    )
    expect(links.map((link) => link.attributes('aria-current') ?? null)).toEqual([null, null, 'step', null])
    expect(wrapper.find('[data-phase-status="binnenhalen"]').text()).toBe('status 2')
    expect(wrapper.find('nav').attributes('aria-label')).toBe('Stappen van de workshop')
  })
})

describe('phaseToResume', () => {
  it('opens the set-up first, bringing in while people are expected, then the conversation', () => {
    expect(phaseToResume({ invited: false, received: 0, expected: null })).toBe('voorbereiden')
    expect(phaseToResume({ invited: true, received: 0, expected: 15 })).toBe('binnenhalen')
    expect(phaseToResume({ invited: true, received: 12, expected: 15 })).toBe('binnenhalen')
    expect(phaseToResume({ invited: true, received: 15, expected: 15 })).toBe('bespreken')
    expect(phaseToResume({ invited: false, received: 8, expected: null })).toBe('bespreken')
  })
})

describe('WorkshopActions', () => {
  const factors = [
    { id: 'ict', title: 'Aansluiting van ICT en registratiesystemen', agreed: '2,0' },
    { id: 'visie', title: 'Gezamenlijke visie en doelen', agreed: null },
  ]

  it('adds an action with factor, what, who and when, and asks for the factor and the what first', async () => {
    const wrapper = mount(WorkshopActions, { props: { modelValue: [] as Action[], factors } })
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('[role="alert"]').text()).toBe('Kies eerst de factor waar de actie bij hoort.')
    await wrapper.find('[data-action-factor]').setValue('ict')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.find('[role="alert"]').text()).toBe('Schrijf op wat het team gaat doen.')
    expect(wrapper.emitted('update:modelValue')).toBeUndefined()
    await wrapper.find('[data-action-what]').setValue('  Eén dossier per gezin  ')
    await wrapper.find('[data-action-who]').setValue('Teamleider')
    await wrapper.find('[data-action-when]').setValue('maart 2027')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([[{ factorId: 'ict', what: 'Eén dossier per gezin', who: 'Teamleider', when: 'maart 2027' }]])
  })

  it('lists actions in the conversation order with the agreed score, edits and removes them', async () => {
    const modelValue: Action[] = [
      { factorId: 'visie', what: 'Visie opschrijven', who: 'Beleid', when: 'juni' },
      { factorId: 'ict', what: 'Eén dossier', who: 'ICT', when: 'maart' },
    ]
    const wrapper = mount(WorkshopActions, { props: { modelValue, factors } })
    expect(wrapper.findAll('[data-action]').map((item) => item.attributes('data-action'))).toEqual(['ict', 'visie'])
    expect(wrapper.find('[data-action="ict"]').text()).toContain('Afgesproken score: 2,0')
    // Both factors have an action: nothing left to add one for.
    expect(wrapper.find('[data-action-form]').exists()).toBe(false)
    await wrapper.find('[data-action="ict"] button').trigger('click')
    expect(wrapper.emitted('update:modelValue')?.at(-1)).toEqual([[modelValue[0]]])
  })
})
