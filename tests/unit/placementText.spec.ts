import { describe, expect, it } from 'vitest'
import { nl } from '@/locales/nl'
import { placementText } from '@/lib/wording/placementText'

describe('placementText', () => {
  it('words each placement for one participant and for a team', () => {
    expect(placementText(nl, { kind: 'unknown' }, false)).toBe(nl.ladder.placement.unknown)
    expect(placementText(nl, { kind: 'unknown' }, true)).toBe(nl.ladder.placement.teamUnknown)
    expect(placementText(nl, { kind: 'settled', rung: 'beperkt' }, false)).toBe('Uit uw antwoorden volgt de trede: beperkt.')
    expect(placementText(nl, { kind: 'settled', rung: 'beperkt' }, true)).toBe('Uit de antwoorden van het team volgt de trede: beperkt.')
  })

  it('names the rungs still open above an "at least" placement, joined by "of"', () => {
    const text = placementText(nl, { kind: 'atLeast', rung: 'beperkt', higher: ['gedeeltelijk', 'volledig'] }, false)
    expect(text).toContain('ten minste de trede: beperkt')
    expect(text).toContain('Of ook gedeeltelijk of volledig aanwezig is')
    expect(placementText(nl, { kind: 'atLeast', rung: 'beperkt', higher: ['volledig'] }, true)).toContain('van het team volgt ten minste')
  })

  it('names an irregular profile: no trede, the rung in place and the absent one below it', () => {
    expect(placementText(nl, { kind: 'irregular', present: 'gedeeltelijke integratie', absent: 'beperkte integratie' }, false)).toBe(
      'Uit uw antwoorden volgt geen trede: het profiel is onregelmatig. De kenmerken van gedeeltelijke integratie zijn er, maar die van beperkte integratie, een lagere trede, niet.',
    )
    expect(placementText(nl, { kind: 'irregular', present: 'volledige integratie', absent: 'beperkte integratie' }, true)).toContain('Uit de antwoorden van het team volgt geen trede')
  })
})
