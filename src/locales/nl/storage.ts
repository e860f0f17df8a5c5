/**
 * What the device storage tells the user, on every page (so it ships with the first route). Each
 * notice names what it is about by its storage key; a key not listed here is "uw gegevens".
 */
const what: Record<string, string> = {
  'huidige-invulling': 'uw scan',
  workshop: 'de workshop',
  'workshop-labels': 'de namen in de workshop',
  'workshop-sessie': 'de uitnodiging van de workshop',
  meetreeks: 'de meetreeks',
  'bewaarde-resultaten': 'de bewaarde resultaten',
  uitnodiging: 'de uitnodiging',
  'grote-letters': 'de instelling voor grote letters',
}
const whatOf = (key: string) => what[key] ?? 'uw gegevens'
const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1)

export const storage = {
  title: 'Opslag op dit apparaat',
  notSaved: (key: string, earlier: boolean) =>
    `Uw laatste wijziging aan ${whatOf(key)} kon niet op dit apparaat worden bewaard: de opslag van de browser is vol of weigert. ${
      earlier ? `Op dit apparaat staat nog ${whatOf(key)} van daarvoor.` : 'Op dit apparaat staat er nog niets van.'
    } Wat u nu ziet, bestaat alleen in dit tabblad: download het als bestand, dan raakt u niets kwijt.`,
  unreadable: (key: string) =>
    `${capital(whatOf(key))} op dit apparaat kon niet worden gelezen, bijvoorbeeld omdat het in een andere versie of met de hand is gewijzigd. Het is niet weggegooid: download het en bewaar het, of gooi het weg als u het niet meer nodig hebt. U kunt gewoon verder werken.`,
  otherTab: (key: string) => `${capital(whatOf(key))} is in een ander tabblad gewijzigd. Wat u hier ziet, is die nieuwste versie.`,
  otherTabConflict: (key: string) =>
    `${capital(whatOf(key))} is in een ander tabblad gewijzigd, terwijl u hier ook iets wijzigde. Welke versie wilt u houden? De andere gaat verloren.`,
  modeNotSwitched:
    'Terugzetten naar "Bewaren op dit apparaat" lukte niet: de opslag van de browser is vol. Uw gegevens staan nog in dit tabblad; download uw scan als bestand voordat u het tabblad sluit.',
  download: 'Download als bestand',
  discard: 'Weggooien',
  takeTheirs: 'Versie uit het andere tabblad',
  keepMine: 'Mijn versie hier',
  dismiss: 'Sluiten',
  fileName: (key: string, unreadable: boolean) => `integraalscan-${key}${unreadable ? '-onleesbaar' : ''}.json`,
}
