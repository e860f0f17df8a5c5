/**
 * Profile choices (wijkteam model, position of Werk en Inkomen, role) and facts shown where they fit.
 * Every number is taken from the line named in the comment.
 */
import type { Questionnaire } from '../core/model'

const MODEL_SOURCE = 'Van Arum en Schoorl, 2015, in Inspectie SZW 2016, §4.2'

/** The model shares are Van Arum en Schoorl's, published in 2015 on a survey of 2014 (002 l. 1204–1206); the UI always names them so (they are not today's shares). */
export const MODEL_SHARE_YEAR = 2015

/** 002 l. 1288–1335. The shares are those of Van Arum en Schoorl (2015); a small share of municipalities combines types. */
export const wijkteamModels: Questionnaire['wijkteamModels'] = [
  {
    id: 'A',
    title: 'Model A: breed integraal team',
    description:
      'Alle hulpvragen, van enkelvoudig tot meervoudig, komen binnen bij één team en worden daar opgepakt. Ook specialistische vragen pakt het team op. Alle doelgroepen vallen eronder.',
    nationalShare: '44% van de gemeenten',
    source: MODEL_SOURCE,
  },
  {
    id: 'B',
    title: 'Model B: specifieke teams',
    description:
      'Meerdere teams werken naast elkaar, elk voor een afgebakend domein of een specifieke doelgroep. Na een intake wordt bepaald in welk team de vraag thuishoort, bijvoorbeeld het sociaal wijkteam, het team jeugd en gezin of het team voor meervoudige problemen.',
    nationalShare: '18% van de gemeenten',
    source: MODEL_SOURCE,
  },
  {
    id: 'C',
    title: 'Model C: generalistische voorpost met specialistische teams',
    description:
      'Een generalistisch wijkteam is de voorpost, met daarachter teams per domein. Er zijn meerdere teams, maar de inwoner heeft één toegangspunt.',
    nationalShare: '12% van de gemeenten',
    source: MODEL_SOURCE,
  },
  {
    id: 'D',
    title: 'Model D: team voor multiproblematiek',
    description: 'Een breed integraal team dat zich alleen bezighoudt met complexe of meervoudige hulpvragen.',
    nationalShare: '18% van de gemeenten',
    source: MODEL_SOURCE,
  },
]

/**
 * The design choices of 002 l. 1221–1251 (§4.2) that a profile can hold; the access routes are those
 * of l. 1342–1344. Only the choices the seed names; each label describes the choice in plain Dutch.
 */
export const wijkteamDesign: Questionnaire['wijkteamDesign'] = {
  summary: 'Hoe is het wijkteam ingericht? (optioneel)',
  // The questions of 002 l. 1221, 1225, 1245, 1247 and 1251, in plain words. They are content, not
  // interface text, so they load with the questionnaire and cost the start page's first route nothing.
  questions: {
    composition: 'Bestaat het team uit generalisten, specialisten of een combinatie?',
    execution: 'Is de uitvoering uitbesteed of in eigen beheer?',
    careLines: 'Richt het team zich op nulde-, eerste- of tweedelijnszorg?',
    accessRoutes: 'Hoe komen inwoners bij het team?',
    targetGroups: 'Op welke doelgroep(en) richt het team zich?',
    moreAnswers: 'Meer antwoorden mogelijk.',
  },
  why: 'Bij de inrichting van een wijkteam maakt de gemeente verschillende keuzes: voor wie het team er is, welke zorg het biedt en hoe het georganiseerd is (Inspectie SZW, 2016, §4.2). Met deze keuzes erbij is uw resultaat beter te vergelijken met dat van andere teams.',
  // 002 l. 1245.
  composition: [
    { id: 'generalisten', label: 'Generalisten', short: 'generalisten' },
    { id: 'specialisten', label: 'Specialisten', short: 'specialisten' },
    { id: 'combinatie', label: 'Een combinatie van generalisten en specialisten', short: 'generalisten en specialisten' },
  ],
  // 002 l. 1247.
  execution: [
    { id: 'eigen-beheer', label: 'In eigen beheer van de gemeente', short: 'in eigen beheer' },
    { id: 'uitbesteed', label: 'Uitbesteed', short: 'uitbesteed' },
    { id: 'combinatie', label: 'Deels in eigen beheer, deels uitbesteed', short: 'deels uitbesteed' },
  ],
  // 002 l. 1225.
  careLines: [
    { id: 'nulde-lijn', label: 'Nuldelijnszorg', short: 'nulde lijn' },
    { id: 'eerste-lijn', label: 'Eerstelijnszorg', short: 'eerste lijn' },
    { id: 'tweede-lijn', label: 'Tweedelijnszorg', short: 'tweede lijn' },
  ],
  // 002 l. 1251 (the question) and l. 1342–1344 (the routes).
  accessRoutes: [
    { id: 'verwijzing', label: 'Doorverwijzing vanuit de nulde lijn', short: 'verwijzing' },
    { id: 'zelf-aanmelden', label: 'Inwoners melden zich zelf aan', short: 'zelf aanmelden' },
    { id: 'outreachend', label: 'Het team gaat er zelf op af (outreachend)', short: 'outreachend' },
  ],
  // 002 l. 1221 (the question); each group below is one a seed names.
  targetGroups: [
    // 002 l. 1266–1267 (model A: alle doelgroepen).
    { id: 'alle-doelgroepen', label: 'Alle doelgroepen', short: 'alle doelgroepen' },
    // 002 l. 1276 (team jeugd en gezin).
    { id: 'jeugd-en-gezin', label: 'Jeugd en gezin', short: 'jeugd en gezin' },
    // 002 l. 2166 and l. 2693.
    { id: 'multiprobleemgezinnen', label: 'Multiprobleemgezinnen', short: 'multiprobleemgezinnen' },
    // 000 l. 163 and l. 912.
    { id: 'ouderen', label: 'Ouderen', short: 'ouderen' },
    // 000 l. 163.
    { id: 'gezinnen-in-armoede', label: 'Gezinnen in armoede', short: 'gezinnen in armoede' },
    // 000 l. 163.
    { id: 'kwetsbare-jongeren', label: 'Kwetsbare jongeren', short: 'kwetsbare jongeren' },
    // 000 l. 912.
    { id: 'lvb', label: 'Mensen met een licht verstandelijke beperking', short: 'licht verstandelijke beperking' },
    // 000 l. 911.
    { id: 'statushouders', label: 'Statushouders', short: 'statushouders' },
  ],
}

/** Based on 000 l. 1370–1382 (klantmanagers in sociale teams) and l. 1099–1104 (regionale uitvoeringsorganisaties). */
export const workIncomePositions: Questionnaire['workIncomePositions'] = [
  { id: 'in-team', label: 'Klantmanagers Werk en Inkomen werken in het sociaal (wijk)team' },
  { id: 'apart-vaste-contactpersoon', label: 'Werk en Inkomen is apart georganiseerd (lokaal of regionaal), met een vaste contactpersoon voor het team' },
  { id: 'apart-zonder-vaste-lijn', label: 'Werk en Inkomen is apart georganiseerd (lokaal of regionaal), zonder vaste contactpersoon voor het team' },
  { id: 'weet-niet', label: 'Weet ik niet' },
]

export const roles: Questionnaire['roles'] = [
  { id: 'beleidsadviseur', label: 'Beleidsadviseur' },
  { id: 'teamleider-wijkteam', label: 'Teamleider sociaal (wijk)team' },
  { id: 'klantmanager-werk-inkomen', label: 'Klantmanager Werk en Inkomen' },
  { id: 'professional', label: 'Professional in het sociaal (wijk)team' },
  { id: 'manager', label: 'Manager' },
  { id: 'bestuurder', label: 'Bestuurder' },
  { id: 'anders', label: 'Anders' },
]

export const facts: Questionnaire['facts'] = [
  {
    // 002 l. 285–289 (summary) and l. 2419–2425 (§6.3, Ragan 2003).
    id: 'tijd-om-te-groeien',
    factorId: 'tijd',
    text:
      'Samenwerking heeft tijd nodig. De literatuur spreekt van 2,5 jaar om de samenwerking enigszins vorm te geven tot 10 jaar om volledig efficiënt te zijn. Volgens Ragan (2003) duurt het 10 jaar voordat integrale dienstverlening volgroeid is.',
    source: 'Inspectie SZW 2016, samenvatting en §6.3 (Ragan, 2003)',
  },
  {
    // 002 l. 307–311 (summary, unattributed) and l. 2043–2057 (§6.2, Kolner en Sprinkhuizen; Sommer en Pool).
    id: 'perverse-prikkels',
    factorId: 'ontschotting',
    text:
      'Perverse prikkels ondermijnen de samenwerking: de financiële sturing vanuit de eigen organisatie staat deelname aan integrale dienstverlening dan in de weg. Ook detacherings- en deeltijdcontracten maken samenwerken lastiger. Ze zorgen voor extra overleg, dubbele agenda’s en soms loyaliteitsproblemen.',
    source: 'Inspectie SZW 2016, samenvatting (perverse prikkels) en §6.2 (detachering: Kolner en Sprinkhuizen, 2014; Sommer en Pool, 2014)',
  },
  {
    // 002 l. 2199–2205.
    id: 'dubbele-registratie',
    factorId: 'ict',
    text:
      'Als informatiesystemen niet op elkaar aansluiten, houden professionals een dubbele registratie bij: die van het team en die van hun eigen organisatie.',
    source: 'Inspectie SZW 2016, §6.2 (Hekelaar et al., 2009; Kolner en Sprinkhuizen, 2014; Van Arum en Schoorl, 2015; KPMG, 2013)',
  },
  {
    // 002 l. 1914–1933.
    id: 'te-veel-visies',
    factorId: 'visie',
    text: '‘We leiden niet aan gebrek aan visie, er zijn gewoon te veel visies.’ Het advies: werk stap voor stap.',
    source: 'Kenniscentrum Wmo en Wonen en Hogeschool Inholland (Kolner en Sprinkhuizen, 2014), in Inspectie SZW 2016, §6.1',
  },
  {
    // 002 l. 1672–1700 (ch. 5, toegang en stigma; OECD, NOS).
    id: 'toegang-en-stigma',
    factorId: 'nabijheid',
    text:
      'Toegang en stigma blijven een probleem bij integrale dienstverlening. Volgens de OECD kiezen sommige klanten vanwege het stigma voor een dienstverlener verder van huis. Uit onderzoek blijkt ook dat sociale wijkteams vaak nog niet bekend zijn bij bewoners (NOS, 2015).',
    source: 'Inspectie SZW 2016, h. 5 (OECD, 2013; NOS, 2015)',
  },
  {
    // 002 l. 1768–1782 (ch. 5, Hekelaar et al., 2009).
    id: 'fricties-op-de-werkvloer',
    factorId: 'cultuur',
    text:
      'Integrale dienstverlening kan ook negatieve gevolgen hebben. In een onderzoek namen de resultaten af door fricties tussen medewerkers op de werkvloer: zij waren meer bezig met interne, organisatorische problemen dan met de problemen van de klant. Of dat iets zegt over integrale dienstverlening zelf of over de uitvoering ervan, is de vraag.',
    source: 'Inspectie SZW 2016, h. 5 (Hekelaar et al., 2009)',
  },
  {
    // 000 l. 769–790.
    id: 'geen-samenhang',
    text:
      'In een klein onderzoek van de Werkplaatsen Sociaal Domein (31 klanten in 8 gemeenten, van wie 19 een tekening maakten) tekende 37% van de klanten ‘geen samenhang’ in de hulp die zij kregen, en geen enkele professional. De onderzoekers vermoeden dat een deel van de klanten geen samenhang ervaart; de vraag die zij stelden, kan dat aantal hebben vergroot. Alle klanten die wel samenhang tekenden (32%), zagen zichzelf als de schakel tussen hulpverleners die onderling geen samenhang laten zien. Daarom vermoeden de onderzoekers dat het in hun onderzoek om bijna twee derde van de klanten gaat.',
    source: 'Werkplaatsen Sociaal Domein 2018, samenvatting en §3.2',
  },
  {
    // 002 l. 1206–1211.
    id: 'wijkteams-2014',
    text:
      'In 2014 had 69% van de 224 ondervraagde gemeenten sociale wijkteams, en nog eens 17% wilde ermee starten. Van de G32-gemeenten werkte 93% met sociale wijkteams.',
    source: 'Van Arum en Schoorl, 2015, in Inspectie SZW 2016, §4.2',
  },
  {
    // 002 l. 1318–1336.
    id: 'werk-en-inkomen-in-teams',
    text:
      'Werk en inkomen is in ongeveer de helft van de sociale teams vertegenwoordigd. In 47% van de gevallen heeft de gemeente het sociaal (wijk)team zelf in beheer; in 24% is het uitbesteed aan meerdere aanbieders tegelijk.',
    source: 'Inspectie SZW 2016, §4.2',
  },
  {
    // 000 l. 1376–1382.
    id: 'klantmanagers-in-teams',
    text:
      'Steeds minder klantmanagers Werk en Inkomen maken deel uit van de sociale teams: in 2014 was dat bij 55% van de teams, in 2017 bij 37%. Genoemde verklaringen zijn onder meer cultuurverschillen en het privacyvraagstuk.',
    source: 'Van Arum en Van den Enden, 2018, in Werkplaatsen Sociaal Domein 2018, §5.2',
  },
  {
    // 000 l. 262–284.
    id: 'integratie-is-niet-integraal',
    text:
      'Integratie is iets anders dan integraal. Integratie betekent samenvoegen, en dat kan ook gedeeltelijk. Integraal betekent volledig en allesomvattend. Volgens Hekelaar et al. (2009) gaat het bij integrale dienstverlening niet om het samenvoegen van organisaties en werkprocessen, maar om dienstverlening die de klant als geheel centraal stelt.',
    source: 'Werkplaatsen Sociaal Domein 2018, §1.3 (Hekelaar et al., 2009)',
  },
  {
    // 002 l. 154–157.
    id: 'geen-rangorde',
    text:
      'De meeste studies geven geen rangorde of weging van de succes- en faalfactoren. Welke factoren voor uw gemeente het zwaarst wegen, weet u zelf het best.',
    source: 'Inspectie SZW 2016, samenvatting',
  },
]
