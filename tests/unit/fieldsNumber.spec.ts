import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { fields } from '@/locales/nl/fields'

/**
 * The field limits group whole numbers by hand instead of through Intl (whose first call loads the
 * locale's data on the way to the first question, issue #27); they must read exactly as Intl does.
 */
describe('the Dutch number in the field limits', () => {
  it('writes every whole number as toLocaleString("nl-NL") does', () => {
    for (const value of [0, 7, 999, 1000, 2000, 12_345, 1_234_567, -1234]) {
      expect(fields.maxChars(value)).toBe(`Hooguit ${value.toLocaleString('nl-NL')} tekens.`)
    }
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (value) => {
        expect(fields.numberRange(value, value)).toBe(`Een heel getal van ${value.toLocaleString('nl-NL')} tot en met ${value.toLocaleString('nl-NL')}.`)
      }),
    )
  })

  it('leaves a fraction to Intl', () => {
    expect(fields.maxChars(1234.5)).toBe(`Hooguit ${(1234.5).toLocaleString('nl-NL')} tekens.`)
  })
})
