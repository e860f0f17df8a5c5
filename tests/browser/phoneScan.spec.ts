import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { arrive, axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, type Session } from './support/browser'
import { nextStep, scanSteps, stepTitle } from './support/questionnaire'

/** Every step of the full scan with the client module, the parts of long themes and the ladder included. */
const STEPS = scanSteps()
const FULL_LABELS = [...questionnaire.scale.points.map((point) => point.label), questionnaire.scale.unknown]

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

type Box = { top: number; bottom: number; left: number; right: number; width: number; height: number }

async function box(page: Page, selector: string, index = 0): Promise<Box> {
  return page.locator(selector).nth(index).evaluate((element) => element.getBoundingClientRect().toJSON() as Box)
}

/** Fully on screen, below the sticky header. */
async function inView(page: Page, selector: string, index = 0): Promise<boolean> {
  const [target, header] = [await box(page, selector, index), await box(page, 'header')]
  return target.top >= header.bottom && target.bottom <= PHONE.height
}

const QUESTIONS = 'main fieldset.choice-group'
const menuButton = (page: Page) => page.getByRole('button', { name: 'Menu', exact: true })
const mainMenu = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' })
/**
 * Waits until the page stands still: the same scroll position over ten animation frames in a row.
 * Counted in frames, not time (a busy machine only makes them slower); a scroll the app starts
 * after a tap or key begins on the next frame, so a page that was going to move has moved by then.
 */
async function settled(page: Page): Promise<void> {
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        let last = window.scrollY
        let still = 0
        const frame = () => {
          still = window.scrollY === last ? still + 1 : 0
          last = window.scrollY
          if (still >= 10) resolve()
          else requestAnimationFrame(frame)
        }
        requestAnimationFrame(frame)
      }),
  )
}

const focusedText = (page: Page) => page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText.trim() ?? '')

describe('the scan on a phone (390×844)', () => {
  // Axe with the menu shut runs on every phone step in questionnaire.spec.ts; here it runs with the menu open.
  it('shows the first question of every step on arrival, with a slim sticky header, no axe violations with the menu open', async () => {
    const { context, page, errors } = await newPage(session, PHONE)
    await goto(page, session, '#/', H1.start)
    await page.getByRole('button', { name: 'Begin met de scan' }).click()
    for (const [index, step] of STEPS.entries()) {
      await page.waitForURL(new RegExp(`#/vragenlijst/${step}$`))
      await arrive(page, stepTitle(step))
      const header = await box(page, 'header')
      expect(header.height).toBeLessThan(72)
      await expect(page.locator('header').innerText()).resolves.toContain(`Stap ${index + 1} van ${STEPS.length}`)
      await expect(page.locator('header progress').count()).resolves.toBe(1)
      // The first option of the first question (on the last step: the result and the hand-in) is on the first screen.
      const first = step === 'controle' ? 'main a[href="#/resultaat"], main a[href="#/inleveren"]' : `${QUESTIONS} label`
      for (const nth of step === 'controle' ? [0, 1] : [0]) expect(await inView(page, first, nth), `${step} ${nth}`).toBe(true)
      expect(await hasHorizontalScroll(page)).toBe(false)
      await menuButton(page).click()
      await mainMenu(page).waitFor()
      expect(await axeViolations(page)).toEqual([])
      await menuButton(page).click()
      await mainMenu(page).waitFor({ state: 'hidden' })
      if (index < STEPS.length - 1) await nextStep(page)
    }
    // The last step reaches the result in one tap.
    await page.getByRole('link', { name: 'Naar het resultaat' }).click()
    await page.waitForURL(/#\/resultaat$/)
    await arrive(page, H1.result)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)

  it('keeps the header in view while scrolling, and the questions below it', async () => {
    const { context, page } = await newPage(session, PHONE)
    await goto(page, session, '#/vragenlijst/organisatie', H1.step.organisatie)
    await page.mouse.wheel(0, 3000)
    await page.waitForFunction(() => window.scrollY > 2000)
    expect((await box(page, 'header')).top).toBe(0)
    // A question reached by the keyboard is scrolled to below the bar, not under it.
    await page.locator(`${QUESTIONS} input`).nth(6 * 10).focus()
    const header = await box(page, 'header')
    const focused = await page.evaluate(() => (document.activeElement as Element).getBoundingClientRect().top)
    expect(focused).toBeGreaterThanOrEqual(header.bottom)
    // Wider screens keep the full header: no menu button, the navigation in view, nothing sticky.
    await page.setViewportSize(DESKTOP)
    await mainMenu(page).waitFor()
    await expect(menuButton(page).count()).resolves.toBe(0)
    await expect(page.getByRole('button', { name: 'Grote letters' }).isVisible()).resolves.toBe(true)
    await expect(page.locator('header').evaluate((element) => getComputedStyle(element).position)).resolves.toBe('static')
    await context.close()
  })

  it('opens and closes the menu by keyboard, and gives focus back to the button', async () => {
    const { context, page } = await newPage(session, PHONE)
    await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
    const button = menuButton(page)
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')
    const controls = await button.getAttribute('aria-controls')
    await expect(page.locator(`#${controls}`).count()).resolves.toBe(1)
    await expect(mainMenu(page).isVisible()).resolves.toBe(false)
    await expect(page.getByRole('button', { name: 'Grote letters' }).isVisible()).resolves.toBe(false)
    // Skip link, product name, then the menu button.
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await page.keyboard.press('Tab')
    await expect(focusedText(page)).resolves.toBe('Menu')
    for (const key of ['Enter', 'Space']) {
      await page.keyboard.press(key)
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('true')
      await expect(mainMenu(page).isVisible()).resolves.toBe(true)
      // Into the menu: the large-text switch first, then the links.
      await page.keyboard.press('Tab')
      await expect(focusedText(page)).resolves.toContain('Grote letters')
      await page.keyboard.press('Tab')
      await expect(focusedText(page)).resolves.toBe('Start')
      await page.keyboard.press('Escape')
      await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')
      await expect(mainMenu(page).isVisible()).resolves.toBe(false)
      await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-controls'))).resolves.toBe(controls)
    }
    // A tap outside the header closes it too, so it never stays over the questions.
    await button.click()
    await expect(mainMenu(page).isVisible()).resolves.toBe(true)
    await page.locator('main h1').click()
    await expect(button.getAttribute('aria-expanded')).resolves.toBe('false')
    // Every target in the open menu is at least 44 px high; a link in it navigates and closes the menu.
    await button.focus()
    await page.keyboard.press('Enter')
    for (const element of await page.locator(`#${controls} a, #${controls} button, header button`).all()) {
      expect((await element.boundingBox())!.height).toBeGreaterThanOrEqual(44)
    }
    await mainMenu(page).getByRole('link', { name: 'Over' }).click()
    await page.waitForURL(/#\/over$/)
    await arrive(page, H1.about)
    // Outside the scan the phone header is the full one again.
    await expect(menuButton(page).count()).resolves.toBe(0)
    await expect(mainMenu(page).isVisible()).resolves.toBe(true)
    await context.close()
  })

  it('names every option by its full label and gives every control on a step a 44 px target', async () => {
    const { context, page } = await newPage(session, PHONE)
    await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
    const groups = await page.locator(QUESTIONS).all()
    expect(groups.length).toBeGreaterThan(5)
    for (const group of groups) {
      for (const label of FULL_LABELS) await expect(group.getByRole('radio', { name: label, exact: true }).count()).resolves.toBe(1)
    }
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main label, main summary, main a, main button, header a, header button')]
        .filter((element) => (element as HTMLElement).offsetParent !== null)
        .filter((element) => !element.closest('legend, .lead, p'))
        .map((element) => ({ text: (element as HTMLElement).innerText.trim().slice(0, 40), height: element.getBoundingClientRect().height }))
        .filter(({ height }) => height < 44),
    )
    expect(small).toEqual([])
    await context.close()
  })
})

describe('answering moves you along (390×844)', () => {
  for (const motion of ['reduce', 'no-preference'] as const) {
    it(`brings the next question into view after a tap, never after a key, never moving focus (motion: ${motion})`, async () => {
      const { context, page } = await newPage(session, PHONE)
      await page.emulateMedia({ reducedMotion: motion })
      await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
      const groups = page.locator(QUESTIONS)
      // Statement 3 sits at the bottom of the screen, statement 4 below it.
      await groups.nth(2).evaluate((element) => element.scrollIntoView({ block: 'end' }))
      expect(await inView(page, QUESTIONS, 3)).toBe(false)
      await groups.nth(2).locator('label').nth(3).click()
      // Without motion the jump is instant (no animation frames to wait for); with motion it glides there.
      if (motion === 'no-preference') {
        await page.waitForFunction(
          (selector) => {
            const target = document.querySelectorAll(selector)[3]!.getBoundingClientRect()
            return target.top >= 0 && target.bottom <= window.innerHeight
          },
          QUESTIONS,
        )
      }
      await settled(page)
      expect(await inView(page, QUESTIONS, 3)).toBe(true)
      // Focus stays on the chosen option of the statement that was answered.
      await expect(page.evaluate((selector) => document.activeElement?.closest(selector) === document.querySelectorAll(selector)[2], QUESTIONS)).resolves.toBe(true)

      // Changing an answer already given does not move the page.
      await groups.nth(2).evaluate((element) => element.scrollIntoView({ block: 'end' }))
      const before = await page.evaluate(() => window.scrollY)
      await groups.nth(2).locator('label').nth(1).click()
      await settled(page)
      expect(await page.evaluate(() => window.scrollY)).toBe(before)

      // By keyboard: Space and the arrow keys answer and change, and the page stays where it is.
      await groups.nth(4).evaluate((element) => element.scrollIntoView({ block: 'end' }))
      await groups.nth(4).getByRole('radio').first().focus()
      const still = await page.evaluate(() => window.scrollY)
      await page.keyboard.press('Space')
      await page.keyboard.press('ArrowRight')
      await page.keyboard.press('ArrowRight')
      await settled(page)
      expect(await page.evaluate(() => window.scrollY)).toBe(still)
      await expect(groups.nth(4).getByRole('radio', { name: FULL_LABELS[2], exact: true }).isChecked()).resolves.toBe(true)
      await expect(page.evaluate((selector) => document.activeElement?.closest(selector) === document.querySelectorAll(selector)[4], QUESTIONS)).resolves.toBe(true)
      await context.close()
    })
  }

  it('ends each step with what is still open there, each open question one tap away', async () => {
    const { context, page } = await newPage(session, PHONE)
    await page.emulateMedia({ reducedMotion: 'reduce' })
    await goto(page, session, '#/vragenlijst/inschatting', H1.step.inschatting)
    const end = page.locator('[data-step-end]')
    await expect(end.getByRole('heading').innerText()).resolves.toBe('Nog 1 vraag open in deze stap')
    // The one open question is a link; following it lands on the question, focus on its first choice.
    await end.getByRole('link', { name: questionnaire.ownGuessQuestion.text }).click()
    await expect(page.evaluate(() => (document.activeElement as HTMLInputElement).type)).resolves.toBe('radio')
    // The question is taller than the screen: its text shows first, right below the header.
    expect(await inView(page, `${QUESTIONS} legend`, 0)).toBe(true)
    // Answering the last open question by tap brings the step's end into view: all answered, and the way on.
    await page.locator(QUESTIONS).first().locator('label').first().click()
    await expect(end.getByRole('heading').innerText()).resolves.toBe('Alle vragen in deze stap zijn beantwoord')
    await expect(end.getByRole('link', { name: /^Volgende stap/ }).isVisible()).resolves.toBe(true)
    expect((await box(page, '[data-step-end] a[href="#/vragenlijst/controle"]')).bottom).toBeLessThanOrEqual(PHONE.height)

    // A long step folds its open list; unfolded, a link goes to that statement.
    await goto(page, session, '#/vragenlijst/uitvoering', H1.step.uitvoering)
    const open = await page.locator(QUESTIONS).count()
    await expect(end.getByRole('heading').innerText()).resolves.toBe(`Nog ${open} vragen open in deze stap`)
    await end.getByText('Toon de open vragen').click()
    const links = end.locator('li a')
    await expect(links.count()).resolves.toBe(open)
    const fifth = (await page.locator(QUESTIONS).nth(4).locator('legend').textContent())?.trim()
    await links.nth(4).click()
    expect(await inView(page, QUESTIONS, 4)).toBe(true)
    await expect(page.evaluate(() => document.activeElement?.closest('fieldset')?.querySelector('legend')?.textContent?.trim())).resolves.toBe(fifth)
    await context.close()
  })
})
