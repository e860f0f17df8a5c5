import type { BriefText } from '@/core/report/reportText'
import type { ReportKind } from '@/core/report/reportShape'

/** Dutch enumeration: "a", "a en b", "a, b en c". */
const list = (items: readonly string[]): string =>
  items.length <= 1 ? (items[0] ?? '') : `${items.slice(0, -1).join(', ')} en ${items.at(-1) ?? ''}`

const whose = (team: string | null, municipality: string | null): string => {
  if (team !== null && municipality !== null) return `${team} (${municipality})`
  return team ?? municipality ?? 'het sociaal domein'
}

/**
 * The paragraph for the raadsinformatiebrief (core/report/reportBrief.ts): plain words, every
 * sentence drawn from the report. The caveat follows Inspectie SZW (2016): mostly process factors,
 * whose contribution to the result is less known (002 l. 1839–1845).
 */
export const brief = {
  intro: 'Een tekst om over te nemen in een raadsinformatiebrief. Pas hem aan waar nodig: alle gegevens komen uit dit verslag.',
  who: (kind: ReportKind, participants: number, team: string | null, municipality: string | null, date: string | null) => {
    const when = date === null ? '' : `Op ${date} `
    const subject =
      kind === 'workshop'
        ? `${participants === 1 ? 'vulde 1 deelnemer' : `vulden ${participants} deelnemers`} van ${whose(team, municipality)} in een workshop samen`
        : `vulde een medewerker van ${whose(team, municipality)}`
    const sentence = `${when}${subject} de Integraalscan in: een zelfscan naar de integrale dienstverlening in het sociaal domein, gebaseerd op de literatuurstudie van de Inspectie SZW (2016).`
    return sentence.charAt(0).toUpperCase() + sentence.slice(1)
  },
  compareWho: (a: string, b: string) =>
    `Hier staan twee resultaten van de Integraalscan naast elkaar, een zelfscan naar de integrale dienstverlening: ${a} en ${b}.`,
  rung: (rung: string, evidence: number, of: number) =>
    of === 0
      ? `Uit de antwoorden volgt op de ladder van integratie van KPMG (2013) de trede ${rung}: de kenmerken van de hogere treden zijn er nog niet genoeg.`
      : `Uit de antwoorden volgt op de ladder van integratie van KPMG (2013) de trede ${rung}. Dat rust op ${evidence} van de ${of} kenmerken tot en met die trede, die (deels) aanwezig zijn.`,
  atLeast: 'ten minste',
  irregular: 'Het profiel is wel onregelmatig: op een lagere trede is niet alles aanwezig wat daar volgens KPMG bij hoort.',
  rungIrregular:
    'Waar de samenwerking staat op de ladder van integratie van KPMG (2013), is niet vast te stellen: het profiel is onregelmatig. Een hogere trede is er wel, terwijl op een lagere trede iets ontbreekt wat daar volgens KPMG bij hoort.',
  rungUnknown:
    'Waar de samenwerking staat op de ladder van integratie van KPMG (2013), is nog niet vast te stellen: bij te veel kenmerken is het antwoord nog niet bekend.',
  strongest: (titles: string) => `Het sterkst scoren ${titles}.`,
  strongestNone: 'Geen enkele factor scoort als succesfactor (3,5 of hoger).',
  knelpunten: (titles: string) => `De grootste knelpunten zijn ${titles}.`,
  knelpuntenNone: 'Geen enkele factor scoort als knelpunt (lager dan 2,5).',
  disagreed: (titles: string) => `Over ${titles} liepen de scores in de groep het verst uiteen.`,
  disagreedNone: 'Bij geen enkele factor was de groep verdeeld.',
  agreedScores: (count: number) =>
    `Voor ${count === 1 ? 'één factor' : `${count} factoren`} stelde de groep na het gesprek samen een score vast; bij de andere factoren telt de mediaan van de deelnemers.`,
  actions: (count: number, titles: string) => `${count === 1 ? 'Er is één actie' : `Er zijn ${count} acties`} afgesproken, onder meer voor ${titles}.`,
  actionsNone: 'Er zijn nog geen acties afgesproken.',
  differences: (titles: string) => `De grootste verschillen tussen beide zitten bij ${titles}.`,
  caveat:
    'Dit is een zelfscan: een momentopname van hoe de deelnemers de samenwerking zien, geen onderzoek naar wat inwoners ervaren. De factoren gaan vooral over het proces van de dienstverlening; over de mate waarin ze bijdragen aan het resultaat voor inwoners, is minder bekend (Inspectie SZW, 2016). Het verslag noemt bij de knelpunten wat volgens de literatuur werkt.',
  list,
} satisfies BriefText
