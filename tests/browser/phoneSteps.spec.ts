import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { questionnaire } from '../../src/content/questionnaire'
import { emptyAnswers, toParticipantResult } from '../../src/core/files/newResult'
import { stepsFor } from '../../src/core/scan/steps'
import type { ParticipantResult } from '../../src/core/model'
import { worstParticipant } from '../fixtures/worstCase'
import { axeViolations, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, screenshot, turnOnLargeText, type Session } from './support/browser'
import { stepTitle } from './support/questionnaire'

/**
 * Issue #23: on a phone (390×844) no step of the full scan with the client module is taller than
 * 9,000 px, unanswered or with everything answered (long notes on every factor), with normal and
 * with large text.
 */
const STORE_KEY = 'integraalscan:huidige-invulling'
const MAX_HEIGHT = 9000
const SAVED_AT = '2026-11-23T09:00:00.000Z'

const unanswered = toParticipantResult(emptyAnswers(), { questionnaireVersion: questionnaire.version, actions: [], savedAt: SAVED_AT })
const answered = worstParticipant()

let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('every step of the full scan on a phone', () => {
  const steps = stepsFor(questionnaire, unanswered)

  it('has the full scan with the client module in more steps than themes', () => {
    expect(unanswered).toMatchObject({ mode: 'volledig', includeClientModule: true })
    expect(steps).toContain('client-2')
  })

  for (const large of [false, true]) {
    for (const [state, stored] of [['unanswered', unanswered], ['answered', answered]] as [string, ParticipantResult][]) {
      it(`is at most ${MAX_HEIGHT} px tall, ${state}${large ? ', with large text' : ''}`, async () => {
        const { context, page, errors } = await newPage(session, PHONE)
        if (large) await turnOnLargeText(page, session)
        else await goto(page, session, '#/', H1.start)
        // Stored as a returning participant has it, read when the app starts.
        await page.evaluate(([key, value]) => localStorage.setItem(key!, value!), [STORE_KEY, JSON.stringify(stored)])
        await page.reload()
        await page.getByRole('heading', { level: 1, name: H1.start, exact: true }).waitFor()
        const heights: Record<string, number> = {}
        for (const step of steps) {
          await goto(page, session, `#/vragenlijst/${step}`, stepTitle(step))
          heights[step] = await page.evaluate(() => document.documentElement.scrollHeight)
          await screenshot(page, `phone-step-${state}${large ? '-large' : ''}-${step}`)
        }
        const [tallest, height] = Object.entries(heights).reduce((a, b) => (b[1] > a[1] ? b : a))
        console.log(`390×844 ${state}${large ? ' large text' : ''}: tallest ${tallest} ${height} px; ${JSON.stringify(heights)}`)
        expect(Object.entries(heights).filter(([, px]) => px > MAX_HEIGHT)).toEqual([])
        expect(errors).toEqual([])
        await context.close()
      })
    }
  }

  it('answers the organisation questions two by two, every option a 44 px target, with no axe violations', async () => {
    const { context, page } = await newPage(session, PHONE)
    await goto(page, session, '#/vragenlijst/organisatievorm', H1.step.organisatievorm)
    const form = page.getByRole('group', { name: questionnaire.organisation.forms.options[0]!.label })
    const options = await form.locator('label').evaluateAll((labels) => labels.map((label) => label.getBoundingClientRect().toJSON() as DOMRect))
    expect(options).toHaveLength(4)
    // Ja and Deels side by side, Nee and Weet ik niet below them.
    expect(Math.round(options[0]!.top)).toBe(Math.round(options[1]!.top))
    expect(options[2]!.top).toBeGreaterThan(options[0]!.bottom - 1)
    const small = await page.evaluate(() =>
      [...document.querySelectorAll('main label, main summary, main a, main button')]
        .map((element) => element.getBoundingClientRect())
        .filter((box) => box.width > 0 && (box.height < 44 || box.width < 44)).length,
    )
    expect(small).toBe(0)
    await form.getByText('Deels', { exact: true }).click()
    await expect(form.getByRole('radio', { name: 'Deels' }).isChecked()).resolves.toBe(true)
    expect(await hasHorizontalScroll(page)).toBe(false)
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
