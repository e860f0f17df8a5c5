import { workshop } from './workshop'

/** The projector view of the workshop and its control panel on the workshop page. */
export const projector = {
  title: 'Projectie',
  documentTitle: 'Workshop op het projectiescherm',
  participants: (count: number) => (count === 1 ? '1 deelnemer' : `${count} deelnemers`),
  agendaLine: (count: number) => `Gespreksagenda: ${count} ${count === 1 ? 'factor' : 'factoren'}, de meest verdeelde eerst.`,
  startHint: 'Druk op → voor de eerste factor.',
  position: (at: number, of: number) => `Factor ${at} van ${of}`,
  revealHint: 'Eerst het gesprek over de vraag. Druk op R om de scores te tonen.',
  keys: '→ volgende · ← vorige · R scores tonen · B zwart scherm',
  blank: 'Het scherm is even leeg.',
  dropped: (count: number) =>
    count === 1 ? '1 onderdeel van de agenda was beschadigd en wordt niet getoond.' : `${count} onderdelen van de agenda waren beschadigd en worden niet getoond.`,
  waiting: 'Wacht op het workshopvenster…',
  empty: 'Er zijn nog geen resultaten in de workshop. Voeg eerst resultaten toe.',
  backToWorkshop: 'Terug naar de workshop',
  fullscreen: 'Volledig scherm',
  statementsTitle: 'Hierover verschillen de deelnemers',
  tensionsTitle: 'Spanning om te bespreken',
  tensionWith: (other: string) => `Samen met: ${other}`,
  contradictionsTitle: 'Ladder en scores spreken elkaar tegen',
  adviceTitle: 'Wat werkt',
  rolesTitle: 'Per rolgroep (mediaan)',
  rolesSuppressed: 'Kleinere rolgroepen: te weinig deelnemers om apart te tonen.',
  agreed: (score: number) => `Afgesproken score: ${score}`,
  /** After the last factor: the team radar, the team on the ladder and the agreed actions. */
  closing: {
    position: (at: number, of: number) => `Afsluiting ${at} van ${of}`,
    titles: { radar: workshop.more.picture, ladder: workshop.ladder.title, actions: workshop.actions.title },
    missing: 'Dit onderdeel van de agenda was beschadigd en wordt niet getoond.',
    who: (who: string) => `Wie: ${who}`,
    when: (when: string) => `Wanneer: ${when}`,
  },
  /** On the workshop page: the participant list shows its first rows until asked for all. */
  showAllParticipants: (count: number) => `Toon alle ${count} deelnemers`,
  control: {
    title: 'Projectiescherm',
    how: 'Hoe werkt het?',
    intro:
      'Open het projectiescherm en sleep het naar de beamer. U bedient het hier of met het toetsenbord in dat venster. Op het scherm staan nooit de namen van deelnemers: alleen wat de groep samen antwoordde, en aan het eind de acties die u samen afspreekt.',
    open: 'Open projectiescherm',
    sameWindow: 'Projectie in dit venster',
    blocked: 'De browser hield het nieuwe venster tegen. Sta pop-ups voor deze pagina toe, of gebruik de projectie in dit venster (volledig scherm).',
    now: 'Nu op het scherm',
    start: 'Het aantal deelnemers en de agenda',
    previous: 'Vorige',
    next: 'Volgende',
    reveal: 'Scores tonen',
    hide: 'Scores verbergen',
    blank: 'Zwart scherm',
    unblank: 'Scherm weer aan',
    agreedScore: 'Afgesproken score',
    agreedNote: 'Korte notitie',
    noAgreed: 'geen',
  },
}
