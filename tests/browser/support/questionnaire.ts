import type { Page } from 'playwright-core'
import { questionnaire } from '../../../src/content/questionnaire'
import { questionnaire as messages } from '../../../src/locales/nl/questionnaire'
import { emptyAnswers } from '../../../src/core/files/newResult'
import { factorsOfStep, stepPart, stepsFor, type StepId } from '../../../src/core/scan/steps'
import type { Answers } from '../../../src/core/model'

type StepInput = Pick<Answers, 'mode' | 'includeClientModule' | 'roleGroup'>

/** A step's h1 as the app builds it: the theme's or the app's title, and from the second part on which part it is. */
export function stepTitle(step: StepId, answers: StepInput = emptyAnswers()): string {
  const { base, part, parts } = stepPart(questionnaire, answers, step)
  const own = questionnaire.themes.find((theme) => theme.id === base)?.title ?? messages.stepTitles[base as keyof typeof messages.stepTitles]
  return part > 1 ? messages.stepPartTitle(own, part, parts) : own
}

/** Every step in order, as its route parameter: the full scan (the default) or the quick scan, with the client module. */
export function scanSteps(mode: Answers['mode'] = 'volledig'): StepId[] {
  return stepsFor(questionnaire, { ...emptyAnswers(), mode })
}

/** The step that asks a factor, for these answers (a long theme continues on "<id>-2" and so on). */
export function stepOfFactor(factorId: string, answers: StepInput): StepId {
  const step = stepsFor(questionnaire, answers).find((id) => factorsOfStep(questionnaire, answers, id).some((factor) => factor.id === factorId))
  if (step === undefined) throw new Error(`No step asks ${factorId}`)
  return step
}

/** Every step's h1 in order, for the full scan (the default) or the quick scan, with the client module. */
export function stepTitles(mode: Answers['mode'] = 'volledig'): string[] {
  return scanSteps(mode).map((step) => stepTitle(step, { ...emptyAnswers(), mode }))
}

/**
 * The first step of each part of the scan, as their route parameter (the full scan with the client
 * module). A theme or the ladder with many questions continues on "<id>-2" and so on: `stepTitles`.
 */
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
