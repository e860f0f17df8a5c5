import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { readFileSync } from 'node:fs'
import { basename } from 'node:path'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { aggregateTeam } from '../../src/core/team/aggregate'
import { answersOf } from '../../src/core/files/newResult'
import { parseResultFile } from '../../src/core/files/fileFormat'
import type { RoleGroup } from '../../src/core/model'
import { axeViolations, goto, launch, newPage, PHONE, screenshot, type Session } from './support/browser'
import { printToPdf, readPdf } from './support/pdf'
import { participantFiles, readParticipant, tempFile } from './support/fixtures'
import { openPhase, workshopWith } from './support/workshop'

const all = [...participantFiles('noord'), ...participantFiles('wi')]
const expected = aggregateTeam(questionnaire, all.map((path) => answersOf(readParticipant(path))))

/** The nine fixtures with a role group each: four beleid, three uitvoering and two management. */
const groups: RoleGroup[] = ['beleid', 'uitvoering', 'management', 'beleid', 'uitvoering', 'beleid', 'uitvoering', 'management', 'beleid']
const withGroups = all.map((path, index) => tempFile(basename(path), JSON.stringify({ ...readParticipant(path), roleGroup: groups[index] })))
/** With role groups the agenda differs: a group that cannot answer a policy-level statement skips it (2026.2). */
const expectedWithGroups = aggregateTeam(questionnaire, all.map((path, index) => answersOf({ ...readParticipant(path), roleGroup: groups[index] })))
const labels = ['Sanne', 'Joost', 'Ahmed', 'Deelnemer 1', 'Deelnemer 2']

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

/** "Bespreken" on the workshop page with these result files in (`url`: another build). */
async function openWorkshop(page: Page, files: string[], url?: string): Promise<void> {
  await workshopWith(page, session, files, url ? { url } : {})
}

/** A full-HD projector and an older 720p one. */
const PROJECTOR_SIZES = [
  { width: 1920, height: 1080 },
  { width: 1280, height: 720 },
]

/** The projector window at this screen size, back on its start slide. */
async function startAt(projector: Page, viewport: { width: number; height: number }): Promise<void> {
  await projector.setViewportSize(viewport)
  await projector.keyboard.press('Home')
  await projector.locator('[data-projector-count]').waitFor()
}

/** Records an action in "Afronden", as the facilitator does in the action editor. */
async function addAction(page: Page, factorId: string, what: string, who: string, when: string): Promise<void> {
  const title = questionnaire.factors.find((factor) => factor.id === factorId)!.title
  await page.getByLabel('Bij welke factor?').selectOption({ label: title })
  await page.locator('[data-action-what]').fill(what)
  await page.locator('[data-action-who]').fill(who)
  await page.locator('[data-action-when]').fill(when)
  await page.getByRole('button', { name: 'Voeg de actie toe' }).click()
  await page.locator(`[data-action="${factorId}"]`).waitFor()
}

/** Whether the page scrolls (down or sideways), the slide's text size and where the line of keys ends. */
async function fitOf(projector: Page): Promise<{ scrolls: boolean; sideways: boolean; fontSize: number; footerBottom: number }> {
  return projector.evaluate(() => ({
    scrolls: document.documentElement.scrollHeight > document.documentElement.clientHeight,
    sideways: document.documentElement.scrollWidth > document.documentElement.clientWidth,
    fontSize: Number.parseFloat(getComputedStyle(document.querySelector('[data-projector]')!).fontSize),
    footerBottom: document.querySelector('.projector__footer')!.getBoundingClientRect().bottom,
  }))
}

async function openProjector(page: Page): Promise<Page> {
  const [popup] = await Promise.all([page.waitForEvent('popup'), page.getByRole('button', { name: 'Open projectiescherm' }).click()])
  await popup.locator('[data-projector-count]').waitFor()
  return popup
}

describe('disagreement on the workshop page', () => {
  it('draws every distribution with the core counts and never calls a split room "eens"', async () => {
    const { context, page, errors } = await newPage(session)
    await openWorkshop(page, all)
    await page.locator('[data-fold="distributions"] > summary').click()
    await expect(page.locator('[data-agreement-rule]').innerText()).resolves.toContain('een derde of meer van de deelnemers meer dan 1 punt van de mediaan')
    const drawn = await page.locator('[data-disagreement]').count()
    expect(drawn).toBe(expected.agenda.length)
    let split = 0
    for (const factor of expected.factors.filter((item) => expected.agenda.includes(item.factorId))) {
      const plot = page.locator(`[data-distribution="${factor.factorId}"]`)
      const counts = await plot.locator('[data-count]').evaluateAll((cells) => cells.map((cell) => Number.parseInt(cell.textContent ?? '', 10)))
      expect(counts).toEqual(factor.counts)
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(factor.values.length)
      await expect(plot.locator('[data-unknown]').innerText()).resolves.toBe(`${factor.unknown}× ‘weet ik niet’`)
      // The rule, recomputed here from the participants' scores: a third or more more than 1 point from the median.
      const median = factor.median ?? 0
      const far = factor.values.filter((value) => Math.abs(value - median) > 1 + 1e-9).length
      const word = await plot.locator('[data-agreement]').innerText()
      const cell = await page.locator(`[data-team-factor="${factor.factorId}"] [data-cell="agreement"]`).innerText()
      expect(word).toBe(cell)
      const isSplit = far * 3 >= factor.values.length
      if (isSplit) split += 1
      expect(isSplit && word === 'eens').toBe(false)
    }
    expect(split).toBeGreaterThan(0)
    expect(errors).toEqual([])
    await context.close()
  })
})

describe('the projector view', () => {
  it('moves through three agenda factors by keyboard, reveals, and takes the agreed score from the control window into the team file', async () => {
    const { context, page, errors } = await newPage(session)
    await openWorkshop(page, withGroups)
    const projector = await openProjector(page)
    await expect(projector.locator('[data-projector-count]').innerText()).resolves.toBe('9 deelnemers')
    for (const step of [1, 2, 3]) {
      await projector.keyboard.press('ArrowRight')
      await projector.locator(`[data-projector-factor="${expected.agenda[step - 1]}"]`).waitFor()
      await expect(projector.locator('[data-projector-factor]').getAttribute('data-revealed')).resolves.toBe('false')
    }
    await expect(projector.locator('[data-distribution]').count()).resolves.toBe(0)
    await projector.keyboard.press('r')
    const third = expected.agenda[2]!
    await projector.locator(`[data-projector-factor="${third}"][data-revealed="true"] [data-distribution]`).waitFor()
    await expect(page.locator('[data-projector-now]').innerText()).resolves.toContain('Factor 3 van')

    await page.locator('[data-projector-score]').selectOption('2')
    await page.locator('[data-projector-note]').fill('Eerst één casus samen bespreken')
    await page.locator('[data-projector-note]').blur()
    await projector.locator('[data-projector-agreed]', { hasText: 'Afgesproken score: 2' }).waitFor()
    await expect(page.locator(`[data-team-factor="${third}"] select`).inputValue()).resolves.toBe('2')

    // Blank screen and back.
    await projector.keyboard.press('b')
    await projector.locator('.projector--blank').waitFor()
    await projector.keyboard.press('b')
    await projector.locator('[data-projector-factor]').waitFor()

    const shown = await projector.locator('body').innerText()
    for (const label of labels) expect(shown).not.toContain(label)

    await openPhase(page, 'afronden')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download teamresultaat (JSON)' }).click()])
    const outcome = parseResultFile(readFileSync(await download.path(), 'utf8'))
    expect(outcome.ok && outcome.result.kind === 'team' && outcome.result.agreed[third]).toEqual({ score: 2, note: 'Eerst één casus samen bespreken' })
    expect(errors).toEqual([])
    await context.close()
  })

  it('shows a role group of two nowhere: not on the page, the projector, in the export or in the PDF', async () => {
    const { context, page } = await newPage(session)
    await openWorkshop(page, withGroups)
    await page.locator('[data-fold="roles"] > summary').click()
    const comparison = page.locator('[data-role-comparison]')
    await expect(comparison.locator('[data-role-group]').evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-role-group')))).resolves.toEqual([
      'beleid',
      'uitvoering',
    ])
    await expect(comparison.locator('[data-role-suppressed]').innerText()).resolves.toContain('te weinig deelnemers om apart te tonen')
    const pageText = await page.locator('main').innerText()
    expect(pageText).not.toMatch(/Management: \d/)
    expect(pageText).toMatch(/Beleid: 4/)

    const projector = await openProjector(page)
    for (let step = 0; step < 4; step += 1) {
      await projector.keyboard.press('ArrowRight')
      await projector.keyboard.press('r')
      await projector.locator('[data-projector-factor][data-revealed="true"]').waitFor()
      const text = await projector.locator('body').innerText()
      expect(text).not.toMatch(/Management:/)
      expect(text).toContain('Beleid:')
    }

    await openPhase(page, 'afronden')
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download teamresultaat (JSON)' }).click()])
    const exported = readFileSync(await download.path(), 'utf8')
    expect(exported).not.toContain('"management"')
    expect(exported).toContain('"beleid"')

    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    const { text } = await readPdf(new Uint8Array(await printToPdf(page)))
    expect(text).toContain('verdeeld')
    // "management" itself occurs in factor titles; the group would show as "Management: n".
    expect(text).not.toMatch(/Management: \d/)
    await context.close()
  })

  it('is driven from the single-file build opened from disk', async () => {
    const { context, page, errors } = await newPage(session)
    await openWorkshop(page, all, session.singleFileUrl)
    const projector = await openProjector(page)
    await expect(projector.locator('[data-projector-count]').innerText()).resolves.toBe('9 deelnemers')
    await projector.keyboard.press('ArrowRight')
    await projector.keyboard.press('r')
    await projector.locator(`[data-projector-factor="${expected.agenda[0]}"][data-revealed="true"]`).waitFor()
    await page.getByRole('button', { name: 'Volgende' }).click()
    await projector.locator(`[data-projector-factor="${expected.agenda[1]}"][data-revealed="false"]`).waitFor()
    expect(errors).toEqual([])
    await context.close()
  })

  it('fits every agenda slide, scores shown, on a 1920×1080 and a 1280×720 screen without scrolling, its text at 70 % or more', async () => {
    const { context, page } = await newPage(session)
    await openWorkshop(page, withGroups)
    const projector = await openProjector(page)
    for (const viewport of PROJECTOR_SIZES) {
      await startAt(projector, viewport)
      const designed = Math.min(Math.max(17.6, viewport.width * 0.018), 35.2)
      const shrunk: string[] = []
      for (const factorId of expectedWithGroups.agenda) {
        await projector.keyboard.press('ArrowRight')
        await projector.locator(`[data-projector-factor="${factorId}"]`).waitFor()
        await projector.keyboard.press('r')
        await projector.locator(`[data-projector-factor="${factorId}"][data-revealed="true"]`).waitFor()
        const fit = await fitOf(projector)
        expect(fit.scrolls, `${factorId} at ${viewport.width}`).toBe(false)
        expect(fit.footerBottom).toBeLessThanOrEqual(viewport.height)
        expect(fit.fontSize).toBeGreaterThanOrEqual(designed * 0.7 - 0.5)
        if (fit.fontSize < designed - 0.5) shrunk.push(factorId)
      }
      // The fixtures hold a slide taller than the screen at full size, so the shrinking is really exercised.
      expect(shrunk.length, `slides shrunk at ${viewport.width}`).toBeGreaterThan(0)
    }
    await context.close()
  })

  it('has zero axe-core violations at 1920×1080 and 1280×720, and works full-screen in one window', async () => {
    const { context, page } = await newPage(session)
    await openWorkshop(page, withGroups)
    const projector = await openProjector(page)
    for (const viewport of PROJECTOR_SIZES) {
      await startAt(projector, viewport)
      expect(await axeViolations(projector)).toEqual([])
      await screenshot(projector, `projector-start-${viewport.width}`)
      await projector.keyboard.press('ArrowRight')
      await projector.keyboard.press('r')
      await projector.locator('[data-projector-factor][data-revealed="true"]').waitFor()
      expect(await axeViolations(projector)).toEqual([])
      await screenshot(projector, `projector-reveal-${viewport.width}`)
    }
    // The same window, without a second one: the stored workshop, keyboard only.
    // With a workshop stored, the projector's h1 is its participant count.
    await goto(page, session, '#/projector', page.locator('[data-projector-count]'))
    await expect(page.locator('[data-projector-count]').innerText()).resolves.toBe('9 deelnemers')
    // Focus moved to the title for screen readers, but the room sees no frame around it, keyboard or not.
    await page.keyboard.press('Home')
    const focused = await page.evaluate(() => {
      const element = document.activeElement as HTMLElement
      return `${element.tagName} ${getComputedStyle(element).outlineStyle}`
    })
    expect(focused).toBe('H1 none')
    await page.keyboard.press('ArrowRight')
    await page.keyboard.press('r')
    await page.locator(`[data-projector-factor="${expected.agenda[0]}"][data-revealed="true"]`).waitFor()
    expect(await axeViolations(page)).toEqual([])
    await context.close()

    const phone = await newPage(session, PHONE)
    await openWorkshop(phone.page, withGroups)
    expect(await axeViolations(phone.page)).toEqual([])
    await screenshot(phone.page, 'workshop-rollen-telefoon')
    await phone.context.close()
  })

  it('closes with the team radar, the team on the ladder and the agreed actions: by keyboard, fitting both screens, zero axe-core violations', async () => {
    const { context, page, errors } = await newPage(session)
    await openWorkshop(page, withGroups)
    const projector = await openProjector(page)
    const agenda = expectedWithGroups.agenda
    await openPhase(page, 'afronden')
    // Four actions, one of them long: the slide's two columns are exercised.
    const actions = [
      { factorId: agenda[0]!, what: 'Eén casusoverleg per maand met alle partners aan tafel', who: 'Teamleider wijkteam', when: 'Voor 1 maart' },
      { factorId: agenda[1]!, what: 'Gezamenlijke intake uitproberen in twee wijken', who: 'Beleidsadviseur', when: 'Q2 2027' },
      {
        factorId: agenda[2]!,
        what: 'Afspraken maken over het delen van gegevens tussen de partners, met de functionaris gegevensbescherming erbij, en die vastleggen in een convenant',
        who: 'Programmamanager',
        when: 'Eind 2027',
      },
      { factorId: agenda[3]!, what: 'Terugkoppeling aan de raad', who: 'Wethouder', when: 'Juni' },
    ]
    for (const action of actions) await addAction(page, action.factorId, action.what, action.who, action.when)

    const medians = expectedWithGroups.factors.filter((factor) => factor.spread !== null || factor.median !== null).map((factor) => factor.median)
    for (const viewport of PROJECTOR_SIZES) {
      await startAt(projector, viewport)
      const designed = Math.min(Math.max(17.6, viewport.width * 0.018), 35.2)
      for (let step = 0; step <= agenda.length; step += 1) await projector.keyboard.press('ArrowRight')

      await projector.locator('[data-projector-closing="radar"] canvas').waitFor()
      // The chart draws the medians the workshop window sent, not anything of the projector's own.
      await expect
        .poll(async () => JSON.parse((await projector.locator('[data-chart-values]').getAttribute('data-chart-values')) ?? '[]') as { label: string; data: unknown[] }[])
        .toContainEqual({ label: 'Mediaan', data: medians })
      await expect(page.locator('[data-projector-now]').innerText()).resolves.toContain('Afsluiting 1 van 3: Teambeeld (radar)')
      // Nothing to reveal here: R leaves the slide as it is.
      await projector.keyboard.press('r')
      await projector.locator('[data-projector-closing="radar"]').waitFor()

      await projector.keyboard.press('ArrowRight')
      const ladder = projector.locator('[data-projector-closing="ladder"]')
      await ladder.waitFor()
      await expect(ladder.locator('[data-placement-sentence]').innerText()).resolves.toMatch(/^Uit de antwoorden van het team volgt/)
      for (const rung of questionnaire.rungs) {
        await expect(ladder.locator(`[data-placement="${rung.id}"] td`).innerText()).resolves.toBe(String(expectedWithGroups.placements[rung.id]))
      }

      await projector.keyboard.press('ArrowRight')
      const shown = projector.locator('[data-projector-closing="actions"]')
      await shown.waitFor()
      for (const action of actions) {
        const text = await shown.locator(`[data-projector-action="${action.factorId}"]`).innerText()
        for (const part of [action.what, `Wie: ${action.who}`, `Wanneer: ${action.when}`]) expect(text).toContain(part)
      }
      // The last slide: further on stays here; blank and back still work.
      await projector.keyboard.press('ArrowRight')
      await shown.waitFor()
      await projector.keyboard.press('b')
      await projector.locator('.projector--blank').waitFor()
      await projector.keyboard.press('b')
      await shown.waitFor()

      for (const kind of ['actions', 'ladder', 'radar'] as const) {
        await projector.locator(`[data-projector-closing="${kind}"]`).waitFor()
        const fit = await fitOf(projector)
        expect([fit.scrolls, fit.sideways], `${kind} at ${viewport.width}`).toEqual([false, false])
        expect(fit.footerBottom).toBeLessThanOrEqual(viewport.height)
        expect(fit.fontSize, `${kind} at ${viewport.width}`).toBeGreaterThanOrEqual(designed * 0.7 - 0.5)
        expect(await axeViolations(projector), `${kind} at ${viewport.width}`).toEqual([])
        await screenshot(projector, `projector-closing-${kind}-${viewport.width}`)
        await projector.keyboard.press('ArrowLeft')
      }
      await projector.locator(`[data-projector-factor="${agenda.at(-1)}"]`).waitFor()
    }

    // The same window, without a second one: the stored workshop, actions included, keyboard only.
    await goto(page, session, '#/projector', page.locator('[data-projector-count]'))
    for (let step = 0; step < agenda.length + 3; step += 1) await page.keyboard.press('ArrowRight')
    await expect(page.locator('[data-projector-closing="actions"]').innerText()).resolves.toContain(actions[1]!.what)
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)

  it('spreads a plan with an action for every factor over slides of eight that fit both screens, with zero axe-core violations', async () => {
    const { context, page, errors } = await newPage(session)
    await openWorkshop(page, withGroups)
    await openPhase(page, 'afronden')
    for (const [index, factor] of questionnaire.factors.entries()) {
      await addAction(page, factor.id, `Actie ${index + 1}: in twee wijken samen met de partners uitproberen en na drie maanden bespreken`, 'Teamleider', 'Q3 2027')
    }
    const slides = Math.ceil(questionnaire.factors.length / 8)
    await goto(page, session, '#/projector', page.locator('[data-projector-count]'))
    for (const viewport of PROJECTOR_SIZES) {
      await startAt(page, viewport)
      const designed = Math.min(Math.max(17.6, viewport.width * 0.018), 35.2)
      for (let step = 0; step < expectedWithGroups.agenda.length + 2; step += 1) await page.keyboard.press('ArrowRight')
      const shown: string[] = []
      for (let at = 3; at < 3 + slides; at += 1) {
        await page.keyboard.press('ArrowRight')
        await page.locator('[data-projector-closing="actions"]', { hasText: `Afsluiting ${at} van ${2 + slides}` }).waitFor()
        shown.push(...(await page.locator('[data-projector-action]').evaluateAll((items) => items.map((item) => item.getAttribute('data-projector-action') ?? ''))))
        const fit = await fitOf(page)
        expect([fit.scrolls, fit.sideways], `slide ${at} at ${viewport.width}`).toEqual([false, false])
        expect(fit.fontSize).toBeGreaterThanOrEqual(designed * 0.7 - 0.5)
        expect(await axeViolations(page)).toEqual([])
        if (at === 3) await screenshot(page, `projector-closing-actions-full-${viewport.width}`)
      }
      // Every action once, over the slides, and the last slide is the end.
      expect([...shown].sort()).toEqual(questionnaire.factors.map((factor) => factor.id).sort())
      await page.keyboard.press('ArrowRight')
      await page.locator('[data-projector-closing="actions"]', { hasText: `Afsluiting ${2 + slides} van ${2 + slides}` }).waitFor()
    }
    expect(errors).toEqual([])
    await context.close()
  }, 240_000)
})
