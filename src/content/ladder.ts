/**
 * The ladder of integration: KPMG (2013) degree of integration (002 l. 1017–1049), with the levels of
 * the other ladders that the appendix table of the Inspectie SZW (2016) places beside each rung
 * (002 l. 2578–3184), observable indicators per rung, the KING (2013) access typology and the team's own guess.
 *
 * Defining indicators are the features the rung's cell in the appendix table names; optional ones are
 * those the main text introduces with "kan" and the cell leaves out or qualifies. Where the two
 * texts differ, the weaker reading is taken, so that no rung asks more than KPMG does:
 * - beperkt (cell l. 2765–2787: "informele uitwisseling van informatie; delen van een locatie en
 *   overhead, maar geen integratie van diensten"): information exchange, informal included, defines
 *   the rung. Keeping each other informed (main text l. 1025–1028, after "er kan samengewerkt worden")
 *   and a shared location and overhead ("Hierbij kan er ook sprake zijn van", l. 1029) are optional.
 * - gedeeltelijk (cell l. 2933–2963: "gedeeltelijk delen van het personeel, data, tools en een
 *   gezamenlijke planning. Informatie over de dienstverlening is beschikbaar via een persoon of een
 *   website"): those four, plus the main text's own definition, programmes aligned and part of the
 *   autonomy given up (l. 1033–1035, also Corbett en Noyes' niveau 2 in the appendix, l. 2909–2931).
 *   The same trainings are only in the main text, after "kan" (l. 1035–1037): optional.
 * - volledig (cell l. 3087–3123: "integratie met betrekking tot het personeel, budgetten,
 *   technologie, dienstverlening en case management"): all five define the rung; a new service
 *   ("Dit kan ook het creëren van een nieuwe dienst inhouden", l. 1049) is optional.
 */
import type { LadderIndicator, Questionnaire, Rung } from '../core/model'

const DE_GROOT = 'De Groot en Roelofswaard (2008)'
const CORBETT = 'Corbett en Noyes (2008)'
const OECD = 'OECD (2012)'

export const rungs: Rung[] = [
  {
    id: 'geen',
    title: 'Geen integratie',
    description:
      'De diensten werken afzonderlijk (KPMG, 2013). Deze trede volgt alleen uit wat bekend is: de organisaties wisselen geen of nauwelijks informatie uit over inwoners die ze allebei helpen.',
    comparable: [
      // The appendix table puts "collocation" on the same row as "geen integratie".
      { ladder: OECD, level: 'Collocation: verschillende soorten dienstverleners zijn op één locatie te vinden' },
    ],
  },
  {
    id: 'beperkt',
    title: 'Beperkte integratie',
    description:
      'De organisaties wisselen informatie uit, ook informeel, en houden elkaar op de hoogte. Ze kunnen samenwerken bij het opzetten en uitvoeren van programma’s. Soms delen ze een locatie en overhead (ondersteunende diensten). De diensten zelf zijn niet geïntegreerd.',
    comparable: [
      { ladder: DE_GROOT, level: 'Opportunistisch: de minst volwassen vorm; eigen doelen zijn het belangrijkst en er wordt weinig geïnvesteerd' },
      { ladder: CORBETT, level: 'Niveau 1: elkaar informeren en op de hoogte houden' },
      { ladder: OECD, level: 'Collaboration: organisaties delen informatie, volgen gezamenlijke trainingen en hebben een gedeeld netwerk' },
    ],
  },
  {
    id: 'gedeeltelijk',
    title: 'Gedeeltelijke integratie',
    description:
      'De organisaties stemmen hun programma’s op elkaar af en geven een deel van hun zelfstandigheid op. Ze volgen bijvoorbeeld dezelfde trainingen, delen personeel, gegevens en hulpmiddelen, en plannen samen. Informatie over de hulp is te krijgen via één persoon of één website.',
    comparable: [
      { ladder: DE_GROOT, level: 'Systematisch: samenwerking is een doel op zich, met eigen procedures, methoden en modellen' },
      { ladder: CORBETT, level: 'Niveau 2: programma’s worden op elkaar afgestemd en een deel van de autonomie wordt opgegeven' },
      { ladder: OECD, level: 'Cooperation: echte samenwerking, de hoogste mate van integratie in deze indeling' },
    ],
  },
  {
    id: 'volledig',
    title: 'Volledige integratie',
    description:
      'De organisaties geven hun zelfstandigheid geheel of gedeeltelijk op en beginnen hun eigen identiteit los te laten. Personeel, budgetten, technologie, dienstverlening en casemanagement zijn geïntegreerd. Soms ontstaat er een nieuwe dienst.',
    comparable: [
      { ladder: DE_GROOT, level: 'Volwassen: samenwerken is de nieuwe manier van werken en hoort bij de cultuur' },
      { ladder: CORBETT, level: 'Niveau 3: de organisaties staan hun autonomie geheel of gedeeltelijk af en beginnen hun eigen identiteit los te laten' },
    ],
  },
]

const KPMG = 'KPMG, 2013'

export const ladderIndicators: LadderIndicator[] = [
  /* rung 1: beperkte integratie */
  {
    id: 'beperkt-informatie',
    rung: 1,
    text: 'Organisaties informeren elkaar over inwoners die ze allebei helpen.',
    help: 'Ja ook als dit informeel gebeurt, bijvoorbeeld door elkaar even te bellen. KPMG (2013) noemt bij deze trede juist informele uitwisseling van informatie.',
    sources: [KPMG, 'Corbett en Noyes, 2008'],
  },
  {
    id: 'beperkt-overleg',
    rung: 1,
    text: 'De organisaties houden elkaar op de hoogte, bijvoorbeeld in een regelmatig overleg.',
    help: 'Ja als er een vast overleg is tussen de organisaties in het sociaal domein, of als ze elkaar op een andere manier op de hoogte houden van hun aanbod en plannen. Dit kan bij beperkte integratie horen, maar is er geen voorwaarde voor: de uitwisseling van informatie is dat wel.',
    optional: true,
    sources: [KPMG, 'Corbett en Noyes, 2008'],
  },
  {
    id: 'beperkt-locatie',
    rung: 1,
    text: 'De organisaties werken vanuit een gedeelde locatie.',
    help: 'Ja als medewerkers van verschillende organisaties in hetzelfde gebouw werken, bijvoorbeeld in een wijkcentrum. Dit kan bij beperkte integratie horen, maar is er geen voorwaarde voor.',
    optional: true,
    sources: [KPMG],
  },
  {
    id: 'beperkt-overhead',
    rung: 1,
    text: 'De organisaties delen ondersteunende diensten (overhead).',
    help: 'Ja als ze bijvoorbeeld samen een receptie, secretariaat of facilitaire dienst hebben. Dit kan bij beperkte integratie horen, maar is er geen voorwaarde voor.',
    optional: true,
    sources: [KPMG],
  },
  /* rung 2: gedeeltelijke integratie */
  {
    id: 'gedeeltelijk-afstemming',
    rung: 2,
    text: 'De organisaties stemmen hun programma’s op elkaar af en geven daarvoor een deel van hun zelfstandigheid op.',
    help: 'Ja als er afspraken over het aanbod zijn die elke organisatie binden: een organisatie verandert haar eigen programma dan niet meer alleen. KPMG (2013) noemt dit het kenmerk van gedeeltelijke integratie.',
    sources: [KPMG, 'Corbett en Noyes, 2008'],
  },
  {
    id: 'gedeeltelijk-training',
    rung: 2,
    text: 'Medewerkers van verschillende organisaties volgen dezelfde trainingen.',
    help: 'Ja als ze samen getraind worden, bijvoorbeeld in dezelfde methode of gespreksaanpak. Dit kan bij gedeeltelijke integratie horen, maar is er geen voorwaarde voor.',
    optional: true,
    sources: [KPMG],
  },
  {
    id: 'gedeeltelijk-personeel',
    rung: 2,
    text: 'De organisaties delen personeel.',
    help: 'Ja als medewerkers bijvoorbeeld vanuit hun eigen organisatie gedetacheerd zijn in een gezamenlijk team.',
    sources: [KPMG],
  },
  {
    id: 'gedeeltelijk-data',
    rung: 2,
    text: 'De organisaties gebruiken dezelfde gegevens of hulpmiddelen.',
    help: 'Ja als ze bijvoorbeeld met één gezamenlijk instrument, één methode of een gedeelde database werken.',
    sources: [KPMG],
  },
  {
    id: 'gedeeltelijk-planning',
    rung: 2,
    text: 'De organisaties maken een gezamenlijke planning.',
    help: 'Ja als de organisaties hun programma’s of activiteiten samen plannen, niet ieder voor zich.',
    sources: [KPMG, 'Corbett en Noyes, 2008'],
  },
  {
    id: 'gedeeltelijk-toegang',
    rung: 2,
    text: 'Inwoners krijgen via één persoon of één website informatie over de hulp van alle organisaties.',
    help: 'Ja als er één aanspreekpunt of één website is voor het hele sociaal domein, ook als de organisaties achter de schermen apart blijven.',
    sources: [KPMG],
  },
  /* rung 3: volledige integratie */
  {
    id: 'volledig-budget',
    rung: 3,
    text: 'Er is één ontschot budget waar de organisaties samen over beschikken.',
    help: 'Ja als het geld uit verschillende wetten of organisaties in één pot zit en samen wordt ingezet.',
    sources: [KPMG],
  },
  {
    id: 'volledig-personeel',
    rung: 3,
    text: 'Medewerkers van de verschillende organisaties werken in één team onder één leiding.',
    help: 'Ja als de leidinggevende van het team ook echt de baas is, niet de eigen moederorganisatie.',
    sources: [KPMG],
  },
  {
    id: 'volledig-dossier',
    rung: 3,
    text: 'De organisaties werken in één gezamenlijk klantdossier.',
    help: 'Ja als professionals van verschillende organisaties in hetzelfde systeem werken en hetzelfde dossier zien. Dit is de technologie die KPMG (2013) bij volledige integratie noemt.',
    sources: [KPMG],
  },
  {
    id: 'volledig-dienstverlening',
    rung: 3,
    text: 'De organisaties bieden hun hulp aan inwoners aan als één dienst, met één werkwijze.',
    help: 'Ja als de inwoner één intake, één plan en één manier van werken krijgt, niet een aanpak per organisatie. KPMG (2013) noemt integratie van de dienstverlening bij volledige integratie.',
    sources: [KPMG],
  },
  {
    id: 'volledig-casemanagement',
    rung: 3,
    text: 'Eén casemanager heeft het mandaat om te beslissen over hulp op alle leefgebieden.',
    help: 'Ja als die persoon met één plan werkt en zelf hulp kan inzetten, zonder per organisatie toestemming te vragen. Dit is meer dan de vorm ‘geïntegreerd casemanagement’ van KPMG, waarin de organisaties apart blijven bestaan.',
    sources: [KPMG],
  },
  {
    id: 'volledig-nieuwe-dienst',
    rung: 3,
    text: 'De organisaties hebben samen een nieuwe dienst opgezet.',
    help: 'Ja als er een nieuwe, gezamenlijke organisatie of dienst is ontstaan die de taken van de afzonderlijke organisaties overneemt. Dit kan bij volledige integratie horen, maar is er geen voorwaarde voor.',
    optional: true,
    sources: [KPMG],
  },
]

export const accessQuestion: Questionnaire['accessQuestion'] = {
  text: 'Hoe is de toegang tot het sociaal domein in onze gemeente nu georganiseerd? Kies wat het meest lijkt op de situatie van dit moment.',
  options: [
    {
      id: 'transitieproof',
      label: 'Elk domein heeft een eigen loket. De inwoner gaat voor elke vraag naar een aparte organisatie.',
      description:
        'Transitieproof: er is weinig tot geen integraliteit. De inwoner wordt vanuit afzonderlijke domeinen geholpen. KING ziet dit als een tijdelijke fase.',
    },
    {
      id: 'tweede-instantie',
      label: 'Pas als een loket merkt dat er meer aan de hand is, komt er een integrale aanpak.',
      description:
        'Integraal in tweede instantie: de integraliteit komt pas als in de bestaande ‘kolommen’ blijkt dat er meer speelt. De integrale aanpak is er vooral voor multiprobleemgezinnen.',
    },
    {
      id: 'geclusterd',
      label: 'Er zijn een paar loketten voor groepen van vragen, bijvoorbeeld één voor zorg en jeugd en één voor geld en inkomen.',
      description:
        'Geclusterd integraal: de integraliteit is per cluster georganiseerd, bijvoorbeeld één toegang voor zorg en jeugdzorg en één voor financiële en inkomensondersteuning.',
    },
    {
      id: 'geclusterd-elders',
      label: 'De toegang is per groep van vragen ondergebracht bij andere partijen buiten de gemeente.',
      description:
        'Geclusterde integraliteit elders: de toegang per cluster ligt bij een derde partij, bijvoorbeeld zorg bij de zorgverzekeraar en jeugdzorg bij een regionale eenheid buiten de deur.',
    },
    {
      id: 'totaal-integraal',
      label: 'Vanaf het eerste contact wordt naar alle vragen van de inwoner samen gekeken, voor het hele sociaal domein.',
      description:
        'Totaal integraal: integrale beoordeling vanaf het eerste contact, vroegsignalering om erger te voorkomen en inzet op eigen kracht, voor het hele sociaal domein. Dit kan via een wijkteam, maar ook centraal of op een ander niveau.',
    },
  ],
  sources: ['KING, 2013'],
}

export const ownGuessQuestion: Questionnaire['ownGuessQuestion'] = {
  text: 'Op welke trede van de ladder van integratie staat de samenwerking in onze gemeente volgens u nu?',
  help:
    'Geef uw eigen inschatting voordat u het resultaat ziet. Daarna ziet u wat uit uw antwoorden over de samenwerking volgt, naast uw eigen inschatting. Er is geen goed of fout antwoord.',
}
