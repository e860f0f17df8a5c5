/**
 * Tensions between factors that the sources name themselves (002 l. 158–180, 2285–2310; 000 l. 1238–1256).
 * When the scores of the two factors diverge, the workshop discusses the question.
 */
import type { Tension } from '../core/model'

export const tensions: Tension[] = [
  {
    id: 'ruimte-versus-sturing',
    title: 'Ruimte voor de professional tegenover sturen op resultaten',
    factorA: 'professionaliteit',
    factorB: 'meten',
    explanation:
      'Ruimte voor de professional is een belangrijke voorwaarde in sociale wijkteams. Tegelijk wordt van de gemeente verwacht dat zij sterk stuurt op de resultaten van de teams. ' +
      'Klassieke sturing op targets, regels en protocollen past volgens de literatuur niet bij deze manier van werken.',
    discussionQuestion: 'Hoe sturen wij op resultaten, zonder de ruimte van professionals voor maatwerk te beperken?',
    sources: ['Inspectie SZW, 2016', 'Oude Vrielink, 2014'],
  },
  {
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
    id: 'investeren-versus-bezuinigen',
    title: 'Eerst investeren tegenover minder geld en meer efficiëntie',
    factorA: 'middelen',
    factorB: 'ontschotting',
    explanation:
      'Gemeenten krijgen minder geld, omdat verwacht wordt dat ze efficiënter werken, onder meer door budgetten en instrumenten te combineren (ontschotting). ' +
      'Maar integrale dienstverlening vraagt eerst een grotere investering, die pas later wordt terugverdiend. Bezuinigingen kunnen partners bovendien tot concurrenten maken, terwijl ontschotting vraagt dat zij budgetten delen.',
    discussionQuestion:
      'Rekenen wij al op een besparing door ontschotting, terwijl de investering nog gedaan moet worden? Wat is er nodig om die eerste investering te doen?',
    sources: ['Inspectie SZW, 2016', 'Hekelaar et al., 2009', 'Van Arum en Schoorl, 2015'],
  },
  {
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
    id: 'eigen-kracht-versus-grenzen',
    title: 'Eigen kracht tegenover de grenzen daarvan',
    factorA: 'burger-centraal',
    factorB: 'praktische-hulp',
    explanation:
      'Gemeenten doen een groter beroep op de eigen kracht en het eigen netwerk van inwoners. Daar komt een deel van de verwachte besparing vandaan. De literatuur laat zien dat die eigen kracht grenzen heeft. ' +
      'Niet iedereen kan zelf de regie nemen, bijvoorbeeld statushouders, mensen met een licht verstandelijke beperking of ouderen. Sommige gezinnen hebben eerst praktische hulp nodig voordat ze zelf verder kunnen.',
    discussionQuestion: 'Bij welke inwoners vragen wij te veel eigen kracht, en wanneer nemen wij eerst dingen van hen over?',
    sources: ['Inspectie SZW, 2016', 'Werkplaatsen Sociaal Domein, 2018', 'Steketee et al., 2015', 'Tonkens, 2009'],
  },
]
