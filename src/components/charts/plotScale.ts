/** Pixel positions for the small hand-drawn SVG plots (the series timeline and trend charts). */

/** Where item `index` of `count` stands, evenly spread from `from` to `to`; a lone item stands in the middle. */
export function spreadX(index: number, count: number, from: number, to: number): number {
  return count <= 1 ? (from + to) / 2 : from + (index * (to - from)) / (count - 1)
}

/** A value on a scale from `low` to `high`, drawn upwards: `high` at pixel `top`, `low` at pixel `bottom`. */
export function scaleY(value: number, low: number, high: number, top: number, bottom: number): number {
  return top + ((high - value) * (bottom - top)) / (high - low)
}
