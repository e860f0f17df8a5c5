import { describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { questionnaire } from '@/content/questionnaire'
import { parseResultFile } from '@/core/files/fileFormat'
import { answersOf } from '@/core/files/newResult'
import { aggregateTeam } from '@/core/team/aggregate'
import { discussionAgenda } from '@/core/team/agenda'
import { readAgenda } from '@/core/team/agendaSchema'
import { readScreenMessage } from '@/composables/useProjectorLink'

/** Issue #23 items 6 and 8: the agenda closes with the team radar, the ladder and the actions; each arrives checked on its own. */
const folder = resolve(import.meta.dirname, '../fixtures/participants')
const participants = readdirSync(folder).map((file) => {
  const read = parseResultFile(readFileSync(resolve(folder, file), 'utf8'))
  if (!read.ok || read.result.kind !== 'deelnemer') throw new Error(file)
  return answersOf(read.result)
})
const team = aggregateTeam(questionnaire, participants)
const [late, early] = [questionnaire.factors.at(-1)!.id, team.agenda[0]!]
const actions = [
  { factorId: late, what: 'Eén casusoverleg per maand', who: 'Teamleider', when: 'Voor 1 maart' },
  { factorId: early, what: 'Gezamenlijke intake uitproberen', who: 'Anna en Bram', when: 'Q2' },
]
const agenda = discussionAgenda(questionnaire, team, { radarLabels: { caption: 'Radar', median: 'Mediaan', band: 'Spreiding' }, actions })
const roundTrip = (value: unknown) => readAgenda(JSON.parse(JSON.stringify(value)))

describe('the closing slides in the agenda', () => {
  it('carries the team radar, the ladder with its counts per rung, and the actions in the order of the conversation', () => {
    expect(agenda.radar?.labels.length).toBe(agenda.radar?.series[0]?.values.length)
    expect(agenda.ladder?.counts.map((rung) => rung.rungId)).toEqual(['geen', 'beperkt', 'gedeeltelijk', 'volledig'])
    expect(agenda.ladder!.counts.reduce((sum, rung) => sum + rung.count, 0) + agenda.ladder!.unknown).toBe(team.participantCount)
    expect(agenda.actions?.map((action) => action.factorId)).toEqual([early, late])
    expect(agenda.actions?.[0]?.title).toBe(questionnaire.factors.find((factor) => factor.id === early)?.title)
  })

  it('has none of them without the radar words and the actions (an older workshop window)', () => {
    const bare = discussionAgenda(questionnaire, team)
    expect([bare.radar, bare.ladder, bare.actions]).toEqual([undefined, undefined, undefined])
    expect(roundTrip(bare)).toEqual({ agenda: bare, dropped: 0, factors: bare.items.length })
  })

  it('comes across whole, and a newer field it does not know does not blank the projector', () => {
    expect(roundTrip(agenda)).toEqual({ agenda, dropped: 0, factors: agenda.items.length })
    const newer = roundTrip({ ...agenda, summary: { kind: 'later' }, ladder: { ...agenda.ladder, trend: 'up' } })
    expect(newer?.dropped).toBe(0)
    expect(newer?.agenda.ladder?.sentence).toEqual(agenda.ladder?.sentence)
  })

  it('leaves out a damaged or hostile closing field and counts it, and shows the rest', () => {
    const series = agenda.radar!.series
    const hostile = [
      { radar: { ...agenda.radar, series: [{ ...series[0], values: series[0]!.values.slice(1) }] }, left: 'radar' },
      { radar: { ...agenda.radar, series: [{ ...series[0], values: series[0]!.values.map(() => 99) }] }, left: 'radar' },
      { radar: '<img src=x onerror=alert(1)>', left: 'radar' },
      { ladder: { ...agenda.ladder, rung: 7 }, left: 'ladder' },
      { ladder: { ...agenda.ladder, sentence: { kind: 'script', rung: 'x' } }, left: 'ladder' },
      { ladder: { ...agenda.ladder, counts: [{ rungId: 'onbestaand', title: 'x', count: 1 }] }, left: 'ladder' },
      { ladder: { ...agenda.ladder, unknown: -1 }, left: 'ladder' },
      { actions: { length: 3 }, left: 'actions' },
    ] as const
    for (const { left, ...damage } of hostile) {
      const read = roundTrip({ ...agenda, ...damage })
      expect(read?.dropped, left).toBe(1)
      expect(read?.agenda[left], left).toBeUndefined()
      const kept = (['radar', 'ladder', 'actions'] as const).filter((field) => field !== left)
      expect(kept.map((field) => read?.agenda[field]), left).toEqual(kept.map((field) => agenda[field]))
      expect(read?.agenda.items).toEqual(agenda.items)
    }
  })

  it('leaves out each damaged action on its own and keeps the others', () => {
    const read = roundTrip({ ...agenda, actions: [agenda.actions![0], { ...agenda.actions![1], who: 42 }, null, { factorId: 'x', title: 'y', what: 'a'.repeat(30_000), who: '', when: '' }] })
    expect(read?.dropped).toBe(3)
    expect(read?.agenda.actions).toEqual([agenda.actions![0]])
  })

  it('counts a damaged item and a damaged closing field together, and keeps the number of factor slides sent', () => {
    const message = JSON.stringify({
      tool: 'integraalscan-projector',
      type: 'state',
      agenda: { ...agenda, items: [null, ...agenda.items], radar: 5 },
      position: { slide: agenda.items.length + 2, revealed: false, blank: false },
    })
    const read = readScreenMessage(message)
    expect(read?.dropped).toBe(2)
    expect(read?.factors).toBe(agenda.items.length + 1)
    expect(read?.agenda.ladder).toEqual(agenda.ladder)
  })
})
