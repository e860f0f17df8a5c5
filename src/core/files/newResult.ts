import {
  SCHEMA_VERSION,
  TOOL_NAME,
  type Action,
  type Answers,
  type ParticipantResult,
  type Profile,
  type TeamResult,
} from '../model'
import { MIN_GROUP_SIZE } from '../team/groupSize'

export function emptyAnswers(): Answers {
  return {
    mode: 'volledig',
    includeClientModule: true,
    profile: {},
    answers: {},
    important: [],
    notes: {},
    outOfScope: [],
    ladder: {},
  }
}

/** Wraps what one respondent filled in as a versioned result file. */
export function toParticipantResult(
  answers: Answers,
  extra: { questionnaireVersion: string; actions: Action[]; lastStep?: string; savedAt: string },
): ParticipantResult {
  return {
    tool: TOOL_NAME,
    schemaVersion: SCHEMA_VERSION,
    kind: 'deelnemer',
    questionnaireVersion: extra.questionnaireVersion,
    savedAt: extra.savedAt,
    actions: extra.actions,
    ...(extra.lastStep === undefined ? {} : { lastStep: extra.lastStep }),
    ...answers,
  }
}

/** The answers part of a participant result, without its envelope. */
export function answersOf(result: ParticipantResult): Answers {
  const { mode, includeClientModule, profile, answers, important, notes, outOfScope, ladder, access, ownGuess, roleGroup, organisation, handinId } =
    result
  return {
    mode,
    includeClientModule,
    profile,
    answers,
    important,
    notes,
    outOfScope,
    ladder,
    ...(access === undefined ? {} : { access }),
    ...(ownGuess === undefined ? {} : { ownGuess }),
    ...(roleGroup === undefined ? {} : { roleGroup }),
    ...(organisation === undefined ? {} : { organisation }),
    ...(handinId === undefined ? {} : { handinId }),
  }
}

/**
 * A team file is anonymous: it keeps each participant's answers, markers, ladder answers and role
 * group (one of five words), but not the name, role or personal notes they may have typed.
 */
export function anonymised(answers: Answers): Answers {
  return { ...answers, profile: {}, notes: {} }
}

export function toTeamResult(input: {
  questionnaireVersion: string
  profile: Profile
  participants: Answers[]
  agreed: TeamResult['agreed']
  actions: Action[]
  savedAt: string
}): TeamResult {
  return {
    tool: TOOL_NAME,
    schemaVersion: SCHEMA_VERSION,
    kind: 'team',
    questionnaireVersion: input.questionnaireVersion,
    savedAt: input.savedAt,
    actions: input.actions,
    profile: input.profile,
    participantCount: input.participants.length,
    participants: withoutSmallRoleGroups(input.participants.map(anonymised)),
    agreed: input.agreed,
  }
}

/**
 * A role group of fewer than MIN_GROUP_SIZE participants is close to a person: a team file keeps
 * no trace of it, so whoever opens the file cannot pick those answers out.
 */
export function withoutSmallRoleGroups(participants: Answers[]): Answers[] {
  const sizes = new Map<string, number>()
  for (const participant of participants) {
    if (participant.roleGroup !== undefined) sizes.set(participant.roleGroup, (sizes.get(participant.roleGroup) ?? 0) + 1)
  }
  return participants.map((participant) => {
    if (participant.roleGroup === undefined || (sizes.get(participant.roleGroup) ?? 0) >= MIN_GROUP_SIZE) return participant
    const rest: Answers = { ...participant }
    delete rest.roleGroup
    return rest
  })
}
