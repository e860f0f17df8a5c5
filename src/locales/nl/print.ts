import type { DesignParts } from '@/core/scan/wijkteamDesign'

/** "a, b en c": a Dutch enumeration. */
const enumeration = (items: readonly string[]) => (items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} en ${items.at(-1) ?? ''}`)

/** The wijkteam's design on one compact line, only the answered choices, separated by semicolons. */
const designLine = (parts: DesignParts) =>
  [
    parts.composition,
    parts.execution,
    parts.careLines.length > 0 ? enumeration(parts.careLines) : undefined,
    parts.accessRoutes.length > 0 ? `toegang via ${enumeration(parts.accessRoutes)}` : undefined,
    parts.targetGroups.length > 0 ? `${parts.targetGroups.length === 1 ? 'doelgroep' : 'doelgroepen'}: ${enumeration(parts.targetGroups)}` : undefined,
  ]
    .filter((part) => part !== undefined)
    .join('; ')

export const print = {
  title: 'PDF-samenvatting',
  button: 'PDF-samenvatting',
  toolbarLabel: 'Afdrukken',
  print: 'Afdrukken of opslaan als PDF',
  printHint: 'Kies in het afdrukvenster "Opslaan als PDF". Papier: A4, staand.',
  back: 'Terug',
  empty: {
    resultaat: 'Er is nog geen resultaat om af te drukken. Vul eerst de scan in.',
    workshop: 'Er zijn nog geen deelnemers in de workshop. Voeg eerst resultaten toe.',
    vergelijking: 'Kies eerst twee resultaten om te vergelijken.',
  },
  emptyLink: { resultaat: 'Naar de vragenlijst', workshop: 'Naar de workshop', vergelijking: 'Naar vergelijken' },
  meta: { design: 'Inrichting wijkteam' },
  designLine,
  page: 'Pagina',
  of: 'van',
  radarAlt: (caption: string, summary: string) => `${caption}. ${summary}`,
}
