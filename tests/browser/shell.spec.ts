import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { arrive, axeViolations, DESKTOP, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, type Session } from './support/browser'

const ROUTES = [
  ['start', '#/', H1.start],
  ['vragenlijst', '#/vragenlijst/inhoud', H1.step.inhoud],
  ['resultaat', '#/resultaat', H1.result],
  ['workshop', '#/workshop', H1.workshop],
  ['vergelijken', '#/vergelijken', H1.compare],
  ['bewaard', '#/bewaard', H1.saved],
  ['over', '#/over', H1.about],
  ['onbekend', '#/bestaat-niet', H1.notFound],
] as const

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the app shell', () => {
  it.each(ROUTES)('route %s loads in Dutch with zero axe-core violations at both widths', async (name, hash, heading) => {
    for (const [width, viewport] of [['desktop', DESKTOP], ['telefoon', PHONE]] as const) {
      const { context, page, errors } = await newPage(session, viewport)
      await goto(page, session, hash, heading)
      expect(await page.getAttribute('html', 'lang')).toBe('nl')
      expect(await axeViolations(page)).toEqual([])
      expect(await hasHorizontalScroll(page)).toBe(false)
      expect(errors).toEqual([])
      await screenshot(page, `shell-${name}-${width}`)
      await context.close()
    }
  })

  it('has a header with the product name, the six navigation links and a privacy footer', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await expect(page.locator('header').innerText()).resolves.toContain('Integraalscan')
    const links = await page.locator('nav[aria-label="Hoofdmenu"] a').allInnerTexts()
    expect(links.map((text) => text.trim())).toEqual(['Start', 'Vragenlijst', 'Resultaat', 'Workshop', 'Vergelijken', 'Meetreeks', 'Over'])
    await expect(page.locator('footer').innerText()).resolves.toContain('blijft op dit apparaat')
    await context.close()
  })

  it('keeps every navigation link in its place whichever page is open', async () => {
    const { context, page } = await newPage(session)
    const positions: string[] = []
    for (const [route, heading] of [['#/', H1.start], ['#/over', H1.about], ['#/workshop', H1.workshop]] as const) {
      await goto(page, session, route, heading)
      positions.push(JSON.stringify(await page.locator('nav[aria-label="Hoofdmenu"] a').evaluateAll((links) => links.map((link) => Math.round(link.getBoundingClientRect().left)))))
    }
    expect(new Set(positions).size).toBe(1)
    // The bold copy that holds the width is not read out: each link's name is its label alone.
    await expect(page.getByRole('link', { name: 'Over', exact: true }).count()).resolves.toBe(1)
    await context.close()
  })

  it('is usable by keyboard alone: skip link, navigation and a visible focus', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.keyboard.press('Tab')
    const skip = page.locator(':focus')
    await expect(skip.innerText()).resolves.toBe('Naar de inhoud')
    await page.keyboard.press('Enter')
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe('inhoud')

    // From the top of a fresh page: skip link, brand, large-text toggle, then the navigation in order.
    await page.reload()
    await arrive(page, H1.start)
    const focusedText = async () =>
      (await page.evaluate(() => (document.activeElement as HTMLElement | null)?.innerText ?? '')).trim()
    const focusedTexts: string[] = []
    for (let i = 0; i < 10; i += 1) {
      await page.keyboard.press('Tab')
      focusedTexts.push(await focusedText())
    }
    expect(focusedTexts.slice(3)).toEqual(['Start', 'Vragenlijst', 'Resultaat', 'Workshop', 'Vergelijken', 'Meetreeks', 'Over'])
    const focusStyle = await page.evaluate(() => getComputedStyle(document.activeElement as Element).outlineStyle)
    expect(focusStyle).toBe('solid')
    await page.keyboard.press('Enter')
    await page.waitForURL(/#\/over$/)
    await arrive(page, H1.about)
    await expect(page.evaluate(() => document.activeElement?.tagName)).resolves.toBe('H1')
    await context.close()
  })

  it('names the three source reports and the privacy model on the Over page', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/over', H1.about)
    const text = await page.locator('main').innerText()
    expect(text).toContain('Literatuurstudie Integrale dienstverlening')
    expect(text).toContain('Inspectie SZW')
    expect(text).toContain('Werkplaatsen Sociaal Domein')
    expect(text).toContain('Movisie')
    expect(text).toContain('stuurt een browser nooit naar een server')
    await context.close()
  })

  it('requests nothing from any other origin, and the built page carries a strict CSP', async () => {
    const { context, page } = await newPage(session)
    const origin = new URL(session.baseUrl).origin
    const foreign: string[] = []
    await context.route('**/*', async (route) => {
      const url = route.request().url()
      if (new URL(url).origin !== origin && !url.startsWith('data:') && !url.startsWith('blob:')) {
        foreign.push(url)
        await route.abort()
      } else {
        await route.continue()
      }
    })
    for (const [, hash, heading] of ROUTES) await goto(page, session, hash, heading)
    expect(foreign).toEqual([])
    const csp = await page.getAttribute('meta[http-equiv="Content-Security-Policy"]', 'content')
    expect(csp).toContain("default-src 'none'")
    expect(csp).toContain("script-src 'self'")
    expect(csp).toContain("connect-src 'self'")
    await context.close()
  })

  it('the single-file build works from file:// and its navigation works', async () => {
    const { context, page, errors } = await newPage(session)
    await page.goto(session.singleFileUrl)
    await arrive(page, H1.start)
    expect(await page.locator('script[src]').count()).toBe(0)
    expect(await page.locator('link[rel="stylesheet"]').count()).toBe(0)
    await page.getByRole('link', { name: 'Over', exact: true }).click()
    await arrive(page, H1.about)
    await page.getByRole('link', { name: 'Vragenlijst', exact: true }).click()
    await page.waitForURL(/#\/vragenlijst\/inhoud$/)
    await arrive(page, H1.step.inhoud)
    expect(errors).toEqual([])
    await context.close()
  })
})
