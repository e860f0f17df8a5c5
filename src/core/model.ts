/**
 * The shapes of the scan: the questionnaire definition (content) and a saved result.
 * Schemas use `zod/mini` because it costs a third of the classic API in the first-load bundle.
 * Every type is inferred from its schema, so a file that passes validation is the type.
 */
import { z } from 'zod/mini'

export const TOOL_NAME = 'integraalscan'
export const SCHEMA_VERSION = 1

const nonEmpty = () => z.string().check(z.minLength(1))
const id = () => z.string().check(z.regex(/^[a-z0-9]+(-[a-z0-9]+)*$/))

/* ---------- the questionnaire definition ---------- */

export const themeIds = ['inhoud', 'organisatie', 'uitvoering', 'client'] as const
export const ThemeIdSchema = z.enum(themeIds)
export type ThemeId = z.infer<typeof ThemeIdSchema>

/** Levels of steering from the Inspectie's summary (002 l. 236–440). */
export const steeringLevels = ['bestuurlijk', 'operationeel', 'uitvoerend'] as const
export const SteeringLevelSchema = z.enum(steeringLevels)
export type SteeringLevel = z.infer<typeof SteeringLevelSchema>

/** KPMG (2013) degree of integration; the index is the rung number (0–3). */
export const rungIds = ['geen', 'beperkt', 'gedeeltelijk', 'volledig'] as const
export const RungIdSchema = z.enum(rungIds)
export type RungId = z.infer<typeof RungIdSchema>

/** KING (2013) typology of how access to the social domain is organised. */
export const accessTypeIds = [
  'transitieproof',
  'tweede-instantie',
  'geclusterd',
  'geclusterd-elders',
  'totaal-integraal',
] as const
export const AccessTypeSchema = z.enum(accessTypeIds)
export type AccessType = z.infer<typeof AccessTypeSchema>

export const StatementSchema = z.object({
  id: id(),
  text: nonEmpty(),
  /** The one statement per factor that the quick scan asks. */
  key: z.optional(z.boolean()),
})
export type Statement = z.infer<typeof StatementSchema>

export const FactorSchema = z.object({
  id: id(),
  themeId: ThemeIdSchema,
  title: nonEmpty(),
  /** 2–3 sentences, B1 Dutch. */
  explanation: nonEmpty(),
  steeringLevel: SteeringLevelSchema,
  statements: z.array(StatementSchema).check(z.minLength(2), z.maxLength(4)),
  /** "Wat werkt": concrete advice, one to three sentences each. */
  advice: z.array(nonEmpty()).check(z.minLength(1)),
  /** Authors as the report cites them, e.g. "Hekelaar et al., 2009". */
  sources: z.array(nonEmpty()).check(z.minLength(1)),
  /** Where in the source reports this factor is described, e.g. "Inspectie SZW 2016, §6.2". */
  reportRef: nonEmpty(),
})
export type Factor = z.infer<typeof FactorSchema>

export const ThemeSchema = z.object({
  id: ThemeIdSchema,
  title: nonEmpty(),
  /** Short context from the literature that opens the theme's step. */
  intro: nonEmpty(),
  sources: z.array(nonEmpty()).check(z.minLength(1)),
})
export type Theme = z.infer<typeof ThemeSchema>

export const LadderIndicatorSchema = z.object({
  id: id(),
  text: nonEmpty(),
  /** The KPMG rung (1 beperkt, 2 gedeeltelijk, 3 volledig) this observable fact belongs to. */
  rung: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Short help text: what counts as "ja". */
  help: nonEmpty(),
  sources: z.array(nonEmpty()).check(z.minLength(1)),
})
export type LadderIndicator = z.infer<typeof LadderIndicatorSchema>

export const RungSchema = z.object({
  id: RungIdSchema,
  title: nonEmpty(),
  description: nonEmpty(),
  /** Comparable levels on the other ladders of the report's appendix. */
  comparable: z.array(z.object({ ladder: nonEmpty(), level: nonEmpty() })),
})
export type Rung = z.infer<typeof RungSchema>

export const AccessOptionSchema = z.object({
  id: AccessTypeSchema,
  /** How a respondent recognises it, in plain words. */
  label: nonEmpty(),
  description: nonEmpty(),
})
export type AccessOption = z.infer<typeof AccessOptionSchema>

export const TensionSchema = z.object({
  id: id(),
  title: nonEmpty(),
  /** The two factors whose scores pull against each other. */
  factorA: id(),
  factorB: id(),
  explanation: nonEmpty(),
  discussionQuestion: nonEmpty(),
  sources: z.array(nonEmpty()).check(z.minLength(1)),
})
export type Tension = z.infer<typeof TensionSchema>

/**
 * A term of jargon, explained once in the glossary and linked from every text where one of its
 * forms occurs. `forms` are matched as whole words, case-insensitively; the longest form wins.
 */
export const GlossaryEntrySchema = z.object({
  id: id(),
  term: nonEmpty(),
  forms: z.array(nonEmpty()).check(z.minLength(1)),
  explanation: nonEmpty(),
  /** Where the explanation comes from, when a source report defines the term. */
  source: z.optional(nonEmpty()),
})
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>

export const ScaleLabelSchema = z.object({ value: z.number(), label: nonEmpty() })

export const WijkteamModelSchema = z.enum(['A', 'B', 'C', 'D'])
export type WijkteamModel = z.infer<typeof WijkteamModelSchema>

export const QuestionnaireSchema = z.object({
  version: nonEmpty(),
  themes: z.array(ThemeSchema),
  factors: z.array(FactorSchema),
  /** Labels for 1..5, from knelpunt to succesfactor, plus the wording of "weet ik niet". */
  scale: z.object({ points: z.array(ScaleLabelSchema).check(z.length(5)), unknown: nonEmpty() }),
  rungs: z.array(RungSchema).check(z.length(4)),
  ladderIndicators: z.array(LadderIndicatorSchema).check(z.minLength(10), z.maxLength(15)),
  accessQuestion: z.object({ text: nonEmpty(), options: z.array(AccessOptionSchema).check(z.length(5)), sources: z.array(nonEmpty()) }),
  ownGuessQuestion: z.object({ text: nonEmpty(), help: nonEmpty() }),
  tensions: z.array(TensionSchema),
  wijkteamModels: z.array(
    z.object({ id: WijkteamModelSchema, title: nonEmpty(), description: nonEmpty(), nationalShare: nonEmpty(), source: nonEmpty() }),
  ),
  workIncomePositions: z.array(z.object({ id: id(), label: nonEmpty() })),
  roles: z.array(z.object({ id: id(), label: nonEmpty() })),
  /** Facts shown where they fit, each with its source, e.g. the 2,5–10 years of maturing; `factorId` shows it with that factor. */
  facts: z.array(z.object({ id: id(), text: nonEmpty(), source: nonEmpty(), factorId: z.optional(id()) })),
})
export type Questionnaire = z.infer<typeof QuestionnaireSchema>

/* ---------- a result (what a participant or a team saves) ---------- */

export const scaleValues = [1, 2, 3, 4, 5] as const
export const ScaleAnswerSchema = z.literal([...scaleValues, 'weet-niet'])
export type ScaleAnswer = z.infer<typeof ScaleAnswerSchema>

export const ladderAnswers = ['ja', 'deels', 'nee', 'weet-niet'] as const
export const LadderAnswerSchema = z.enum(ladderAnswers)
export type LadderAnswer = z.infer<typeof LadderAnswerSchema>

/** Longest short text (a name, a team, a role): one limit for schemas, stores and input fields. */
export const SHORT_TEXT_MAX = 200
/** Longest long text (a note, an action). */
export const LONG_TEXT_MAX = 5000

const shortText = () => z.string().check(z.maxLength(SHORT_TEXT_MAX))
const longText = () => z.string().check(z.maxLength(LONG_TEXT_MAX))

export const ProfileSchema = z.object({
  municipality: z.optional(shortText()),
  team: z.optional(shortText()),
  /** A label the participant chose (name or role); nothing identifies anyone unless they typed it. */
  participant: z.optional(shortText()),
  role: z.optional(shortText()),
  inhabitants: z.optional(z.int().check(z.minimum(0), z.maximum(10_000_000))),
  wijkteamModel: z.optional(WijkteamModelSchema),
  workIncomePosition: z.optional(shortText()),
  /** ISO date, YYYY-MM-DD. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
})
export type Profile = z.infer<typeof ProfileSchema>

export const ActionSchema = z.object({
  factorId: id(),
  what: longText(),
  who: shortText(),
  when: shortText(),
})
export type Action = z.infer<typeof ActionSchema>

export const scanModes = ['volledig', 'kort'] as const
export const ScanModeSchema = z.enum(scanModes)
export type ScanMode = z.infer<typeof ScanModeSchema>

/** The answer to the access question: one of KING's types, or "weet ik niet". */
export const AccessAnswerSchema = z.union([AccessTypeSchema, z.literal('weet-niet')])
export type AccessAnswer = z.infer<typeof AccessAnswerSchema>

/** The team's own guess of its rung, or "weet ik niet". */
export const OwnGuessAnswerSchema = z.union([RungIdSchema, z.literal('weet-niet')])
export type OwnGuessAnswer = z.infer<typeof OwnGuessAnswerSchema>

/**
 * The kind of work a participant does, chosen from a short list so that it can travel in a team
 * file without naming anyone; the workshop compares groups of at least three (core/team/roleGroups.ts).
 */
export const roleGroupIds = ['beleid', 'uitvoering', 'werk-inkomen', 'management', 'anders'] as const
export const RoleGroupSchema = z.enum(roleGroupIds)
export type RoleGroup = z.infer<typeof RoleGroupSchema>

/** What one respondent filled in. Also the participants inside a team result. */
export const AnswersSchema = z.object({
  mode: ScanModeSchema,
  includeClientModule: z.boolean(),
  profile: ProfileSchema,
  /** statement id → answer; an unanswered statement is absent. */
  answers: z.record(z.string(), ScaleAnswerSchema),
  /** Factor ids the respondent marked "belangrijk voor ons". */
  important: z.array(z.string()),
  /** factor id → note. */
  notes: z.record(z.string(), longText()),
  /** Factor or theme ids set "niet van toepassing voor ons". */
  outOfScope: z.array(z.string()),
  /** ladder indicator id → answer. */
  ladder: z.record(z.string(), LadderAnswerSchema),
  access: z.optional(AccessAnswerSchema),
  /** The rung the team itself guessed, asked before results are shown. */
  ownGuess: z.optional(OwnGuessAnswerSchema),
  /** Optional; kept in a team file (unlike the profile) because it names a group, not a person. */
  roleGroup: z.optional(RoleGroupSchema),
})
export type Answers = z.infer<typeof AnswersSchema>

const envelope = {
  tool: z.literal(TOOL_NAME),
  schemaVersion: z.literal(SCHEMA_VERSION),
  questionnaireVersion: nonEmpty(),
  /** ISO timestamp of the last save. */
  savedAt: z.string().check(z.maxLength(40)),
  actions: z.array(ActionSchema),
}

export const ParticipantResultSchema = z.object({
  ...envelope,
  kind: z.literal('deelnemer'),
  ...AnswersSchema.shape,
  /** The step to continue at when the file is opened again. */
  lastStep: z.optional(shortText()),
})
export type ParticipantResult = z.infer<typeof ParticipantResultSchema>

export const AgreedSchema = z.object({
  score: z.optional(z.number().check(z.minimum(1), z.maximum(5))),
  note: z.optional(longText()),
})
export type Agreed = z.infer<typeof AgreedSchema>

export const TeamResultSchema = z
  .object({
    ...envelope,
    kind: z.literal('team'),
    profile: ProfileSchema,
    participantCount: z.int().check(z.minimum(1)),
    participants: z.array(AnswersSchema).check(z.minLength(1), z.maxLength(5000)),
    /** factor id → score and note the group agreed on in the conversation. */
    agreed: z.record(z.string(), AgreedSchema),
  })
  .check(
    z.refine((team) => team.participantCount === team.participants.length, {
      message: 'participantCount must equal the number of participants',
      path: ['participantCount'],
    }),
  )
export type TeamResult = z.infer<typeof TeamResultSchema>

export const ResultFileSchema = z.discriminatedUnion('kind', [ParticipantResultSchema, TeamResultSchema])
export type ResultFile = z.infer<typeof ResultFileSchema>
