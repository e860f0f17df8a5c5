/**
 * The client-perspective module: what inwoners and professionals say works for the inwoner.
 * Grounded in Werkplaatsen Sociaal Domein (2018), ch. 3–5 (000 l. 769–1104, 1194–1256)
 * and Movisie (2018), ch. 4–5 (004 l. 615–1075, 1102–1295, 1334–1475).
 * Statement ids are the contract of saved files: a rewrite that keeps the meaning keeps its id; a new
 * meaning gets a new id (e.g. vertrouwen-5 replaced vertrouwen-1, whose answers no longer count).
 * The Inspectie SZW (2016) notes the literature says little about this side (002 l. 146–150).
 */
import type { Factor } from '../core/model'

export const clientFactors: Factor[] = [
  {
    id: 'vast-contact',
    themeId: 'client',
    title: 'Eén vaste contactpersoon',
    explanation:
      'Inwoners vinden één vaste contactpersoon heel belangrijk. Deze professional is het eerste aanspreekpunt en heeft de casusregie: hij stemt de hulp van alle betrokken organisaties af. Movisie vat dat samen als ‘één huishouden, één plan, één regisseur’. De eigen regie over zijn leven houdt de inwoner zelf. ' +
      'Sommige inwoners kunnen zonder één vaste contactpersoon, als ze maar weten bij wie ze waarvoor terecht kunnen.',
    steeringLevel: 'operationeel',
    statements: [
      { id: 'vast-contact-1', text: 'Inwoners met problemen op meerdere leefgebieden hebben één vaste contactpersoon.', key: true },
      { id: 'vast-contact-2', text: 'Professionals vertellen inwoners bij wie ze voor welke vraag terecht kunnen.' },
      { id: 'vast-contact-3', text: 'Voor elk huishouden met meerdere hulpverleners is één professional aangewezen die het overzicht houdt.' },
      { id: 'vast-contact-4', text: 'Een inwoner houdt dezelfde contactpersoon zolang de hulp duurt.' },
    ],
    advice: [
      'Geef elk huishouden met meervoudige problemen één vaste professional. Die is verantwoordelijk voor het hele huishouden en regisseert de hulp van alle betrokken instellingen (Zoon en Berg-Le Clercq, 2014).',
      'Voorkom een ‘komen en gaan van helpenden’. Het vertrouwen van gezinnen wordt geschaad als zij niet steeds met dezelfde professional te maken hebben (Zoon en Berg-Le Clercq, 2014; Werkplaatsen Sociaal Domein, 2018).',
      'Zorg voor een goede match tussen professional en inwoner. Kijk naar de ondersteuningsbehoefte en de expertise, en waar mogelijk ook naar leeftijd, levenservaring en interesses (Movisie, 2018; Uyterlinde et al., 2009).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Zoon en Berg-Le Clercq, 2014', 'Uyterlinde et al., 2009'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4; Movisie 2018, §4.2, §4.4.1 en §5.2',
  },
  {
    id: 'vertrouwen',
    themeId: 'client',
    title: 'Vertrouwensrelatie',
    explanation:
      'Vertrouwen en een gevoel van veiligheid zijn voor inwoners basisvoorwaarden voor goede hulp. Ze willen een luisterend oor en professionals die hen als persoon zien, niet als probleem. ' +
      'Volgens Pijnenburg en Van Hattum (2012) is een goede samenwerkingsrelatie tussen inwoner en professional een van de beste voorspellers van een goed resultaat. Het bewijs daarvoor verschilt per domein: sterk in de jeugd-ggz, zwak in het preventieve veld (Barnhoorn et al., 2013).',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'vertrouwen-5', text: 'Het sociaal (wijk)team vraagt inwoners regelmatig of zij de professional die hen helpt vertrouwen.', key: true },
      { id: 'vertrouwen-2', text: 'Professionals komen hun afspraken met inwoners na.' },
      { id: 'vertrouwen-3', text: 'Professionals praten met inwoners ook over hun leven buiten de hulp, zoals werk, school of hobby’s.' },
      { id: 'vertrouwen-6', text: 'Als professionals iets moeten controleren, leggen zij de inwoner uit waarom.' },
    ],
    advice: [
      'Werk aan een prettige, persoonlijke bejegening en kom afspraken na. Dat zijn de dingen die het gevoel van vertrouwen en veiligheid het meest bevorderen (Bool et al., 2017).',
      'Neem de tijd om een relatie op te bouwen en claim die tijd in het werk; in het begin komen er niet meteen resultaten (Movisie, 2018). De relatie groeit naarmate de inwoner de professional als open, betrouwbaar, kundig en betrokken ziet (De Vries, 2010).',
      'Praat samen met de inwoner over hoe de samenwerking gaat. Ga er niet van uit dat de relatie goed is omdat jij dat denkt (Movisie, 2018; De Vries, 2006). Het oordeel van de inwoner over de relatie voorspelt het resultaat meestal beter dan dat van de professional (Pijnenburg en Van Hattum, 2012).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Bool et al., 2017', 'Pijnenburg en Van Hattum, 2012', 'Barnhoorn et al., 2013', 'De Vries, 2006', 'De Vries, 2010'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4; Movisie 2018, §4.3 en §5.2',
  },
  {
    id: 'regie-bij-inwoner',
    themeId: 'client',
    title: 'Eigen regie van de inwoner',
    explanation:
      'Eigen regie betekent: zelf bepalen wat er in je leven en in de hulp gebeurt. Dat is iets anders dan de casusregie van de professional, die de hulp rond één huishouden afstemt. Inwoners willen zelf actief blijven. ' +
      'Eigen regie is geen of-of: soms neemt de professional beslissingen tijdelijk over, bijvoorbeeld als de inwoner het even niet kan of als de veiligheid van kinderen in het geding is.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'regie-bij-inwoner-1', text: 'Inwoners bepalen zelf de doelen in hun plan van aanpak.', key: true, checkWithInwoners: true },
      // Knelpunt: de professional neemt over wat de inwoner zelf kan (000 h. 4; 004 §4.4.3).
      { id: 'regie-bij-inwoner-5', text: 'Professionals nemen taken over die de inwoner zelf kan doen.', reversed: true },
      { id: 'regie-bij-inwoner-3', text: 'Als een professional beslissingen tijdelijk overneemt, geeft hij die stap voor stap terug aan de inwoner.' },
      { id: 'regie-bij-inwoner-4', text: 'Inwoners bepalen mee wanneer de hulp wordt gegeven.' },
    ],
    advice: [
      'Laat de wensen en ideeën van de inwoner het uitgangspunt zijn voor de doelen. Doelen werken alleen als de inwoner zelf vindt dat het de juiste doelen zijn (Steketee et al., 2015).',
      'Zie eigen regie als een proces. Neem beslissingen over als dat nodig is, maar geef ze geleidelijk en duidelijk terug als het weer beter gaat (Werkplaatsen Sociaal Domein, 2018).',
      'Neem meer beslissingen over als een inwoner op dat moment zelf geen prioriteiten kan stellen, of als de veiligheid van de inwoner of van anderen in gevaar is (Driesen en Besselink, 2014; Movisie, 2018).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Steketee et al., 2015', 'Bool et al., 2017', 'Verheijden en De Lange, 2016', 'Driesen en Besselink, 2014'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4–5; Movisie 2018, §4.4.3 en §4.6.2',
  },
  {
    id: 'praktische-hulp',
    themeId: 'client',
    title: 'Concrete, praktische hulp',
    explanation:
      'Voor inwoners gaat het uiteindelijk om de concrete hulp die ze wel of niet krijgen, zoals kinderopvang, hulp bij werk, schuldhulp of emotionele steun. ' +
      'Praktische hulp, zoals helpen met een inschrijving, brengt de professional dichter bij het gezin. Praktische successen vergroten het vertrouwen en de motivatie.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'praktische-hulp-1', text: 'Professionals helpen inwoners ook met praktische zaken, zoals formulieren of een inschrijving.', key: true },
      { id: 'praktische-hulp-4', text: 'Professionals zoeken samen met de inwoner uit op welke toeslagen en vergoedingen hij recht heeft.' },
    ],
    advice: [
      'Begin met het oplossen van nijpende, praktische zaken. Dat schept vertrouwen en vergroot de motivatie van de inwoner (Zoon en Berg-Le Clercq, 2014; Steketee et al., 2015).',
      'Houd rekening met momenten waarop hulp nodig is, bijvoorbeeld als er brieven binnenkomen of formulieren moeten worden ingevuld (Werkplaatsen Sociaal Domein, 2018).',
      'Neem eerst dingen over en laat daarna steeds meer los, zodat de verantwoordelijkheid weer bij de inwoner komt te liggen (Steketee et al., 2015).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Zoon en Berg-Le Clercq, 2014', 'Steketee et al., 2015', 'Pijnenburg, 2010', 'Tonkens, 2009'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4; Movisie 2018, §4.4.2',
  },
  {
    id: 'een-keer-vertellen',
    themeId: 'client',
    title: 'Verhaal maar één keer vertellen (afstemming tussen hulpverleners)',
    explanation:
      'Inwoners vinden het confronterend om hun verhaal steeds opnieuw te moeten vertellen. Ze voelen zich dan van het kastje naar de muur gestuurd. ' +
      'Goede afstemming tussen hulpverleners en één vast aanspreekpunt voorkomen dat.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'een-keer-vertellen-5', text: 'Bij een overdracht naar een andere professional gaat wat de inwoner al vertelde mee, met zijn toestemming.', key: true },
      { id: 'een-keer-vertellen-6', text: 'Voor elk huishouden met meerdere hulpverleners staat op één plek wie welke hulp geeft.' },
      { id: 'een-keer-vertellen-3', text: 'Hulpverleners rond één huishouden stemmen hun adviezen met elkaar af.' },
      { id: 'een-keer-vertellen-4', text: 'Er is een vast overlegmoment waarop professionals complexe casussen samen bespreken.' },
      // Knelpunt in de woorden van inwoners: steeds opnieuw het verhaal vertellen (000 h. 4).
      { id: 'een-keer-vertellen-7', text: 'Een inwoner vertelt bij een nieuwe hulpverlener zijn verhaal opnieuw.', reversed: true, checkWithInwoners: true },
    ],
    advice: [
      'Spreek vaste overlegmomenten af, zoals een multidisciplinair casusoverleg, om complexe casussen samen te bespreken. Alleen af en toe afstemmen als het nodig lijkt, is niet genoeg (Werkplaatsen Sociaal Domein, 2018).',
      'Maak procesafspraken tussen Werk en Inkomen en het sociaal team, bijvoorbeeld over de intake, het volgen van een casus en overlegmomenten. Let op dat de aanpak daardoor niet wordt dichtgetimmerd (Werkplaatsen Sociaal Domein, 2018).',
      'Vertrouw op elkaars oordeel. Als een collega uit het sociaal team inschat dat werken nu niet lukt, laat dat dan niet door iemand anders opnieuw onderzoeken (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Kruiter en Pels, 2012'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4; Movisie 2018, h. 1 en §4.2',
  },
  {
    id: 'heldere-taal',
    themeId: 'client',
    title: 'Heldere taal',
    explanation:
      'Inwoners willen een contactpersoon die duidelijke taal gebruikt en goed informeert. Een consulent van een sociaal team ziet vaak dat een inwoner niet weet waar hij ‘ja’ tegen zegt, bijvoorbeeld bij het invullen van formulieren. ' +
      'Professionals moeten beroepstaal en regels vertalen naar de leefwereld van de inwoner.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'heldere-taal-2', text: 'Professionals controleren of de inwoner echt begrijpt wat er van hem verwacht wordt.', key: true, checkWithInwoners: true },
      { id: 'heldere-taal-3', text: 'Professionals stemmen hun manier van praten af op wat de inwoner aankan.' },
      // Knelpunt: beroepstaal en regels die niet zijn vertaald naar de leefwereld (000 l. 915–928; 004 l. 505–507).
      // "of", not "en": one claim, so a letter with either answers it (same meaning, same id).
      { id: 'heldere-taal-4', text: 'In brieven aan inwoners staan vaktermen of wetsartikelen.', reversed: true },
    ],
    advice: [
      'Vraag altijd na of de inwoner begrepen heeft waar hij ‘ja’ tegen zegt. Inwoners geven soms een sociaal wenselijk antwoord, of zeggen ‘ja’ om er vanaf te zijn (Werkplaatsen Sociaal Domein, 2018).',
      'Geef klantmanagers de tijd en de kennis om in te schatten wat een inwoner kan begrijpen, bijvoorbeeld bij een licht verstandelijke beperking (Werkplaatsen Sociaal Domein, 2018).',
      'Vertaal beroepstaal naar de taal van de inwoner. Breng andersom het verhaal van de inwoner over aan managers en beleidsmakers (Spierts et al., 2017).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Spierts et al., 2017'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4; Movisie 2018, §3.4',
  },
  {
    id: 'brede-blik',
    themeId: 'client',
    title: 'Brede blik op alle leefgebieden',
    explanation:
      'Door breed te vragen naar iemands leefsituatie, zoals netwerk, wonen en schulden, wordt duidelijk wat iemand belemmert om mee te doen. ' +
      'Voor professionals uit zorg en welzijn is dat wellicht vanzelfsprekender dan bijvoorbeeld voor Werk en Inkomen. Een gezamenlijke probleemanalyse met een brede blik is een voorwaarde voor één plan per huishouden. ' +
      // 004 l. 1145–1148, 1175–1181.
      'Die blik gaat over het hele huishouden: Movisie noemt het een werkzaam element om alle gezinsleden te laten meedoen in overleg, planvorming en uitvoering.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'brede-blik-1', text: 'Professionals brengen bij de start de situatie van een inwoner op alle leefgebieden in beeld.', key: true },
      { id: 'brede-blik-2', text: 'Klantmanagers Werk en Inkomen vragen ook naar de gezinssituatie van de inwoner.' },
      { id: 'brede-blik-3', text: 'Als een professional een probleem op een ander leefgebied ziet, schakelt hij de juiste collega in.' },
      // The household: all its members take part in overleg, planvorming and uitvoering (004 l. 1145–1148, 1175–1181).
      { id: 'brede-blik-4', text: 'Professionals betrekken alle leden van het huishouden bij het plan van aanpak.' },
    ],
    advice: [
      'Vraag bij de start breed uit: het netwerk van de inwoner, de woonsituatie, eventuele schulden en andere leefgebieden (Werkplaatsen Sociaal Domein, 2018).',
      'Maak samen met alle betrokken professionals en het gezin één probleemanalyse en een plan van aanpak met een brede blik op de verschillende leefgebieden (Zoon en Berg-Le Clercq, 2014; Verheijden en De Lange, 2016).',
      'Laat alle leden van het huishouden meedoen in overleg, planvorming en uitvoering, en benut ieders krachten. Een langdurige relatie met alle gezinsleden versterkt de samenwerking (Bool et al., 2017; Verheijden en De Lange, 2016; Zoon en Berg-Le Clercq, 2014).',
      'Zorg dat elke professional weet naar wie hij kan doorverwijzen voor een vraag buiten zijn eigen vak. Niet iedereen hoeft expert te zijn op elk leefgebied (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Zoon en Berg-Le Clercq, 2014', 'Verheijden en De Lange, 2016', 'Bool et al., 2017'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4–5; Movisie 2018, §4.4.1, §4.6.2 en §5.2',
  },
  {
    id: 'gezamenlijke-aanpak',
    themeId: 'client',
    title: 'Eén gezamenlijke aanpak in plaats van één star plan',
    explanation:
      'Eén plan wordt vaak genoemd, maar een vastomlijnd plan loopt snel achter de feiten aan. Professionals bedoelen daarom eerder één gezamenlijke aanpak: elkaar weten te vinden en samen bepalen wat het beste is voor de inwoner. ' +
      'Een hulpmiddel is de ‘omgekeerde toets’: eerst kijken wat nodig is, en pas daarna naar de regels. ' +
      // 000 l. 1146–1148.
      'De Werkplaatsen Sociaal Domein merken op dat de literatuur het domeinoverstijgende van integraal werken benadrukt, maar minder de samenhang tussen formele en informele hulp.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'gezamenlijke-aanpak-1', text: 'Professionals rond één huishouden werken aan dezelfde doelen.', key: true },
      { id: 'gezamenlijke-aanpak-2', text: 'De plannen van verschillende professionals voor hetzelfde huishouden zijn op elkaar afgestemd.' },
      { id: 'gezamenlijke-aanpak-3', text: 'Het plan van aanpak wordt snel aangepast als de situatie van de inwoner verandert.' },
      // Formal and informal help together: the literature stresses it less (000 l. 1146–1148).
      { id: 'gezamenlijke-aanpak-5', text: 'Het plan van aanpak beschrijft ook de hulp van familie, buren of vrijwilligers.' },
    ],
    advice: [
      'Werk niet aan één star plan, maar aan één gezamenlijke aanpak. Stem de plannen van de verschillende professionals op elkaar af en zorg dat zij elkaar weten te vinden (Werkplaatsen Sociaal Domein, 2018).',
      'Pas de omgekeerde toets toe: vraag eerst ‘wat is er nodig?’ en ‘wie hebben we daarvoor nodig?’, en niet eerst ‘wat zijn de regels?’ (Werkplaatsen Sociaal Domein, 2018).',
      'Zie werk en zorg in elkaars verlengde. Vraag bijvoorbeeld of geregelde mantelzorg een opstap naar werk kan zijn (Werkplaatsen Sociaal Domein, 2018).',
      'Neem de hulp van familie, buren en vrijwilligers op in de gezamenlijke aanpak. De literatuur benadrukt dat integraal werken domeinen overstijgt, maar zegt minder over de samenhang tussen formele en informele hulp (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Verheijden en De Lange, 2016'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4–5; Movisie 2018, §4.6.2',
  },
  {
    id: 'alliantie',
    themeId: 'client',
    title: 'Samenwerkingsrelatie op voet van gelijkwaardigheid (alliantie)',
    explanation:
      'Movisie noemt de samenwerkingsrelatie tussen inwoner en professional de alliantie: een emotionele band (persoonlijke alliantie) en overeenstemming over het doel en de aanpak (taakalliantie) (Pijnenburg, 2010). ' +
      'Gelijkwaardigheid is een van de drie kernwaarden die de relatie beïnvloeden, naast vertrouwen en continuïteit, zoals Movisie de literatuur samenvat (Movisie, 2018). Een alliantie is iets anders dan de inwoner steeds tevreden houden.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'alliantie-1', text: 'Professionals spreken met de inwoner af welke aanpak zij samen kiezen.', key: true },
      // Openheid: laten weten wat je als professional van de situatie vindt (004 l. 1157–1165, Driesen en Besselink).
      // "eerlijk" dropped in 2026.2: a word nobody disagrees with leads the answer; same meaning, same id.
      { id: 'alliantie-2', text: 'Professionals vertellen de inwoner wat zij van zijn situatie vinden.' },
      { id: 'alliantie-3', text: 'Professionals bespreken met de inwoner hoe de samenwerking tussen hen loopt.' },
    ],
    advice: [
      'Maak samen met de inwoner een plan waar ieder in kan geloven, op basis van het verhaal van de inwoner over zijn problemen en de achtergrond daarvan (Pijnenburg, 2010).',
      'Ga gelijkwaardig met de inwoner om. Laat weten wat je als professional én als mens van de situatie vindt, zonder je boven de inwoner te stellen (Driesen en Besselink, 2014).',
      'Wees eerlijk als de samenwerking niet werkt. Een alliantie is iets anders dan de inwoner steeds tevreden houden: soms gaat een professional in het belang van de inwoner tegen diens wensen in (Movisie, 2018).',
    ],
    sources: ['Movisie, 2018', 'Pijnenburg, 2010', 'Pijnenburg en Van Hattum, 2012', 'Bool et al., 2017', 'Driesen en Besselink, 2014', 'Werkplaatsen Sociaal Domein, 2018'],
    reportRef: 'Movisie 2018, §4.3.1, §4.6 en §5.2; Werkplaatsen Sociaal Domein 2018, h. 5',
  },
  {
    id: 'hoop-en-kracht',
    themeId: 'client',
    title: 'Hoop, motivatie en inzetten op kracht',
    explanation:
      'Motivatie van de inwoner is belangrijk voor het slagen van de hulp. Professionals helpen daarom niet alleen wie al gemotiveerd is, maar kijken hoe zij de motivatie kunnen stimuleren. Hoop en positieve verwachtingen over verandering horen daarbij, bij de inwoner en bij de professional. ' +
      'Een professional in het onderzoek van de Werkplaatsen Sociaal Domein noemt ‘inzetten op kracht’ de snelste route om uit de problemen te komen.',
    steeringLevel: 'uitvoerend',
    statements: [
      { id: 'hoop-en-kracht-1', text: 'Het plan van aanpak bouwt voort op wat de inwoner goed kan.', key: true },
      { id: 'hoop-en-kracht-2', text: 'Professionals vragen inwoners naar hun wensen en dromen.' },
      { id: 'hoop-en-kracht-3', text: 'Bij toeleiding naar werk sluiten klantmanagers aan bij de vaardigheden en interesses van de inwoner.' },
      { id: 'hoop-en-kracht-4', text: 'Professionals bespreken met de inwoner wat er in zijn situatie kan verbeteren.' },
    ],
    advice: [
      'Wacht niet op motivatie, maar stimuleer die: los eerst nijpende, praktische zaken op, laat zien dat de inwoner de moeite waard is en wees hoopvol over verandering (Zoon en Berg-Le Clercq, 2014).',
      'Versterk hoop en positieve verwachtingen, bijvoorbeeld met een positieve bejegening, een uitnodigende omgeving en hulp die past bij de doelen van de inwoner. Vraag je tijdens het traject steeds af of die voorwaarden er nog zijn (Pijnenburg, 2010).',
      'Zet in op kracht: zoek waar iemand goed in is. Sluit zeker bij toeleiding naar werk aan bij de vaardigheden en interesses van de inwoner, anders ontstaat weerstand (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['Movisie, 2018', 'Zoon en Berg-Le Clercq, 2014', 'Pijnenburg, 2010', 'Werkplaatsen Sociaal Domein, 2018'],
    reportRef: 'Movisie 2018, §4.5.1–4.5.3; Werkplaatsen Sociaal Domein 2018, h. 4',
  },
  {
    id: 'nabijheid',
    themeId: 'client',
    title: 'Bereikbaarheid en nabijheid',
    explanation:
      'Korte lijnen helpen: professionals moeten elkaar makkelijk te spreken krijgen, en een inwoner zoekt sneller contact als zijn klantmanager of participatiecoach in de buurt werkt. ' +
      'In gemeenten met een regionale uitvoeringsorganisatie Werk en Inkomen vinden klanten de reis naar een klantmanager volgens professionals vaak te ver, en een lange reis kost ook geld.',
    steeringLevel: 'operationeel',
    statements: [
      { id: 'nabijheid-1', text: 'Inwoners kunnen het sociaal (wijk)team in hun eigen wijk of dorp bereiken.', key: true },
      { id: 'nabijheid-2', text: 'Inwoners kunnen een klantmanager Werk en Inkomen dicht bij huis spreken.' },
      { id: 'nabijheid-3', text: 'Professionals van verschillende organisaties krijgen elkaar snel te spreken.' },
    ],
    advice: [
      'Zorg voor korte lijnen: professionals moeten elkaar makkelijk kunnen bereiken, per mail, telefoon of in hetzelfde gebouw (Werkplaatsen Sociaal Domein, 2018).',
      'Werkt Werk en Inkomen regionaal, breng dan klantmanagers of participatiecoaches naar de wijk, al dan niet in het sociaal (wijk)team. Bij een aantal regionale uitvoeringsorganisaties is die beweging zichtbaar, omdat reisafstand en reiskosten voor klanten een extra drempel zijn (Werkplaatsen Sociaal Domein, 2018).',
      'Wees als professional beschikbaar en bereikbaar voor de inwoner (Steketee et al., 2015).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Steketee et al., 2015'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4 en 5; Movisie 2018, §4.6.3',
  },
  {
    id: 'mandaat',
    themeId: 'client',
    title: 'Mandaat en expertise binnen handbereik',
    explanation:
      'Soms heeft een sociaal (wijk)team direct expertise of een besluit van een andere organisatie nodig, bijvoorbeeld van de sociale dienst over een uitkering. ' +
      'Is die moeilijk te bereiken, dan wordt de aanpak minder daadkrachtig: professionals moeten dan bellen en toestemming vragen, terwijl ze anders meteen verder kunnen.',
    steeringLevel: 'operationeel',
    statements: [
      { id: 'mandaat-1', text: 'Als het sociaal (wijk)team een besluit van de sociale dienst nodig heeft, krijgt het dat snel.', key: true },
      { id: 'mandaat-2', text: 'Professionals van het sociaal (wijk)team hebben een vaste contactpersoon bij Werk en Inkomen.' },
      // Knelpunt: een inschatting wordt door een ander opnieuw onderzocht (000 h. 4, "vertrouw op elkaars oordeel").
      { id: 'mandaat-4', text: 'De sociale dienst laat een inschatting van het sociaal (wijk)team opnieuw onderzoeken door een eigen medewerker.', reversed: true },
    ],
    advice: [
      'Zorg dat de nodige expertise en het mandaat om te beslissen binnen handbereik zijn. Anders ‘hijgt’ een professional achter toestemming aan en verliest de gezamenlijke aanpak daadkracht (Werkplaatsen Sociaal Domein, 2018).',
      'Leg vast wie over welke besluiten gaat. De Inspectie concludeert dat de samenwerking gebaat is bij heldere rollen, bevoegdheden en mandaten (Inspectie SZW, 2016, samenvatting).',
      'Neem bij Werk en Inkomen ook medewerkers met een achtergrond in de hulpverlening aan. Volgens respondenten helpt dat de brug te slaan tussen de disciplines (Werkplaatsen Sociaal Domein, 2018).',
    ],
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Inspectie SZW, 2016'],
    reportRef: 'Werkplaatsen Sociaal Domein 2018, h. 4; Inspectie SZW 2016, samenvatting',
  },
]
