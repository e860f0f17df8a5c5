import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { questionnaire } from '@/content/questionnaire'
import { parseResultFile } from '@/core/files/fileFormat'
import { answersOf } from '@/core/files/newResult'
import { aggregateTeam } from '@/core/team/aggregate'
import { discussionAgenda } from '@/core/team/agenda'
import { fromOwnSide, readScreenMessage } from '@/composables/useProjectorLink'

/** Issue #25 item 5: the projector renders only what its own opener sends, and only items that fit. */
const folder = resolve(import.meta.dirname, '../fixtures/participants')
const participants = readdirSync(folder).map((file) => {
  const read = parseResultFile(readFileSync(resolve(folder, file), 'utf8'))
  if (!read.ok || read.result.kind !== 'deelnemer') throw new Error(file)
  return answersOf(read.result)
})
const agenda = discussionAgenda(questionnaire, aggregateTeam(questionnaire, participants))
const position = { slide: 1, revealed: true, blank: false }
const message = (value: unknown) => JSON.stringify({ tool: 'integraalscan-projector', type: 'state', agenda: value, position })

describe('a message to the projector screen', () => {
  it('brings the whole agenda of a real team across, item for item', () => {
    expect(agenda.items.length).toBeGreaterThan(2)
    expect(readScreenMessage(message(agenda))).toEqual({ tool: 'integraalscan-projector', type: 'state', agenda, position, dropped: 0, factors: agenda.items.length })
  })

  it('leaves out each damaged item and counts it, and keeps the others in their order', () => {
    const [first, second, third, ...rest] = agenda.items
    const damaged = [
      { ...second, counts: [1, 2, 3] },
      { ...third, title: 42 },
      { ...first, median: 'hoog' },
      null,
      'een dia',
    ]
    const read = readScreenMessage(message({ ...agenda, items: [first, ...damaged, ...rest] }))
    expect(read?.dropped).toBe(5)
    expect(read?.agenda.items.map((item) => item.factorId)).toEqual([first, ...rest].map((item) => item!.factorId))
  })

  it('is no message at all without a readable frame: no item list, a count that is text, a position beyond sense', () => {
    expect(readScreenMessage(message({ ...agenda, items: undefined }))).toBeNull()
    expect(readScreenMessage(message({ ...agenda, participantCount: '9' }))).toBeNull()
    expect(readScreenMessage(JSON.stringify({ tool: 'integraalscan-projector', type: 'state', agenda, position: { slide: -1, revealed: true, blank: false } }))).toBeNull()
    expect(readScreenMessage('{"tool":"iets-anders","type":"state"}')).toBeNull()
  })
})

describe('which window the projector listens to', () => {
  const opener = {}
  const http = { origin: 'http://127.0.0.1:4173', protocol: 'http:' }
  const file = { origin: 'null', protocol: 'file:' }

  it('over http: its opener, on its own origin only', () => {
    expect(fromOwnSide({ source: opener as Window, origin: 'http://127.0.0.1:4173' }, opener, http)).toBe(true)
    expect(fromOwnSide({ source: opener as Window, origin: 'http://127.0.0.1:4174' }, opener, http)).toBe(false)
    expect(fromOwnSide({ source: opener as Window, origin: 'null' }, opener, http)).toBe(false)
    expect(fromOwnSide({ source: {} as Window, origin: 'http://127.0.0.1:4173' }, opener, http)).toBe(false)
    expect(fromOwnSide({ source: null, origin: 'http://127.0.0.1:4173' }, null, http)).toBe(false)
  })

  it('opened from disk (origin "null"): its opener only, and only when that is a page from disk too', () => {
    expect(fromOwnSide({ source: opener as Window, origin: 'null' }, opener, file)).toBe(true)
    expect(fromOwnSide({ source: opener as Window, origin: 'file://' }, opener, file)).toBe(true)
    expect(fromOwnSide({ source: opener as Window, origin: 'https://elders.example' }, opener, file)).toBe(false)
    expect(fromOwnSide({ source: {} as Window, origin: 'null' }, opener, file)).toBe(false)
  })
})
