import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createServer, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import type { Page } from 'playwright-core'
import { launch, newPage, type Session } from './support/browser'
import { participantFiles } from './support/fixtures'
import { workshopWith } from './support/workshop'

/**
 * Issue #25 item 5, as an attacker would try it: the projector renders only what the window that
 * opened it sends from the app's own origin, and a damaged agenda item never blanks the slide.
 */
let session: Session
let elsewhere: Server
let elsewhereUrl: string
const TOOL = 'integraalscan-projector'

/** A page on another origin that opens the app's projector and tries to drive it. */
const attackerPage = (projectorUrl: string) => `<!doctype html><html lang="nl"><title>Elders</title>
<button id="open">Open</button>
<script>
document.getElementById('open').onclick = () => { window.projector = window.open(${JSON.stringify(projectorUrl)}, 'integraalscan-projector') }
window.send = (text) => window.projector.postMessage(text, '*')
</script></html>`

beforeAll(async () => {
  session = await launch()
  // A second server on another port: another origin than the app's.
  elsewhere = createServer((_, response) => {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
    response.end(attackerPage(`${session.baseUrl}#/projector`))
  })
  await new Promise<void>((resolve) => elsewhere.listen(0, '127.0.0.1', resolve))
  elsewhereUrl = `http://127.0.0.1:${(elsewhere.address() as AddressInfo).port}/`
})
afterAll(async () => {
  await session.close()
  await new Promise((resolve) => elsewhere.close(resolve))
})

/** Counts messages reaching the projector after the app's own listener has handled them. */
async function countMessages(projector: Page): Promise<void> {
  await projector.evaluate(() => {
    const counted = window as unknown as { received: number; last: string }
    counted.received = 0
    window.addEventListener('message', (event) => {
      counted.received += 1
      if (typeof event.data === 'string') counted.last = event.data
    })
  })
}

const received = (projector: Page, atLeast: number) =>
  projector.waitForFunction((count) => (window as unknown as { received: number }).received >= count, atLeast)

/**
 * A workshop of eight with its projector window open, and the state message the workshop window
 * sent it after one step (the template a test damages).
 */
async function workshopProjector(page: Page): Promise<{ projector: Page; last: string }> {
  await workshopWith(page, session, [...participantFiles('noord'), ...participantFiles('wi')])
  const [projector] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open projectiescherm' }).click()])
  await projector.locator('[data-projector-count]').waitFor()
  await countMessages(projector)
  // Any step makes the workshop window send its state again: that message is the template.
  await projector.keyboard.press('ArrowRight')
  await received(projector, 1)
  return { projector, last: await projector.evaluate(() => (window as unknown as { last: string }).last) }
}

describe('the projector window', () => {
  it('ignores a page on another origin that opened it and posts an agenda to it', async () => {
    const { context, page, errors } = await newPage(session)
    await page.goto(elsewhereUrl)
    const [projector] = await Promise.all([page.waitForEvent('popup'), page.locator('#open').click()])
    await projector.getByText('Wacht op het workshopvenster').waitFor()
    await countMessages(projector)
    const forged = { participantCount: 999, rolesSuppressed: false, items: [] }
    await page.evaluate(
      ([tool, agenda]) => (window as unknown as { send(text: string): void }).send(JSON.stringify({ tool, type: 'state', agenda, position: { slide: 0, revealed: false, blank: false } })),
      [TOOL, forged] as const,
    )
    await received(projector, 1)
    await expect(projector.locator('main').innerText()).resolves.toContain('Wacht op het workshopvenster')
    await expect(projector.locator('[data-projector-count]').count()).resolves.toBe(0)
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows the next good slide and says so when its own workshop window sends a damaged item', async () => {
    const { context, page, errors } = await newPage(session)
    const { projector, last } = await workshopProjector(page)
    const sent = JSON.parse(last) as { agenda: { items: { title: string; counts: unknown }[] } }
    const [first, second] = sent.agenda.items
    const damaged = { ...sent, agenda: { ...sent.agenda, items: [{ ...first, counts: 'veel' }, ...sent.agenda.items.slice(1)] }, position: { slide: 1, revealed: true, blank: false } }
    // From the opener itself: window.open with the projector's name returns the window it opened.
    await page.evaluate((text) => window.open('', 'integraalscan-projector')?.postMessage(text, window.location.origin), JSON.stringify(damaged))
    await projector.locator('[data-projector-dropped]').waitFor()
    await expect(projector.locator('[data-projector-dropped]').innerText()).resolves.toBe('1 onderdeel van de agenda was beschadigd en wordt niet getoond.')
    await expect(projector.locator('h1').innerText()).resolves.toBe(second!.title)
    await expect(projector.locator('[data-projector-factor][data-revealed="true"] [data-distribution]').count()).resolves.toBe(1)
    expect(errors).toEqual([])
    await context.close()
  })

  it('says a damaged closing slide is left out, and still shows the others', async () => {
    const { context, page, errors } = await newPage(session)
    const { projector, last } = await workshopProjector(page)
    const sent = JSON.parse(last) as { agenda: { items: unknown[]; radar: object } }
    const radarSlide = sent.agenda.items.length + 1
    const send = (agenda: object, slide: number) =>
      page.evaluate(
        (text) => window.open('', 'integraalscan-projector')?.postMessage(text, window.location.origin),
        JSON.stringify({ ...sent, agenda, position: { slide, revealed: false, blank: false } }),
      )
    // A radar whose values do not match its axes, with a script where its caption should be.
    const damaged = { ...sent.agenda, radar: { ...sent.agenda.radar, caption: '<img src=x onerror="document.title=1">', labels: ['één'] } }
    await send(damaged, radarSlide)
    await projector.locator('[data-projector-closing-missing]').waitFor()
    await expect(projector.locator('h1').innerText()).resolves.toBe('Teambeeld (radar)')
    await expect(projector.locator('[data-projector-dropped]').innerText()).resolves.toBe('1 onderdeel van de agenda was beschadigd en wordt niet getoond.')
    await expect(projector.locator('canvas').count()).resolves.toBe(0)
    await send(damaged, radarSlide + 1)
    await projector.locator('[data-projector-closing="ladder"] [data-placement-sentence]').waitFor()
    await send(damaged, radarSlide + 2)
    await projector.locator('[data-projector-closing="actions"]').waitFor()
    expect(await projector.title()).not.toBe('1')
    expect(errors).toEqual([])
    await context.close()
  })
})
