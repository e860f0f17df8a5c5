/**
 * The bits of a hand-in code's body after the layout hash, in both formats. Format 1: session, mode,
 * client module, role, answers, markers, ladder, access and own guess. Format 2 adds what the team
 * uses and format 1 lost on the way: the hand-in id (one participant is one participant, whatever
 * route she takes), the role group and the organisation answers. Never a name or free text.
 */
import type { AccessType, Answers, LadderAnswer, OrganisationAnswers, RoleGroup, RungId, ScaleAnswer } from '../model'
import { ladderAnswers } from '../model'
import { bitsFor, type BitReader, type BitWriter } from './bits'
import type { CodeLayout } from './codeLayout'
import { handinIdOfNumber, numberOfHandinId, HANDIN_ID_BITS } from './handinId'

export interface HandIn {
  answers: Answers
  /** The workshop session the participant was invited to, or NO_SESSION. */
  session: number
  /** The questionnaire version whose layout the code was made with (an earlier one reads through legacyLayouts.ts). */
  questionnaireVersion: string
}

const ANSWER_BITS = 3 // 0 unanswered, 1–5, 6 "weet ik niet"
const CHOICE_BITS = 3 // 0 unanswered, an option's position + 1, then "weet ik niet"
const UNKNOWN_SCALE = 6
const LADDER_OPTIONS = ladderAnswers.slice(0, 3)

function scaleCode(answer: ScaleAnswer | undefined): number {
  if (answer === undefined) return 0
  return answer === 'weet-niet' ? UNKNOWN_SCALE : answer
}

function scaleAnswer(code: number): ScaleAnswer | undefined | null {
  if (code === 0) return undefined
  if (code === UNKNOWN_SCALE) return 'weet-niet'
  return code >= 1 && code <= 5 ? (code as 1 | 2 | 3 | 4 | 5) : null
}

/** Position + 1 of `value` in `options`, 0 when absent; "weet-niet" comes right after the options. */
function choiceCode(options: readonly string[], value: string | undefined): number {
  if (value === undefined) return 0
  if (value === 'weet-niet') return options.length + 1
  const index = options.indexOf(value)
  return index === -1 ? 0 : index + 1
}

function choiceValue(options: readonly string[], code: number): string | undefined | null {
  if (code === 0) return undefined
  if (code === options.length + 1) return 'weet-niet'
  return options[code - 1] ?? null
}

function own<V>(record: Record<string, V>, key: string): V | undefined {
  return Object.hasOwn(record, key) ? record[key] : undefined
}

function roleCode(layout: CodeLayout, role: string | undefined): number {
  if (role === undefined) return 0
  return layout.roles.findIndex((option) => option.label === role || option.id === role) + 1
}

/** Everything after the session: written the same way by both formats, format 2 with its additions. */
export function writeBody(layout: CodeLayout, answers: Answers, session: number, w: BitWriter): void {
  w.write(session >>> 0, 32)
  w.write(numberOfHandinId(answers.handinId), HANDIN_ID_BITS)
  w.write(answers.mode === 'kort' ? 1 : 0, 1)
  w.write(answers.includeClientModule ? 1 : 0, 1)
  w.write(roleCode(layout, answers.profile.role), bitsFor(layout.roles.length + 1))
  w.write(answers.roleGroup === undefined ? 0 : layout.roleGroups.indexOf(answers.roleGroup) + 1, bitsFor(layout.roleGroups.length + 1))
  for (const id of layout.statementIds) w.write(scaleCode(own(answers.answers, id)), ANSWER_BITS)
  for (const id of layout.factorIds) w.write(answers.important.includes(id) ? 1 : 0, 1)
  for (const id of [...layout.factorIds, ...layout.themeIds]) w.write(answers.outOfScope.includes(id) ? 1 : 0, 1)
  for (const id of layout.indicatorIds) w.write(choiceCode(LADDER_OPTIONS, own(answers.ladder, id)), CHOICE_BITS)
  w.write(choiceCode(layout.accessIds, answers.access), CHOICE_BITS)
  w.write(choiceCode(layout.rungIds, answers.ownGuess), CHOICE_BITS)
  writeOrganisation(layout, answers.organisation, w)
}

function writeOrganisation(layout: CodeLayout, organisation: OrganisationAnswers | undefined, w: BitWriter): void {
  w.write(organisation === undefined ? 0 : 1, 1)
  if (organisation === undefined) return
  const forms = organisation.forms ?? {}
  for (const id of layout.formIds) w.write(choiceCode(LADDER_OPTIONS, own(forms, id)), CHOICE_BITS)
  w.write(choiceCode(layout.placeIds, organisation.place), CHOICE_BITS)
  w.write(choiceCode(layout.directionIds, organisation.direction), CHOICE_BITS)
  w.write(organisation.domains === undefined ? 0 : 1, 1)
  if (organisation.domains !== undefined) for (const id of layout.domainIds) w.write(organisation.domains.includes(id) ? 1 : 0, 1)
}

/** Reads `count` single bits; the ids whose bit is set, or null when the code ends early. */
function readFlags(r: BitReader, ids: readonly string[]): string[] | null {
  const set: string[] = []
  for (const id of ids) {
    const bit = r.read(1)
    if (bit === null) return null
    if (bit === 1) set.push(id)
  }
  return set
}

/** Reads one coded choice per id into a record; null when the code ends early or holds an impossible value. */
function readChoices<V>(r: BitReader, ids: readonly string[], read: (code: number) => V | undefined | null, width: number): Record<string, V> | null {
  const out: Record<string, V> = {}
  for (const id of ids) {
    const code = r.read(width)
    const value = code === null ? null : read(code)
    if (value === null) return null
    if (value !== undefined) out[id] = value
  }
  return out
}

/** The body as written by `format` (1 or 2); null for anything this layout cannot have written. */
export function readBody(layout: CodeLayout, r: BitReader, format: number): Omit<HandIn, 'questionnaireVersion'> | null {
  const session = r.read(32)
  const idNumber = format >= 2 ? r.read(HANDIN_ID_BITS) : 0
  const mode = r.read(1)
  const client = r.read(1)
  const role = r.read(bitsFor(layout.roles.length + 1))
  const group = format >= 2 ? r.read(bitsFor(layout.roleGroups.length + 1)) : 0
  if (session === null || idNumber === null || mode === null || client === null || role === null || group === null) return null
  if (role > layout.roles.length || group > layout.roleGroups.length) return null
  const answers = readChoices(r, layout.statementIds, scaleAnswer, ANSWER_BITS)
  const important = answers && readFlags(r, layout.factorIds)
  const outOfScope = important && readFlags(r, [...layout.factorIds, ...layout.themeIds])
  const ladder = outOfScope && readChoices(r, layout.indicatorIds, (code) => choiceValue(LADDER_OPTIONS, code), CHOICE_BITS)
  const accessCode = r.read(CHOICE_BITS)
  const guessCode = r.read(CHOICE_BITS)
  const access = accessCode === null ? null : choiceValue(layout.accessIds, accessCode)
  const ownGuess = guessCode === null ? null : choiceValue(layout.rungIds, guessCode)
  const organisation = format >= 2 ? readOrganisation(layout, r) : undefined
  if (answers === null || important === null || outOfScope === null || ladder === null || access === null || ownGuess === null || organisation === null) return null
  const handinId = handinIdOfNumber(idNumber)
  const roleGroup = group === 0 ? undefined : (layout.roleGroups[group - 1] as RoleGroup)
  return {
    session: session >>> 0,
    answers: {
      mode: mode === 1 ? 'kort' : 'volledig',
      includeClientModule: client === 1,
      profile: role === 0 ? {} : { role: layout.roles[role - 1]?.label ?? '' },
      answers,
      important,
      notes: {},
      outOfScope,
      ladder: ladder as Record<string, LadderAnswer>,
      ...(access === undefined ? {} : { access: access as AccessType | 'weet-niet' }),
      ...(ownGuess === undefined ? {} : { ownGuess: ownGuess as RungId | 'weet-niet' }),
      ...(roleGroup === undefined ? {} : { roleGroup }),
      ...(organisation === undefined ? {} : { organisation }),
      ...(handinId === undefined ? {} : { handinId }),
    },
  }
}

function readOrganisation(layout: CodeLayout, r: BitReader): OrganisationAnswers | undefined | null {
  const present = r.read(1)
  if (present === null) return null
  if (present === 0) return undefined
  const forms = readChoices(r, layout.formIds, (code) => choiceValue(LADDER_OPTIONS, code), CHOICE_BITS)
  const placeCode = r.read(CHOICE_BITS)
  const directionCode = r.read(CHOICE_BITS)
  const place = placeCode === null ? null : choiceValue(layout.placeIds, placeCode)
  const direction = directionCode === null ? null : choiceValue(layout.directionIds, directionCode)
  const hasDomains = r.read(1)
  const domains = hasDomains === 1 ? readFlags(r, layout.domainIds) : hasDomains === 0 ? undefined : null
  if (forms === null || place === null || direction === null || domains === null) return null
  return {
    ...(Object.keys(forms).length === 0 ? {} : { forms: forms as Record<string, LadderAnswer> }),
    ...(place === undefined ? {} : { place: place as OrganisationAnswers['place'] }),
    ...(direction === undefined ? {} : { direction: direction as OrganisationAnswers['direction'] }),
    ...(domains === undefined ? {} : { domains }),
  }
}
