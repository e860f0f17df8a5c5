import { describe, expect, it } from 'vitest'
import { mount, RouterLinkStub } from '@vue/test-utils'
import ResultsTensions from '@/components/results/ResultsTensions.vue'
import { questionnaire } from '@/content/questionnaire'
import { summarize } from '@/core/scan/summary'
import { buildAnswers } from '../../unit/helpers/builders'

describe('ResultsTensions', () => {
  it('shows the scores of a measured pair, and for a pair that does not measure the tension says so instead of a gap', () => {
    // Every statement answered: every factor has a score, so only `measured` decides what is shown.
    const answers = buildAnswers({ answers: Object.fromEntries(questionnaire.factors.flatMap((f) => f.statements.map((s) => [s.id, 4]))) })
    const wrapper = mount(ResultsTensions, { props: { tensions: summarize(questionnaire, answers).tensions }, global: { stubs: { RouterLink: RouterLinkStub } } })
    const item = (id: string) => wrapper.get(`[data-tension="${id}"]`).text()
    expect(wrapper.findAll('[data-tension]')).toHaveLength(questionnaire.tensions.length)
    expect(item('informatie-versus-vertrouwen')).toContain('Delen van informatie (en privacy):')
    expect(item('eigen-regie-versus-veiligheid')).toContain('De stellingen van Eigen regie van de inwoner en Delen van informatie (en privacy) meten de twee kanten van deze spanning niet.')
    expect(item('eigen-regie-versus-veiligheid')).not.toContain('Geen score')
    // The unmeasured pairs come last.
    const order = wrapper.findAll('[data-tension]').map((node) => node.attributes('data-tension'))
    expect(order.slice(-3)).toEqual(['ruimte-versus-sturing', 'eigen-regie-versus-veiligheid', 'leefwereld-versus-systeemwereld'])
  })
})
