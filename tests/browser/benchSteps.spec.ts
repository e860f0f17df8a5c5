import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync, readdirSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Browser } from 'playwright-core'
import { launch, type Session } from './support/browser'

/**
 * `npm run bench` drives the app through the same pages as a facilitator, by selectors. It is not
 * run in CI (its timings vary), so when the workshop moved its file input into a phase, the bench
 * stopped halfway and nobody saw it. These tests walk the bench's browser steps with a few
 * participants, asserting only that each step arrives where it should; no timing is checked.
 */
type Participant = Record<string, unknown>
type Teams = [number, Participant[]][]
interface WorkshopBench {
  workshop(browser: Browser, baseUrl: string, teams: Teams): Promise<{ participants: number; addAndRenderMs: number }[]>
  workshopBudget(browser: Browser, baseUrl: string, teams: Teams, budgets: [number, number][]): Promise<{ participants: number; runsMs: number[] }[]>
}
interface PrintBench {
  printBench(browser: Browser, baseUrl: string, participants: Participant[]): Promise<{ participants: number; pdfKB: number; runsMs: number[] }>
}

const benchModule = (name: string): Promise<unknown> => import(pathToFileURL(resolve('scripts/bench', name)).href)
const folder = resolve('tests/fixtures/participants')
const participants: Participant[] = readdirSync(folder).map((file) => JSON.parse(readFileSync(resolve(folder, file), 'utf8')) as Participant)
/**
 * Fifteen participants: the bench's budget run spreads them over five role groups, and a group is
 * shown from three people on. Each copy of a fixture has its first answer moved, so that none is
 * taken for the same person handing in twice.
 */
function fifteen(): Participant[] {
  const copies = participants.slice(0, 15 - participants.length).map((base) => {
    const answers = { ...(base.answers as Record<string, number | string>) }
    const [first] = Object.keys(answers)
    if (first !== undefined) answers[first] = answers[first] === 1 ? 2 : 1
    return { ...base, answers }
  })
  return [...participants, ...copies]
}

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the bench still finds its way through the app', () => {
  it('adds participant files at "Binnenhalen" and shows the team picture at "Bespreken"', async () => {
    const bench = (await benchModule('workshop.mjs')) as WorkshopBench
    const rows = await bench.workshop(session.browser, session.baseUrl, [[3, participants.slice(0, 3)]])
    expect(rows.map((row) => row.participants)).toEqual([3])
    const budgets = await bench.workshopBudget(session.browser, session.baseUrl, [[15, fifteen()]], [[15, 500]])
    expect(budgets.map((row) => [row.participants, row.runsMs.length])).toEqual([[15, 3]])
  })

  it("prints a team's report from the workshop's own print link", async () => {
    const bench = (await benchModule('print.mjs')) as PrintBench
    const report = await bench.printBench(session.browser, session.baseUrl, participants)
    expect(report.participants).toBe(participants.length)
    expect(report.runsMs).toHaveLength(5)
    expect(report.pdfKB).toBeGreaterThan(10)
  })
})
