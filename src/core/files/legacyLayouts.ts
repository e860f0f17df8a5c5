/**
 * The code layouts of earlier questionnaire versions, written down as data: a hand-in code or an
 * invitation is tied to the layout hash of the questionnaire it was made with, so once the content
 * moves on (new statement ids for rewritten statements), a code of an earlier version is read with
 * that version's own lists instead of being refused. Never edit an entry: each must keep producing
 * the hash of the codes already out there (tests/unit/legacyCodes.spec.ts checks it).
 */
import type { LayoutLists } from './codeLayout'

/** Questionnaire 2026.1 (code format 1 and 2), as the app at commit 92eb38a and after wrote it. */
const v2026_1: LayoutLists = {
  questionnaireVersion: '2026.1',
  statementIds: [
    'visie-1', 'visie-2', 'visie-3', 'visie-4', 'gemeenteraad-1', 'gemeenteraad-2', 'gemeenteraad-3',
    'gemeenteraad-4', 'doelgroep-1', 'doelgroep-2', 'doelgroep-3', 'burger-centraal-1', 'burger-centraal-2',
    'burger-centraal-3', 'burger-centraal-4', 'cultuur-1', 'cultuur-5', 'cultuur-3', 'cultuur-6', 'regie-1',
    'regie-2', 'regie-3', 'regie-4', 'taakverdeling-1', 'taakverdeling-2', 'taakverdeling-3',
    'ontschotting-1', 'ontschotting-2', 'ontschotting-3', 'ontschotting-4', 'ict-1', 'ict-2', 'ict-3',
    'ict-4', 'middelen-1', 'middelen-2', 'middelen-5', 'middelen-4', 'flexibiliteit-5', 'flexibiliteit-2',
    'flexibiliteit-3', 'flexibiliteit-4', 'informatie-delen-1', 'informatie-delen-2', 'informatie-delen-3',
    'informatie-delen-4', 'professionaliteit-1', 'professionaliteit-2', 'professionaliteit-3',
    'professionaliteit-4', 'caseload-1', 'caseload-2', 'caseload-3', 'tijd-1', 'tijd-2', 'tijd-3', 'tijd-4',
    'meten-1', 'meten-2', 'meten-3', 'meten-4', 'vast-contact-1', 'vast-contact-2', 'vast-contact-3',
    'vast-contact-4', 'vertrouwen-5', 'vertrouwen-2', 'vertrouwen-3', 'vertrouwen-6', 'regie-bij-inwoner-1',
    'regie-bij-inwoner-2', 'regie-bij-inwoner-3', 'regie-bij-inwoner-4', 'praktische-hulp-1',
    'praktische-hulp-2', 'praktische-hulp-3', 'een-keer-vertellen-1', 'een-keer-vertellen-2',
    'een-keer-vertellen-3', 'een-keer-vertellen-4', 'heldere-taal-1', 'heldere-taal-2', 'heldere-taal-3',
    'brede-blik-1', 'brede-blik-2', 'brede-blik-3', 'gezamenlijke-aanpak-1', 'gezamenlijke-aanpak-2',
    'gezamenlijke-aanpak-3', 'gezamenlijke-aanpak-4', 'alliantie-1', 'alliantie-2', 'alliantie-3',
    'hoop-en-kracht-1', 'hoop-en-kracht-2', 'hoop-en-kracht-3', 'hoop-en-kracht-4', 'nabijheid-1',
    'nabijheid-2', 'nabijheid-3', 'mandaat-1', 'mandaat-2', 'mandaat-3',
  ],
  factorIds: [
    'visie', 'gemeenteraad', 'doelgroep', 'burger-centraal', 'cultuur', 'regie', 'taakverdeling',
    'ontschotting', 'ict', 'middelen', 'flexibiliteit', 'informatie-delen', 'professionaliteit', 'caseload',
    'tijd', 'meten', 'vast-contact', 'vertrouwen', 'regie-bij-inwoner', 'praktische-hulp',
    'een-keer-vertellen', 'heldere-taal', 'brede-blik', 'gezamenlijke-aanpak', 'alliantie',
    'hoop-en-kracht', 'nabijheid', 'mandaat',
  ],
  themeIds: [
    'inhoud', 'organisatie', 'uitvoering', 'client',
  ],
  indicatorIds: [
    'beperkt-informatie', 'beperkt-overleg', 'beperkt-locatie', 'beperkt-overhead', 'gedeeltelijk-training',
    'gedeeltelijk-personeel', 'gedeeltelijk-data', 'gedeeltelijk-planning', 'gedeeltelijk-toegang',
    'volledig-budget', 'volledig-personeel', 'volledig-dossier', 'volledig-casemanagement',
    'volledig-nieuwe-dienst',
  ],
  accessIds: [
    'transitieproof', 'tweede-instantie', 'geclusterd', 'geclusterd-elders', 'totaal-integraal',
  ],
  rungIds: [
    'geen', 'beperkt', 'gedeeltelijk', 'volledig',
  ],
  roles: [
    { id: 'beleidsadviseur', label: 'Beleidsadviseur' },
    { id: 'teamleider-wijkteam', label: 'Teamleider sociaal (wijk)team' },
    { id: 'klantmanager-werk-inkomen', label: 'Klantmanager Werk en Inkomen' },
    { id: 'professional', label: 'Professional in het sociaal (wijk)team' },
    { id: 'manager', label: 'Manager' },
    { id: 'bestuurder', label: 'Bestuurder' },
    { id: 'anders', label: 'Anders' },
  ],
  formIds: ['casemanagement', 'frontoffice', 'backoffice', 'nieuwe-dienst'],
  placeIds: ['geen', 'frontoffice', 'backoffice'],
  directionIds: ['horizontaal', 'verticaal', 'beide'],
  domainIds: ['werk-inkomen', 'schuldhulp', 'wmo', 'jeugd', 'wijkverpleging', 'welzijn', 'mee', 'uwv', 'gezondheidszorg', 'onderwijs', 'vrijwilligers'],
  roleGroups: ['beleid', 'uitvoering', 'werk-inkomen', 'management', 'anders'],
}

export const legacyLayoutLists: readonly LayoutLists[] = [v2026_1]
