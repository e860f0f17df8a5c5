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
