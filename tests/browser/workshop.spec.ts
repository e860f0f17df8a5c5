import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { aggregateTeam } from '../../src/core/team/aggregate'
import { answersOf, toTeamResult } from '../../src/core/files/newResult'
import { summarizeResult } from '../../src/core/scan/summary'
import { compareResults } from '../../src/core/compare/compare'
import { parseResultFile } from '../../src/core/files/fileFormat'
import { encodeShareFragment } from '../../src/core/files/shareLink'
import { axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'
import { dutch, FIXTURES, participantFiles, readParticipant, tempFile, signedDutch, variedParticipants } from './support/fixtures'
import { openPhase, RESULT_FILES, workshopWith } from './support/workshop'

const noord = participantFiles('noord')
const prefixOf = (team: string) => (team === 'Wijkteam Noord' ? 'noord' : 'wi')
const expected = aggregateTeam(questionnaire, noord.map((path) => answersOf(readParticipant(path))))

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

/** The workshop page at "Binnenhalen" with these result files in. */
async function openWorkshopWith(page: Page, files: string[]): Promise<void> {
  await workshopWith(page, session, files, { phase: 'binnenhalen' })
}

/** "Bespreken" with every factor's row, also those nobody scored. */
async function discussAll(page: Page): Promise<void> {
  await openPhase(page, 'bespreken')
  await page.locator('[data-show-unscored]').click()
}

describe('the workshop', () => {
  it('shows every factor\'s median, spread, agreement and "weet ik niet" count as the core aggregates them', async () => {
    const { context, page, errors } = await newPage(session)
    await openWorkshopWith(page, noord)
    await expect(page.locator('#participants-title').innerText()).resolves.toBe(`${noord.length} deelnemers`)
    await discussAll(page)
    for (const factor of expected.factors) {
      const row = page.locator(`[data-team-factor="${factor.factorId}"]`)
      await expect(row.locator('[data-cell="median"]').innerText()).resolves.toBe(dutch(factor.median))
      const range = factor.spread ? `${dutch(factor.spread.min)} – ${dutch(factor.spread.max)}` : '–'
      await expect(row.locator('[data-cell="range"]').innerText()).resolves.toBe(range)
      await expect(row.locator('[data-cell="agreement"]').innerText()).resolves.toBe(factor.agreement ?? '–')
      await expect(row.locator('[data-cell="unknown"]').innerText()).resolves.toBe(String(factor.unknown))
    }
    await page.locator('[data-fold="ladder"] > summary').click()
    for (const rung of questionnaire.rungs) {
      await expect(page.locator(`[data-placement="${rung.id}"] td`).innerText()).resolves.toBe(String(expected.placements[rung.id]))
    }
    const agenda = await page.locator('[data-agenda]').evaluateAll((items) => items.map((item) => item.getAttribute('data-agenda')))
    expect(agenda).toEqual(expected.agenda)
    // Each item says how many sit far from the median: the count the agreement verdict rests on.
    for (const id of expected.agenda) {
      const factor = expected.factors.find((item) => item.factorId === id)!
      // Its text as a screen reader reads it (the row's cells run on; "meer dan 1 punt …" is hidden visually under its column header).
      const text = await page.locator(`[data-agenda="${id}"]`).evaluate((row) => row.textContent?.replace(/\s+/g, ' '))
      expect(text).toContain(`${factor.far} van ${factor.values.length} meer dan 1 punt van de mediaan`)
    }
    await page.locator('[data-fold="picture"] > summary').click()
    const radar = JSON.parse((await page.locator('[data-chart="team"] [data-chart-values]').getAttribute('data-chart-values')) ?? '[]')
    // The radar leaves out a factor nobody scored (teamRadar.ts); these fixtures predate the four client factors added in 2026.1.
    const drawn = expected.factors.filter((factor) => factor.spread !== null || factor.median !== null)
    expect(radar.at(-1).data).toEqual(drawn.map((factor) => factor.median))
    expect(errors).toEqual([])
    await context.close()
  })

  it('records an agreed score and exports an anonymous team file with its participant count', async () => {
    const { context, page } = await newPage(session)
    await openWorkshopWith(page, noord)
    await openPhase(page, 'voorbereiden')
    await page.getByLabel('Naam van het team').fill('Wijkteam Noord, workshop')
    await page.getByLabel('Naam van het team').blur()
    await openPhase(page, 'bespreken')
    await page.getByLabel('Afgesproken score voor Aansluiting van ICT en registratiesystemen').selectOption('2')
    await page.getByLabel('Notitie bij Aansluiting van ICT en registratiesystemen').fill('Eerst één dossier')
    await page.getByLabel('Notitie bij Aansluiting van ICT en registratiesystemen').blur()
    await openPhase(page, 'afronden')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download teamresultaat (JSON)' }).click()])
    const text = readFileSync(await download.path(), 'utf8')
    const outcome = parseResultFile(text)
    expect(outcome.ok && outcome.result.kind === 'team').toBe(true)
    if (!outcome.ok || outcome.result.kind !== 'team') return
    expect(outcome.result.participantCount).toBe(noord.length)
    expect(outcome.result.agreed.ict).toEqual({ score: 2, note: 'Eerst één dossier' })
    expect(outcome.result.profile.team).toBe('Wijkteam Noord, workshop')
    expect(text).not.toMatch(/Sanne|Joost|Drie systemen/)
    // The workshop survives a reload on this device, and the page stays in its phase.
    await page.reload()
    await page.locator('[data-workshop-phase="afronden"]').waitFor()
    await openPhase(page, 'binnenhalen')
    await expect(page.locator('#participants-title').innerText()).resolves.toBe(`${noord.length} deelnemers`)
    await openPhase(page, 'bespreken')
    await expect(page.getByLabel('Afgesproken score voor Aansluiting van ICT en registratiesystemen').inputValue()).resolves.toBe('2')
    await context.close()
  })

  it('adds a share link, refuses a duplicate and names every bad file while changing nothing', async () => {
    const { context, page } = await newPage(session)
    await openWorkshopWith(page, noord.slice(0, 3))
    await page.setInputFiles(RESULT_FILES, [noord[0]!])
    await expect(page.locator('[data-outcome="duplicate"]').innerText()).resolves.toContain('noord-1.json is al toegevoegd')
    await expect(page.locator('#participants-title').innerText()).resolves.toBe('3 deelnemers')

    const hostile = ['not-json.json', 'truncated.json', 'other-tool.json', 'newer-version.json', 'wrong-types.json', 'proto-pollution.json']
    const tooLarge = tempFile('te-groot.json', `{"tool":"integraalscan","padding":"${'x'.repeat(2_200_000)}"}`)
    await page.setInputFiles(RESULT_FILES, [...hostile.map((name) => join(FIXTURES, 'hostile', name)), tooLarge])
    // The files are read asynchronously: wait for the last message before reading them all.
    await page.locator('[data-outcome="refused"]').nth(hostile.length).waitFor()
    const messages = await page.locator('[data-outcome="refused"]').allInnerTexts()
    expect(messages).toHaveLength(hostile.length + 1)
    for (const name of [...hostile, 'te-groot.json']) expect(messages.some((message) => message.startsWith(name))).toBe(true)
    expect(messages.every((message) => message.includes('Er is niets veranderd'))).toBe(true)
    expect(messages.find((message) => message.startsWith('te-groot.json'))).toContain('te groot')
    expect(messages.find((message) => message.startsWith('newer-version.json'))).toContain('nieuwere versie')
    expect(messages.find((message) => message.startsWith('other-tool.json'))).toContain('komt niet uit de Integraalscan')
    await expect(page.locator('#participants-title').innerText()).resolves.toBe('3 deelnemers')

    const fragment = await encodeShareFragment(readParticipant(participantFiles('wi')[0]!))
    await page.getByLabel('Of plak een gedeelde link').fill(`${session.baseUrl}#/gedeeld/${fragment}`)
    await page.getByRole('button', { name: 'Voeg link toe' }).click()
    await expect(page.locator('[data-outcome="added"]').innerText()).resolves.toContain('De link is toegevoegd')
    await expect(page.locator('#participants-title').innerText()).resolves.toBe('4 deelnemers')
    await page.getByLabel('Of plak een gedeelde link').fill(`${session.baseUrl}#/gedeeld/r1.kapot${fragment.slice(12)}`)
    await page.getByRole('button', { name: 'Voeg link toe' }).click()
    await expect(page.locator('[data-outcome="refused"]').innerText()).resolves.toContain('geen geldige link')
    await expect(page.locator('#participants-title').innerText()).resolves.toBe('4 deelnemers')
    await context.close()
  })

  it('keeps a workshop of 1,000 through a reload, and its downloaded team file (over 2 MB) opens again', async () => {
    const files = variedParticipants(readParticipant(noord[0]!), 1000).map((participant, index) => tempFile(`d-${index + 1}.json`, JSON.stringify(participant)))
    const { context, page, errors } = await newPage(session)
    await openWorkshopWith(page, files)
    await expect(page.locator('#participants-title').innerText()).resolves.toBe('1000 deelnemers')
    await expect(page.locator('[data-outcome="added"]').allInnerTexts()).resolves.toEqual(['1000 bestanden zijn toegevoegd.'])
    await openPhase(page, 'afronden')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download teamresultaat (JSON)' }).click()])
    const teamFile = await download.path()
    expect(readFileSync(teamFile, 'utf8').length).toBeGreaterThan(2 * 1024 * 1024)

    await page.reload()
    await page.locator('[data-workshop-phase="afronden"]').waitFor()
    await openPhase(page, 'binnenhalen')
    await expect(page.locator('#participants-title').innerText()).resolves.toBe('1000 deelnemers')
    await expect(page.locator('.notice--warning[role="alert"]').count()).resolves.toBe(0)

    await openPhase(page, 'voorbereiden')
    await page.getByRole('button', { name: 'Workshop leegmaken' }).click()
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click()
    await openPhase(page, 'binnenhalen')
    await page.setInputFiles(RESULT_FILES, [teamFile])
    await expect(page.locator('[data-outcome="team"]').innerText()).resolves.toContain('1000 deelnemers toegevoegd')
    expect(errors).toEqual([])
    await context.close()
  })

  it('removes a participant after confirmation', async () => {
    const { context, page } = await newPage(session)
    await openWorkshopWith(page, noord.slice(0, 2))
    await page.getByRole('button', { name: 'Deelnemer 1 verwijderen' }).click()
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click()
    await expect(page.locator('#participants-title').innerText()).resolves.toBe('1 deelnemer')
    await context.close()
  })

  it('compares the two teams built in the workshop: the difference table matches the core', async () => {
    const { context, page, errors } = await newPage(session)
    const teamOf = (prefix: string) =>
      toTeamResult({
        questionnaireVersion: questionnaire.version,
        profile: {},
        participants: participantFiles(prefix).map((path) => answersOf(readParticipant(path))),
        agreed: {},
        actions: [],
        savedAt: '2026-11-20T10:00:00.000Z',
      })
    const comparison = compareResults(questionnaire, summarizeResult(questionnaire, teamOf('noord')), summarizeResult(questionnaire, teamOf('wi')))

    for (const [prefix, name] of [['noord', 'Wijkteam Noord'], ['wi', 'Werk en Inkomen']] as const) {
      await openWorkshopWith(page, participantFiles(prefix))
      await openPhase(page, 'afronden')
      await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click()
      await page.getByRole('status').filter({ hasText: `bewaard als "${name}"` }).waitFor()
      await openPhase(page, 'voorbereiden')
      await page.getByRole('button', { name: 'Workshop leegmaken' }).click()
      await page.getByRole('button', { name: 'Ja, doorgaan' }).click()
      await openPhase(page, 'binnenhalen')
      await page.locator('#participants-title', { hasText: '0 deelnemers' }).waitFor()
    }

    await goto(page, session, '#/vergelijken', H1.compare)
    for (const [side, name] of [['a', 'Wijkteam Noord'], ['b', 'Werk en Inkomen']] as const) {
      const picker = page.locator(`[data-side="${side}"]`)
      // The compare page's own picker with the saved team in it, not the workshop page it replaced.
      await picker.locator('select option', { hasText: name }).first().waitFor({ state: 'attached' })
      const options = await picker.locator('select option').allInnerTexts()
      await picker.locator('select').selectOption({ index: options.findIndex((option) => option.startsWith(name)) })
      await picker.getByRole('button', { name: 'Gebruik dit resultaat' }).click()
      await expect(picker.locator('.compare-side__chosen').innerText()).resolves.toBe(`Gekozen: ${name}`)
      await expect(picker.innerText()).resolves.toContain(`team van ${participantFiles(prefixOf(name)).length} deelnemers`)
    }
    const rows = await page.locator('[data-difference]').evaluateAll((items) => items.map((item) => item.getAttribute('data-difference')))
    expect(rows).toEqual(comparison.factors.map((row) => row.factorId))
    for (const row of comparison.factors) {
      const cells = page.locator(`[data-difference="${row.factorId}"]`)
      await expect(cells.locator('[data-cell="a"]').innerText()).resolves.toBe(dutch(row.a))
      await expect(cells.locator('[data-cell="b"]').innerText()).resolves.toBe(dutch(row.b))
      await expect(cells.locator('[data-cell="difference"]').innerText()).resolves.toBe(signedDutch(row.difference))
    }
    // Sorted by size: no row has a larger difference than the one above it.
    const sizes = comparison.factors.filter((row) => row.difference !== null).map((row) => Math.abs(row.difference!))
    expect(sizes).toEqual([...sizes].sort((x, y) => y - x))
    expect(sizes[0]).toBeGreaterThan(0)
    for (const side of ['a', 'b'] as const) {
      const rung = questionnaire.rungs[comparison.ladder[side].rung]!.title
      await expect(page.locator(`[data-ladder="${side}"] [aria-current="step"]`).innerText()).resolves.toContain(rung)
    }
    expect(errors).toEqual([])
    await context.close()
  })

  it('has zero axe-core violations and no horizontal scroll in every phase at both widths', async () => {
    for (const [width, viewport] of [['desktop', DESKTOP], ['telefoon', PHONE]] as const) {
      const { context, page } = await newPage(session, viewport)
      await goto(page, session, '#/workshop', page.locator('[data-workshop-phase="voorbereiden"]'))
      expect(await axeViolations(page)).toEqual([])
      await openWorkshopWith(page, noord)
      for (const phase of ['voorbereiden', 'binnenhalen', 'bespreken', 'afronden'] as const) {
        await openPhase(page, phase)
        // Folded parts opened too: what is one click away passes as well.
        for (const fold of await page.locator('[data-fold] > summary').all()) await fold.click()
        expect(await axeViolations(page), `${phase} (${width})`).toEqual([])
        expect(await hasHorizontalScroll(page), `${phase} (${width})`).toBe(false)
        await screenshot(page, `workshop-${phase}-${width}`)
      }
      await context.close()
    }
  }, 240_000)
})
