/**
 * Test-data builders: small, valid questionnaires and answers, so a test reads as
 * "given these answers, expect this score" without the real content.
 *
 * Ids are predictable: factors f1, f2, … (client factors c1, …), statements f1-s1, f1-s2, …
 * (the first one is the key statement), ladder indicators l1-1, l1-2, … (rung-number).
 */
import {
  QuestionnaireSchema,
  accessRouteIds,
  careLineIds,
  executionIds,
  targetGroupIds,
  teamCompositionIds,
  SCHEMA_VERSION,
  TOOL_NAME,
  type Answers,
  type Factor,
  type LadderAnswer,
  type ParticipantResult,
  type Questionnaire,
  type ScaleAnswer,
  type SteeringLevel,
  type TeamResult,
  type ThemeId,
} from '@/core/model'

export interface QuestionnaireOptions {
  /** Non-client factors, spread over inhoud / organisatie / uitvoering in turn. */
  factors?: number
  /** Factors in the client theme. */
  clientFactors?: number
  statementsPerFactor?: number
  /** Number of ladder indicators on rung 1, 2 and 3 (total 10–15). */
  indicatorsPerRung?: readonly [number, number, number]
  /** Tensions as [factorA, factorB] pairs; default f1–f2 and f3–f4 when present. */
  tensions?: readonly (readonly [string, string])[]
  /** Ladder indicator ids that are optional (add evidence, never decide a rung); default none. */
  optionalIndicators?: readonly string[]
  /** Contradiction pairs as [indicatorId, factorId]: indicator ja or deels while the factor is a knelpunt. */
  contradictions?: readonly (readonly [string, string])[]
}

const mainThemes: ThemeId[] = ['inhoud', 'organisatie', 'uitvoering']
const levels: SteeringLevel[] = ['bestuurlijk', 'operationeel', 'uitvoerend']

function buildFactor(id: string, themeId: ThemeId, steeringLevel: SteeringLevel, statements: number): Factor {
  return {
    id,
    themeId,
    title: `Factor ${id}`,
    explanation: `Uitleg bij ${id}.`,
    steeringLevel,
    statements: Array.from({ length: statements }, (_, j) => ({
      id: `${id}-s${j + 1}`,
      text: `Stelling ${j + 1} van ${id}`,
      ...(j === 0 ? { key: true } : {}),
    })),
    advice: [`Advies bij ${id}.`],
    sources: ['Inspectie SZW, 2016'],
    reportRef: 'Inspectie SZW 2016, §6.1',
  }
}

export function buildQuestionnaire(options: QuestionnaireOptions = {}): Questionnaire {
  const { factors = 4, clientFactors = 1, statementsPerFactor = 3, indicatorsPerRung = [3, 3, 4] } = options
  const main = Array.from({ length: factors }, (_, i) =>
    buildFactor(`f${i + 1}`, mainThemes[i % 3] as ThemeId, levels[i % 3] as SteeringLevel, statementsPerFactor),
  )
  const client = Array.from({ length: clientFactors }, (_, i) => buildFactor(`c${i + 1}`, 'client', 'uitvoerend', statementsPerFactor))
  const defaultTensions: [string, string][] = factors >= 4 ? [['f1', 'f2'], ['f3', 'f4']] : []
  const tensions = (options.tensions ?? defaultTensions).map(([a, b], i) => ({
    id: `t${i + 1}`,
    title: `Spanning ${i + 1}`,
    factorA: a,
    factorB: b,
    explanation: 'Uitleg.',
    discussionQuestion: 'Vraag?',
    sources: ['Inspectie SZW, 2016'],
  }))
  const q: Questionnaire = {
    version: 'test-1',
    statementHistory: [{ version: 'test-1', replaces: {}, dropped: {} }],
    themes: (['inhoud', 'organisatie', 'uitvoering', 'client'] as const).map((id) => ({
      id,
      title: `Thema ${id}`,
      intro: 'Intro.',
      sources: ['Inspectie SZW, 2016'],
    })),
    factors: [...main, ...client],
    scale: {
      points: [1, 2, 3, 4, 5].map((value) => ({ value, label: `punt ${value}` })),
      unknown: 'weet ik niet',
    },
    rungs: (['geen', 'beperkt', 'gedeeltelijk', 'volledig'] as const).map((id) => ({
      id,
      title: `Trede ${id}`,
      description: 'Beschrijving.',
      comparable: [{ ladder: 'OECD (2012)', level: `niveau ${id}` }],
    })),
    ladderIndicators: ([1, 2, 3] as const).flatMap((rung) =>
      Array.from({ length: indicatorsPerRung[rung - 1] ?? 0 }, (_, k) => ({
        id: `l${rung}-${k + 1}`,
        text: `Indicator ${k + 1} van trede ${rung}`,
        rung,
        help: 'Hulp.',
        ...(options.optionalIndicators?.includes(`l${rung}-${k + 1}`) ? { optional: true } : {}),
        sources: ['KPMG, 2013'],
      })),
    ),
    accessQuestion: {
      text: 'Hoe is de toegang georganiseerd?',
      options: (['transitieproof', 'tweede-instantie', 'geclusterd', 'geclusterd-elders', 'totaal-integraal'] as const).map((id) => ({
        id,
        label: `Toegang ${id}`,
        description: 'Beschrijving.',
      })),
      sources: ['KING, 2013'],
    },
    ownGuessQuestion: { text: 'Waar staan we?', help: 'Hulp.' },
    organisation: buildOrganisationContent(),
    contradictions: (options.contradictions ?? []).map(([indicatorId, factorId], i) => ({
      id: `c${i + 1}`,
      indicatorId,
      indicatorAnswers: ['ja', 'deels'],
      factorId,
      factorStatuses: ['knelpunt'],
      explanation: 'Uitleg.',
      discussionQuestion: 'Vraag?',
      sources: ['KPMG, 2013'],
    })),
    tensions,
    wijkteamModels: [],
    wijkteamDesign: buildWijkteamDesign(),
    workIncomePositions: [],
    roles: [],
    facts: [],
  }
  return QuestionnaireSchema.parse(q)
}

function buildWijkteamDesign(): Questionnaire['wijkteamDesign'] {
  const options = <T extends string>(ids: readonly T[]) => ids.map((id) => ({ id, label: `Keuze ${id}`, short: `kort ${id}` }))
  return {
    summary: 'Inrichting?',
    why: 'Waarom.',
    questions: { composition: 'Samenstelling?', execution: 'Uitvoering?', careLines: 'Lijn?', accessRoutes: 'Toegang?', targetGroups: 'Doelgroepen?', moreAnswers: 'Meer.' },
    composition: options(teamCompositionIds),
    execution: options(executionIds),
    careLines: options(careLineIds),
    accessRoutes: options(accessRouteIds),
    targetGroups: options(targetGroupIds),
  }
}

function buildOrganisationContent(): Questionnaire['organisation'] {
  const option = <T extends string>(id: T) => ({ id, label: `Keuze ${id}`, description: 'Beschrijving.' })
  return {
    forms: {
      text: 'Welke vormen?',
      help: 'Hulp.',
      options: (['casemanagement', 'frontoffice', 'backoffice', 'nieuwe-dienst'] as const).map((id, k) => ({ ...option(id), appendixRow: k + 2 })),
      sources: ['KPMG, 2013'],
    },
    place: { text: 'Waar?', options: (['geen', 'frontoffice', 'backoffice'] as const).map(option), sources: ['Inspectie SZW, 2016'] },
    direction: { text: 'Tussen wie?', options: (['horizontaal', 'verticaal', 'beide'] as const).map(option), sources: ['Inspectie SZW, 2016'] },
    domains: { text: 'Welke domeinen?', help: 'Hulp.', options: ['d1', 'd2', 'd3'].map((id) => ({ id, label: `Domein ${id}` })), sources: ['Inspectie SZW, 2016'] },
    appendixRows: [1, 2, 3, 4, 5].map((row) => ({ row, cells: [{ ladder: 'OECD (2012)', level: `rij ${row}` }] })),
  }
}

/** Empty answers in the full mode with the client module, overridable field by field. */
export function buildAnswers(overrides: Partial<Answers> = {}): Answers {
  return {
    mode: 'volledig',
    includeClientModule: true,
    profile: {},
    answers: {},
    important: [],
    notes: {},
    outOfScope: [],
    ladder: {},
    ...overrides,
  }
}

/** Answers for a factor's statements in order: scores('f1', 4, 5, 'weet-niet'). */
export function scores(factorId: string, ...values: ScaleAnswer[]): Record<string, ScaleAnswer> {
  return Object.fromEntries(values.map((v, j) => [`${factorId}-s${j + 1}`, v]))
}

/** The same answer to every statement of the questionnaire. */
export function answerAll(q: Questionnaire, value: ScaleAnswer): Record<string, ScaleAnswer> {
  return Object.fromEntries(q.factors.flatMap((f) => f.statements.map((s) => [s.id, value])))
}

/** Ladder answers per rung in indicator order: ladder({ 1: ['ja', 'ja', 'nee'] }). */
export function ladder(perRung: Partial<Record<1 | 2 | 3, LadderAnswer[]>>): Record<string, LadderAnswer> {
  return Object.fromEntries(
    Object.entries(perRung).flatMap(([rung, answers]) => answers.map((a, k) => [`l${rung}-${k + 1}`, a])),
  )
}

/** Every ladder indicator of the questionnaire answered the same. */
export function ladderAll(q: Questionnaire, answer: LadderAnswer, upToRung = 3): Record<string, LadderAnswer> {
  return Object.fromEntries(q.ladderIndicators.filter((i) => i.rung <= upToRung).map((i) => [i.id, answer]))
}

export function buildParticipant(overrides: Partial<ParticipantResult> = {}): ParticipantResult {
  return {
    tool: TOOL_NAME,
    schemaVersion: SCHEMA_VERSION,
    questionnaireVersion: 'test-1',
    savedAt: '2026-01-15T10:00:00.000Z',
    actions: [],
    kind: 'deelnemer',
    ...buildAnswers(),
    ...overrides,
  }
}

export function buildTeam(participants: Answers[], overrides: Partial<TeamResult> = {}): TeamResult {
  return {
    tool: TOOL_NAME,
    schemaVersion: SCHEMA_VERSION,
    questionnaireVersion: 'test-1',
    savedAt: '2026-01-15T12:00:00.000Z',
    actions: [],
    kind: 'team',
    profile: {},
    participantCount: participants.length,
    participants,
    agreed: {},
    ...overrides,
  }
}
