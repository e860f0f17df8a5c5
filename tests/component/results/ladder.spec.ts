import { describe, expect, it } from 'vitest'
import { mount } from '@vue/test-utils'
import LadderSteps from '@/components/ladder/LadderSteps.vue'
import LadderGuess from '@/components/ladder/LadderGuess.vue'
import { questionnaire } from '@/content/questionnaire'
import { placeOnLadder } from '@/core/scan/ladder'
import type { LadderAnswer, RungId } from '@/core/model'

function placement(upToRung: number, ownGuess?: RungId) {
  const ladder: Record<string, LadderAnswer> = {}
  for (const indicator of questionnaire.ladderIndicators) ladder[indicator.id] = indicator.rung <= upToRung ? 'ja' : 'nee'
  return placeOnLadder(questionnaire, { ladder, ...(ownGuess ? { ownGuess } : {}) })
}

describe('LadderSteps', () => {
  it('marks the reached rung for everyone, screen readers included', () => {
    const wrapper = mount(LadderSteps, { props: { placement: placement(2) } })
    const current = wrapper.findAll('li').filter((item) => item.attributes('aria-current') === 'step')
    expect(current).toHaveLength(1)
    expect(current[0]!.text()).toContain('Gedeeltelijke integratie')
    expect(current[0]!.text()).toContain('hier staat u')
    expect(wrapper.findAll('li').filter((item) => item.text().includes('bereikt'))).toHaveLength(2)
  })

  it('marks the lowest rung when nothing is met', () => {
    const wrapper = mount(LadderSteps, { props: { placement: placement(0) } })
    expect(wrapper.find('[aria-current="step"]').text()).toContain('Geen integratie')
  })
})

describe('LadderGuess', () => {
  it('says how far the team\'s own guess lies from the calculated rung, in both directions', () => {
    const higher = mount(LadderGuess, { props: { placement: placement(1, 'volledig') } })
    expect(higher.text()).toContain('U schatte zelf volledige integratie in. Dat is 2 treden hoger dan wat volgt uit de feiten.')
    const lower = mount(LadderGuess, { props: { placement: placement(2, 'beperkt') } })
    expect(lower.text()).toContain('één trede lager')
    const same = mount(LadderGuess, { props: { placement: placement(2, 'gedeeltelijk') } })
    expect(same.text()).toContain('Uw beeld komt overeen met de feiten')
    const none = mount(LadderGuess, { props: { placement: placement(2) } })
    expect(none.text()).toContain('U hebt geen eigen inschatting gegeven.')
  })
})
