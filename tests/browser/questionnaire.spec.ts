import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { questionnaire } from '../../src/content/questionnaire'
import { completeness } from '../../src/core/scan/scoring'
import { emptyAnswers } from '../../src/core/files/newResult'
import { parseResultFile } from '../../src/core/files/fileFormat'
import { arrive, axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'
import { answerStepByMouse, chosenOnStep, heading, localStorageKeys, nextStep, progressText, stepTitles } from './support/questionnaire'

const FULL_TOTAL = completeness(questionnaire, emptyAnswers()).total
const QUICK_TOTAL = completeness(questionnaire, { ...emptyAnswers(), mode: 'kort' }).total
// The full scan splits long themes and the ladder over more steps; the quick scan only the ladder.
const STEP_TITLES = stepTitles('volledig')
const QUICK_TITLES = stepTitles('kort')

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the guided questionnaire', () => {
  it('completes the full scan by keyboard alone', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    // Reach "Begin met de scan" with Tab and press Enter.
    for (let i = 0; i < 60; i += 1) {
      await page.keyboard.press('Tab')
      const text = await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText?.trim())
      if (text === 'Begin met de scan') break
    }
    await page.keyboard.press('Enter')
    await page.waitForURL(/#\/vragenlijst\/inhoud$/)
    await arrive(page, H1.step.inhoud)

    let groupsAnswered = 0
    let marked = false
    for (let presses = 0; presses < 3000; presses += 1) {
      if ((await heading(page)) === 'Controleren en afronden') break
      await page.keyboard.press('Tab')
      const focus = await page.evaluate(() => {
        const element = document.activeElement as HTMLInputElement | null
        return {
          type: element?.type ?? '',
          tag: element?.tagName ?? '',
          text: element?.innerText?.trim() ?? '',
          label: element?.closest('label')?.textContent?.trim() ?? '',
          groupAnswered: element?.closest('fieldset')?.querySelector('input:checked') !== null,
        }
      })
      if (focus.type === 'radio' && !focus.groupAnswered) {
        await page.keyboard.press('Space')
        for (let step = 0; step < groupsAnswered % 5; step += 1) await page.keyboard.press('ArrowRight')
        groupsAnswered += 1
      } else if (focus.type === 'checkbox' && focus.label === 'Belangrijk voor ons' && !marked) {
        await page.keyboard.press('Space')
        marked = true
      } else if (focus.tag === 'A' && focus.text.startsWith('Volgende stap')) {
        await page.keyboard.press('Enter')
        await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
      }
    }
    expect(await heading(page)).toBe('Controleren en afronden')
    expect(await progressText(page)).toBe(`${FULL_TOTAL} van ${FULL_TOTAL} beantwoord`)
    await expect(page.locator('main').innerText()).resolves.toContain('U hebt alle vragen beantwoord.')
    expect(marked).toBe(true)
    expect(errors).toEqual([])
    await context.close()
  })

  it('completes the quick scan by mouse, one key statement per factor', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.getByText('Korte scan', { exact: true }).click()
    await page.getByRole('button', { name: 'Begin met de scan' }).click()
    await page.waitForURL(/#\/vragenlijst\/inhoud$/)
    await arrive(page, H1.step.inhoud)
    expect(await progressText(page)).toBe(`0 van ${QUICK_TOTAL} beantwoord`)
    const statementsOnFirstStep = await page.locator('[data-factor] fieldset').count()
    expect(statementsOnFirstStep).toBe(questionnaire.factors.filter((factor) => factor.themeId === 'inhoud').length)
    for (const title of QUICK_TITLES.slice(0, -1)) {
      expect(await heading(page)).toBe(title)
      await answerStepByMouse(page, (index, options) => (index * 2) % options)
      await nextStep(page)
    }
    expect(await heading(page)).toBe('Controleren en afronden')
    expect(await progressText(page)).toBe(`${QUICK_TOTAL} van ${QUICK_TOTAL} beantwoord`)
    await page.getByRole('link', { name: 'Naar het resultaat' }).click()
    await page.waitForURL(/#\/resultaat$/)
    await arrive(page, H1.result)
    expect(errors).toEqual([])
    await context.close()
  })

  it('saves a half-finished scan as a file, clears the device, opens the file and finishes', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.getByRole('button', { name: 'Begin met de scan' }).click()
    await page.waitForURL(/#\/vragenlijst\/inhoud$/)
    await arrive(page, H1.step.inhoud)
    await answerStepByMouse(page, (_, options) => Math.min(3, options - 1))
    await page.locator('[data-factor="visie"] textarea').fill('Notitie: drie visies naast elkaar')
    await page.locator('[data-factor="visie"] textarea').blur()
    await nextStep(page)
    await answerStepByMouse(page, (_, options) => Math.min(1, options - 1))
    const half = await progressText(page)

    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Bewaar als bestand' }).click()])
    const path = await download.path()
    expect(download.suggestedFilename()).toMatch(/^integraalscan-\d{4}-\d{2}-\d{2}\.json$/)
    const saved = parseResultFile(readFileSync(path, 'utf8'))
    expect(saved.ok).toBe(true)

    await goto(page, session, '#/', H1.start)
    await page.getByRole('button', { name: 'Alle gegevens op dit apparaat wissen' }).click()
    await page.getByRole('button', { name: 'Ja, doorgaan' }).click()
    // The message comes after the file or the store is written: wait for it, do not read it at once.
    await page.getByRole('status').filter({ hasText: 'gewist' }).first().waitFor()
    expect(await localStorageKeys(page)).toEqual([])
    await page.reload()
    await arrive(page, H1.start)
    await expect(page.locator('main').innerText()).resolves.not.toContain('Ga verder waar u was')

    await page.setInputFiles('input[type="file"]', path)
    // The second step: the first theme's second part.
    await page.waitForURL(/#\/vragenlijst\/inhoud-2$/)
    await arrive(page, STEP_TITLES[1]!)
    expect(await progressText(page)).toBe(half)
    const stepList = page.getByRole('navigation', { name: 'Stappen van de vragenlijst' })
    await stepList.getByRole('link', { name: /^Inhoudelijke uitgangspunten/ }).first().click()
    await arrive(page, H1.step.inhoud)
    await expect(page.locator('[data-factor="visie"] textarea').inputValue()).resolves.toBe('Notitie: drie visies naast elkaar')

    await stepList.getByRole('link', { name: /^Organisatorische voorwaarden/ }).first().click()
    await arrive(page, H1.step.organisatie)
    for (let step = 2; step < STEP_TITLES.length - 1; step += 1) {
      await answerStepByMouse(page, (index, options) => index % options)
      await nextStep(page)
    }
    expect(await progressText(page)).toBe(`${FULL_TOTAL} van ${FULL_TOTAL} beantwoord`)
    await context.close()
  })

  it('loses nothing on reload: answers, notes and markers after every step, and lands where the user was', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.getByText('Korte scan', { exact: true }).click()
    await page.getByRole('button', { name: 'Begin met de scan' }).click()
    await page.waitForURL(/#\/vragenlijst\/inhoud$/)
    await arrive(page, H1.step.inhoud)
    for (const title of QUICK_TITLES.slice(0, -1)) {
      await answerStepByMouse(page, (index, options) => (index + 1) % options)
      const firstFactor = page.locator('[data-factor]').first()
      if ((await firstFactor.count()) > 0) {
        await firstFactor.getByLabel('Belangrijk voor ons').check()
        await firstFactor.locator('textarea').fill(`Notitie bij ${title}`)
        await firstFactor.locator('textarea').blur()
      }
      const before = await chosenOnStep(page)
      await page.reload()
      await arrive(page, title)
      expect(await heading(page)).toBe(title)
      expect(await chosenOnStep(page)).toEqual(before)
      // Steps without factors (the ladder, the client module) have no marker or note to keep.
      const hasFactor = (await firstFactor.count()) > 0
      const kept = hasFactor
        ? { important: await firstFactor.getByLabel('Belangrijk voor ons').isChecked(), note: await firstFactor.locator('textarea').inputValue() }
        : null
      expect(kept).toEqual(hasFactor ? { important: true, note: `Notitie bij ${title}` } : null)
      await nextStep(page)
    }
    expect(await progressText(page)).toBe(`${QUICK_TOTAL} van ${QUICK_TOTAL} beantwoord`)
    // Closing the tab and coming back: a new page in the same browser profile lands on the last step.
    const again = await context.newPage()
    await again.goto(`${session.baseUrl}#/vragenlijst`)
    await again.waitForURL(/#\/vragenlijst\/controle$/)
    await arrive(again, H1.step.controle)
    expect(await progressText(again)).toBe(`${QUICK_TOTAL} van ${QUICK_TOTAL} beantwoord`)
    await context.close()
  })

  it('keeps nothing in localStorage in "niets bewaren" mode, and says so on screen', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.getByText('Niets bewaren', { exact: true }).click()
    await page.getByText('Korte scan', { exact: true }).click()
    await page.getByRole('button', { name: 'Begin met de scan' }).click()
    await page.waitForURL(/#\/vragenlijst\/inhoud$/)
    await arrive(page, H1.step.inhoud)
    await expect(page.locator('main').innerText()).resolves.toContain('Niets bewaren staat aan')
    for (let step = 0; step < QUICK_TITLES.length - 1; step += 1) {
      await answerStepByMouse(page, (_, options) => Math.min(4, options - 1))
      await nextStep(page)
    }
    expect(await progressText(page)).toBe(`${QUICK_TOTAL} van ${QUICK_TOTAL} beantwoord`)
    expect(await localStorageKeys(page)).toEqual([])
    await context.close()
  })

  it('moves focus to the new step and announces it to screen readers', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
    await nextStep(page)
    await page.waitForFunction(() => document.activeElement?.tagName === 'H1')
    // The full scan's first theme goes on in a second part.
    expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(STEP_TITLES[1])
    await expect(page.locator('[role="status"][aria-live="polite"]').last().innerText()).resolves.toBe(`Pagina: ${STEP_TITLES[1]}`)
    await context.close()
  })

  it('stays usable at projector size: 200% zoom and the large-text option lose nothing', async () => {
    // 200% browser zoom on a 1280 px laptop leaves 640 CSS pixels.
    for (const viewport of [{ width: 640, height: 400 }, PHONE]) {
      const { context, page } = await newPage(session, viewport)
      await goto(page, session, '#/', H1.start)
      await page.getByRole('button', { name: 'Grote letters' }).click()
      await expect(page.evaluate(() => document.documentElement.classList.contains('large-text'))).resolves.toBe(true)
      expect(await hasHorizontalScroll(page)).toBe(false)
      for (const step of ['inhoud', 'ladder', 'inschatting', 'controle'] as const) {
        await goto(page, session, `#/vragenlijst/${step}`, H1.step[step])
        expect(await hasHorizontalScroll(page)).toBe(false)
      }
      await screenshot(page, `vragenlijst-grote-letters-${viewport.width}`)
      await context.close()
    }
  })

  it.each([
    ['desktop', DESKTOP],
    ['telefoon', PHONE],
  ] as const)('has zero axe-core violations and no horizontal scroll on every step (%s)', async (width, viewport) => {
    const { context, page } = await newPage(session, viewport)
    await goto(page, session, '#/', H1.start)
    await page.getByRole('button', { name: 'Begin met de scan' }).click()
    for (const [index, title] of STEP_TITLES.entries()) {
      await page.waitForFunction((expected) => document.querySelector('main h1')?.textContent?.trim() === expected, title)
      if (index === 0) await answerStepByMouse(page, (group) => group % 6)
      expect(await axeViolations(page)).toEqual([])
      expect(await hasHorizontalScroll(page)).toBe(false)
      await screenshot(page, `vragenlijst-${index + 1}-${width}`)
      if (index < STEP_TITLES.length - 1) await nextStep(page)
    }
    await context.close()
  }, 180_000)
})
