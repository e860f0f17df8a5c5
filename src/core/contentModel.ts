/**
 * The shape of the questionnaire definition (src/content): themes, factors and statements, the
 * ladder, the organisational questions, tensions, contradictions and the glossary. Every type is
 * inferred from its schema; tests/unit/content.spec.ts validates the content against it.
 */
import { z } from 'zod/mini'
import { id, lazySchema, nonEmpty } from './schemaParts'

export const themeIds = ['inhoud', 'organisatie', 'uitvoering', 'client'] as const
export const ThemeIdSchema = lazySchema(() => z.enum(themeIds))
export type ThemeId = z.infer<typeof ThemeIdSchema>

/** Levels of steering from the Inspectie's summary (002 l. 236–440). */
export const steeringLevels = ['bestuurlijk', 'operationeel', 'uitvoerend'] as const
export const SteeringLevelSchema = lazySchema(() => z.enum(steeringLevels))
export type SteeringLevel = z.infer<typeof SteeringLevelSchema>

/** KPMG (2013) degree of integration; the index is the rung number (0–3). */
export const rungIds = ['geen', 'beperkt', 'gedeeltelijk', 'volledig'] as const
export const RungIdSchema = lazySchema(() => z.enum(rungIds))
export type RungId = z.infer<typeof RungIdSchema>

/** KING (2013) typology of how access to the social domain is organised. */
export const accessTypeIds = [
  'transitieproof',
  'tweede-instantie',
  'geclusterd',
  'geclusterd-elders',
  'totaal-integraal',
] as const
export const AccessTypeSchema = lazySchema(() => z.enum(accessTypeIds))
export type AccessType = z.infer<typeof AccessTypeSchema>

/**
 * The kind of work a participant does, chosen from a short list so that it can travel in a team
 * file without naming anyone; the workshop compares groups of at least three (core/team/roleGroups.ts).
 */
export const roleGroupIds = ['beleid', 'uitvoering', 'werk-inkomen', 'management', 'anders'] as const
export const RoleGroupSchema = lazySchema(() => z.enum(roleGroupIds))
export type RoleGroup = z.infer<typeof RoleGroupSchema>

export const StatementSchema = z.object({
  id: id(),
  text: nonEmpty(),
  /** The one statement per factor that the quick scan asks. */
  key: z.optional(z.boolean()),
  /**
   * Worded as the knelpunt the Inspectie pairs with the success factor (002 l. 1839–1846): "klopt
   * helemaal" is then the weak end, and scoring turns the answer round (6 − answer).
   */
  reversed: z.optional(z.boolean()),
  /**
   * The role groups that can answer it, as SELFIE names the groups per item; absent means every
   * group. A participant of another group (not "anders", and with a group chosen) skips it: it is not
   * asked, not counted and never "weet ik niet".
   */
  roles: z.optional(z.array(RoleGroupSchema).check(z.minLength(1))),
  /** Only inwoners can really say: the screen adds "toets dit bij inwoners" (000 l. 769–786). */
  checkWithInwoners: z.optional(z.boolean()),
})
export type Statement = z.infer<typeof StatementSchema>

export const FactorSchema = z.object({
  id: id(),
  themeId: ThemeIdSchema,
  title: nonEmpty(),
  /** 2–3 sentences, B1 Dutch. */
  explanation: nonEmpty(),
  steeringLevel: SteeringLevelSchema,
  statements: /* @__PURE__ */ z.array(StatementSchema).check(z.minLength(2), z.maxLength(5)),
  /** "Wat werkt": concrete advice, one to three sentences each. */
  advice: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
  /** Authors as the report cites them, e.g. "Hekelaar et al., 2009". */
  sources: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
  /** Where in the source reports this factor is described, e.g. "Inspectie SZW 2016, §6.2". */
  reportRef: nonEmpty(),
})
export type Factor = z.infer<typeof FactorSchema>

export const ThemeSchema = z.object({
  id: ThemeIdSchema,
  title: nonEmpty(),
  /** Short context from the literature that opens the theme's step. */
  intro: nonEmpty(),
  sources: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
})
export type Theme = z.infer<typeof ThemeSchema>

export const LadderIndicatorSchema = z.object({
  id: id(),
  text: nonEmpty(),
  /** The KPMG rung (1 beperkt, 2 gedeeltelijk, 3 volledig) this observable fact belongs to. */
  rung: z.union([z.literal(1), z.literal(2), z.literal(3)]),
  /** Short help text: what counts as "ja". */
  help: nonEmpty(),
  /**
   * KPMG writes of this feature that it "kan" come with the rung (a shared location and overhead,
   * a new service): it adds evidence but never decides whether the rung is in place.
   */
  optional: z.optional(z.boolean()),
  sources: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
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
  /**
   * false: the two factors are where the tension plays out, but their statements do not measure its
   * two sides, so a score gap between them says nothing about it (content review 2). The tension is
   * still listed, without a gap, after the pairs whose gap means something.
   */
  measured: z.optional(z.literal(false)),
  explanation: nonEmpty(),
  discussionQuestion: nonEmpty(),
  sources: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
})
export type Tension = z.infer<typeof TensionSchema>

/**
 * A term of jargon, explained once in the glossary and linked from every text where one of its
 * forms occurs. `forms` are matched as whole words, case-insensitively; the longest form wins.
 */
export const GlossaryEntrySchema = z.object({
  id: id(),
  term: nonEmpty(),
  forms: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
  explanation: nonEmpty(),
  /** Where the explanation comes from, when a source report defines the term. */
  source: z.optional(nonEmpty()),
})
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>
/** The KPMG (2013) forms of integration in the first column of the Inspectie's appendix table. */
export const integrationFormIds = ['casemanagement', 'frontoffice', 'backoffice', 'nieuwe-dienst'] as const
export const IntegrationFormSchema = lazySchema(() => z.enum(integrationFormIds))
export type IntegrationForm = z.infer<typeof IntegrationFormSchema>

/** Where the integration takes place: only at the front (loket, toegang) or also behind it (002 l. 73–75, 927–951). */
export const integrationPlaceIds = ['geen', 'frontoffice', 'backoffice'] as const
export const IntegrationPlaceSchema = lazySchema(() => z.enum(integrationPlaceIds))
export type IntegrationPlace = z.infer<typeof IntegrationPlaceSchema>

/** Horizontal (between domains) or vertical (within one domain) integration (002 l. 61–71, 905–923). */
export const integrationDirectionIds = ['horizontaal', 'verticaal', 'beide'] as const
export const IntegrationDirectionSchema = lazySchema(() => z.enum(integrationDirectionIds))
export type IntegrationDirection = z.infer<typeof IntegrationDirectionSchema>

/** One cell of the appendix table: a level of another author's ladder on the same row. */
export const AppendixCellSchema = z.object({ ladder: nonEmpty(), level: nonEmpty() })

export const OrganisationContentSchema = z.object({
  forms: z.object({
    text: nonEmpty(),
    help: nonEmpty(),
    options: /* @__PURE__ */ z.array(
      z.object({
        id: IntegrationFormSchema,
        label: nonEmpty(),
        description: nonEmpty(),
        /** The appendix row (1–5) this form stands on: what it "staat naast", not what it equals. */
        appendixRow: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(5)),
      }),
    ).check(z.length(4)),
    sources: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
  }),
  place: z.object({ text: nonEmpty(), options: /* @__PURE__ */ z.array(z.object({ id: IntegrationPlaceSchema, label: nonEmpty(), description: nonEmpty() })).check(z.length(3)), sources: z.array(nonEmpty()) }),
  direction: z.object({
    text: nonEmpty(),
    options: /* @__PURE__ */ z.array(z.object({ id: IntegrationDirectionSchema, label: nonEmpty(), description: nonEmpty() })).check(z.length(3)),
    sources: z.array(nonEmpty()),
  }),
  domains: z.object({
    text: nonEmpty(),
    help: nonEmpty(),
    options: /* @__PURE__ */ z.array(z.object({ id: id(), label: nonEmpty() })).check(z.minLength(2), z.maxLength(30)),
    sources: z.array(nonEmpty()),
  }),
  /** The rows of the appendix table (002 l. 2578–3184), read row by row; row 1 has no KPMG form. */
  appendixRows: /* @__PURE__ */ z.array(
    z.object({
      row: /* @__PURE__ */ z.int().check(z.minimum(1), z.maximum(5)),
      rungId: z.optional(RungIdSchema),
      accessType: z.optional(AccessTypeSchema),
      cells: z.array(AppendixCellSchema),
    }),
  ).check(z.length(5)),
})
export type OrganisationContent = z.infer<typeof OrganisationContentSchema>

/**
 * A pair of a ladder indicator and a factor whose answers contradict each other when the
 * indicator is answered one way while the factor scores a given status (content, not a rule).
 */
export const ContradictionPairSchema = z.object({
  id: id(),
  indicatorId: id(),
  /** The indicator answers that, with the factor status below, contradict. */
  indicatorAnswers: /* @__PURE__ */ z.array(z.enum(['ja', 'deels', 'nee'])).check(z.minLength(1)),
  factorId: id(),
  factorStatuses: /* @__PURE__ */ z.array(z.enum(['knelpunt', 'aandachtspunt', 'succesfactor'])).check(z.minLength(1)),
  /** Why these two answers do not sit together easily, with the source. */
  explanation: nonEmpty(),
  discussionQuestion: nonEmpty(),
  sources: /* @__PURE__ */ z.array(nonEmpty()).check(z.minLength(1)),
})
export type ContradictionPair = z.infer<typeof ContradictionPairSchema>

export const ScaleLabelSchema = z.object({ value: z.number(), label: nonEmpty() })

export const WijkteamModelSchema = lazySchema(() => z.enum(['A', 'B', 'C', 'D']))
export type WijkteamModel = z.infer<typeof WijkteamModelSchema>

/**
 * The design choices a municipality makes for its wijkteam (Inspectie SZW 2016, §4.2). The ids are
 * the file format: a saved profile holds them, so an id is never renamed or dropped.
 */
export const teamCompositionIds = ['generalisten', 'specialisten', 'combinatie'] as const
export const TeamCompositionSchema = lazySchema(() => z.enum(teamCompositionIds))
export const executionIds = ['eigen-beheer', 'uitbesteed', 'combinatie'] as const
export const ExecutionSchema = lazySchema(() => z.enum(executionIds))
export const careLineIds = ['nulde-lijn', 'eerste-lijn', 'tweede-lijn'] as const
export const CareLineSchema = lazySchema(() => z.enum(careLineIds))
export const accessRouteIds = ['verwijzing', 'zelf-aanmelden', 'outreachend'] as const
export const AccessRouteSchema = lazySchema(() => z.enum(accessRouteIds))
export const targetGroupIds = ['alle-doelgroepen', 'jeugd-en-gezin', 'multiprobleemgezinnen', 'ouderen', 'gezinnen-in-armoede', 'kwetsbare-jongeren', 'lvb', 'statushouders'] as const
export const TargetGroupSchema = lazySchema(() => z.enum(targetGroupIds))

/** One choice: its full label for the form and a short one for the compact line in the result and reports. */
const designOptions = <T extends z.ZodMiniType<string>>(ids: T) => z.array(z.object({ id: ids, label: nonEmpty(), short: nonEmpty() })).check(z.minLength(1))

export const WijkteamDesignContentSchema = z.object({
  /** The fold-out's title, why the scan asks (with its source), and each question. */
  summary: nonEmpty(),
  why: nonEmpty(),
  questions: z.object({ composition: nonEmpty(), execution: nonEmpty(), careLines: nonEmpty(), accessRoutes: nonEmpty(), targetGroups: nonEmpty(), moreAnswers: nonEmpty() }),
  composition: /* @__PURE__ */ designOptions(TeamCompositionSchema),
  execution: /* @__PURE__ */ designOptions(ExecutionSchema),
  careLines: /* @__PURE__ */ designOptions(CareLineSchema),
  accessRoutes: /* @__PURE__ */ designOptions(AccessRouteSchema),
  targetGroups: /* @__PURE__ */ designOptions(TargetGroupSchema),
})
export type WijkteamDesignContent = z.infer<typeof WijkteamDesignContentSchema>

/**
 * One questionnaire version and how its statements map onto the version before it (src/content/statementHistory.ts).
 * `statementIds` freezes the statements of an earlier version per factor; the current version's come from its factors.
 */
export const StatementVersionSchema = z.object({
  version: nonEmpty(),
  statementIds: z.optional(z.record(z.string(), z.array(id()))),
  /** Each id new in this version → the ids of earlier wording it replaces; [] for a new statement. */
  replaces: z.record(z.string(), z.array(id())),
  /** Ids of the version before that this one drops without a successor → the id that covers the topic. */
  dropped: z.record(z.string(), id()),
})
export type StatementVersion = z.infer<typeof StatementVersionSchema>

export const QuestionnaireSchema = z.object({
  version: nonEmpty(),
  /** Every version so far, oldest first; the last is this one. */
  statementHistory: z.array(StatementVersionSchema),
  themes: z.array(ThemeSchema),
  factors: z.array(FactorSchema),
  /** Labels for 1..5, from knelpunt to succesfactor, plus the wording of "weet ik niet". */
  scale: z.object({ points: /* @__PURE__ */ z.array(ScaleLabelSchema).check(z.length(5)), unknown: nonEmpty() }),
  rungs: /* @__PURE__ */ z.array(RungSchema).check(z.length(4)),
  ladderIndicators: /* @__PURE__ */ z.array(LadderIndicatorSchema).check(z.minLength(10), z.maxLength(20)),
  accessQuestion: z.object({ text: nonEmpty(), options: /* @__PURE__ */ z.array(AccessOptionSchema).check(z.length(5)), sources: z.array(nonEmpty()) }),
  ownGuessQuestion: z.object({ text: nonEmpty(), help: nonEmpty() }),
  organisation: OrganisationContentSchema,
  contradictions: z.array(ContradictionPairSchema),
  tensions: z.array(TensionSchema),
  wijkteamModels: z.array(
    z.object({ id: WijkteamModelSchema, title: nonEmpty(), description: nonEmpty(), nationalShare: nonEmpty(), source: nonEmpty() }),
  ),
  wijkteamDesign: WijkteamDesignContentSchema,
  workIncomePositions: z.array(z.object({ id: id(), label: nonEmpty() })),
  roles: z.array(z.object({ id: id(), label: nonEmpty() })),
  /** Facts shown where they fit, each with its source, e.g. the 2,5–10 years of maturing; `factorId` shows it with that factor. */
  facts: z.array(z.object({ id: id(), text: nonEmpty(), source: nonEmpty(), factorId: z.optional(id()) })),
})
export type Questionnaire = z.infer<typeof QuestionnaireSchema>
