/** fast-check arbitraries for valid answers and result files on a given questionnaire. */
import fc from 'fast-check'
import {
  SCHEMA_VERSION,
  TOOL_NAME,
  accessTypeIds,
  integrationDirectionIds,
  integrationFormIds,
  integrationPlaceIds,
  ladderAnswers,
  rungIds,
  scanModes,
  themeIds,
  type Answers,
  type LadderAnswer,
  type ParticipantResult,
  type Profile,
  type Questionnaire,
  type ScaleAnswer,
  type TeamResult,
} from '@/core/model'

export const scaleAnswerArb: fc.Arbitrary<ScaleAnswer> = fc.constantFrom<ScaleAnswer>(1, 2, 3, 4, 5, 'weet-niet')
export const ladderAnswerArb: fc.Arbitrary<LadderAnswer> = fc.constantFrom(...ladderAnswers)

/** Any text, including non-ASCII and lone surrogates; ≤ 100 code points keeps it ≤ 200 UTF-16 units. */
const text = (maxLength: number) => fc.string({ unit: 'binary', maxLength: Math.floor(maxLength / 2) })

/** A record over some of the given keys. */
function partialRecord<V>(keys: readonly string[], value: fc.Arbitrary<V>): fc.Arbitrary<Record<string, V>> {
  return fc
    .subarray([...keys])
    .chain((chosen) => fc.tuple(...chosen.map((k) => value.map((v) => [k, v] as const))))
    .map((entries) => Object.fromEntries(entries))
}

export const profileArb: fc.Arbitrary<Profile> = fc.record(
  {
    municipality: text(200),
    team: text(200),
    participant: text(200),
    role: text(200),
    inhabitants: fc.integer({ min: 0, max: 10_000_000 }),
    wijkteamModel: fc.constantFrom('A', 'B', 'C', 'D'),
    workIncomePosition: text(200),
    date: fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10)),
  },
  { requiredKeys: [] },
)

export function answersArb(q: Questionnaire): fc.Arbitrary<Answers> {
  const statementIds = q.factors.flatMap((f) => f.statements.map((s) => s.id))
  const factorIds = q.factors.map((f) => f.id)
  return fc.record(
    {
      mode: fc.constantFrom(...scanModes),
      includeClientModule: fc.boolean(),
      profile: profileArb,
      answers: partialRecord(statementIds, scaleAnswerArb),
      important: fc.subarray(factorIds),
      notes: partialRecord(factorIds, text(400)),
      // Mostly in scope: a scope list that is usually short keeps the scores interesting.
      outOfScope: fc.oneof({ weight: 3, arbitrary: fc.constant<string[]>([]) }, { weight: 1, arbitrary: fc.subarray([...factorIds, ...themeIds], { maxLength: 3 }) }),
      ladder: partialRecord(
        q.ladderIndicators.map((i) => i.id),
        ladderAnswerArb,
      ),
      access: fc.constantFrom(...accessTypeIds, 'weet-niet' as const),
      ownGuess: fc.constantFrom(...rungIds, 'weet-niet' as const),
      organisation: fc.record(
        {
          forms: partialRecord(integrationFormIds, ladderAnswerArb),
          place: fc.constantFrom(...integrationPlaceIds, 'weet-niet' as const),
          direction: fc.constantFrom(...integrationDirectionIds, 'weet-niet' as const),
          domains: fc.subarray(q.organisation.domains.options.map((o) => o.id)),
        },
        { requiredKeys: [] },
      ),
    },
    { requiredKeys: ['mode', 'includeClientModule', 'profile', 'answers', 'important', 'notes', 'outOfScope', 'ladder'] },
  )
}

const envelopeArb = fc.record({
  questionnaireVersion: fc.string({ minLength: 1, maxLength: 20 }),
  savedAt: fc.string({ maxLength: 40 }),
  actions: fc.array(
    fc.record({ factorId: fc.constantFrom('f1', 'f2', 'c1'), what: text(5000), who: text(200), when: text(200) }),
    { maxLength: 3 },
  ),
})

export function participantResultArb(q: Questionnaire): fc.Arbitrary<ParticipantResult> {
  return fc
    .tuple(envelopeArb, answersArb(q), fc.option(text(200), { nil: undefined }))
    .map(([envelope, answers, lastStep]) => ({
      tool: TOOL_NAME,
      schemaVersion: SCHEMA_VERSION,
      kind: 'deelnemer' as const,
      ...envelope,
      ...answers,
      ...(lastStep === undefined ? {} : { lastStep }),
    }))
}

export function teamResultArb(q: Questionnaire, maxParticipants = 6): fc.Arbitrary<TeamResult> {
  const agreedArb = partialRecord(
    q.factors.map((f) => f.id),
    fc.record(
      { score: fc.double({ min: 1, max: 5, noNaN: true }), note: text(400) },
      { requiredKeys: [] },
    ),
  )
  return fc
    .tuple(envelopeArb, profileArb, fc.array(answersArb(q), { minLength: 1, maxLength: maxParticipants }), agreedArb)
    .map(([envelope, profile, participants, agreed]) => ({
      tool: TOOL_NAME,
      schemaVersion: SCHEMA_VERSION,
      kind: 'team' as const,
      ...envelope,
      profile,
      participantCount: participants.length,
      participants,
      agreed,
    }))
}
