/** Words for how far a room agrees, its distribution and the role-group comparison (workshop, projector, print). */
export const disagreement = {
  words: { eens: 'eens', verdeeld: 'verdeeld', onzeker: 'onzeker' },
  /** The agreement rule in one sentence (src/core/team/agreement.ts). */
  rule:
    'Een factor heet verdeeld als een derde of meer van de deelnemers meer dan 1 punt van de mediaan zit, onzeker als minder dan 3 deelnemers een score gaven of de helft of meer van de antwoorden ‘weet ik niet’ was, en anders eens.',
  ruleSource:
    'Deze regel volgt de Delphi-studie naar het SCIROCCO-instrument voor integrale zorg (International Journal of Integrated Care, doi 10.5334/ijic.7747): daar is een panel verdeeld als een derde of meer buiten een band van drie punten rond de mediaan scoort.',
  methodTitle: 'Methode: wanneer is een team het eens?',
  roleMethod:
    'In de workshop kunt u de scores per rolgroep naast elkaar zien (beleid, uitvoering/wijkteam, Werk en Inkomen, management, anders). Een rolgroep van minder dan 3 deelnemers wordt nergens apart getoond: niet op het scherm, niet op de projectie, niet in het teambestand en niet in de PDF.',
  distribution: {
    title: 'Hoe de deelnemers scoren',
    intro: 'Per factor het aantal deelnemers per score (hun gemiddelde over de stellingen, afgerond op hele punten), de mediaan en het aantal keer ‘weet ik niet’.',
    caption: (factor: string) => `Verdeling van de scores voor ${factor}`,
    participants: 'Deelnemers',
    /** The two rows of figures under a distribution's bars, labelled so that the room reads them right. */
    countRow: 'Aantal',
    scoreRow: 'Score',
    median: (median: string) => `mediaan ${median}`,
    unknown: (count: number) => `${count}× ‘weet ik niet’`,
    far: (far: number, scored: number) => `${far} van ${scored} meer dan 1 punt van de mediaan`,
    splitTitle: 'Stellingen waarover de deelnemers verdeeld zijn',
    splitNone: 'Geen enkele stelling apart is verdeeld; het verschil zit in het totaal.',
    statementCounts: (counts: readonly number[], unknown: number) =>
      `${counts.map((count, index) => `${count}× ${index + 1}`).join(', ')}${unknown > 0 ? `, ${unknown}× weet ik niet` : ''}`,
  },
  roles: {
    title: 'Wie ziet het zonniger?',
    intro:
      'De mediaan per rolgroep. Beleid, organisatie en uitvoering op de werkvloer horen op één lijn te zitten (Verweij et al., 2017, in Werkplaatsen Sociaal Domein, 2018). Een verschil tussen rolgroepen laat zien waar dat nog niet zo is. Een groep van minder dan 3 deelnemers tonen we niet apart.',
    caption: 'Mediaan per factor en per rolgroep, en welke groep het zonnigst ziet',
    factor: 'Factor',
    sunniest: 'Zonnigst',
    sunnier: (group: string, gap: string) => `${group} (+${gap})`,
    same: 'gelijk',
    tooFewLine: 'Rolgroepen met minder dan 3 deelnemers: te weinig deelnemers om apart te tonen.',
    needTwo: 'Er zijn nog geen twee rolgroepen met elk minstens 3 deelnemers; daarom is er nog niets te vergelijken.',
    groupCount: (group: string, count: number) => `${group}: ${count}`,
  },
}
