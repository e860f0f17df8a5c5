import { describe, expect, it } from 'vitest'
import { MIN_GROUP_SIZE, SUNNIER_GAP, compareRoleGroups } from '@/core/team/roleGroups'
import { parseResultFile } from '@/core/files/fileFormat'
import { answersOf, toTeamResult } from '@/core/files/newResult'
import type { RoleGroup } from '@/core/model'
import { buildAnswers, buildParticipant, buildQuestionnaire, scores } from './helpers/builders'

const q = buildQuestionnaire({ factors: 2, clientFactors: 0, statementsPerFactor: 2 })
const member = (roleGroup: RoleGroup | undefined, f1: 1 | 2 | 3 | 4 | 5, f2: 1 | 2 | 3 | 4 | 5 = 3) =>
  buildAnswers({ answers: { ...scores('f1', f1), ...scores('f2', f2) }, ...(roleGroup ? { roleGroup } : {}) })

describe('role groups', () => {
  it('shows groups of three or more and says who sees it sunnier, largest difference first', () => {
    expect([MIN_GROUP_SIZE, SUNNIER_GAP]).toEqual([3, 0.5])
    const comparison = compareRoleGroups(q, [
      member('management', 5, 3), member('management', 4, 3), member('management', 5, 4),
      member('uitvoering', 2, 3), member('uitvoering', 3, 3), member('uitvoering', 2, 3), member('uitvoering', 4, 3),
      member(undefined, 1, 1),
    ])
    expect(comparison.groups).toEqual([{ group: 'uitvoering', count: 4 }, { group: 'management', count: 3 }])
    expect(comparison.suppressed).toBe(false)
    // f1: uitvoering 2, 2, 3, 4 → 2.5; management 4, 5, 5 → 5; gap 2.5. f2: 3 vs 3 → gap 0, nobody sunnier.
    expect(comparison.rows).toEqual([
      { factorId: 'f1', medians: [2.5, 5], sunniest: 'management', gap: 2.5 },
      { factorId: 'f2', medians: [3, 3], sunniest: null, gap: 0 },
    ])
  })

  it('leaves a group of two out entirely and only says that someone was left out', () => {
    const comparison = compareRoleGroups(q, [
      member('beleid', 1), member('beleid', 2), member('beleid', 1),
      member('uitvoering', 4), member('uitvoering', 4), member('uitvoering', 5),
      member('management', 5), member('management', 5),
    ])
    expect(comparison.groups.map((column) => column.group)).toEqual(['beleid', 'uitvoering'])
    expect(comparison.suppressed).toBe(true)
    expect(JSON.stringify(comparison)).not.toContain('management')
    expect(comparison.rows.every((row) => row.medians.length === 2)).toBe(true)
  })

  it('suppresses at n < 3 exactly: a group of 3 is shown, of 2 or 1 is not', () => {
    for (const size of [1, 2, 3]) {
      const others = [member('beleid', 2), member('beleid', 2), member('beleid', 2)]
      const group = Array.from({ length: size }, () => member('werk-inkomen', 5))
      const comparison = compareRoleGroups(q, [...others, ...group])
      const shown = comparison.groups.some((column) => column.group === 'werk-inkomen')
      expect(shown).toBe(size >= 3)
      expect(comparison.suppressed).toBe(size < 3)
    }
  })

  it('compares nothing with fewer than two groups to show, so one group cannot be read off against the team', () => {
    const comparison = compareRoleGroups(q, [member('beleid', 1), member('beleid', 2), member('beleid', 1), member('management', 5)])
    expect(comparison.groups).toEqual([{ group: 'beleid', count: 3 }])
    expect(comparison.rows).toEqual([])
    expect(compareRoleGroups(q, []).rows).toEqual([])
  })
})

describe('the role group in files', () => {
  it('travels in a participant file and in the anonymous team file, without a name', () => {
    const participant = { ...buildParticipant({ profile: { participant: 'Sanne', role: 'Manager' } }), roleGroup: 'management' as const }
    const read = parseResultFile(JSON.stringify(participant))
    expect(read.ok && read.result.kind === 'deelnemer' && read.result.roleGroup).toBe('management')
    if (!read.ok || read.result.kind !== 'deelnemer') return
    const team = toTeamResult({ questionnaireVersion: '1', profile: {}, participants: [answersOf(read.result), member('management', 4), member('management', 2)], agreed: {}, actions: [], savedAt: '' })
    expect(team.participants[0]).toMatchObject({ roleGroup: 'management', profile: {} })
    expect(JSON.stringify(team)).not.toContain('Sanne')
  })

  it('keeps no trace of a role group of fewer than three in a team file', () => {
    const team = toTeamResult({
      questionnaireVersion: '1',
      profile: {},
      participants: [member('beleid', 1), member('beleid', 2), member('beleid', 3), member('management', 5), member('management', 4, 2)],
      agreed: {},
      actions: [],
      savedAt: '',
    })
    expect(team.participants.map((participant) => participant.roleGroup)).toEqual(['beleid', 'beleid', 'beleid', undefined, undefined])
    expect(JSON.stringify(team)).not.toContain('management')
  })

  it('opens older files without a role group, and refuses a role group that is not on the list', () => {
    const old = buildParticipant()
    expect(parseResultFile(JSON.stringify(old)).ok).toBe(true)
    expect(parseResultFile(JSON.stringify({ ...old, roleGroup: 'Sanne de manager' })).ok).toBe(false)
  })
})
