import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import type { Page } from 'playwright-core'
import { parseCollectionFile, serializeCollection } from '../../src/core/files/fileFormat'
import { axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'
import { openPhase, workshopWith } from './support/workshop'
import { FIXTURES, participantFiles, readParticipant, tempFile } from './support/fixtures'

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

/** One participant result saved from the result page, one team result saved from the workshop. */
async function saveTwo(page: Page): Promise<void> {
  await goto(page, session, '#/', H1.start)
  await page.setInputFiles('input[type="file"]', join(FIXTURES, 'result-participant.json'))
  await page.waitForURL(/vragenlijst/)
  await goto(page, session, '#/resultaat', H1.result)
  await page.getByLabel('Naam voor dit resultaat').fill('Noord november')
  await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click()
  await page.locator('.results-take-along__message', { hasText: 'Noord november' }).waitFor()
  await workshopWith(page, session, participantFiles('wi'), { phase: 'binnenhalen' })
  await openPhase(page, 'afronden')
  await page.getByRole('button', { name: 'Bewaar op dit apparaat' }).click()
  await page.getByRole('status').filter({ hasText: 'Werk en Inkomen' }).first().waitFor()
  await goto(page, session, '#/bewaard', H1.saved)
  await page.locator('[data-saved]').nth(1).waitFor()
}

const savedNames = (page: Page) => page.locator('[data-saved] th input').evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))

describe('results saved on this device', () => {
  it('lists each result with its name, date and type', async () => {
    const { context, page, errors } = await newPage(session)
    await saveTwo(page)
    await expect(page.locator('[data-saved]').count()).resolves.toBe(2)
    // Newest first: the team result was saved last.
    await expect(savedNames(page)).resolves.toEqual(['Werk en Inkomen', 'Noord november'])
    const today = new Date().toLocaleDateString('nl-NL', { day: 'numeric', month: 'long', year: 'numeric' })
    const first = page.locator('[data-saved]').first()
    await expect(first.locator('[data-cell="kind"]').innerText()).resolves.toBe('Team (4)')
    await expect(first.locator('[data-cell="date"]').innerText()).resolves.toBe(today)
    await expect(page.locator('[data-saved]').nth(1).locator('[data-cell="kind"]').innerText()).resolves.toBe('Deelnemer')
    expect(errors).toEqual([])
    await context.close()
  })

  it('renames, exports all as one file, deletes after confirmation and imports that file again', async () => {
    const { context, page } = await newPage(session)
    await saveTwo(page)
    await page.getByLabel('Nieuwe naam voor Noord november').fill('Noord, na de workshop')
    await page.getByLabel('Nieuwe naam voor Noord november').blur()
    // The message comes after the file or the store is written: wait for it, do not read it at once.
    await page.getByRole('status').filter({ hasText: 'Noord, na de workshop' }).first().waitFor()
    // The new name survives a reload: it is stored, not only shown.
    await page.reload()
    await page.locator('[data-saved]').nth(1).waitFor()
    await expect(savedNames(page)).resolves.toContain('Noord, na de workshop')

    const [exported] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Alles exporteren' }).click()])
    const exportPath = await exported.path()
    const collection = parseCollectionFile(readFileSync(exportPath, 'utf8'))
    expect(collection.ok).toBe(true)
    if (!collection.ok) return
    expect(collection.collection.results.map((item) => [item.name, item.result.kind]).sort()).toEqual([
      ['Noord, na de workshop', 'deelnemer'],
      ['Werk en Inkomen', 'team'],
    ])

    // Cancelling the confirmation keeps the result.
    await page.getByRole('button', { name: 'Werk en Inkomen verwijderen' }).click()
    await page.getByRole('button', { name: 'Annuleren' }).click()
    await expect(page.locator('[data-saved]').count()).resolves.toBe(2)
    for (const name of ['Noord, na de workshop', 'Werk en Inkomen']) {
      await page.getByRole('button', { name: `${name} verwijderen` }).click()
      await page.getByRole('button', { name: 'Ja, doorgaan' }).click()
    }
    await expect(page.locator('[data-saved]').count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Alles exporteren' }).isDisabled()).resolves.toBe(true)

    await page.setInputFiles('input[type="file"]', exportPath)
    await page.getByRole('status').first().filter({ hasText: '2 resultaten' }).waitFor()
    await expect(page.locator('[data-saved]').count()).resolves.toBe(2)
    await expect(savedNames(page)).resolves.toContain('Noord, na de workshop')
    await context.close()
  })

  it('names a bad import file and its problem, and changes nothing', async () => {
    const { context, page } = await newPage(session)
    await saveTwo(page)
    const before = await savedNames(page)
    const newer = tempFile('nieuwer.json', serializeCollection([]).replace(/"schemaVersion":\s*1/, '"schemaVersion": 7'))
    const cases: [string, string][] = [
      [join(FIXTURES, 'hostile', 'not-json.json'), 'not-json.json is geen resultaatbestand'],
      [join(FIXTURES, 'hostile', 'other-tool.json'), 'other-tool.json komt niet uit de Integraalscan'],
      [newer, 'nieuwer.json is gemaakt met een nieuwere versie'],
      // An "export all" file may be up to 20 MB; this one is larger.
      [tempFile('groot.json', `{"tool":"integraalscan","x":"${'x'.repeat(21_000_000)}"}`), 'groot.json is te groot'],
    ]
    for (const [path, message] of cases) {
      await page.setInputFiles('input[type="file"]', path)
      const status = page.getByRole('status').first()
      await status.filter({ hasText: message }).waitFor()
      await expect(status.innerText()).resolves.toContain('Er is niets veranderd')
      await expect(savedNames(page)).resolves.toEqual(before)
    }
    await context.close()
  })

  it('has zero axe-core violations and no horizontal scroll at both widths', async () => {
    for (const [width, viewport] of [['desktop', DESKTOP], ['telefoon', PHONE]] as const) {
      const { context, page } = await newPage(session, viewport)
      await goto(page, session, '#/bewaard', H1.saved)
      expect(await axeViolations(page)).toEqual([])
      const collection = serializeCollection(
        participantFiles('noord').map((path, index) => ({ name: `Noord deelnemer ${index + 1}`, savedAt: `2026-11-1${index}T10:00:00.000Z`, result: readParticipant(path) })),
      )
      await page.setInputFiles('input[type="file"]', tempFile('alles.json', collection))
      await page.locator('[data-saved]').nth(4).waitFor()
      expect(await axeViolations(page)).toEqual([])
      expect(await hasHorizontalScroll(page)).toBe(false)
      await screenshot(page, `bewaard-${width}`)
      await context.close()
    }
  })
})
