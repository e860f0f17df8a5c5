import { afterEach, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { createPinia, setActivePinia } from 'pinia'
import { nextTick } from 'vue'
import { useAssessmentStore } from '@/stores/assessment'
import { cleanText, LONG_TEXT_MAX, SHORT_TEXT_MAX } from '@/core/util/userText'
import { useStorageNotices } from '@/composables/useStorageNotices'

afterEach(() => {
  window.localStorage.clear()
  for (const notice of useStorageNotices().notices.value) useStorageNotices().dismiss(notice.id)
})

/** What a user can put in a text field: any UTF-16, lone surrogates, noncharacters, bidi controls and all. */
const typed = (max: number) =>
  fc.oneof(
    fc.string({ unit: 'binary', maxLength: 40 }),
    fc.string({ unit: fc.constantFrom('a', ' ', '\n', '\u202E', '\uFFFF', '\uD800', '\uDC00', '\u0000', 'é', '😀', '\uFDD0'), maxLength: 60 }),
    // Just under, at and just over the limit (an emoji counts two, as the field's maxlength counts it).
    fc.tuple(fc.constantFrom('a', 'é', '😀', ' x'), fc.integer({ min: max - 3, max: max + 3 })).map(([unit, count]) => unit.repeat(count).slice(0, count)),
  )

/** A new visit: a fresh pinia reads what the last one stored. */
async function restored() {
  await nextTick()
  setActivePinia(createPinia())
  return useAssessmentStore()
}

describe('any text typed into a field is either kept exactly as shown or refused at the field; never lost on restore', () => {
  it('a note', async () => {
    await fc.assert(
      fc.asyncProperty(typed(LONG_TEXT_MAX), async (text) => {
        window.localStorage.clear()
        setActivePinia(createPinia())
        const scan = useAssessmentStore()
        scan.answer('visie-1', 4)
        const outcome = scan.setNote('visie', text)
        const shown = scan.answers.notes.visie
        const again = await restored()
        // The answer given before always survives: nothing typed can make the scan unreadable.
        expect(again.answers.answers['visie-1']).toBe(4)
        // Kept as shown (the text cleaned once), or refused for its length and then not kept at all.
        expect(again.answers.notes.visie).toBe(shown)
        expect(outcome).toEqual(cleanText(text).trim().length > LONG_TEXT_MAX ? { ok: false, refusal: 'te-lang' } : { ok: true })
        expect(shown ?? '').toBe(outcome.ok ? cleanText(text).trim() : '')
      }),
      { numRuns: 60 },
    )
  })

  it('the team, municipality and a name', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('team', 'municipality', 'participant'), typed(SHORT_TEXT_MAX), async (field, text) => {
        window.localStorage.clear()
        setActivePinia(createPinia())
        const scan = useAssessmentStore()
        scan.answer('visie-1', 2)
        const outcome = scan.updateProfile({ [field]: text })
        const shown = scan.answers.profile[field]
        const again = await restored()
        expect(again.answers.answers['visie-1']).toBe(2)
        expect(again.answers.profile[field]).toBe(shown)
        expect(outcome).toEqual(cleanText(text).trim().length > SHORT_TEXT_MAX ? { ok: false, field, refusal: 'te-lang' } : { ok: true })
        expect(shown ?? '').toBe(outcome.ok ? cleanText(text).trim() : '')
        // Nothing a writer (Word, HTML, CSV) cannot take is kept.
        expect(/[\uFFFE\uFFFF\u202E\u0000]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])/.test(shown ?? '')).toBe(false)
      }),
      { numRuns: 60 },
    )
  })

  it('the number of inhabitants and the date, typed as anything', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.constantFrom('inhabitants', 'date'),
        fc.oneof(fc.string({ maxLength: 12 }), fc.integer().map(String), fc.date({ noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)), fc.constant('20245-01-01')),
        async (field, text) => {
          window.localStorage.clear()
          setActivePinia(createPinia())
          const scan = useAssessmentStore()
          scan.answer('visie-1', 3)
          scan.updateProfile({ [field]: text })
          const shown = scan.answers.profile[field]
          const again = await restored()
          expect(again.answers.answers['visie-1']).toBe(3)
          expect(again.answers.profile[field]).toBe(shown)
        },
      ),
      { numRuns: 200 },
    )
  })
})
