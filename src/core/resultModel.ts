/**
 * The shape of a result: what a participant or a team saves, shares and hands in. Every type is
 * inferred from its schema, so a file that passes validation is the type.
 */
import { z } from 'zod/mini'
import { id, lazySchema, nonEmpty } from './schemaParts'
import {
  AccessRouteSchema,
  AccessTypeSchema,
  accessRouteIds,
  CareLineSchema,
  careLineIds,
  ExecutionSchema,
  IntegrationDirectionSchema,
  IntegrationPlaceSchema,
  RoleGroupSchema,
  RungIdSchema,
  TargetGroupSchema,
  targetGroupIds,
  TeamCompositionSchema,
  WijkteamModelSchema,
} from './contentModel'

export const TOOL_NAME = 'integraalscan'
export const SCHEMA_VERSION = 1

export const scaleValues = [1, 2, 3, 4, 5] as const
export const ScaleAnswerSchema = lazySchema(() => z.literal([...scaleValues, 'weet-niet']))
export type ScaleAnswer = z.infer<typeof ScaleAnswerSchema>

export const ladderAnswers = ['ja', 'deels', 'nee', 'weet-niet'] as const
export const LadderAnswerSchema = lazySchema(() => z.enum(ladderAnswers))
export type LadderAnswer = z.infer<typeof LadderAnswerSchema>

/** Longest short text (a name, a team, a role): one limit for schemas, stores and input fields. */
export const SHORT_TEXT_MAX = 200
/** Longest long text (a note, an action). */
export const LONG_TEXT_MAX = 5000

const shortText = () => z.string().check(z.maxLength(SHORT_TEXT_MAX))
const longText = () => z.string().check(z.maxLength(LONG_TEXT_MAX))

/** Answers to the organisational questions; every field optional so that older files stay valid. */
export const OrganisationAnswersSchema = lazySchema(() => z.object({
  /** KPMG form id → answer. */
  forms: z.optional(z.record(z.string(), LadderAnswerSchema)),
  place: z.optional(z.union([IntegrationPlaceSchema, z.literal('weet-niet')])),
  direction: z.optional(z.union([IntegrationDirectionSchema, z.literal('weet-niet')])),
  /** Ids of the domains and partners that take part. */
  domains: z.optional(z.array(id()).check(z.maxLength(30))),
}))
export type OrganisationAnswers = z.infer<typeof OrganisationAnswersSchema>

export const ProfileSchema = lazySchema(() => z.object({
  municipality: z.optional(shortText()),
  team: z.optional(shortText()),
  /** A label the participant chose (name or role); nothing identifies anyone unless they typed it. */
  participant: z.optional(shortText()),
  role: z.optional(shortText()),
  inhabitants: z.optional(z.int().check(z.minimum(0), z.maximum(10_000_000))),
  wijkteamModel: z.optional(WijkteamModelSchema),
  workIncomePosition: z.optional(shortText()),
  /*
   * The wijkteam's design (Inspectie SZW 2016, §4.2). Optional, so files from before these
   * questions keep opening; an id the format does not know refuses the file. A list is at most as
   * long as its choices (the form writes each once; repeats are not checked here, since zod's refine
   * would cost the first route more than its budget has left, and a repeat shows once anyway).
   */
  teamComposition: z.optional(TeamCompositionSchema),
  execution: z.optional(ExecutionSchema),
  careLines: z.optional(z.array(CareLineSchema).check(z.maxLength(careLineIds.length))),
  accessRoutes: z.optional(z.array(AccessRouteSchema).check(z.maxLength(accessRouteIds.length))),
  targetGroups: z.optional(z.array(TargetGroupSchema).check(z.maxLength(targetGroupIds.length))),
  /** ISO date, YYYY-MM-DD. */
  date: z.optional(z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/))),
}))
export type Profile = z.infer<typeof ProfileSchema>

export const ActionSchema = lazySchema(() => z.object({
  factorId: id(),
  what: longText(),
  who: shortText(),
  when: shortText(),
}))
export type Action = z.infer<typeof ActionSchema>

export const scanModes = ['volledig', 'kort'] as const
export const ScanModeSchema = lazySchema(() => z.enum(scanModes))
export type ScanMode = z.infer<typeof ScanModeSchema>

/** The answer to the access question: one of KING's types, or "weet ik niet". */
export const AccessAnswerSchema = lazySchema(() => z.union([AccessTypeSchema, z.literal('weet-niet')]))
export type AccessAnswer = z.infer<typeof AccessAnswerSchema>

/** The team's own guess of its rung, or "weet ik niet". */
export const OwnGuessAnswerSchema = lazySchema(() => z.union([RungIdSchema, z.literal('weet-niet')]))
export type OwnGuessAnswer = z.infer<typeof OwnGuessAnswerSchema>

/** What one respondent filled in. Also the participants inside a team result. */
export const AnswersSchema = lazySchema(() => z.object({
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
  /** How the collaboration is organised, beside the rung (absent in older files). */
  organisation: z.optional(OrganisationAnswersSchema),
  /**
   * A random id made on the participant's device for this scan (core/files/handinId.ts), carried in her
   * code, link and file, so a second hand-in replaces her first instead of counting twice. Absent in older files.
   */
  handinId: z.optional(z.string().check(z.regex(/^[0-9a-f]{12}$/))),
}))
export type Answers = z.infer<typeof AnswersSchema>

// A function, so that its parts are built with the schemas that use them (see lazySchema).
const envelope = () => ({
  tool: z.literal(TOOL_NAME),
  schemaVersion: z.literal(SCHEMA_VERSION),
  questionnaireVersion: nonEmpty(),
  /** ISO timestamp of the last save. */
  savedAt: z.string().check(z.maxLength(40)),
  actions: z.array(ActionSchema),
})

export const ParticipantResultSchema = lazySchema(() => z.object({
  ...envelope(),
  kind: z.literal('deelnemer'),
  ...AnswersSchema.shape,
  /** The step to continue at when the file is opened again. */
  lastStep: z.optional(shortText()),
}))
export type ParticipantResult = z.infer<typeof ParticipantResultSchema>

export const AgreedSchema = lazySchema(() => z.object({
  score: z.optional(z.number().check(z.minimum(1), z.maximum(5))),
  note: z.optional(longText()),
}))
export type Agreed = z.infer<typeof AgreedSchema>

export const TeamResultSchema = lazySchema(() =>
  z
    .object({
      ...envelope(),
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
)
export type TeamResult = z.infer<typeof TeamResultSchema>

export const ResultFileSchema = lazySchema(() => z.discriminatedUnion('kind', [ParticipantResultSchema, TeamResultSchema]))
export type ResultFile = z.infer<typeof ResultFileSchema>
