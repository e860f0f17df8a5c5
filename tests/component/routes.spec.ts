import { describe, expect, it } from 'vitest'
import type { RouteLocationRaw } from 'vue-router'
import { router } from '@/router'

/**
 * Links and navigations name their page; the addresses stay exactly as they were, because shared
 * links, invitations and bookmarks in the wild use them.
 */
const addresses: [RouteLocationRaw & { name: string }, string][] = [
  [{ name: 'start' }, '#/'],
  [{ name: 'questionnaire' }, '#/vragenlijst'],
  [{ name: 'questionnaire', params: { step: 'thema-visie' } }, '#/vragenlijst/thema-visie'],
  [{ name: 'result' }, '#/resultaat'],
  [{ name: 'shared', params: { payload: 'r1.abc' } }, '#/gedeeld/r1.abc'],
  [{ name: 'handin' }, '#/inleveren'],
  [{ name: 'invitation', params: { code: 'U1ABC' } }, '#/uitnodiging/U1ABC'],
  [{ name: 'round-two' }, '#/ronde-2'],
  [{ name: 'workshop' }, '#/workshop'],
  [{ name: 'workshop', params: { phase: 'binnenhalen' } }, '#/workshop/binnenhalen'],
  [{ name: 'compare' }, '#/vergelijken'],
  [{ name: 'series' }, '#/reeks'],
  [{ name: 'saved' }, '#/bewaard'],
  [{ name: 'print', params: { report: 'resultaat' } }, '#/afdrukken/resultaat'],
  [{ name: 'print', params: { report: 'vergelijking' } }, '#/afdrukken/vergelijking'],
  [{ name: 'projector' }, '#/projector'],
  [{ name: 'about', hash: '#begrip-casusregie' }, '#/over#begrip-casusregie'],
]

describe('named routes', () => {
  it.each(addresses)('%o is at %s', (to, href) => {
    expect(router.resolve(to).href).toBe(href)
  })

  it('names every page the router knows', () => {
    const named = new Set(addresses.map(([to]) => to.name))
    expect(router.getRoutes().filter((route) => route.name !== 'not-found').map((route) => route.name).sort()).toEqual([...named].sort())
  })

  it('opens the old addresses on their page', () => {
    expect(router.resolve('/vragenlijst/thema-visie').name).toBe('questionnaire')
    expect(router.resolve('/uitnodiging/U1ABC').params).toEqual({ code: 'U1ABC' })
    expect(router.resolve('/afdrukken/reeks').name).toBe('print')
    expect(router.resolve('/afdrukken/iets-anders').name).toBe('not-found')
  })
})
