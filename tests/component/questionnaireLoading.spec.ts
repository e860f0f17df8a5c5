import { describe, expect, it, vi } from 'vitest'
import { defineComponent, h } from 'vue'
import { mount } from '@vue/test-utils'
import { questionnaire } from '@/content/questionnaire'

/**
 * The questionnaire is a chunk of its own (off the first route): nothing reads it before it has
 * arrived, except the start page through loadedQuestionnaire(), which says "not yet".
 * Each test imports a fresh copy of the module: the test setup has loaded the shared one already.
 */
async function freshModule() {
  vi.resetModules()
  return import('@/composables/useQuestionnaire')
}

function mountReader(read: () => unknown) {
  return mount(defineComponent({ setup: () => (read(), () => h('p')) }))
}

describe('loading the questionnaire', () => {
  it('has nothing before it is loaded, and a component that asks for it then fails loudly', async () => {
    const { loadedQuestionnaire, useQuestionnaire } = await freshModule()
    expect(loadedQuestionnaire()).toBeUndefined()
    vi.spyOn(console, 'warn').mockImplementation(() => {})
    expect(() => mountReader(() => useQuestionnaire())).toThrow(/before loadQuestionnaire/)
  })

  it('loads the content once and then serves it to every component', async () => {
    const { loadQuestionnaire, loadedQuestionnaire, useQuestionnaire } = await freshModule()
    const first = loadQuestionnaire()
    expect(loadQuestionnaire()).toBe(first)
    const loaded = await first
    expect(loaded.version).toBe(questionnaire.version)
    expect(loaded.factors.map((factor) => factor.id)).toEqual(questionnaire.factors.map((factor) => factor.id))
    expect(loadedQuestionnaire()).toBe(loaded)
    let seen: unknown
    mountReader(() => (seen = useQuestionnaire().q))
    expect(seen).toBe(loaded)
  })
})
