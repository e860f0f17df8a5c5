import { describe, expect, it } from 'vitest'
import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'

/**
 * The app speaks to its user as "u" everywhere, the hand-in on a participant's phone included.
 * (The content's advice may use the generic "je", as in "zo voorkom je", and is not checked here.)
 */
describe('the Dutch UI text', () => {
  it('addresses the user as "u", never as "je" or "jij"', () => {
    const folder = join(import.meta.dirname, '../../src/locales/nl')
    const informal = readdirSync(folder)
      .filter((name) => name.endsWith('.ts'))
      .flatMap((name) =>
        readFileSync(join(folder, name), 'utf8')
          .split('\n')
          .map((line, index) => ({ where: `${name}:${index + 1}`, line }))
          .filter(({ line }) => /\b(je|jij|jou|jouw)\b/i.test(line) && !line.trim().startsWith('//') && !line.trim().startsWith('*')),
      )
      .map(({ where }) => where)
    expect(informal).toEqual([])
  })
})
