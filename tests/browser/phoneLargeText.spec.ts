import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { questionnaire } from '../../src/content/questionnaire'
import { goto, H1, launch, newPage, PHONE, turnOnLargeText, type Session } from './support/browser'
import { SCAN_STEPS } from './support/questionnaire'

/** The scan with "Grote letters" on a phone: long Dutch words and the scale's end labels still fit. */
let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the scan with large text on a phone', () => {
  it('keeps the two ends of the scale apart and above "weet ik niet", with large text at 390 and 360 px', async () => {
    for (const viewport of [PHONE, { width: 360, height: 740 }]) {
      const { context, page } = await newPage(session, viewport)
      await turnOnLargeText(page, session)
      await goto(page, session, '#/vragenlijst/inhoud', H1.step.inhoud)
      const scales = 'main fieldset.choice-group--scale'
      await page.locator(scales).first().waitFor()
      // The ends as the eye sees them: every element on screen (not a visually hidden label) whose text is an end's label.
      const ends = [questionnaire.scale.points[0]!.label, questionnaire.scale.points.at(-1)!.label]
      const clashes = await page.evaluate(
        ({ selector, ends }) => {
          const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
          const shown = (group: Element, text: string) =>
            [...group.querySelectorAll('*')]
              .filter((element) => element.children.length === 0 && element.textContent?.trim() === text)
              .map((element) => element.getBoundingClientRect())
              .find((box) => box.width > 2 && box.height > 2)
          return [...document.querySelectorAll(selector)].flatMap((group, index) => {
            const first = shown(group, ends[0]!)
            const last = shown(group, ends[1]!)
            const apart = group.querySelector('.choice-group__option--apart')?.getBoundingClientRect()
            if (!first || !last || !apart) return [`group ${index}: an end label or "weet ik niet" is not on screen`]
            const scale = group.getBoundingClientRect()
            const inside = (box: DOMRect) => box.left >= scale.left - 1 && box.right <= scale.right + 1
            return [
              ...(overlap(first, last) ? [`group ${index}: the ends overlap`] : []),
              ...(inside(first) && inside(last) ? [] : [`group ${index}: an end runs off the scale`]),
              ...(Math.max(first.bottom, last.bottom) > apart.top ? [`group ${index}: an end runs into "weet ik niet"`] : []),
            ]
          })
        },
        { selector: scales, ends },
      )
      expect(clashes, `${viewport.width} px`).toEqual([])
      await context.close()
    }
  })

  it('keeps every word of a step title whole with large text on a 360 px screen', async () => {
    const { context, page } = await newPage(session, { width: 360, height: 740 })
    await turnOnLargeText(page, session)
    for (const step of SCAN_STEPS) {
      await goto(page, session, `#/vragenlijst/${step}`, H1.step[step])
      // A word broken over two lines has two boxes; this browser has no Dutch hyphenation to do it neatly.
      const broken = await page.evaluate(() => {
        const text = [...document.querySelector('main h1')!.childNodes].find((node): node is Text => node instanceof Text && node.data.trim() !== '')
        if (!document.documentElement.classList.contains('large-text') || !text) return ['no large text or no title']
        const words: string[] = []
        for (const match of text.data.matchAll(/\S+/g)) {
          const range = document.createRange()
          range.setStart(text, match.index)
          range.setEnd(text, match.index + match[0].length)
          if (range.getClientRects().length > 1) words.push(match[0])
        }
        return words
      })
      expect(broken, step).toEqual([])
    }
    await context.close()
  })
})
