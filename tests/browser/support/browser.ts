import { mkdirSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core'
import { AxeBuilder } from '@axe-core/playwright'
import { inject } from 'vitest'

export const DESKTOP = { width: 1280, height: 800 }
export const PHONE = { width: 390, height: 844 }

const FLAGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--no-first-run',
  '--disable-sync',
  '--disable-quic',
]

export interface Session {
  browser: Browser
  baseUrl: string
  singleFileUrl: string
  close(): Promise<void>
}

/**
 * A fresh Chromium. Playwright gives every launch a new, empty temporary profile and every context
 * its own storage, so no test sees another's localStorage.
 */
export async function launch(): Promise<Session> {
  const browser = await chromium.launch({ executablePath: inject('chromiumPath'), headless: true, args: FLAGS })
  return {
    browser,
    baseUrl: inject('baseUrl'),
    singleFileUrl: inject('singleFileUrl'),
    async close() {
      await browser.close()
    },
  }
}

export async function newPage(
  session: Session,
  viewport: { width: number; height: number } = DESKTOP,
  options: { acceptDownloads?: boolean } = {},
): Promise<{ context: BrowserContext; page: Page; errors: string[] }> {
  // Reduced motion by default: answering by click scrolls the next question into view, and a smooth
  // glide would make every following click wait for the page to stand still. phoneScan.spec.ts
  // checks the smooth path with page.emulateMedia.
  const context = await session.browser.newContext({
    viewport,
    acceptDownloads: options.acceptDownloads ?? true,
    locale: 'nl-NL',
    reducedMotion: 'reduce',
  })
  const page = await context.newPage()
  // Uncaught errors in the page are collected, so a test can assert that there were none.
  const errors: string[] = []
  page.on('pageerror', (error) => errors.push(error.message))
  return { context, page, errors }
}

/**
 * What a navigation waits for before the test reads on: the target page's own h1 (its exact text,
 * or a pattern), or the element the test reads next. Never "an h1": after a hash change the old
 * page's heading stays until the new page has rendered, so a test that read then would read the
 * old page.
 */
export type Arrival = string | RegExp | Locator

/** The element an arrival names: a heading text becomes the page's h1 with that name. */
export function arrivalLocator(page: Page, arrival: Arrival): Locator {
  if (typeof arrival === 'string') return page.getByRole('heading', { level: 1, name: arrival, exact: true })
  if (arrival instanceof RegExp) return page.getByRole('heading', { level: 1, name: arrival })
  return arrival
}

/** The print route's own element: its radar image, there once the report has been drawn. */
export const printedReport = (page: Page): Locator => page.locator('[data-print-radar]')

/** Waits until the page shows what `arrival` names (after a click on a link, a hash change, a reload). */
export async function arrive(page: Page, arrival: Arrival): Promise<void> {
  await arrivalLocator(page, arrival).first().waitFor()
}

/**
 * Opens a route of the app, e.g. "#/vragenlijst/inhoud", and waits for that page's own heading or
 * element: `goto(page, session, '#/vergelijken', 'Vergelijken')`.
 */
export async function goto(page: Page, session: Session, hash: string, arrival: Arrival): Promise<void> {
  await page.goto(`${session.baseUrl}${hash}`)
  await arrive(page, arrival)
}

/**
 * Opens an invitation link (a full URL) and starts the scan from its welcome: waits for the welcome's
 * heading, clicks "Beginnen", then waits for `arrival` (the first step's heading, as a rule).
 */
export async function acceptInvitation(page: Page, url: string, arrival: Arrival): Promise<void> {
  await page.goto(url)
  await arrive(page, H1.invitation)
  await page.getByRole('button', { name: 'Beginnen', exact: true }).click()
  await arrive(page, arrival)
}

/** The h1 of each page, for `goto` and `arrive` (a questionnaire step's h1 is its step's title). */
export const H1 = {
  start: 'Zelfscan integrale dienstverlening',
  result: 'Resultaat',
  shared: 'Gedeeld resultaat',
  workshop: 'Workshop',
  compare: 'Vergelijken',
  series: 'Meetreeks',
  saved: 'Bewaarde resultaten',
  about: 'Over deze scan',
  /** The print route with nothing loaded to print; a loaded report has its own title (wait for `printedReport`). */
  nothingToPrint: 'PDF-samenvatting',
  notFound: 'Pagina niet gevonden',
  handin: 'Inleveren bij de begeleider',
  roundTwo: 'Ronde 2',
  invitation: 'Uitnodiging voor een workshop',
  projector: 'Projectie',
  /** The questionnaire's steps, by their route parameter. */
  step: {
    inhoud: 'Inhoudelijke uitgangspunten',
    organisatie: 'Organisatorische voorwaarden',
    uitvoering: 'Uitvoering in de praktijk',
    client: 'Het perspectief van de inwoner',
    ladder: 'Hoe ver is de samenwerking?',
    organisatievorm: 'Hoe is de samenwerking georganiseerd?',
    inschatting: 'Uw eigen inschatting',
    controle: 'Controleren en afronden',
  },
} as const

/** Runs axe-core for WCAG 2.1 A and AA and returns the violations in a readable form. */
export async function axeViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations.map(
    (violation) => `${violation.id}: ${violation.help} (${violation.nodes.map((node) => node.target.join(' ')).join(', ')})`,
  )
}

/** True when the page is wider than the viewport (a horizontal scroll bar on a phone). */
export async function hasHorizontalScroll(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > document.documentElement.clientWidth)
}

/** Switches "Grote letters" on as a returning user has it: stored on the device, applied when the app starts. */
export async function turnOnLargeText(page: Page, session: Session): Promise<void> {
  await goto(page, session, '#/', H1.start)
  await page.evaluate(() => window.localStorage.setItem('integraalscan:grote-letters', '1'))
  await page.reload()
}

const SCREENSHOTS = join(import.meta.dirname, '../../../screenshots')

/** With SCREENSHOTS=1, keeps a file (a PDF, a Word report) in screenshots/ (git-ignored) for a person to look at. */
export function keepForLooking(fileName: string, bytes: Uint8Array): void {
  if (process.env.SCREENSHOTS !== '1') return
  mkdirSync(SCREENSHOTS, { recursive: true })
  writeFileSync(join(SCREENSHOTS, fileName), bytes)
}

/** Writes a screenshot to screenshots/ (git-ignored) for a person to look at. */
export async function screenshot(page: Page, name: string): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true })
}
