/** Pixel positions for the small hand-drawn SVG plots (the series timeline and trend charts). */

/** The drawing's size and the margins (for labels) around its plot area, in SVG units. */
export interface PlotBox {
  width: number
  height: number
  left: number
  right: number
  top: number
  bottom: number
}

/** Where item `index` of `count` stands, evenly spread across the plot area; a lone item stands in the middle. */
export function spreadX(box: PlotBox, index: number, count: number): number {
  const from = box.left
  const to = box.width - box.right
  return count <= 1 ? (from + to) / 2 : from + (index * (to - from)) / (count - 1)
}

/** A value on a scale from `low` to `high`, drawn upwards: `high` at the plot area's top, `low` at its bottom. */
export function scaleY(box: PlotBox, value: number, low: number, high: number): number {
  return box.top + ((high - value) * (box.height - box.bottom - box.top)) / (high - low)
}
