/** Messages for opening files and links. Each names the file and the problem; nothing saved changes. */
export const files = {
  importErrors: {
    'te-groot': (name: string) =>
      `${name} is te groot om te openen (het resultaat van één persoon mag hoogstens 2 MB zijn; een teamresultaat, een meetreeks of een bestand met alle bewaarde resultaten 20 MB). Kies het juiste bestand.`,
    leeg: (name: string) => `${name} is leeg.`,
    'geen-json': (name: string) => `${name} is geen resultaatbestand van deze scan: het is geen JSON-bestand of het is beschadigd.`,
    'ander-bestand': (name: string) => `${name} komt niet uit de Integraalscan. Kies een bestand dat met deze scan is bewaard.`,
    'nieuwere-versie': (name: string) => `${name} is gemaakt met een nieuwere versie van de Integraalscan. Open het in die nieuwere versie.`,
    ongeldig: (name: string) => `${name} is beschadigd of onvolledig en kan niet worden geopend.`,
    'ongeldige-link': (name: string) => `${name} is geen geldige link naar een resultaat: de link is onvolledig of beschadigd.`,
    'geen-rapport': (name: string) =>
      `${name} is een webpagina, maar geen HTML-verslag van de Integraalscan met een resultaat erin. Kies een verslag dat met deze scan is gemaakt, of het resultaatbestand (JSON).`,
    'andere-vragenlijst': (name: string) => `${name} is gemaakt met een andere versie van de vragenlijst en kan daarom niet worden gelezen. Vraag de deelnemer haar bestand te sturen.`,
    'andere-sessie': (name: string) => `${name} hoort bij een andere workshop: de deelnemer is met een andere uitnodiging begonnen (andere opzet, datum of ronde).`,
  },
  unchanged: 'Er is niets veranderd aan wat al geladen of bewaard was.',
  readFailed: (name: string) => `${name} kon niet worden gelezen.`,
  linkLabel: 'Link',
}
