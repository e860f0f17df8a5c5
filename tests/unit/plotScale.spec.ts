import { describe, expect, it } from 'vitest'
import { scaleY, spreadX, type PlotBox } from '@/lib/charts/plotScale'

const box: PlotBox = { width: 640, height: 190, left: 190, right: 30, top: 20, bottom: 40 }

describe('plot scales', () => {
  it('spreads moments from the left margin to the right one', () => {
    expect([0, 1, 2].map((index) => spreadX(box, index, 3))).toEqual([190, 400, 610])
  })

  it('puts a lone moment in the middle of the plot area, not of the drawing', () => {
    expect(spreadX(box, 0, 1)).toBe(400)
    expect(spreadX(box, 0, 0)).toBe(400)
  })

  it('draws the top of the scale at the top margin and the bottom above the bottom margin', () => {
    expect(scaleY(box, 3, 0, 3)).toBe(20)
    expect(scaleY(box, 0, 0, 3)).toBe(150)
    expect(scaleY({ ...box, height: 96, top: 8, bottom: 8 }, 3, 1, 5)).toBe(48)
  })
})
