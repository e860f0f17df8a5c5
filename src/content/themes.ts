/**
 * The four themes of the scan. The first three follow the policy cycle of the Inspectie SZW (2016, ch. 6);
 * the fourth is the client-perspective module (Werkplaatsen Sociaal Domein 2018; Movisie 2018).
 */
import type { Theme } from '../core/model'

export const themes: Theme[] = [
  {
    id: 'inhoud',
    title: 'Inhoudelijke uitgangspunten',
    intro:
      'Integrale dienstverlening begint met heldere keuzes: waarom werken we samen, voor wie en met welk doel. ' +
      'Volgens de literatuur ontbreekt het in de praktijk vaak aan één gedeelde visie en zijn de doelen vaak onduidelijk. ' +
      'Ook voeren bestuurlijke en organisatorische vragen nog vaak de boventoon, terwijl de inwoner centraal hoort te staan.',
    sources: ['Hekelaar et al., 2009', 'Den Uyl et al., 2015', 'Kolner en Sprinkhuizen, 2014', 'Divosa, 2014', 'KPMG, 2013'],
  },
  {
    id: 'organisatie',
    title: 'Organisatorische voorwaarden',
    intro:
      'Samenwerken lukt alleen als de organisatie het mogelijk maakt. ' +
      'Het gaat om een gedeelde cultuur, duidelijke gemeentelijke regie en taken, ontschotte budgetten, ICT die op elkaar aansluit en genoeg geld. ' +
      'Juist deze zaken noemt de literatuur vaak als knelpunt.',
    sources: ['OECD, 2012', 'KPMG, 2013', 'Hekelaar et al., 2009', 'Kolner en Sprinkhuizen, 2014', 'KING, 2013'],
  },
  {
    id: 'uitvoering',
    title: 'Uitvoering in de praktijk',
    intro:
      'Als visie, doelen, taken en middelen duidelijk zijn, begint de echte uitvoering. ' +
      'Dan gaat het om ruimte voor maatwerk, goed opgeleide medewerkers, een caseload die te doen is, genoeg tijd en meten wat het oplevert. ' +
      'De literatuur wijst erop dat vaste afspraken en ruimte voor maatwerk steeds in evenwicht moeten zijn.',
    sources: ['Hekelaar et al., 2009', 'Divosa, 2014', 'Kolner en Sprinkhuizen, 2014', 'Berg-le Clercq, 2013', 'Oude Vrielink, 2014'],
  },
  {
    id: 'client',
    title: 'Het perspectief van de inwoner',
    intro:
      'De Inspectie SZW merkt op dat de literatuur weinig zegt over de hulp zoals de inwoner die krijgt. ' +
      'Inwoners noemen zelf vooral vertrouwen, één vaste contactpersoon, afstemming tussen hulpverleners en concrete hulp. ' +
      'Klanten en professionals zien samenhang heel verschillend: in een klein onderzoek van de Werkplaatsen Sociaal Domein tekende ruim een derde van de klanten ‘geen samenhang’ en geen enkele professional. ' +
      'U beantwoordt deze stellingen vanuit uw eigen beeld; toets ze daarna bij inwoners.',
    sources: ['Inspectie SZW, 2016', 'Werkplaatsen Sociaal Domein, 2018', 'Movisie, 2018', 'Bool et al., 2017', 'Pijnenburg en Van Hattum, 2012'],
  },
]
