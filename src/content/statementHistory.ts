/**
 * The questionnaire's versions and how their statements map onto each other. Saved files, codes and
 * series hold answers by statement id, so an id is never reused for another meaning: a rewrite that
 * keeps the meaning keeps its id, a new meaning gets a new id, and the mapping says which earlier ids
 * it replaces (or that it is new). Answers to an id the current version no longer asks still open
 * but count in no score; a comparison or series across versions names the factors whose statements
 * differ, instead of comparing unlike with unlike (core/compare/versions.ts).
 *
 * Bump the version here and in version.ts together, with a new entry below and the outgoing code
 * layout in core/files/legacyLayouts.ts.
 */
import type { Questionnaire } from '../core/model'

export const statementHistory: Questionnaire['statementHistory'] = [
  {
    version: '2026.1',
    /** The statements 2026.1 asked, per factor, in order (frozen: never edit). */
    statementIds: {
    'visie': ['visie-1', 'visie-2', 'visie-3', 'visie-4'],
    'gemeenteraad': ['gemeenteraad-1', 'gemeenteraad-2', 'gemeenteraad-3', 'gemeenteraad-4'],
    'doelgroep': ['doelgroep-1', 'doelgroep-2', 'doelgroep-3'],
    'burger-centraal': ['burger-centraal-1', 'burger-centraal-2', 'burger-centraal-3', 'burger-centraal-4'],
    'cultuur': ['cultuur-1', 'cultuur-5', 'cultuur-3', 'cultuur-6'],
    'regie': ['regie-1', 'regie-2', 'regie-3', 'regie-4'],
    'taakverdeling': ['taakverdeling-1', 'taakverdeling-2', 'taakverdeling-3'],
    'ontschotting': ['ontschotting-1', 'ontschotting-2', 'ontschotting-3', 'ontschotting-4'],
    'ict': ['ict-1', 'ict-2', 'ict-3', 'ict-4'],
    'middelen': ['middelen-1', 'middelen-2', 'middelen-5', 'middelen-4'],
    'flexibiliteit': ['flexibiliteit-5', 'flexibiliteit-2', 'flexibiliteit-3', 'flexibiliteit-4'],
    'informatie-delen': ['informatie-delen-1', 'informatie-delen-2', 'informatie-delen-3', 'informatie-delen-4'],
    'professionaliteit': ['professionaliteit-1', 'professionaliteit-2', 'professionaliteit-3', 'professionaliteit-4'],
    'caseload': ['caseload-1', 'caseload-2', 'caseload-3'],
    'tijd': ['tijd-1', 'tijd-2', 'tijd-3', 'tijd-4'],
    'meten': ['meten-1', 'meten-2', 'meten-3', 'meten-4'],
    'vast-contact': ['vast-contact-1', 'vast-contact-2', 'vast-contact-3', 'vast-contact-4'],
    'vertrouwen': ['vertrouwen-5', 'vertrouwen-2', 'vertrouwen-3', 'vertrouwen-6'],
    'regie-bij-inwoner': ['regie-bij-inwoner-1', 'regie-bij-inwoner-2', 'regie-bij-inwoner-3', 'regie-bij-inwoner-4'],
    'praktische-hulp': ['praktische-hulp-1', 'praktische-hulp-2', 'praktische-hulp-3'],
    'een-keer-vertellen': ['een-keer-vertellen-1', 'een-keer-vertellen-2', 'een-keer-vertellen-3', 'een-keer-vertellen-4'],
    'heldere-taal': ['heldere-taal-1', 'heldere-taal-2', 'heldere-taal-3'],
    'brede-blik': ['brede-blik-1', 'brede-blik-2', 'brede-blik-3'],
    'gezamenlijke-aanpak': ['gezamenlijke-aanpak-1', 'gezamenlijke-aanpak-2', 'gezamenlijke-aanpak-3', 'gezamenlijke-aanpak-4'],
    'alliantie': ['alliantie-1', 'alliantie-2', 'alliantie-3'],
    'hoop-en-kracht': ['hoop-en-kracht-1', 'hoop-en-kracht-2', 'hoop-en-kracht-3', 'hoop-en-kracht-4'],
    'nabijheid': ['nabijheid-1', 'nabijheid-2', 'nabijheid-3'],
    'mandaat': ['mandaat-1', 'mandaat-2', 'mandaat-3'],
    },
    /**
     * Ids that drafts of 2026.1 asked before its final wording (content review 1), and the id that
     * asks about the topic since; files of those drafts carry them.
     */
    replaces: {
      // "… bedoelen hetzelfde als ze dezelfde woorden gebruiken": unobservable; now whether they discussed it.
      'cultuur-5': ['cultuur-2'],
      // "… voelen zich vooral lid van het team": a feeling of others; now who gives the daily assignments.
      'cultuur-6': ['cultuur-4'],
      // "… zien elkaar niet als concurrenten": a negation and a perception; now joint agreements on the money.
      'middelen-5': ['middelen-3'],
      // "Er is een goed evenwicht tussen vaste afspraken en maatwerk": two constructs; now written rules for deviating.
      'flexibiliteit-5': ['flexibiliteit-1'],
      // "Inwoners vertrouwen de professional": another person's inner state; now whether the team asks inwoners.
      'vertrouwen-5': ['vertrouwen-1'],
      // "Professionals gaan ervan uit dat wat de inwoner vertelt waar is": leading; now explaining checks.
      'vertrouwen-6': ['vertrouwen-4'],
    },
    dropped: {},
  },
  {
    version: '2026.2',
    // Content review 2 (issue #26): 22 weak statements, knelpunt statements scored reversed, the household.
    replaces: {
      'visie-5': ['visie-3'], // not observable → the knelpunt "te veel visies", reversed
      'gemeenteraad-5': ['gemeenteraad-4'], // what professionals know → what the team discussed
      'doelgroep-4': ['doelgroep-3'], // an outcome → the knelpunt of referral per problem, reversed
      'burger-centraal-5': ['burger-centraal-1'], // a slogan (key) → how the first conversation starts
      'burger-centraal-6': ['burger-centraal-4'], // → the knelpunt: organisational questions take the time, reversed
      'cultuur-7': ['cultuur-1'], // understanding each other (key, unobservable) → joint home visits
      'cultuur-8': ['cultuur-6', 'cultuur-3'], // presupposed detachering; equal weight unobservable → whose instructions, reversed
      'taakverdeling-4': [], // new: tasks pushed onto the wijkteam, reversed
      'ict-5': [], // new: double registration, reversed
      'middelen-6': ['middelen-4'], // "weegt even zwaar" unobservable → choices under financial pressure, reversed
      'flexibiliteit-6': [], // new: standaardtraject, reversed
      'informatie-delen-5': ['informatie-delen-2'], // what professionals know → withholding for privacy, reversed
      'professionaliteit-5': ['professionaliteit-2'], // management rating itself → what the leiding laid down
      'caseload-4': [], // new: waiting because caseloads are full, reversed
      'tijd-6': ['tijd-1'], // hypothetical → the pressure to show results quickly, reversed
      'tijd-7': ['tijd-3'], // no actor → the team lead discusses problems
      'regie-bij-inwoner-5': ['regie-bij-inwoner-2'], // leading → taking over what the inwoner can do, reversed
      'praktische-hulp-4': ['praktische-hulp-2'], // leading → finding out entitlements together
      'een-keer-vertellen-5': ['een-keer-vertellen-1'], // the inwoner's experience (key) → what a handover carries
      'een-keer-vertellen-6': ['een-keer-vertellen-2'], // what others know → one place that lists who helps
      'een-keer-vertellen-7': [], // new: telling the story again, reversed, to check with inwoners
      'heldere-taal-4': [], // new: jargon in letters, reversed
      'brede-blik-4': [], // new: all members of the household (004 l. 1145–1148)
      'gezamenlijke-aanpak-5': ['gezamenlijke-aanpak-4'], // redundant with flexibiliteit → informal help in the plan (000 l. 1146–1148)
      'mandaat-4': ['mandaat-3'], // normative → an assessment examined again, reversed
    },
    /** Ids 2026.1 asked that 2026.2 drops without a successor, with the id that covers the topic. */
    dropped: {
      'burger-centraal-2': 'regie-bij-inwoner-1',
      'professionaliteit-4': 'flexibiliteit-3',
      'praktische-hulp-3': 'regie-bij-inwoner-3',
      'heldere-taal-1': 'heldere-taal-2',
    },
  },
]
