import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { serializeCollection, serializeResult } from '../../src/core/files/fileFormat'
import { answersOf, toTeamResult } from '../../src/core/files/newResult'
import { encodeShareFragment } from '../../src/core/files/shareLink'
import type { ParticipantResult } from '../../src/core/model'
import { goto, H1, launch, newPage, printedReport, type Session } from './support/browser'
import { openPhase, RESULT_FILES, workshopWith } from './support/workshop'
import { FIXTURES, participantFiles, readParticipant, tempFile } from './support/fixtures'
import { stepOfFactor, stepTitle } from './support/questionnaire'

/**
 * Names, team names and notes come from other people's files and links. Each page shows them as
 * literal text: the payloads below must be readable on screen, and none may become an element or run.
 */
const IMG = '<img src=x onerror=alert(1)>'
const SCRIPT = '<script>alert("team")</script>'
const xssFile = join(FIXTURES, 'hostile', 'xss-names.json')

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

/** Counts every dialog (alert, confirm, prompt) the page opens: a payload that runs opens one. */
function countDialogs(page: Page): { count: number } {
  const seen = { count: 0 }
  page.on('dialog', async (dialog) => {
    seen.count += 1
    await dialog.dismiss()
  })
  return seen
}

/** Elements a payload would create if it were ever parsed as HTML. */
const injected = (page: Page) => page.locator('#app img[src="x"], #app [onerror], #app script, main b, .print-page b').count()

function withPayloads(result: ParticipantResult, date: string): ParticipantResult {
  return { ...result, profile: { ...result.profile, team: SCRIPT, municipality: '<b>Voorbeeldstad</b>', date } }
}

describe('text from files and links is shown as text, never as HTML', () => {
  it('in the workshop: a participant name, the team name and the agreed notes from a team file', async () => {
    const { context, page, errors } = await newPage(session)
    const dialogs = countDialogs(page)
    await workshopWith(page, session, [xssFile], { phase: 'binnenhalen' })
    await expect(page.locator('[data-outcome="added"]').innerText()).resolves.toContain(`als ${IMG}`)
    await expect(page.locator('[data-participant] input').inputValue()).resolves.toBe(IMG)
    await openPhase(page, 'voorbereiden')
    await expect(page.getByLabel('Naam van het team').inputValue()).resolves.toBe(SCRIPT)

    const team = toTeamResult({
      questionnaireVersion: questionnaire.version,
      profile: { team: SCRIPT, municipality: '<b>Voorbeeldstad</b>' },
      participants: participantFiles('wi').map((path) => answersOf(readParticipant(path))),
      agreed: { ict: { score: 2, note: IMG }, visie: { note: '</td><script>alert(3)</script>' } },
      actions: [],
      savedAt: '2026-11-20T10:00:00.000Z',
    })
    await page.getByRole('button', { name: 'Workshop leegmaken' }).click()
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click()
    await openPhase(page, 'binnenhalen')
    await page.locator('#participants-title', { hasText: '0 deelnemers' }).waitFor()
    await page.setInputFiles(RESULT_FILES, tempFile('team.json', serializeResult(team)))
    await openPhase(page, 'bespreken')
    await page.locator('[data-team-factor]').first().waitFor()
    await expect(page.locator('[data-team-factor="ict"] input').inputValue()).resolves.toBe(IMG)
    await expect(page.locator('[data-team-factor="visie"] input').inputValue()).resolves.toBe('</td><script>alert(3)</script>')
    await openPhase(page, 'voorbereiden')
    await expect(page.getByLabel('Naam van het team').inputValue()).resolves.toBe(SCRIPT)
    // The print layout of the workshop shows the same text.
    await goto(page, session, '#/afdrukken/workshop', printedReport(page))
    await page.locator('.print-header').waitFor()
    await expect(page.locator('.print-page').innerText()).resolves.toContain(SCRIPT)
    expect(await injected(page)).toBe(0)
    expect(dialogs.count).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('on the result page and in the questionnaire, after opening the file as one\'s own scan', async () => {
    const { context, page } = await newPage(session)
    const dialogs = countDialogs(page)
    await goto(page, session, '#/', H1.start)
    await page.setInputFiles('input[type="file"]', xssFile)
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/resultaat', H1.result)
    await expect(page.locator('.results-header').innerText()).resolves.toContain(`<b>Voorbeeldstad</b> · ${SCRIPT}`)
    const ictStep = stepOfFactor('ict', readParticipant(xssFile))
    await goto(page, session, `#/vragenlijst/${ictStep}`, stepTitle(ictStep, readParticipant(xssFile)))
    await expect(page.locator('[data-factor="ict"] textarea').inputValue()).resolves.toBe('<img src=x onerror=alert(2)> notitie')
    expect(await injected(page)).toBe(0)
    expect(dialogs.count).toBe(0)
    await context.close()
  })

  it('in the saved list and on the compare page: names from an imported file and team names from a link', async () => {
    const { context, page, errors } = await newPage(session)
    const dialogs = countDialogs(page)
    const earlier = withPayloads(readParticipant(xssFile), '2026-01-10')
    const later = withPayloads(readParticipant(participantFiles('noord')[0]!), '2026-11-18')
    await goto(page, session, '#/bewaard', H1.saved)
    await page.setInputFiles(
      'input[type="file"]',
      tempFile('alles.json', serializeCollection([{ name: IMG, savedAt: '2026-11-18T10:00:00.000Z', result: earlier }])),
    )
    await page.locator('[data-saved]').waitFor()
    await expect(page.locator('[data-saved] th input').inputValue()).resolves.toBe(IMG)
    await expect(page.getByLabel(`Nieuwe naam voor ${IMG}`).count()).resolves.toBe(1)

    await goto(page, session, '#/vergelijken', H1.compare)
    const a = page.locator('[data-side="a"]')
    await expect(a.locator('select option').nth(1).innerText()).resolves.toContain(IMG)
    await a.locator('select').selectOption({ index: 1 })
    await a.getByRole('button', { name: 'Gebruik dit resultaat' }).click()
    await expect(a.locator('.compare-side__chosen').innerText()).resolves.toBe(`Gekozen: ${IMG}`)
    const b = page.locator('[data-side="b"]')
    await b.getByLabel('Of plak een gedeelde link').fill(`${session.baseUrl}#/gedeeld/${await encodeShareFragment(later)}`)
    await b.getByRole('button', { name: 'Gebruik link' }).click()
    await b.locator('.compare-side__chosen').waitFor()
    // Same (hostile) team name, two dates: the development sentence quotes the team name as text.
    await expect(page.locator('main').innerText()).resolves.toContain(`Hetzelfde team, ${SCRIPT}, op twee momenten`)
    // Sides are named by team and date, not by the saved name (issue #16): the hostile team name, as text.
    await expect(page.locator('.compare-differences thead').innerText()).resolves.toContain(`A: ${SCRIPT}`)
    const series = JSON.parse((await page.locator('[data-chart="vergelijking"] [data-chart-values]').getAttribute('data-chart-values')) ?? '[]')
    expect(series.map((item: { label: string }) => item.label)).toContain(`A: ${SCRIPT}, 10 januari 2026`)
    expect(await injected(page)).toBe(0)
    expect(dialogs.count).toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })
})
