/**
 * Splitting a step's items over parts of similar size, and the ids of those parts. Items stay in
 * order and whole (a factor is never cut between two steps).
 */

/**
 * The fewest parts that keep each at or under `max` (when no single item is larger), as even as the
 * items allow: each item goes to the part its middle falls in.
 */
export function balancedParts<T>(items: readonly T[], size: (item: T) => number, max: number): T[][] {
  const total = items.reduce((sum, item) => sum + size(item), 0)
  const count = Math.max(1, Math.ceil(total / max))
  const parts: T[][] = Array.from({ length: count }, () => [])
  let before = 0
  for (const item of items) {
    const own = size(item)
    const middle = total === 0 ? 0 : (before + own / 2) / total
    parts[Math.min(count - 1, Math.floor(middle * count))]!.push(item)
    before += own
  }
  // An item larger than a part's share can leave a part empty: no step without questions.
  const filled = parts.filter((part) => part.length > 0)
  return filled.length > 0 ? filled : [[]]
}

/** The id of a part: the plain id for the first, "<id>-2" onwards for the others. */
export function partId<B extends string>(base: B, index: number): B | `${B}-${number}` {
  return index === 0 ? base : `${base}-${index + 1}`
}

/** The base id and the part's index (0 for the first part, or a step that is not split). */
export function splitPartId<B extends string>(step: B | `${B}-${number}` | string): { base: string; index: number } {
  const match = /^(.*)-(\d+)$/.exec(step)
  if (match === null) return { base: step, index: 0 }
  return { base: match[1]!, index: Number(match[2]) - 1 }
}
