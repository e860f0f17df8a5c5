import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { summarizeResult } from '../../src/core/scan/summary'
import { compareResults } from '../../src/core/compare/compare'
import { answersOf, toTeamResult } from '../../src/core/files/newResult'
import { serializeResult } from '../../src/core/files/fileFormat'
import { axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'
import { FIXTURES, participantFiles, readParticipant, tempFile, signedDutch, variedParticipants } from './support/fixtures'

const fileA = participantFiles('noord')[0]!
const fileB = participantFiles('wi')[0]!
const expected = compareResults(
  questionnaire,
  summarizeResult(questionnaire, readParticipant(fileA)),
  summarizeResult(questionnaire, readParticipant(fileB)),
)

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

async function chooseFile(page: Page, side: 'a' | 'b', path: string): Promise<void> {
  await page.locator(`[data-side="${side}"] input[type="file"]`).setInputFiles(path)
  await page.locator(`[data-side="${side}"] .compare-side__chosen`).waitFor()
}

describe('comparing two results', () => {
  it('puts two teams side by side: radar with two series, ladders and the differences sorted by size', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/vergelijken', H1.compare)
    await chooseFile(page, 'a', fileA)
    await chooseFile(page, 'b', fileB)
    await expect(page.locator('main h2').filter({ hasText: /^Vergelijking$/ }).count()).resolves.toBe(1)
    const rows = await page.locator('[data-difference]').evaluateAll((items) => items.map((item) => item.getAttribute('data-difference')))
    expect(rows).toEqual(expected.factors.map((row) => row.factorId))
    for (const row of expected.factors) {
      await expect(page.locator(`[data-difference="${row.factorId}"] [data-cell="difference"]`).innerText()).resolves.toBe(
        signedDutch(row.difference),
      )
    }
    const series = JSON.parse((await page.locator('[data-chart="vergelijking"] [data-chart-values]').getAttribute('data-chart-values')) ?? '[]')
    // Each side is named by its team and date, not by its file name (issue #16).
    expect(series.map((item: { label: string }) => item.label)).toEqual(['A: Wijkteam Noord, 18 november 2026', 'B: Werk en Inkomen, 19 november 2026'])
    await expect(page.locator('[data-difference] svg.compare-dumbbell').count()).resolves.toBe(expected.factors.length)
    await expect(page.locator('[data-no-league]').innerText()).resolves.toContain('Geen ranglijst')
    for (const side of ['a', 'b'] as const) {
      const rung = questionnaire.rungs[expected.ladder[side].rung]!.title
      await expect(page.locator(`[data-ladder="${side}"] [aria-current="step"]`).innerText()).resolves.toContain(rung)
    }
    const shared = await page.locator('[data-list="shared"] li').allInnerTexts()
    expect(shared).toEqual(expected.sharedKnelpunten.map((id) => questionnaire.factors.find((factor) => factor.id === id)!.title))
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the same team at two dates as "Ontwikkeling"', async () => {
    const { context, page } = await newPage(session)
    const earlier = readParticipant(fileA)
    const later = { ...earlier, profile: { ...earlier.profile, date: '2027-05-01' }, answers: { ...earlier.answers, 'ict-1': 4 as const } }
    await goto(page, session, '#/vergelijken', H1.compare)
    await chooseFile(page, 'a', tempFile('later.json', JSON.stringify(later)))
    await chooseFile(page, 'b', fileA)
    await expect(page.locator('main h2').filter({ hasText: /^Ontwikkeling$/ }).count()).resolves.toBe(1)
    await expect(page.locator('main').innerText()).resolves.toContain('van 18 november 2026 naar 1 mei 2027')
    await context.close()
  })

  it('compares two large workshops (team files over 2 MB) and sends such a file from the start page to the workshop', async () => {
    const teamFile = (path: string, count: number) => {
      const base = readParticipant(path)
      const team = toTeamResult({
        questionnaireVersion: questionnaire.version,
        profile: { team: base.profile.team },
        participants: variedParticipants(base, count).map(answersOf),
        agreed: {},
        actions: [],
        savedAt: '2026-12-04T12:00:00.000Z',
      })
      const text = serializeResult(team)
      expect(text.length).toBeGreaterThan(2 * 1024 * 1024)
      return tempFile(`team-${count}.json`, text)
    }
    const large = [teamFile(fileA, 1000), teamFile(fileB, 900)] as const
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/vergelijken', H1.compare)
    await chooseFile(page, 'a', large[0])
    await chooseFile(page, 'b', large[1])
    await expect(page.locator('main h2').filter({ hasText: /^Vergelijking$/ }).count()).resolves.toBe(1)
    await expect(page.locator('[data-difference]').count()).resolves.toBe(expected.factors.length)

    await goto(page, session, '#/', H1.start)
    await page.locator('input[type="file"]').setInputFiles(large[0])
    await page.getByText('team-1000.json is een teamresultaat. Open het via de workshop-pagina.').waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('names a bad file and keeps the side that was already chosen', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/vergelijken', H1.compare)
    await chooseFile(page, 'a', fileA)
    await page.locator('[data-side="b"] input[type="file"]').setInputFiles(join(FIXTURES, 'hostile', 'truncated.json'))
    await page.locator('.compare-view__message', { hasText: 'truncated.json is geen resultaatbestand' }).waitFor()
    await expect(page.locator('[data-side="a"] .compare-side__chosen').innerText()).resolves.toBe('Gekozen: noord-1.json')
    await expect(page.locator('[data-side="b"] .compare-side__chosen').count()).resolves.toBe(0)
    await context.close()
  })

  it('has zero axe-core violations and no horizontal scroll at both widths', async () => {
    for (const [width, viewport] of [['desktop', DESKTOP], ['telefoon', PHONE]] as const) {
      const { context, page } = await newPage(session, viewport)
      await goto(page, session, '#/vergelijken', H1.compare)
      expect(await axeViolations(page)).toEqual([])
      await chooseFile(page, 'a', fileA)
      await chooseFile(page, 'b', fileB)
      expect(await axeViolations(page)).toEqual([])
      expect(await hasHorizontalScroll(page)).toBe(false)
      await screenshot(page, `vergelijken-${width}`)
      await context.close()
    }
  })
})
