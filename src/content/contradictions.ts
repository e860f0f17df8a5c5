/**
 * Pairs of a ladder indicator and a factor whose answers do not sit together easily. When both
 * occur, the result names the pair as a point for discussion: both are self-reports, and either
 * may be the better picture. The check is src/core/scan/contradictions.ts.
 */
import type { ContradictionPair } from '../core/model'

export const contradictions: ContradictionPair[] = [
  {
    id: 'dossier-ict',
    indicatorId: 'volledig-dossier',
    indicatorAnswers: ['ja', 'deels'],
    factorId: 'ict',
    factorStatuses: ['knelpunt'],
    explanation:
      'Bij de ladder staat dat de organisaties in één gezamenlijk klantdossier werken, maar de aansluiting van ICT en registratiesystemen scoort als knelpunt. ' +
      'Systemen die niet op elkaar aansluiten leiden vaak tot dubbele registratie: in het systeem van het team én in dat van de eigen organisatie (Inspectie SZW, 2016; Hekelaar et al., 2009; KPMG, 2013).',
    discussionQuestion: 'Voor wie is het gezamenlijke dossier er al, en wie registreert nog in een eigen systeem?',
    sources: ['KPMG, 2013', 'Inspectie SZW, 2016', 'Hekelaar et al., 2009'],
  },
  {
    id: 'budget-ontschotting',
    indicatorId: 'volledig-budget',
    indicatorAnswers: ['ja', 'deels'],
    factorId: 'ontschotting',
    factorStatuses: ['knelpunt'],
    explanation:
      'Bij de ladder staat dat er één ontschot budget is, maar ontschotting van budgetten en werkprocessen scoort als knelpunt. ' +
      'De Inspectie SZW (2016) noemt verschillen in financiering en sturing vanuit verschillende beleidskokers een belemmering voor integrale dienstverlening.',
    discussionQuestion: 'Welk geld zit al in één pot, en welk geld wordt nog per wet of per organisatie verantwoord?',
    sources: ['KPMG, 2013', 'Inspectie SZW, 2016'],
  },
  {
    id: 'informatie-delen',
    indicatorId: 'beperkt-informatie',
    indicatorAnswers: ['ja'],
    factorId: 'informatie-delen',
    factorStatuses: ['knelpunt'],
    explanation:
      'Bij de ladder staat dat de organisaties elkaar informeren over inwoners die ze allebei helpen, maar het delen van informatie scoort als knelpunt. ' +
      'De Inspectie SZW (2016) noemt het een geconstateerd knelpunt dat professionals essentiële informatie niet met elkaar delen.',
    discussionQuestion: 'Welke informatie delen wij wel, en welke informatie die nodig is blijft nog achter?',
    sources: ['KPMG, 2013', 'Inspectie SZW, 2016'],
  },
  {
    id: 'team-cultuur',
    indicatorId: 'volledig-personeel',
    indicatorAnswers: ['ja'],
    factorId: 'cultuur',
    factorStatuses: ['knelpunt'],
    explanation:
      'Bij de ladder staat dat medewerkers in één team onder één leiding werken, maar het overbruggen van verschillen in cultuur en organisatie scoort als knelpunt. ' +
      'Medewerkers met een detachering blijven met één been in hun moederorganisatie staan; dat geeft extra overleg, dubbele agenda’s en soms loyaliteitsproblemen (Kolner en Sprinkhuizen, 2014).',
    discussionQuestion: 'Bij wie ligt in de praktijk de leiding over de medewerkers van het team: bij de teamleider of bij de eigen organisatie?',
    sources: ['KPMG, 2013', 'Kolner en Sprinkhuizen, 2014'],
  },
  {
    id: 'mandaat-maatwerk',
    indicatorId: 'volledig-casemanagement',
    indicatorAnswers: ['ja'],
    factorId: 'professionaliteit',
    factorStatuses: ['knelpunt'],
    explanation:
      'Bij de ladder staat dat één casemanager het mandaat heeft om over hulp op alle leefgebieden te beslissen, maar professionaliteit van management en medewerkers scoort als knelpunt. ' +
      'Daar hoort ook dat de professional de ruimte krijgt om maatwerk te leveren (Klok et al., 2012; Steenbergen en Wittmayer, 2014).',
    discussionQuestion: 'Gebruiken casemanagers hun mandaat in de praktijk, en wat houdt hen tegen?',
    sources: ['KPMG, 2013', 'Klok et al., 2012', 'Steenbergen en Wittmayer, 2014'],
  },
  {
    id: 'training-professionaliteit',
    indicatorId: 'gedeeltelijk-training',
    indicatorAnswers: ['ja'],
    factorId: 'professionaliteit',
    factorStatuses: ['knelpunt'],
    explanation:
      'Bij de ladder staat dat medewerkers van verschillende organisaties dezelfde trainingen volgen, maar professionaliteit van management en medewerkers scoort als knelpunt. ' +
      'Er moet tijd zijn voor na- en bijscholing, en voor super- en intervisie (Berg-le Clercq, 2013).',
    discussionQuestion: 'Sluiten de gezamenlijke trainingen aan bij wat medewerkers nodig hebben om integraal te werken?',
    sources: ['KPMG, 2013', 'Berg-le Clercq, 2013'],
  },
  {
    id: 'planning-visie',
    indicatorId: 'gedeeltelijk-planning',
    indicatorAnswers: ['ja'],
    factorId: 'visie',
    factorStatuses: ['knelpunt'],
    explanation:
      'Bij de ladder staat dat de organisaties samen plannen, maar een gezamenlijke visie en doelen scoort als knelpunt. ' +
      'Een gezamenlijke visie, gedragen door alle partners, hoort het uitgangspunt te zijn (Inspectie SZW, 2016). Divosa (2014) noemt een vaak onduidelijke doelstelling als faalfactor voor de integrale aanpak.',
    discussionQuestion: 'Waar plannen wij samen naartoe: welke doelen liggen onder de gezamenlijke planning?',
    sources: ['KPMG, 2013', 'Inspectie SZW, 2016', 'Divosa, 2014'],
  },
]
