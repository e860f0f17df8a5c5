import { describe, expect, it } from 'vitest'
import { radarLayout, shortened } from '@/lib/charts/printRadarImage'
import { questionnaire } from '@/content/questionnaire'

describe('printRadarImage layout', () => {
  it('names the axes of a small radar around it', () => {
    expect(radarLayout(8, 680)).toEqual({ numbered: false, listWidth: 0 })
  })

  it('numbers the axes of a radar of every factor and lists the names in a column at the right', () => {
    // Every factor with the client module: the names used to run into each other at the top and bottom.
    const layout = radarLayout(questionnaire.factors.length, 680)
    expect(layout.numbered).toBe(true)
    expect(layout.listWidth).toBeGreaterThan(200)
    expect(layout.listWidth).toBeLessThan(680 / 2)
  })

  it('shortens a long legend entry with an ellipsis and leaves a short one alone', () => {
    expect(shortened('A: Wijkteam Noord', 46)).toBe('A: Wijkteam Noord')
    const long = shortened('B: Sociaal wijkteam Noord-Oost en Werk en Inkomen samen, 23 november 2026', 46)
    expect(long).toHaveLength(46)
    expect(long.endsWith('…')).toBe(true)
  })
})
