import { describe, expect, it } from 'vitest'
import { emptyWorkshop, renamedParticipant, takeIn, withKnownProfile, withLabels, workshopFromTeam, workshopLabels, type Incoming, type Naming } from '@/core/team/workshopState'
import { buildAnswers, buildParticipant, buildTeam, scores } from './helpers/builders'

const naming = (): Naming => {
  let next = 0
  return { key: () => `k${(next += 1)}`, numbered: (position) => `Nr. ${position}` }
}
const result = (overrides: Parameters<typeof buildParticipant>[0], name: string, route: Incoming['route'] = 'file'): Incoming => ({
  ok: true,
  received: { kind: 'result', result: buildParticipant(overrides) },
  name,
  route,
})

describe('taking hand-ins into a workshop', () => {
  it('numbers anonymous participants by place, keeps a typed name, and names the workshop after the first team only', () => {
    const first = result({ answers: scores('f1', 4), profile: { team: 'Noord', municipality: 'Ede', participant: 'Anna', role: 'teamleider' } }, 'a.json')
    const second = result({ answers: scores('f1', 2) }, 'b.json')
    const taken = takeIn(naming(), emptyWorkshop(), [first, second])
    expect(taken.changed).toBe(true)
    expect(taken.outcomes).toEqual([
      { status: 'added', name: 'a.json', label: 'Anna', route: 'file' },
      { status: 'added', name: 'b.json', label: 'Nr. 2', route: 'file' },
    ])
    expect(taken.workshop.participants.map(({ key, label, source }) => ({ key, label, source }))).toEqual([
      { key: 'k1', label: 'Anna', source: 'a.json' },
      { key: 'k2', label: 'Nr. 2', source: 'b.json' },
    ])
    // Municipality and team, never her name or role.
    expect(taken.workshop.profile).toEqual({ team: 'Noord', municipality: 'Ede' })
  })

  it('changes nothing for a duplicate or a refused file, and replaces a participant’s earlier hand-in by her id', () => {
    const start = takeIn(naming(), emptyWorkshop(), [result({ answers: scores('f1', 4), handinId: 'aaaaaaaaaaaa' }, 'code', 'camera')]).workshop
    const again = takeIn(naming(), start, [
      result({ answers: scores('f1', 4), handinId: 'aaaaaaaaaaaa' }, 'kopie.json'),
      { ok: false, error: { code: 'geen-json' }, name: 'kapot.json', route: 'file' },
    ])
    expect(again.changed).toBe(false)
    expect(again.workshop).toBe(start)
    expect(again.outcomes.map((outcome) => outcome.status)).toEqual(['duplicate', 'refused'])
    const newer = takeIn(naming(), start, [result({ answers: scores('f1', 2), handinId: 'aaaaaaaaaaaa' }, 'anna.json')])
    expect(newer.outcomes).toEqual([{ status: 'replaced', name: 'anna.json', label: 'Nr. 1', route: 'file' }])
    expect(newer.workshop.participants).toHaveLength(1)
    expect(newer.workshop.participants[0]).toMatchObject({ route: 'file', source: 'anna.json', replaced: 1, answers: { answers: { 'f1-s1': 2 } } })
  })

  it('adds a team file’s participants and fills in only what the workshop has not set itself', () => {
    const start = { ...emptyWorkshop(), agreed: { f1: { score: 2 } } }
    const team = buildTeam([buildAnswers({ answers: scores('f1', 1) }), buildAnswers({ answers: scores('f1', 5) })], {
      agreed: { f1: { score: 4 } },
      profile: { team: 'Zuid' },
      actions: [{ factorId: 'f1', what: 'Overleg', who: 'Team', when: 'Q2' }],
    })
    const taken = takeIn(naming(), start, [{ ok: true, received: { kind: 'result', result: team }, name: 'team.json', route: 'file' }])
    expect(taken.outcomes).toEqual([{ status: 'team', name: 'team.json', count: 2 }])
    expect(taken.workshop.agreed).toEqual({ f1: { score: 2 } })
    expect(taken.workshop.profile).toEqual({ team: 'Zuid' })
    expect(taken.workshop.actions).toEqual([{ factorId: 'f1', what: 'Overleg', who: 'Team', when: 'Q2' }])
    expect(taken.workshop.participants.map((item) => [item.label, item.route])).toEqual([['Nr. 1', 'team'], ['Nr. 2', 'team']])
  })
})

describe('the labels beside the stored team file', () => {
  it('name the reopened participants by position, and labels of before routes were stored still say where they came from', () => {
    const opened = workshopFromTeam(naming(), buildTeam([buildAnswers({ answers: scores('f1', 1) }), buildAnswers({ answers: scores('f1', 3) }), buildAnswers({ answers: scores('f1', 5) })]))
    const named = withLabels(opened, [{ label: 'Beleid', source: 'link' }, { label: 'Sanne', source: 'sanne.json', route: 'file', replaced: 2 }])
    expect(named.participants.map(({ label, route, source, replaced }) => ({ label, route, source, replaced }))).toEqual([
      { label: 'Beleid', route: 'link', source: 'link', replaced: 0 },
      { label: 'Sanne', route: 'file', source: 'sanne.json', replaced: 2 },
      { label: 'Nr. 3', route: 'team', source: '', replaced: 0 },
    ])
    expect(workshopLabels(named)).toEqual([
      { label: 'Beleid', source: 'link', route: 'link' },
      { label: 'Sanne', source: 'sanne.json', route: 'file', replaced: 2 },
      { label: 'Nr. 3', source: '', route: 'team' },
    ])
  })

  it('a blank new name and a profile that is already known change nothing', () => {
    const opened = workshopFromTeam(naming(), buildTeam([buildAnswers()], { profile: { team: 'Noord', date: '2026-12-07' } }))
    expect(renamedParticipant(opened, 'k1', '   ')).toBeNull()
    expect(renamedParticipant(opened, 'k1', ' Uitvoering ')?.participants[0]?.label).toBe('Uitvoering')
    expect(withKnownProfile(opened, { team: 'Zuid' })).toBeNull()
    expect(withKnownProfile(opened, { municipality: 'Ede' })?.profile).toEqual({ team: 'Noord', date: '2026-12-07', municipality: 'Ede' })
  })
})
