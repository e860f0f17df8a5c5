/**
 * Safe lookups in the string-keyed records of a result (answers, ladder, notes, agreed).
 * `record[id]` on a plain object also finds inherited members: an id like "constructor" would
 * return Object's constructor function instead of "no answer". Only own properties count.
 */
export function ownValue<V>(record: Readonly<Record<string, V>>, key: string): V | undefined {
  // Fast path: a key that names no member of Object.prototype cannot be inherited, so one plain
  // lookup suffices. Teams of 1,000 participants make tens of thousands of these lookups.
  if (!(key in Object.prototype)) return record[key]
  return Object.hasOwn(record, key) ? record[key] : undefined
}

/**
 * A lookup that must succeed because the map was built from the same questionnaire; a miss is a
 * programming error and says which id was missing, rather than failing later on `undefined`.
 */
export function required<V>(found: V | undefined, what: string): V {
  if (found === undefined) throw new Error(`missing ${what}`)
  return found
}
