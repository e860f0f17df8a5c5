/**
 * How the collaboration is organised, asked beside the ladder and shown in its own place in the
 * result (not folded into the rung): the KPMG (2013) forms of integration from the first column of
 * the Inspectie SZW (2016) appendix table (002 l. 2578–3184, footnotes 13 and 14), front office
 * versus back office (002 l. 73–75, 925–951), horizontal versus vertical integration (002 l. 61–71,
 * 905–923) and the domains and partners that take part (002 l. 919–923, 1318–1326; 000 l. 950–953).
 *
 * The appendix is "een literatuuroverzicht": it puts the ladders of different authors on rows side
 * by side. The app says a form "staat in de bijlage naast" a level, never that it equals it.
 */
import type { OrganisationContent } from '../core/model'

const KPMG_DEGREE = 'KPMG (2013), mate van integratie'
const KING = 'KING (2013), toegang'
const DE_GROOT = 'De Groot en Roelofswaard (2008)'
const CORBETT = 'Corbett en Noyes (2008)'
const OECD = 'OECD (2012)'
const KPMG_FORM = 'KPMG (2013), vorm van integratie'

export const organisation: OrganisationContent = {
  forms: {
    text: 'Welke vormen van integratie komen in onze gemeente voor?',
    help: 'KPMG (2013) onderscheidt vier vormen. Een gemeente kan er meer dan één hebben, bijvoorbeeld een wijkteam én één loket.',
    options: [
      {
        id: 'casemanagement',
        label: 'Geïntegreerd casemanagement: casemanagers of een multidisciplinair team, zoals een sociaal wijkteam.',
        description: 'De organisaties blijven apart bestaan, maar hun professionals werken samen in een multidisciplinair team.',
        appendixRow: 2,
      },
      {
        id: 'frontoffice',
        label: 'Integratie van de frontoffice: de organisaties bundelen hun loket of toegang, fysiek of online.',
        description: 'Bijvoorbeeld één loket voor verschillende diensten (een ‘one stop shop’), een gezamenlijk contactcentrum of één website.',
        appendixRow: 3,
      },
      {
        id: 'backoffice',
        label: 'Integratie van de backoffice: gezamenlijke budgetten, geïntegreerde databases, gedeelde diensten of een gezamenlijke strategische planning.',
        description: 'Achter de schermen wordt samengewerkt, zodat de hulp aan de voorkant en het casemanagement beter op elkaar aansluiten.',
        appendixRow: 4,
      },
      {
        id: 'nieuwe-dienst',
        label: 'Collocatie met een nieuwe dienst: professionals, diensten en backoffice komen samen en vormen een nieuwe dienst.',
        description: 'De organisaties delen kennis en middelen op één plek; daaruit ontstaat een nieuwe, gezamenlijke dienst.',
        appendixRow: 5,
      },
    ],
    sources: ['KPMG, 2013'],
  },
  place: {
    text: 'Waar werken de organisaties in onze gemeente vooral samen?',
    options: [
      {
        id: 'geen',
        label: 'Nog nergens echt: elke organisatie heeft haar eigen toegang en werkt achter de schermen apart.',
        description: 'Er is (nog) geen integratie in de frontoffice of de backoffice.',
      },
      {
        id: 'frontoffice',
        label: 'Aan de voorkant: bij de toegang, het loket of in een team dat inwoners helpt. Achter de schermen werkt elke organisatie apart.',
        description:
          'Integratie in de frontoffice: de afzonderlijke organisaties blijven bestaan en bundelen hun frontofficeactiviteiten (Inspectie SZW, 2016, naar KPMG, 2013 en KING, 2013).',
      },
      {
        id: 'backoffice',
        label: 'Ook achter de schermen: de organisaties delen daarnaast budgetten, gegevens, ondersteunende diensten of hun planning.',
        description:
          'Integratie ook in de backoffice: gedeelde of gezamenlijke budgetten, geïntegreerde databases, gedeelde dienstverlening en gezamenlijke strategische planning. Dit kan leiden tot een nieuwe dienst (KPMG, 2013; KING, 2013).',
      },
    ],
    sources: ['Inspectie SZW, 2016', 'De Waal et al., 2014', 'KPMG, 2013', 'KING, 2013'],
  },
  direction: {
    text: 'Tussen wie wordt er vooral samengewerkt?',
    options: [
      {
        id: 'horizontaal',
        label: 'Tussen domeinen: bijvoorbeeld Werk en Inkomen met schuldhulpverlening, of zorg met jeugd.',
        description:
          'Horizontale integratie: voorheen gescheiden diensten, professionals en organisaties uit verschillende domeinen komen samen. Dit is wat gemeenten veelal nastreven (Inspectie SZW, 2016).',
      },
      {
        id: 'verticaal',
        label: 'Binnen één domein: bijvoorbeeld de organisaties binnen de jeugdhulp.',
        description: 'Verticale integratie: samenwerking tussen actoren binnen één domein of sector, zoals de jeugdzorg (Inspectie SZW, 2016).',
      },
      {
        id: 'beide',
        label: 'Allebei: binnen domeinen en tussen domeinen.',
        description: 'Zowel verticale als horizontale integratie.',
      },
    ],
    sources: ['Inspectie SZW, 2016', 'OECD, 2012', 'EC, 2015', 'KING, 2013'],
  },
  domains: {
    text: 'Welke domeinen en partners doen mee in de samenwerking?',
    help: 'Kies alles wat van toepassing is. De lijst volgt de partijen die de rapporten noemen.',
    options: [
      { id: 'werk-inkomen', label: 'Werk en Inkomen (Participatiewet, klantmanagers)' },
      { id: 'schuldhulp', label: 'Schuldhulpverlening' },
      { id: 'wmo', label: 'Wmo (maatschappelijke ondersteuning, Wmo-consulent)' },
      { id: 'jeugd', label: 'Jeugd (jeugdhulp, CJG)' },
      { id: 'wijkverpleging', label: 'Wijkverpleging' },
      { id: 'welzijn', label: 'Welzijnsorganisaties' },
      { id: 'mee', label: 'MEE' },
      { id: 'uwv', label: 'UWV' },
      { id: 'gezondheidszorg', label: 'Gezondheidszorg (bijvoorbeeld huisarts of ggz)' },
      { id: 'onderwijs', label: 'Onderwijs' },
      { id: 'vrijwilligers', label: 'Vrijwilligers' },
    ],
    sources: ['Inspectie SZW, 2016', 'Werkplaatsen Sociaal Domein, 2018'],
  },
  appendixRows: [
    {
      row: 1,
      rungId: 'geen',
      accessType: 'transitieproof',
      cells: [
        { ladder: KING, level: 'Transitieproof' },
        { ladder: KPMG_DEGREE, level: 'Geen integratie' },
        { ladder: OECD, level: 'Collocation' },
      ],
    },
    {
      row: 2,
      rungId: 'beperkt',
      accessType: 'tweede-instantie',
      cells: [
        { ladder: KPMG_FORM, level: 'Geïntegreerd casemanagement' },
        { ladder: KING, level: 'Integraal in tweede instantie' },
        { ladder: DE_GROOT, level: 'Opportunistisch' },
        { ladder: CORBETT, level: 'Niveau 1' },
        { ladder: KPMG_DEGREE, level: 'Beperkte integratie' },
        { ladder: OECD, level: 'Collaboration' },
      ],
    },
    {
      row: 3,
      rungId: 'gedeeltelijk',
      accessType: 'geclusterd',
      cells: [
        { ladder: KPMG_FORM, level: 'Integratie van de frontoffice' },
        { ladder: KING, level: 'Geclusterd integraal' },
        { ladder: DE_GROOT, level: 'Systematisch' },
        { ladder: CORBETT, level: 'Niveau 2' },
        { ladder: KPMG_DEGREE, level: 'Gedeeltelijke integratie' },
        { ladder: OECD, level: 'Cooperation' },
      ],
    },
    {
      row: 4,
      rungId: 'volledig',
      accessType: 'geclusterd-elders',
      cells: [
        { ladder: KPMG_FORM, level: 'Integratie van de backoffice' },
        { ladder: KING, level: 'Geclusterde integraliteit elders' },
        { ladder: DE_GROOT, level: 'Volwassen' },
        { ladder: CORBETT, level: 'Niveau 3' },
        { ladder: KPMG_DEGREE, level: 'Volledige integratie' },
      ],
    },
    {
      row: 5,
      accessType: 'totaal-integraal',
      cells: [
        { ladder: KPMG_FORM, level: 'Collocatie met een nieuwe dienst' },
        { ladder: KING, level: 'Totaal integraal' },
      ],
    },
  ],
}
