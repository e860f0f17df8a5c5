import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { goto, launch, newPage, PHONE, type Session } from './support/browser'

/** The scan with "Grote letters" on a phone: long Dutch words and the scale's end labels still fit. */
let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

const STEPS = ['inhoud', 'organisatie', 'uitvoering', 'client', 'ladder', 'inschatting', 'controle']

describe('the scan with large text on a phone', () => {
  it('keeps the two ends of the scale apart and above "weet ik niet", with large text at 390 and 360 px', async () => {
    for (const viewport of [PHONE, { width: 360, height: 740 }]) {
      const { context, page } = await newPage(session, viewport)
      await goto(page, session, '#/')
      await page.evaluate(() => window.localStorage.setItem('integraalscan:grote-letters', '1'))
      await page.reload()
      await goto(page, session, '#/vragenlijst/inhoud')
      const scales = 'main fieldset.choice-group--scale'
      await page.locator(scales).first().waitFor()
      const clashes = await page.evaluate((selector) => {
        const overlap = (a: DOMRect, b: DOMRect) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom
        return [...document.querySelectorAll(selector)].flatMap((group, index) => {
          const labels = [...group.querySelectorAll('.choice-group__option')]
          const first = labels[0]?.querySelector('.choice-group__label')?.getBoundingClientRect()
          const last = labels[4]?.querySelector('.choice-group__label')?.getBoundingClientRect()
          const apart = group.querySelector('.choice-group__option--apart')?.getBoundingClientRect()
          if (!first || !last || !apart) return [`group ${index}: no scale`]
          return [
            ...(overlap(first, last) ? [`group ${index}: the ends overlap`] : []),
            ...(Math.max(first.bottom, last.bottom) > apart.top ? [`group ${index}: an end runs into "weet ik niet"`] : []),
          ]
        })
      }, scales)
      expect(clashes, `${viewport.width} px`).toEqual([])
      await context.close()
    }
  })

  it('keeps every word of a step title whole with large text on a 360 px screen', async () => {
    const { context, page } = await newPage(session, { width: 360, height: 740 })
    await goto(page, session, '#/')
    await page.evaluate(() => window.localStorage.setItem('integraalscan:grote-letters', '1'))
    await page.reload()
    for (const step of STEPS) {
      await goto(page, session, `#/vragenlijst/${step}`)
      await page.locator('main h1').waitFor()
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
