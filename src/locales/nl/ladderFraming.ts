/**
 * The framing of the scan: the Inspectie SZW's definition and how to read the ladder (issue #12,
 * item 3). Its own module because the start page shows the definition (see startPage.ts).
 * Grounded in the seeds: 002 = Inspectie SZW (2016), 000 = Werkplaatsen Sociaal Domein (2018).
 */
export const ladderFraming = {
  definitionTitle: 'Wat is integrale dienstverlening?',
  // 002 l. 47–56
  definitionIntro: 'De Inspectie SZW (2016) vond in de literatuur weinig definities. Zij stelt dat het bij integrale dienstverlening gaat om:',
  definition:
    'een wijze van dienstverlening waarbij verschillende problemen rond een persoon, gezin of huishouden door twee of meer actoren in samenhang worden opgepakt, waarbij een gezamenlijk doel wordt nagestreefd.',
  definitionSource: 'Inspectie SZW (2016), Literatuurstudie Integrale dienstverlening.',
  readTitle: 'Hoe u de ladder leest',
  // 002 l. 497–499
  notAGoal: 'Integrale dienstverlening is geen doel op zich, maar een middel om burgers effectiever en efficiënter te bedienen (Inspectie SZW, 2016).',
  // 002 l. 1009–1013
  noUniversal:
    'Volgens KPMG (2013) is er geen universele aanpak, en zien veel commentatoren de integratie van diensten liever als een doorlopende reeks van relaties tussen organisaties.',
  // 002 l. 1956–1960
  multiProblem:
    'Integrale dienstverlening leent zich vooral goed voor personen met multi-problematiek (KPMG, 2013). Welke trede bij uw gemeente past, hangt dus af van de inwoners voor wie u het doet.',
  // 000 l. 268–284
  notIntegraal:
    'Integratie is nog niet integraal. Integratie staat voor samenvoegen; bij integrale dienstverlening gaat het om hulp die vanuit een compleet beeld de klant centraal stelt (Werkplaatsen Sociaal Domein, 2018, naar Hekelaar et al., 2009). Een plek op deze ladder zegt dus nog niet of inwoners de hulp als samenhangend ervaren.',
  selfReport: 'Alles hieronder volgt uit uw eigen antwoorden. Het is een zelfbeeld om te bespreken, geen meting van buitenaf.',
}
