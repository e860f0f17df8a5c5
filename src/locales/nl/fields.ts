import type { FieldRefusal } from '@/core/util/userText'

/**
 * A whole number with Dutch digit grouping ("2.000"), as `toLocaleString('nl-NL')` writes it, without
 * Intl: the first Intl call loads the locale's data (about 25 ms, 100 ms at 4× CPU), and the first
 * question states a note's limit under every factor (issue #27). Anything else still goes to Intl.
 */
const number = (value: number) =>
  Number.isSafeInteger(value)
    ? `${value < 0 ? '-' : ''}${String(Math.abs(value)).replace(/\B(?=(\d{3})+$)/g, '.')}`
    : value.toLocaleString('nl-NL')
const dutchDate = (iso: string) => iso.split('-').reverse().join('-')

/** The limits of what a user types, stated next to the field, and why a value was refused there. */
export const fields = {
  maxChars: (max: number) => `Hooguit ${number(max)} tekens.`,
  numberRange: (min: number, max: number) => `Een heel getal van ${number(min)} tot en met ${number(max)}.`,
  dateRange: (min: string, max: string) => `Een datum tussen ${dutchDate(min)} en ${dutchDate(max)}.`,
  refusal: (refusal: FieldRefusal, max?: number): string => {
    switch (refusal) {
      case 'te-lang':
        return `Niet bewaard: deze tekst is langer dan ${number(max ?? 0)} tekens. Maak hem korter.`
      case 'geen-getal':
        return 'Niet bewaard: vul een heel getal in, zonder punten of letters.'
      case 'buiten-bereik':
        return 'Niet bewaard: deze waarde valt buiten wat hier kan. Zie de uitleg bij het veld.'
      case 'geen-datum':
        return 'Niet bewaard: dit is geen bestaande datum.'
    }
  },
}
