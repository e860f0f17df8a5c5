import type { FieldRefusal } from '@/core/util/userText'

const number = (value: number) => value.toLocaleString('nl-NL')
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
