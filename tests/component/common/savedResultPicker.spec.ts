import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import SavedResultPicker from '@/components/common/SavedResultPicker.vue'
import type { SavedEntry } from '@/core/files/fileFormat'
import { buildParticipant } from '../../unit/helpers/builders'

const words = { saved: 'Bewaard op dit apparaat', savedNone: 'Er zijn nog geen resultaten op dit apparaat bewaard.', choose: 'Kies…', use: 'Gebruik dit resultaat' }
const entry = (key: string, name: string): SavedEntry => ({ key, name, savedAt: '2026-12-05T10:00:00.000Z', result: buildParticipant() })

describe('SavedResultPicker', () => {
  it('says in one sentence that nothing is saved, without an empty list or a button that cannot be pressed', () => {
    const wrapper = mount(SavedResultPicker, { props: { saved: [], words } })
    expect(wrapper.find('select').exists()).toBe(false)
    expect(wrapper.find('button').exists()).toBe(false)
    expect(wrapper.text()).toBe(`${words.saved}: ${words.savedNone}`)
  })

  it('lists the saved results, picks the chosen one and is ready for the next', async () => {
    const wrapper = mount(SavedResultPicker, { props: { saved: [entry('a', 'Wijkteam Noord'), entry('b', 'Werk en Inkomen')], words } })
    expect(wrapper.findAll('option').map((option) => option.text())).toEqual(['Kies…', 'Wijkteam Noord (5 december 2026)', 'Werk en Inkomen (5 december 2026)'])
    expect(wrapper.find('button').attributes('disabled')).toBeDefined()
    await wrapper.find('select').setValue('b')
    await wrapper.find('form').trigger('submit')
    expect(wrapper.emitted('pick')).toEqual([['b']])
    expect((wrapper.find('select').element as HTMLSelectElement).value).toBe('')
  })
})
