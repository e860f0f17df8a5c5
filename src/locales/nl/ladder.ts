/**
 * Words for the ladder of integration, the way the collaboration is organised, the framing of the
 * scan and contradictions between answers (issue #12, items 1–3 and 9). Grounded in the seeds:
 * 002 = Inspectie SZW (2016), 000 = Werkplaatsen Sociaal Domein (2018).
 */
import type { IndicatorState, RungStatus } from '@/core/scan/ladder'
import { ladderFraming } from './ladderFraming'

const steps = (n: number) => (n === 1 ? 'één trede' : `${n} treden`)

export const ladder = {
  framing: ladderFraming,
  placement: {
    sentence: (rung: string) => `Uit uw antwoorden volgt de trede: ${rung}.`,
    atLeast: (rung: string, higher: string) =>
      `Uit uw antwoorden volgt ten minste de trede: ${rung}. Of ook ${higher} aanwezig is, is nog niet bekend.`,
    unknown: 'Uit uw antwoorden volgt nog geen trede: bij te veel kenmerken is "weet ik niet" geantwoord of niets ingevuld.',
    unknownTitle: 'Nog niet bekend',
    teamSentence: (rung: string) => `Uit de antwoorden van het team volgt de trede: ${rung}.`,
    teamAtLeast: (rung: string, higher: string) =>
      `Uit de antwoorden van het team volgt ten minste de trede: ${rung}. Of ook ${higher} aanwezig is, is nog niet bekend.`,
    teamUnknown: 'Uit de antwoorden van het team volgt nog geen trede: de meeste deelnemers weten het bij te veel kenmerken niet.',
    irregularSentence: (present: string, absent: string, team: boolean) =>
      `Uit ${team ? 'de antwoorden van het team' : 'uw antwoorden'} volgt geen trede: het profiel is onregelmatig. De kenmerken van ${present} zijn er, maar die van ${absent}, een lagere trede, niet.`,
    irregularTitle: 'Onregelmatig profiel',
    irregular:
      'Onregelmatig profiel: op een lagere trede ontbreekt iets dat daar volgens KPMG (2013) bij hoort, terwijl een hogere trede er wel is. Dan is de trede niet vast te stellen. Wat er op elke trede is, blijft hieronder zichtbaar. Bespreek wat er op de lagere trede ontbreekt.',
    status: { aanwezig: 'aanwezig', 'niet-aanwezig': 'niet aanwezig', onbekend: 'nog niet bekend' } satisfies Record<RungStatus, string>,
    share: (percent: string, known: number, total: number) =>
      known === total ? `${percent} van de kenmerken` : `${percent} van de ${known} bekende kenmerken (van ${total})`,
    noneKnown: 'geen kenmerk bekend',
    evidenceTitle: 'Wat er is op deze trede en lager',
    evidenceNone: 'Op deze trede en lager is nog niets (deels) aanwezig.',
    aboveTitle: 'Wat er boven deze trede al is',
    aboveHint: 'Dit is er wel, maar het is nog niet genoeg voor een hogere trede. Het blijft zichtbaar.',
    gapsTitle: 'Wat op deze trede en lager (nog) niet of deels aanwezig is',
    gapsNone: 'Op deze trede en lager is alles aanwezig.',
    defining: 'kenmerk van de trede',
    optional: 'kan erbij horen, geen voorwaarde',
    toSettleTitle: 'Deze antwoorden maken het beeld af',
    toSettleIntro: 'Hier is "weet ik niet" geantwoord of niets ingevuld. Zoek uit hoe het zit, of vraag het aan wie het weet.',
    nextTitle: (rung: string) => `Wat de trede ${rung} zou vragen`,
    nextIntro:
      'Dit is geen opdracht om te klimmen. Het laat zien wat een hogere trede vraagt; of dat past, hangt af van uw doelen en uw inwoners.',
    top: 'Dit is de hoogste trede van deze ladder. Ook hier geldt: integratie is een middel, geen doel op zich.',
    stateLabel: { ja: 'ja', deels: 'deels', nee: 'nee', onbekend: 'weet ik niet of niet beantwoord' } satisfies Record<IndicatorState, string>,
  },
  guess: {
    title: 'Uw eigen inschatting',
    none: 'U hebt geen eigen inschatting gegeven.',
    unknown: (guess: string) => `U schatte zelf ${guess} in. Uit uw antwoorden volgt nog geen trede, dus er is nog niets om mee te vergelijken.`,
    same: (rung: string) => `U schatte zelf ook ${rung} in. Dat komt overeen met wat uit uw antwoorden volgt.`,
    higher: (guess: string, n: number) =>
      `U schatte zelf ${guess} in. Dat is ${steps(n)} hoger dan wat uit uw antwoorden volgt. Bespreek waar het verschil vandaan komt.`,
    lower: (guess: string, n: number) =>
      `U schatte zelf ${guess} in. Dat is ${steps(n)} lager dan wat uit uw antwoorden volgt. Misschien is er al meer geregeld dan u dacht.`,
  },
  crosswalk: {
    title: 'Wat de bijlage van de Inspectie naast elke trede zet',
    caption: 'De treden naast de indelingen van andere auteurs, zoals de bijlage van de literatuurstudie ze naast elkaar zet',
    rung: 'Trede (KPMG, 2013)',
    other: 'Staat in de bijlage naast',
    none: 'niets genoemd',
    note: 'De bijlage is een literatuuroverzicht: zij zet de indelingen van verschillende auteurs naast elkaar. Dat betekent niet dat de niveaus hetzelfde zijn.',
  },
  organisation: {
    title: 'Hoe de samenwerking is georganiseerd',
    teamTitle: 'Hoe de samenwerking is georganiseerd (volgens het team)',
    intro: 'Dit staat naast de trede en telt er niet in mee. De vorm zegt iets anders dan de mate van integratie.',
    formsTitle: 'Vormen van integratie (KPMG, 2013)',
    formState: { ja: 'komt voor', deels: 'komt deels voor', nee: 'komt niet voor', onbekend: 'niet bekend' } satisfies Record<IndicatorState, string>,
    beside: (cells: string) => `Staat in de bijlage naast: ${cells}.`,
    besideAccess: (cells: string) => `Deze indeling staat in de bijlage naast: ${cells}.`,
    placeTitle: 'Frontoffice of ook backoffice',
    directionTitle: 'Horizontaal of verticaal',
    domainsTitle: 'Domeinen en partners die meedoen',
    domainCount: (count: number, of: number) => `${count} van ${of}`,
    notAnswered: 'Niet beantwoord.',
    unknown: 'Weet ik niet.',
    olderFile: 'Deze vragen zijn nieuw in de scan. In dit resultaat zijn ze (nog) niet beantwoord.',
    sources: (list: string) => `Bronnen: ${list}`,
  },
  contradictions: {
    title: 'Tegenstrijdige antwoorden om te bespreken',
    intro:
      'Hier zeggen de antwoorden bij de ladder en de scores bij de factoren iets anders. Dat hoeft geen fout te zijn: beide zijn een zelfbeeld. Bespreek welk beeld klopt.',
    none: 'De antwoorden bij de ladder en de scores bij de factoren spreken elkaar nergens tegen.',
    ladderSide: (indicator: string, answer: string) => `Ladder: “${indicator}” – ${answer}`,
    factorSide: (factor: string, status: string, score: string) => `Factor: ${factor} – ${status} (${score})`,
    question: 'Vraag voor het gesprek',
    sources: (list: string) => `Bronnen: ${list}`,
  },
  questionnaire: {
    intro:
      'Deze vragen beschrijven de vorm van de samenwerking. Ze staan naast de ladder en tellen niet mee voor de trede. Er is geen goede of foute vorm.',
    formsOptions: { ja: 'Ja', deels: 'Deels', nee: 'Nee', 'weet-niet': 'Weet ik niet' },
    unknown: 'Weet ik niet',
    ladderIntro:
      'Deze vragen gaan over wat er geregeld is in de samenwerking tussen de organisaties in het sociaal domein. Uit uw antwoorden volgt een trede op de ladder van integratie van KPMG (2013). Weet u iets niet, kies dan "weet ik niet": dat telt niet als "nee".',
    optionalTag: 'Kan bij de trede horen, is geen voorwaarde',
  },
}
