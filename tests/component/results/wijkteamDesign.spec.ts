import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import ResultsContext from '@/components/results/ResultsContext.vue'
import ProfileDesignFold from '@/components/start/ProfileDesignFold.vue'
import type { Profile } from '@/core/model'

describe('the wijkteam design on the result page', () => {
  it('shows one line with the answered choices next to the model', () => {
    const wrapper = mount(ResultsContext, { props: { profile: { wijkteamModel: 'A', teamComposition: 'generalisten', targetGroups: ['ouderen'] } } })
    expect(wrapper.find('[data-profile="design"]').text()).toBe('Inrichting wijkteam: generalisten; doelgroep: ouderen')
  })

  it('shows nothing about the design when nothing is answered', () => {
    const wrapper = mount(ResultsContext, { props: { profile: { wijkteamModel: 'A' } } })
    expect(wrapper.find('[data-profile="design"]').exists()).toBe(false)
  })
})

describe('ProfileDesignFold', () => {
  const mountFold = (profile: Profile) => mount(ProfileDesignFold, { props: { profile } })

  it('is closed while nothing is answered and says why it asks, with its source', () => {
    const wrapper = mountFold({})
    expect(wrapper.find('details').attributes('open')).toBeUndefined()
    expect(wrapper.find('summary').text()).toBe('Hoe is het wijkteam ingericht? (optioneel)')
    expect(wrapper.text()).toContain('(Inspectie SZW, 2016, §4.2)')
  })

  it('opens when something is answered already', () => {
    expect(mountFold({ accessRoutes: ['verwijzing'] }).find('details').attributes('open')).toBeDefined()
  })

  it('emits a list in content order, whatever the order of clicking, and an emptied list as empty', async () => {
    const wrapper = mountFold({ targetGroups: ['statushouders'] })
    const ouderen = wrapper.findAll('input[type="checkbox"]').find((input) => input.element.parentElement?.textContent?.trim() === 'Ouderen')!
    await ouderen.setValue(true)
    expect(wrapper.emitted('update')?.at(-1)).toEqual([{ targetGroups: ['ouderen', 'statushouders'] }])
    const statushouders = wrapper.findAll('input[type="checkbox"]').find((input) => input.element.parentElement?.textContent?.trim() === 'Statushouders')!
    await statushouders.setValue(false)
    expect(wrapper.emitted('update')?.at(-1)).toEqual([{ targetGroups: [] }])
  })

  it('emits a chosen composition, and a cleared one as undefined', async () => {
    const wrapper = mountFold({})
    const select = wrapper.findAll('select')[0]!
    await select.setValue('specialisten')
    expect(wrapper.emitted('update')?.at(-1)).toEqual([{ teamComposition: 'specialisten' }])
    await select.setValue('')
    expect(wrapper.emitted('update')?.at(-1)).toEqual([{ teamComposition: undefined }])
  })
})
