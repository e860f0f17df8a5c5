import { beforeEach, describe, expect, it, vi } from 'vitest'
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { createPinia, setActivePinia } from 'pinia'
import { useWorkshopStore } from '@/stores/workshop'
import { addLink } from '../../unit/helpers/workshopIntake'
import { useDeviceStorage } from '@/composables/useDeviceStorage'
import { parseResultFile, serializeResult } from '@/core/files/fileFormat'
import { encodeShareFragment } from '@/core/files/shareLink'
import type { ParticipantResult } from '@/core/model'

const folder = `${resolve(import.meta.dirname, '../../fixtures/participants')}/`
const file = (name: string) => ({ name, text: readFileSync(folder + name, 'utf8'), tooLarge: false })
const participant = (name: string) => JSON.parse(file(name).text) as ParticipantResult
const noord = ['noord-1.json', 'noord-2.json', 'noord-3.json', 'noord-4.json', 'noord-5.json']

beforeEach(() => {
  window.localStorage.clear()
  setActivePinia(createPinia())
})

describe('the workshop store', () => {
  it('labels participants anonymously unless they typed a name themselves', () => {
    const store = useWorkshopStore()
    const outcomes = store.addFiles(noord.map(file))
    expect(outcomes.map((outcome) => outcome.status)).toEqual(Array(5).fill('added'))
    // noord-2 and noord-4 typed a name; the other three are numbered by their place in the list.
    expect(store.participants.map((item) => item.label)).toEqual(['Deelnemer 1', 'Sanne (teamleider)', 'Deelnemer 3', 'Joost', 'Deelnemer 5'])
    expect(store.participants.map((item) => item.source)).toEqual(noord)
    expect(store.profile).toMatchObject({ team: 'Wijkteam Noord', municipality: 'Voorbeeldstad' })
    expect(store.profile).not.toHaveProperty('participant')
  })

  it('computes the team picture, including agreed scores', () => {
    const store = useWorkshopStore()
    store.addFiles(noord.map(file))
    store.setAgreed('ict', { score: 2, note: 'Eerst één dossier' })
    expect(store.team?.participantCount).toBe(5)
    const factor = (id: string) => store.team?.factors.find((row) => row.factorId === id)
    // Regie, by hand from the five files: 7/4, 19/4, 5/3, 18/4, 4/3 (two "weet ik niet"), median 1.75.
    expect(factor('regie')).toMatchObject({ values: [4 / 3, 5 / 3, 1.75, 4.5, 4.75], median: 1.75, unknown: 2, score: 1.75, status: 'knelpunt' })
    // ICT (2026.2 fixtures, ict-5 worded as the knelpunt and turned round): 6/5, 4/4, 8/5, 5/5, 8/5
    // give median 1.2; the agreed 2 is the team's score.
    expect(factor('ict')).toMatchObject({ median: 1.2, agreedScore: 2, score: 2, status: 'knelpunt' })
    expect(store.summary?.factors.find((row) => row.factorId === 'ict')?.score).toBe(2)
    expect(store.summary?.factors.find((row) => row.factorId === 'regie')?.score).toBe(1.75)
  })

  it('recognises the same answers twice, as a copy with another name or as a link, and does not count them', async () => {
    const store = useWorkshopStore()
    store.addFiles([file('noord-1.json')])
    const renamed = { ...participant('noord-1.json'), profile: { ...participant('noord-1.json').profile, participant: 'Iemand anders' } }
    const [copy] = store.addFiles([{ name: 'kopie.json', text: JSON.stringify(renamed), tooLarge: false }])
    expect(copy).toEqual({ name: 'kopie.json', status: 'duplicate', label: 'Deelnemer 1', route: 'file' })
    const link = await addLink(`https://voorbeeld.nl/#/gedeeld/${await encodeShareFragment(participant('noord-1.json'))}`)
    expect(link.status).toBe('duplicate')
    expect(store.participants).toHaveLength(1)
  })

  it('accepts a full link, the #/gedeeld/ part or the bare fragment', async () => {
    const store = useWorkshopStore()
    const fragments = await Promise.all(['wi-1.json', 'wi-2.json', 'wi-3.json'].map((name) => encodeShareFragment(participant(name))))
    const outcomes = [
      await addLink(`https://gemeente.voorbeeld/scan/#/gedeeld/${fragments[0]!}`),
      await addLink(`  #/gedeeld/${fragments[1]!}\n`),
      await addLink(fragments[2]!),
      await addLink('https://gemeente.voorbeeld/scan/#/resultaat'),
    ]
    expect(outcomes.map((outcome) => outcome.status)).toEqual(['added', 'added', 'added', 'refused'])
    expect(outcomes[3]).toEqual({ name: 'link', status: 'refused', error: { code: 'ongeldige-link' } })
    expect(store.participants.map((item) => item.route)).toEqual(['link', 'link', 'link'])
  })

  it('exports an anonymous team result with its participant count: no names, no personal notes, no keys', () => {
    const store = useWorkshopStore()
    store.addFiles(noord.map(file))
    store.setAgreed('visie', { score: 3 })
    const text = serializeResult(store.teamResult!)
    const outcome = parseResultFile(text)
    expect(outcome.ok && outcome.result.kind === 'team' && outcome.result.participantCount).toBe(5)
    expect(outcome.ok && outcome.result.kind === 'team' && outcome.result.agreed).toEqual({ visie: { score: 3 } })
    for (const name of noord) {
      const typed = participant(name).profile.participant ?? ''
      expect(typed === '' || !text.includes(typed), `name of ${name} in the team file`).toBe(true)
      for (const note of Object.values(participant(name).notes)) expect(text).not.toContain(note)
    }
    for (const item of store.participants) {
      expect(text).not.toContain(`"${item.key}"`)
      expect(text).not.toContain(item.fingerprint)
    }
  })

  it('restores the participants, their labels and agreed scores from a team file, and from the device after a reload', () => {
    const store = useWorkshopStore()
    store.addFiles(noord.map(file))
    store.rename(store.participants[0]!.key, 'Beleid')
    store.remove(store.participants[4]!.key)
    store.setAgreed('ict', { score: 1, note: 'Drie systemen' })
    const teamText = serializeResult(store.teamResult!)

    setActivePinia(createPinia())
    const reloaded = useWorkshopStore()
    expect(reloaded.participants.map((item) => item.label)).toEqual(store.participants.map((item) => item.label))
    expect(reloaded.participants[0]!.label).toBe('Beleid')
    expect(reloaded.agreed).toEqual({ ict: { score: 1, note: 'Drie systemen' } })

    reloaded.clear()
    expect(reloaded.participants).toEqual([])
    const [outcome] = reloaded.addFiles([{ name: 'team.json', text: teamText, tooLarge: false }])
    expect(outcome).toEqual({ name: 'team.json', status: 'team', count: 4 })
    expect(reloaded.agreed).toEqual({ ict: { score: 1, note: 'Drie systemen' } })
    expect(reloaded.team).toEqual(store.team)
  })

  it('forgets everything when all data on this device is wiped', () => {
    const store = useWorkshopStore()
    store.addFiles(noord.map(file))
    useDeviceStorage().clearAll()
    expect(store.participants).toEqual([])
    expect(store.team).toBeNull()
    setActivePinia(createPinia())
    expect(useWorkshopStore().participants).toEqual([])
  })

  it('keeps working in memory and says so when the browser refuses to store the workshop', () => {
    const store = useWorkshopStore()
    store.addFiles(noord.slice(0, 2).map(file))
    expect(store.notStored).toBe(false)
    const full = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('vol', 'QuotaExceededError')
    })
    try {
      const outcomes = store.addFiles([file('noord-3.json')])
      expect(outcomes[0]!.status).toBe('added')
    } finally {
      full.mockRestore()
    }
    expect(store.participants).toHaveLength(3)
    // The last workshop that fitted stays on the device, and the page says so.
    expect(store.notStored).toBe('earlier')
    setActivePinia(createPinia())
    expect(useWorkshopStore().participants).toHaveLength(2)
    store.addFiles([file('noord-4.json')])
    expect(store.notStored).toBe(false)
  })

  it('drops the labels, not the team, when only the labels did not fit', () => {
    const store = useWorkshopStore()
    store.addFiles(noord.slice(0, 2).map(file))
    const setItem = window.localStorage.setItem.bind(window.localStorage)
    const labelsFull = vi.spyOn(window.localStorage, 'setItem').mockImplementation((key: string, value: string) => {
      if (key === 'integraalscan:workshop-labels') throw new DOMException('vol', 'QuotaExceededError')
      setItem(key, value)
    })
    try {
      store.addFiles([file('noord-3.json')])
    } finally {
      labelsFull.mockRestore()
    }
    expect(store.notStored).toBe('earlier')
    expect(window.localStorage.getItem('integraalscan:workshop-labels')).toBeNull()
    setActivePinia(createPinia())
    expect(useWorkshopStore().participants).toHaveLength(3)
  })

  it('says that nothing is on the device when not even the first version fitted', () => {
    const store = useWorkshopStore()
    const full = vi.spyOn(window.localStorage, 'setItem').mockImplementation(() => {
      throw new DOMException('vol', 'QuotaExceededError')
    })
    try {
      store.addFiles(noord.slice(0, 2).map(file))
    } finally {
      full.mockRestore()
    }
    expect(store.participants).toHaveLength(2)
    expect(store.notStored).toBe('nothing')
  })
})

describe('a large workshop', () => {
  /** 1,000 distinct participants: the noord answers with a few scores moved, as a real room gives. */
  function thousandFiles() {
    const base = participant('noord-1.json')
    const ids = Object.keys(base.answers)
    return Array.from({ length: 1000 }, (_, index) => {
      const answers = { ...base.answers }
      for (let digit = 0, rest = index; digit < 5; digit += 1, rest = Math.floor(rest / 5)) answers[ids[digit]!] = ((rest % 5) + 1) as 1
      return { name: `d-${index + 1}.json`, text: JSON.stringify({ ...base, answers, profile: { participant: `Deelnemer ${index + 1}` } }), tooLarge: false }
    })
  }

  it('comes back after a reload, and its exported team file opens again in a workshop', () => {
    const store = useWorkshopStore()
    const outcomes = store.addFiles(thousandFiles())
    expect(outcomes.filter((outcome) => outcome.status === 'added')).toHaveLength(1000)
    expect(store.notStored).toBe(false)
    const teamText = serializeResult(store.teamResult!)
    // More than a single result file may be: a participant's file of this size is refused.
    expect(teamText.length).toBeGreaterThan(2 * 1024 * 1024)

    setActivePinia(createPinia())
    const reloaded = useWorkshopStore()
    expect(reloaded.participants).toHaveLength(1000)
    expect(reloaded.team).toEqual(store.team)

    reloaded.clear()
    const [opened] = reloaded.addFiles([{ name: 'team.json', text: teamText, tooLarge: false }])
    expect(opened).toEqual({ name: 'team.json', status: 'team', count: 1000 })
  })
})

describe('saving after the paint', () => {
  const stored = () => window.localStorage.getItem('integraalscan:workshop')

  it('writes the workshop once the picture is on screen, not before', async () => {
    const store = useWorkshopStore()
    store.addFiles(noord.map(file), 'after-paint')
    expect(store.participants).toHaveLength(5)
    expect(stored()).toBeNull()
    await vi.waitFor(() => expect(stored()).not.toBeNull())
    setActivePinia(createPinia())
    expect(useWorkshopStore().participants).toHaveLength(5)
  })

  it('writes at once when the page is left before the paint', () => {
    const store = useWorkshopStore()
    store.addFiles(noord.map(file), 'after-paint')
    window.dispatchEvent(new Event('pagehide'))
    expect(stored()).not.toBeNull()
  })

  it('a save that happens in between leaves nothing pending, and a refused file schedules nothing', () => {
    vi.useFakeTimers()
    const store = useWorkshopStore()
    store.addFiles([file('noord-1.json')], 'after-paint')
    store.setAgreed('ict', { score: 2 })
    const afterAgreed = stored()
    expect(afterAgreed).not.toBeNull()
    const write = vi.spyOn(window.localStorage, 'setItem')
    store.addFiles([{ name: 'kapot.json', text: '{', tooLarge: false }], 'after-paint')
    // Every frame and timer scheduled so far, the first file's included, runs now: none may write.
    vi.runAllTimers()
    expect(write).not.toHaveBeenCalled()
    expect(stored()).toBe(afterAgreed)
  })
})
