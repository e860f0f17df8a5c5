import type { Page } from 'playwright-core'

/** The scan's seven steps in order, as their route parameter (the full scan with the client module). */
export const SCAN_STEPS = ['inhoud', 'organisatie', 'uitvoering', 'client', 'ladder', 'inschatting', 'controle'] as const

/** Helpers that drive the questionnaire the way a person does, shared by the journey tests. */

export async function heading(page: Page): Promise<string> {
  return (await page.locator('main h1').innerText()).trim()
}

export async function progressText(page: Page): Promise<string> {
  return (await page.locator('.questionnaire-progress span').innerText()).trim()
}

/** Clicks an option in every radio group of the current step that has no answer yet. */
export async function answerStepByMouse(page: Page, pick: (groupIndex: number, optionCount: number) => number): Promise<number> {
  const groups = page.locator('main fieldset.choice-group')
  const count = await groups.count()
  let answered = 0
  for (let index = 0; index < count; index += 1) {
    const group = groups.nth(index)
    if ((await group.locator('input:checked').count()) > 0) continue
    const options = group.locator('label.choice-group__option')
    await options.nth(pick(index, await options.count())).click()
    answered += 1
  }
  return answered
}

export async function nextStep(page: Page): Promise<void> {
  const before = await heading(page)
  await page.getByRole('link', { name: /^Volgende stap/ }).click()
  await page.waitForFunction((old) => document.querySelector('main h1')?.textContent?.trim() !== old, before)
}

export async function localStorageKeys(page: Page): Promise<string[]> {
  return page.evaluate(() => Object.keys(window.localStorage))
}

/** What the radio groups of the current step show as chosen, by legend. */
export async function chosenOnStep(page: Page): Promise<Record<string, string>> {
  return page.evaluate(() => {
    const chosen: Record<string, string> = {}
    for (const group of document.querySelectorAll('main fieldset.choice-group')) {
      const legend = group.querySelector('legend')?.textContent?.trim() ?? ''
      const checked = group.querySelector<HTMLInputElement>('input:checked')
      if (checked) chosen[legend] = checked.closest('label')?.textContent?.trim() ?? ''
    }
    return chosen
  })
}
