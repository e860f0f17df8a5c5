import type { Page } from 'playwright-core'
import { goto, type Session } from './browser'

/** The results-file input of the workshop page ("Binnenhalen"); the other file input takes photos of QR codes. */
export const RESULT_FILES = 'input[type="file"][multiple]'

/** Opens a phase of the workshop page by its step link, as a facilitator does, and waits for it. */
export async function openPhase(page: Page, phase: 'voorbereiden' | 'binnenhalen' | 'bespreken' | 'afronden'): Promise<void> {
  await page.locator(`[data-workshop-phases] [data-phase="${phase}"]`).click()
  await page.locator(`[data-workshop-phase="${phase}"]`).waitFor()
}

/**
 * Opens the workshop page at "Binnenhalen", adds result files, and opens "Bespreken" with the team
 * table (or stays, with `phase`). `url` opens another build (the single file) instead.
 */
export async function workshopWith(
  page: Page,
  session: Session,
  files: string[],
  options: { phase?: 'binnenhalen' | 'bespreken'; url?: string } = {},
): Promise<void> {
  if (options.url) {
    await page.goto(`${options.url}#/workshop/binnenhalen`)
    await page.locator('[data-workshop-phase="binnenhalen"]').waitFor()
  } else {
    await goto(page, session, '#/workshop/binnenhalen', page.locator('[data-workshop-phase="binnenhalen"]'))
  }
  await page.setInputFiles(RESULT_FILES, files)
  await page.locator('[data-participant]').first().waitFor()
  if ((options.phase ?? 'bespreken') === 'bespreken') {
    await openPhase(page, 'bespreken')
    await page.locator('[data-team-factor]').first().waitFor()
  }
}
