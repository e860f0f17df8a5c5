import { afterEach, describe, expect, it, vi } from 'vitest'
import { flushPromises, mount } from '@vue/test-utils'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import ResultsShareLink from '@/components/results/ResultsShareLink.vue'
import { asResult, readPasted } from '@/core/files/intake'
import { questionnaire } from '@/content/questionnaire'
import { ParticipantResultSchema } from '@/core/model'

const result = ParticipantResultSchema.parse(
  JSON.parse(readFileSync(resolve(import.meta.dirname, '../../fixtures/result-participant.json'), 'utf8')),
)

async function mountWithLink() {
  const wrapper = mount(ResultsShareLink, { props: { result } })
  await wrapper.find('button').trigger('click')
  // Compression runs on real streams, outside Vue's promise queue.
  await vi.waitFor(() => expect(wrapper.find('input').exists()).toBe(true))
  return wrapper
}

afterEach(() => {
  vi.unstubAllGlobals()
})

describe('ResultsShareLink', () => {
  it('makes a read-only link that carries the whole result, and says how long it is', async () => {
    const wrapper = await mountWithLink()
    const field = wrapper.find('input')
    const link = (field.element as HTMLInputElement).value
    expect(field.attributes('readonly')).toBeDefined()
    expect(link).toContain('#/gedeeld/')
    // A participant's link is the compact hand-in code (main, #14): it carries the answers.
    const decoded = asResult(await readPasted(link, questionnaire))
    // (the fixture also holds a few answers to statements the current questionnaire no longer asks).
    expect(decoded.ok).toBe(true)
    const carried = decoded.ok && decoded.result.kind === 'deelnemer' ? decoded.result.answers : {}
    // The fixture is a 2026.1 file: 63 of its answers are to statements 2026.2 still asks (issue #26).
    expect(Object.keys(carried).length).toBeGreaterThan(60)
    expect(result.answers).toMatchObject(carried)
    expect(wrapper.text()).toContain(`De link is ${link.length.toLocaleString('nl-NL')} tekens lang.`)
  })

  it('copies the link, and says plainly when the browser does not allow copying', async () => {
    const writeText = vi.fn().mockResolvedValue(undefined)
    vi.stubGlobal('navigator', { ...navigator, clipboard: { writeText } })
    const wrapper = await mountWithLink()
    const link = (wrapper.find('input').element as HTMLInputElement).value
    await wrapper.findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(writeText).toHaveBeenCalledWith(link)
    expect(wrapper.find('[role="status"]').text()).toBe('De link is gekopieerd.')

    writeText.mockRejectedValue(new DOMException('Not allowed', 'NotAllowedError'))
    await wrapper.findAll('button')[1]!.trigger('click')
    await flushPromises()
    expect(wrapper.find('[role="status"]').text()).toBe('Kopiëren lukte niet. Selecteer de link in het veld en kopieer hem zelf.')
  })
})
