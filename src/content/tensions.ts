/**
 * Tensions the sources name themselves, each with the lines it rests on (in the comment above it).
 * Every tension is always shown in the result, the workshop and the PDF; the score gap between the
 * two factors of a pair only orders the list (core/scan/tensions.ts), and only where the two
 * factors' statements measure the tension's two sides (`measured: false` where they do not).
 */
import type { Tension } from '../core/model'

export const tensions: Tension[] = [
  {
    // 002 l. 160–166 (summary), 489–491 (conclusion), 2495–2499 (Oude Vrielink)
    id: 'ruimte-versus-sturing',
    title: 'Ruimte voor de professional tegenover sturen op resultaten',
    factorA: 'professionaliteit',
    factorB: 'meten',
    // Since 2026.2 no professionaliteit statement asks about room for maatwerk (professionaliteit-4,
    // a near-duplicate of flexibiliteit-3, was dropped): the gap would set training against monitoring.
    measured: false,
    explanation:
      'Ruimte voor de professional is een belangrijke voorwaarde in sociale wijkteams. Tegelijk wordt van de gemeente verwacht dat zij sterk stuurt op de resultaten van de teams. ' +
      'Volgens Oude Vrielink (2014) past klassieke sturing op targets, regels en protocollen niet bij deze manier van werken. De Inspectie concludeert wel dat de samenwerking gebaat is bij sterke sturing: heldere kaders, doelen, taakverdelingen, rollen, bevoegdheden en mandaten.',
    discussionQuestion: 'Hoe sturen wij op resultaten, zonder de ruimte van professionals voor maatwerk te beperken?',
    sources: ['Inspectie SZW, 2016', 'Oude Vrielink, 2014'],
  },
  {
    // 000 l. 1238–1256
    id: 'informatie-versus-vertrouwen',
    title: 'Informatie delen tegenover vertrouwen en privacy van de inwoner',
    factorA: 'informatie-delen',
    factorB: 'vertrouwen',
    explanation:
      'Informatie delen is een succesfactor voor samenwerking, maar een inwoner kan het als knellend ervaren. Inwoners kiezen bewust met wie ze wat delen. ' +
      'Als de overheid steeds meer wil zien, kunnen kwetsbare inwoners haar gaan wantrouwen en zich terugtrekken. Dan staat informatie delen haaks op vertrouwen.',
    discussionQuestion: 'Hoe delen wij de informatie die nodig is, zo dat de inwoner weet wat er gedeeld wordt en ons blijft vertrouwen?',
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Frissen, 2007', 'Rothfusz, 2017', 'Movisie, 2018'],
  },
  {
    // 002 l. 168–174, 2229–2243
    id: 'investeren-versus-bezuinigen',
    title: 'Eerst investeren tegenover minder geld en meer efficiëntie',
    factorA: 'middelen',
    factorB: 'ontschotting',
    explanation:
      'Gemeenten krijgen minder geld, omdat verwacht wordt dat ze efficiënter werken, onder meer door budgetten en instrumenten te combineren (ontschotting). ' +
      'Maar integrale dienstverlening vraagt eerst een grotere investering, die pas later wordt terugverdiend. Bezuinigingen kunnen partners bovendien tot concurrenten maken, terwijl ontschotting vraagt dat zij budgetten delen.',
    discussionQuestion:
      'Welke besparing verwachten wij van ontschotting, en wanneer? Hoe betalen wij de investering die eerst nodig is?',
    sources: ['Inspectie SZW, 2016', 'Hekelaar et al., 2009', 'Van Arum en Schoorl, 2015'],
  },
  {
    // 002 l. 2280–2316; 000 l. 1062–1065
    id: 'afspraken-versus-maatwerk',
    title: 'Vaste afspraken en protocollen tegenover flexibiliteit en maatwerk',
    factorA: 'taakverdeling',
    factorB: 'flexibiliteit',
    explanation:
      'Vaste afspraken en protocollen geven houvast, bijvoorbeeld over wie wat doet en hoe informatie wordt uitgewisseld. Maar het nieuwe werken vraagt juist meer maatwerk en minder regels. ' +
      'Iemand met complexe problemen heeft niets aan een vooraf vastgesteld traject, en professionals waarschuwen dat procesafspraken een aanpak kunnen ‘dichttimmeren’.',
    discussionQuestion: 'Welke afspraken moeten bij ons vastliggen, en waar laten we bewust ruimte voor maatwerk?',
    sources: ['Hekelaar et al., 2009', 'Divosa, 2014', 'Werkplaatsen Sociaal Domein, 2018'],
  },
  {
    // 002 l. 174–180; 000 l. 910–913
    id: 'eigen-kracht-versus-grenzen',
    title: 'Eigen kracht tegenover de grenzen daarvan',
    factorA: 'burger-centraal',
    factorB: 'praktische-hulp',
    explanation:
      'Gemeenten doen een groter beroep op de eigen kracht en het eigen netwerk van inwoners. Daar komt een deel van de verwachte besparing vandaan. De literatuur laat zien dat die eigen kracht grenzen heeft. ' +
      'Eigen regie voeren is niet voor alle groepen vanzelfsprekend: voor statushouders, mensen met een licht verstandelijke beperking of ouderen is het vaak lastiger, en dan treedt de professional meer op als regisseur. Sommige gezinnen hebben eerst praktische hulp nodig voordat ze zelf verder kunnen.',
    discussionQuestion: 'Bij welke inwoners vragen wij te veel eigen kracht, en wanneer nemen wij eerst dingen van hen over?',
    sources: ['Inspectie SZW, 2016', 'Werkplaatsen Sociaal Domein, 2018', 'Steketee et al., 2015', 'Tonkens, 2009'],
  },
  {
    // 004 l. 460, 481–495, 842–852 (één huishouden, één plan, één regisseur); 000 l. 971–990, 1257–1304.
    id: 'een-regisseur-versus-eigen-regie',
    title: 'Eén plan en één regisseur tegenover een gezamenlijke aanpak met eigen regie van de inwoner',
    factorA: 'vast-contact',
    factorB: 'regie-bij-inwoner',
    explanation:
      'Movisie beschrijft integraal werken als ‘één huishouden, één plan, één regisseur’: één professional die de hulp van alle organisaties regisseert. ' +
      'In het onderzoek van de Werkplaatsen Sociaal Domein zetten professionals vraagtekens bij dat ene plan: het loopt snel achter de feiten aan, en in de praktijk zijn er meerdere plannen die op elkaar worden afgestemd. ' +
      'De onderzoekers merken ook op dat de regisseur zo los van het gezin wordt gedefinieerd, terwijl de regie over het doel en de inhoud van het plan zoveel mogelijk bij de klant hoort te liggen.',
    discussionQuestion:
      'Wie heeft bij ons de casusregie, en hoe houdt de inwoner daarbij de regie over zijn eigen plan? Werken wij met één plan, of met plannen die op elkaar zijn afgestemd?',
    sources: ['Movisie, 2018', 'Werkplaatsen Sociaal Domein, 2018', 'Panhuijzen et al., 2017'],
  },
  {
    // 000 l. 987–997 (rechtmatigheid, huurachterstand), 1066–1071 (spagaat), 1336–1360 (Zuidersma, omgekeerde toets).
    id: 'rechtmatigheid-versus-hulp',
    title: 'Rechtmatigheid bij Werk en Inkomen tegenover eerst kijken wat nodig is',
    factorA: 'mandaat',
    factorB: 'gezamenlijke-aanpak',
    explanation:
      'Klantmanagers Werk en Inkomen redeneren vaak vanuit rechtmatigheid: eerst de regels. Professionals uit sociale teams noemen dat een knelpunt. ' +
      'Een voorbeeld uit het onderzoek: een vrouw krijgt pas een uitkering als de formulieren zijn ingevuld, en loopt intussen twee maanden huurachterstand op. ' +
      'Klantmanagers ervaren ook een spagaat tussen duurzaam werk dat bij iemand past en de opdracht om klanten zo snel mogelijk naar werk te leiden. De ‘omgekeerde toets’ wordt genoemd als manier om recht te doen aan alle belangen.',
    discussionQuestion:
      'Wanneer laten wij een regel tijdelijk los om eerst te helpen, en wie mag dat besluiten? Hoe gaan wij om met de spagaat tussen snel werk en duurzaam werk?',
    sources: ['Werkplaatsen Sociaal Domein, 2018', 'Zuidersma, 2012'],
  },
  {
    // 004 l. 962–972.
    id: 'eigen-regie-versus-veiligheid',
    title: 'Eigen regie van de inwoner tegenover veiligheid',
    factorA: 'regie-bij-inwoner',
    factorB: 'informatie-delen',
    // No factor measures safety; informatie-delen is where the conflict shows, not its other side (content review 2).
    measured: false,
    explanation:
      'Eigen regie is een heel belangrijk element voor de samenwerkingsrelatie en voor het resultaat van de hulp. Toch moet de veiligheid van de inwoner en van de samenleving altijd gewaarborgd zijn, en die twee kunnen botsen. ' +
      'Soms moet een professional de regie van de inwoner overnemen, bijvoorbeeld als het voor kinderen in een gezin niet veilig is. Dan gaat het om dwang, drang en bemoeizorg.',
    discussionQuestion: 'Wanneer nemen wij beslissingen van een inwoner over, wie besluit dat, en hoe geven wij ze weer terug?',
    sources: ['Movisie, 2018'],
  },
  {
    // 002 l. 1902–1910 (van onderop, unattributed), 1910–1930 (stap voor stap, Kolner en Sprinkhuizen), 1935–1937 (Divosa), 489–491 (sterke sturing), 2063–2069 (regierol).
    id: 'onderop-versus-heldere-doelen',
    title: 'Een visie van onderop tegenover heldere doelen en sterke sturing',
    factorA: 'visie',
    factorB: 'regie',
    explanation:
      'Volgens de Inspectie krijgen veranderingen het best vorm van onderop: zonder vooraf geformuleerde doelstellingen, kaders of uitgangspunten zoveel mogelijk partners betrekken. ' +
      'Proberen om alle neuzen meteen dezelfde kant op te krijgen, kan zelfs verlammend werken; werk daarom stap voor stap (Kolner en Sprinkhuizen, 2014). ' +
      'Tegelijk noemt Divosa (2014) een onduidelijke doelstelling een faalfactor, en concludeert de Inspectie dat de samenwerking gebaat is bij sterke sturing door de gemeente: heldere kaders, doelen, taakverdelingen, rollen, bevoegdheden en mandaten.',
    discussionQuestion: 'Welke doelen en kaders leggen wij vooraf vast, en wat laten wij bewust open om samen met de partners in te vullen?',
    sources: ['Inspectie SZW, 2016', 'Divosa, 2014', 'Kolner en Sprinkhuizen, 2014'],
  },
  {
    // 002 l. 285–289 (2,5 tot 10 jaar), 2419–2425 (Ragan), 2429–2453 (druk, schijnsamenwerking, momentum).
    id: 'urgentie-versus-lange-adem',
    title: 'Urgentie en druk tegenover de lange adem',
    factorA: 'tijd',
    factorB: 'meten',
    explanation:
      'Samenwerking opbouwen kost jaren: de literatuur spreekt van 2,5 jaar om de samenwerking enigszins vorm te geven tot 10 jaar om volledig efficiënt te zijn. ' +
      'Hoge druk vanuit management of gemeenteraad om de nieuwe werkwijze snel vorm te geven, is een risico: problemen blijven liggen en er ontstaan schijnsamenwerking, schijnsuccessen en quick wins (Kolner en Sprinkhuizen, 2014). ' +
      'Tegelijk geven de decentralisaties een gevoel van urgentie en een momentum dat gemeenten kunnen gebruiken (Den Uyl et al., 2015).',
    discussionQuestion: 'Waar gebruiken wij de urgentie, en waar beschermen wij de teams tegen druk om snel resultaten te laten zien?',
    sources: ['Kolner en Sprinkhuizen, 2014', 'Movisie, 2015', 'Den Uyl et al., 2015', 'Ragan, 2003'],
  },
  {
    // 004 l. 1478–1492 (aanbeveling 4); 000 l. 1222–1226 (Participatiewet), 96–101 (te veel verbinding).
    id: 'leefwereld-versus-systeemwereld',
    title: 'De leefwereld van de inwoner tegenover de systeemwereld',
    factorA: 'burger-centraal',
    factorB: 'regie',
    // Gemeentelijke regie is not the systeemwereld's rules; a gap between them means little (content review 2).
    measured: false,
    explanation:
      'Professionals schakelen steeds tussen de leefwereld, de wensen en behoeften van de inwoner, en de systeemwereld: beleidsdoelen, regels zoals die van de Participatiewet en de doelen van andere partijen. ' +
      'Zij nemen besluiten zoveel mogelijk samen met de inwoner, maar wegen ook de belangen van anderen af. Ook verbinding kent een grens: het gaat om verbinding tussen klant en professional en tussen professionals onderling, en te veel verbinding belemmert de klant in zijn eigen regie.',
    discussionQuestion: 'Waar botsen bij ons de wensen van inwoners met beleidsdoelen of regels, en wie helpt de professional om die afweging te maken?',
    sources: ['Movisie, 2018', 'Werkplaatsen Sociaal Domein, 2018'],
  },
]
