import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { ParticipantResultSchema } from '../../src/core/model'
import { answersOf } from '../../src/core/files/newResult'
import { summarize } from '../../src/core/scan/summary'
import { toCsv } from '../../src/core/files/csv'
import { parseResultFile } from '../../src/core/files/fileFormat'
import { arrive, axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'

const FIXTURE = fileURLToPath(new URL('../fixtures/result-participant.json', import.meta.url))
const fixture = ParticipantResultSchema.parse(JSON.parse(readFileSync(FIXTURE, 'utf8')))
const expected = summarize(questionnaire, answersOf(fixture))
const rungTitle = questionnaire.rungs[expected.ladder.rung]!.title
const dutch = (value: number | null) =>
  value === null ? '–' : value.toLocaleString('nl-NL', { minimumFractionDigits: 1, maximumFractionDigits: 1 })

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

async function openFixtureResult(page: Page): Promise<void> {
  await goto(page, session, '#/', H1.start)
  await page.setInputFiles('input[type="file"]', FIXTURE)
  await page.waitForURL(/#\/vragenlijst/)
  await goto(page, session, '#/resultaat', H1.result)
  await page.locator('[data-chart="factoren"] [data-chart-values]').waitFor()
}

async function chartValues(page: Page, chart: string): Promise<(number | null)[]> {
  const raw = await page.locator(`[data-chart="${chart}"] [data-chart-values]`).getAttribute('data-chart-values')
  const datasets = JSON.parse(raw ?? '[]') as { data: (number | null)[] }[]
  return datasets[0]?.data ?? []
}

async function tableValues(page: Page, chart: string): Promise<string[]> {
  return page.locator(`[data-chart="${chart}"] td[data-value]`).allTextContents()
}

describe('the result screen', () => {
  it('places the municipality on the ladder with its evidence, as the core computes it', async () => {
    const { context, page, errors } = await newPage(session)
    await openFixtureResult(page)
    await expect(page.locator('[aria-current="step"]').innerText()).resolves.toContain(rungTitle)
    await expect(page.locator('.results-ladder__sentence').innerText()).resolves.toBe(
      `Uit uw antwoorden volgt de trede: ${rungTitle.toLowerCase()}.`,
    )
    const evidence = await page.locator('.results-ladder__evidence li').allInnerTexts()
    expect(evidence).toHaveLength(expected.ladder.evidence.length)
    expected.ladder.evidence.forEach((id, index) => {
      const indicator = questionnaire.ladderIndicators.find((item) => item.id === id)!
      expect(evidence[index]).toContain(indicator.text)
    })
    const missing = await page.locator('.results-ladder__missing li').allInnerTexts()
    expect(missing).toHaveLength(expected.ladder.missing.length)
    expect(expected.ladder.guessDifference).not.toBe(0)
    // Self-reports are never called "de feiten" (issue #12, item 1).
    await expect(page.locator('.ladder-guess').innerText()).resolves.toContain('hoger dan wat uit uw antwoorden volgt')
    expect(errors).toEqual([])
    await context.close()
  })

  it('draws every radar value of the fixture, and each table holds the same numbers as its chart', async () => {
    const { context, page } = await newPage(session)
    await openFixtureResult(page)
    // By hand from the fixture's answers (the mean of each factor's numeric answers, in questionnaire order;
    // "weet ik niet" and unanswered count for nothing). The fixture is a 2026.1 file: only the statements that
    // 2026.2 still asks count, so cultuur and the last four client factors have no answer (null).
    const factorScores = [
      8 / 3, 3 / 2, 7 / 2, 3, // inhoud: visie 3,3,2; gemeenteraad 1,2; doelgroep 4,3; burger-centraal 3
      null, 15 / 4, 8 / 3, 2, 1, 3 / 2, // organisatie: cultuur –; regie 4,3,5,3; taakverdeling 3,2,3; ontschotting 2,3,2,1; ict 1,1,1; middelen 2,1
      11 / 3, 7 / 3, 4, 7 / 3, 3 / 2, 10 / 3, // uitvoering: flexibiliteit 4,4,3; informatie-delen 3,2,2; professionaliteit 4,4; caseload 2,3,2; tijd 2,1; meten 4,3,3
      4, 5, 4, 5, 5 / 2, 3, 11 / 3, 3, null, null, null, null, // client: vast-contact 5,5,3,3; vertrouwen 5,5; regie-bij-inwoner 5,3,4; praktische-hulp 5; een-keer-vertellen 2,3; heldere-taal 2,4; brede-blik 4,4,3; gezamenlijke-aanpak 4,2,3
    ]
    expect(await chartValues(page, 'factoren')).toEqual(factorScores)
    // A theme or steering level scores the mean of its factors' scores (factors without a score left out):
    // inhoud (8/3 + 3/2 + 7/2 + 3) / 4; organisatie 131/12 over 5; uitvoering 103/6 over 6; client 181/6 over 8.
    const close = (values: number[]) => values.map((value) => expect.closeTo(value, 9))
    expect(await chartValues(page, 'themas')).toEqual(close([8 / 3, 131 / 60, 103 / 36, 181 / 48]))
    // bestuurlijk 309/12 over 11 factors; operationeel 14 over 4; uitvoerend 175/6 over 8.
    expect(await chartValues(page, 'niveaus')).toEqual(close([103 / 44, 7 / 2, 175 / 48]))
    for (const chart of ['factoren', 'themas', 'niveaus']) {
      expect(await tableValues(page, chart)).toEqual((await chartValues(page, chart)).map(dutch))
    }
    // The factor table shows the same scores, to one decimal.
    for (const [factorId, shown] of [['visie', '2,7'], ['gemeenteraad', '1,5'], ['doelgroep', '3,5'], ['ict', '1,0'], ['caseload', '2,3'], ['alliantie', '–']]) {
      await expect(page.locator(`[data-factor-row="${factorId}"] td`).first().innerText()).resolves.toBe(shown)
    }
    // The four marked important (ict, caseload, visie, vast-contact) by lowest score, then the unmarked knelpunten by lowest score.
    const priorities = await page.locator('[data-priority]').evaluateAll((items) => items.map((item) => item.getAttribute('data-priority')))
    expect(priorities).toEqual(['ict', 'caseload', 'visie', 'vast-contact', 'gemeenteraad', 'middelen', 'tijd', 'ontschotting', 'informatie-delen'])
    // Below 2.5, lowest first; ties in questionnaire order.
    const knelpunten = await page.locator('[data-knelpunt]').evaluateAll((items) => items.map((item) => item.getAttribute('data-knelpunt')))
    expect(knelpunten).toEqual(['ict', 'gemeenteraad', 'middelen', 'tijd', 'ontschotting', 'informatie-delen', 'caseload'])
    await context.close()
  })

  it('keeps the action plan with the result, and downloads it as JSON and the scores as CSV', async () => {
    const { context, page } = await newPage(session)
    await openFixtureResult(page)
    const first = expected.priorities[0]!.factorId
    await expect(page.locator(`[data-action="${first}"] textarea`).inputValue()).resolves.toBe(fixture.actions[0]!.what)
    const second = expected.priorities[1]!.factorId
    await page.locator(`[data-action="${second}"] textarea`).fill('Casusoverleg elke week met Werk en Inkomen')
    await page.locator(`[data-action="${second}"] input`).first().fill('Teamleider')
    await page.locator(`[data-action="${second}"] input`).first().blur()

    const [json] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download als bestand (JSON)' }).click()])
    const downloaded = parseResultFile(readFileSync(await json.path(), 'utf8'))
    expect(downloaded.ok && downloaded.result.kind === 'deelnemer' ? downloaded.result.answers : null).toEqual(fixture.answers)
    expect(downloaded.ok ? downloaded.result.actions.find((action) => action.factorId === second) : null).toEqual({
      factorId: second,
      what: 'Casusoverleg elke week met Werk en Inkomen',
      who: 'Teamleider',
      when: '',
    })

    const [csv] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download scores voor Excel (CSV)' }).click()])
    expect(csv.suggestedFilename()).toMatch(/^integraalscan-voorbeeldstad-wijkteam-noord-\d{4}-\d{2}-\d{2}\.csv$/)
    const text = readFileSync(await csv.path(), 'utf8')
    expect(downloaded.ok ? text : '').toBe(downloaded.ok ? toCsv(questionnaire, downloaded.result) : 'no result')
    expect(text.startsWith('\uFEFF')).toBe(true)
    await context.close()
  })

  it('saves the result on this device under a chosen name', async () => {
    const { context, page } = await newPage(session)
    await openFixtureResult(page)
    await page.getByLabel('Naam voor dit resultaat').fill('Noord, november')
    await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click()
    await expect(page.locator('.results-take-along__message').innerText()).resolves.toContain('Noord, november')
    const stored = await page.evaluate(() => window.localStorage.getItem('integraalscan:bewaarde-resultaten'))
    expect(JSON.parse(stored ?? '{}').results[0].name).toBe('Noord, november')
    await context.close()
  })

  it('opens a share link in a fresh browser and shows the same result', async () => {
    const { context, page } = await newPage(session)
    await openFixtureResult(page)
    await page.getByRole('button', { name: 'Maak een link' }).click()
    const link = await page.getByLabel('Link naar dit resultaat').inputValue()
    // Share links of a participant use the short hand-in packing since #14 (r1 links keep opening: see the mangled-link case and tests/unit/invitation.spec.ts).
    expect(link).toMatch(/#\/gedeeld\/r2\./)
    await expect(page.locator('.results-share-link').innerText()).resolves.toContain(`De link is ${link.length.toLocaleString('nl-NL')} tekens lang.`)
    await context.close()

    const fresh = await newPage(session)
    await fresh.page.goto(link)
    await fresh.page.locator('[data-chart="factoren"] [data-chart-values]').waitFor()
    await expect(fresh.page.locator('h1').innerText()).resolves.toBe('Gedeeld resultaat')
    await expect(fresh.page.locator('[aria-current="step"]').innerText()).resolves.toContain(rungTitle)
    const factorScores = expected.factors.filter((factor) => factor.status !== 'buiten-scope').map((factor) => factor.score)
    expect(await chartValues(fresh.page, 'factoren')).toEqual(factorScores)
    // The short link carries answers only, never free text (issue #14): the action plan stays on the sender's device.
    const planned = fixture.actions[0]!
    await expect(fresh.page.locator(`[data-action="${planned.factorId}"] textarea`).count()).resolves.toBe(0)
    await expect(fresh.page.locator('main').innerText()).resolves.not.toContain(planned.what)
    expect(await fresh.page.evaluate(() => window.localStorage.getItem('integraalscan:huidige-invulling'))).toBeNull()
    await fresh.context.close()
  })

  it('says plainly that a mangled link cannot be opened', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/gedeeld/r1.dit-is-geen-resultaat', H1.shared)
    await expect(page.getByRole('alert').innerText()).resolves.toContain('geen geldige link naar een resultaat')
    await context.close()
  })

  it('has zero axe-core violations and no horizontal scroll, with readable charts at both widths', async () => {
    for (const [width, viewport] of [['desktop', DESKTOP], ['telefoon', PHONE]] as const) {
      const { context, page } = await newPage(session, viewport)
      await openFixtureResult(page)
      expect(await axeViolations(page)).toEqual([])
      expect(await hasHorizontalScroll(page)).toBe(false)
      // Every factor on one radar is too many names around a circle: numbered axes and the names listed beneath, at both widths.
      const factorChart = page.locator('[data-chart="factoren"]')
      const axes = JSON.parse((await factorChart.locator('[data-chart-values]').getAttribute('data-chart-values')) ?? '[]').at(-1).data.length
      expect(axes).toBeGreaterThan(12)
      await expect(factorChart.locator('[data-radar-key] li').count()).resolves.toBe(axes)
      // A table that does not fit says so above it, and only then.
      const regions = await page.locator('.table-scroll').evaluateAll((elements) =>
        elements.map((element) => ({
          overflows: element.scrollWidth > element.clientWidth + 1,
          hinted: element.previousElementSibling?.hasAttribute('data-scroll-hint') ?? false,
        })),
      )
      expect(regions.every((region) => region.overflows === region.hinted)).toBe(true)
      // At phone width at least one table (the factor table) does not fit.
      expect(width !== 'telefoon' || regions.some((region) => region.hinted)).toBe(true)
      await screenshot(page, `resultaat-${width}`)
      await page.getByRole('button', { name: 'Maak een link' }).click()
      const link = await page.getByLabel('Link naar dit resultaat').inputValue()
      await page.goto(link)
      await arrive(page, H1.shared)
      await page.locator('[data-chart="factoren"] [data-chart-values]').waitFor()
      expect(await axeViolations(page)).toEqual([])
      expect(await hasHorizontalScroll(page)).toBe(false)
      await context.close()
    }
  })
})
