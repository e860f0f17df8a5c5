/**
 * One change to a respondent's answers, as a new object: the assessment store keeps its state
 * shallow and replaces it on every change, so each edit here copies only what it changes.
 */
import { ProfileSchema, type Answers, type LadderAnswer, type OrganisationAnswers, type Profile } from '../model'
import { patchProfile } from './profile'
import { checkDate, checkText, checkWholeNumber, INHABITANTS_MAX, INHABITANTS_MIN, LONG_TEXT_MAX, SHORT_TEXT_MAX, type FieldRefusal } from '../util/userText'

/** A record with one entry set, or removed when `value` is undefined. */
export function withEntry<V>(record: Record<string, V>, key: string, value: V | undefined): Record<string, V> {
  const next = { ...record }
  if (value === undefined) delete next[key]
  else next[key] = value
  return next
}

/** The answers with one optional field set, or removed when `value` is undefined. */
export function withOptional<K extends 'access' | 'ownGuess' | 'roleGroup' | 'organisation'>(answers: Answers, key: K, value: Answers[K] | undefined): Answers {
  const next = { ...answers }
  if (value === undefined) delete next[key]
  else next[key] = value
  return next
}

/** An id added to or taken out of a list (important factors, out-of-scope items), kept once. */
export function withMember(list: readonly string[], id: string, member: boolean): string[] {
  const others = list.filter((item) => item !== id)
  return member ? [...others, id] : others
}

/** One organisational answer; an organisation block left empty is dropped. */
export function withOrganisation<K extends keyof OrganisationAnswers>(answers: Answers, key: K, value: OrganisationAnswers[K] | undefined): Answers {
  const next: OrganisationAnswers = { ...answers.organisation }
  if (value === undefined) delete next[key]
  else next[key] = value
  return withOptional(answers, 'organisation', Object.keys(next).length === 0 ? undefined : next)
}

/** One integration form's answer within the organisational answers; the forms record goes when empty. */
export function withForm(answers: Answers, formId: string, value: LadderAnswer | undefined): Answers {
  const forms = withEntry(answers.organisation?.forms ?? {}, formId, value)
  return withOrganisation(answers, 'forms', Object.keys(forms).length > 0 ? forms : undefined)
}

export type EditOutcome = { ok: true; answers: Answers } | { ok: false; refusal: FieldRefusal }

/** A note as typed: cleaned, refused when too long; blank removes it. */
export function withNote(answers: Answers, factorId: string, typed: string): EditOutcome {
  const checked = checkText(typed, LONG_TEXT_MAX)
  if (!checked.ok) return checked
  return { ok: true, answers: { ...answers, notes: withEntry(answers.notes, factorId, checked.value === '' ? undefined : checked.value) } }
}

const textFields = ['municipality', 'team', 'participant', 'role', 'workIncomePosition'] as const

/**
 * A profile change as typed, each field held to the file format's limit: texts cleaned and at most
 * SHORT_TEXT_MAX, inhabitants a whole number in range, the date a real one within the window.
 * Anything refused changes nothing.
 */
export function checkProfilePatch(patch: Partial<Record<keyof Profile, unknown>>): { ok: true; patch: Partial<Profile> } | { ok: false; field: keyof Profile; refusal: FieldRefusal } {
  const checked: Partial<Profile> = {}
  for (const [field, value] of Object.entries(patch) as [keyof Profile, unknown][]) {
    if (value === undefined) {
      Object.assign(checked, { [field]: undefined })
      continue
    }
    const typed = String(value)
    const outcome = (textFields as readonly string[]).includes(field)
      ? checkText(typed, SHORT_TEXT_MAX)
      : field === 'inhabitants'
        ? checkWholeNumber(typed, INHABITANTS_MIN, INHABITANTS_MAX)
        : field === 'date'
          ? checkDate(typed)
          : choiceField(field, value)
    if (!outcome.ok) return { ok: false, field, refusal: outcome.refusal }
    Object.assign(checked, { [field]: outcome.value })
  }
  return { ok: true, patch: checked }
}

/**
 * A field chosen from a list (the wijkteam model and the like): only a value its file format knows,
 * so a profile that was saved can always be opened again.
 */
function choiceField(field: keyof Profile, value: unknown): { ok: true; value: unknown } | { ok: false; refusal: FieldRefusal } {
  const schema = (ProfileSchema.shape as Partial<Record<string, (typeof ProfileSchema.shape)[keyof Profile]>>)[field]
  // A multiple choice names each choice once; the file format leaves repeats unchecked to keep the first route small.
  const repeats = Array.isArray(value) && new Set(value).size !== value.length
  return schema !== undefined && !repeats && schema.safeParse(value).success ? { ok: true, value } : { ok: false, refusal: 'buiten-bereik' }
}

/** The profile with a checked patch applied (see checkProfilePatch). */
export function withProfile(profile: Profile, patch: Partial<Record<keyof Profile, unknown>>): { ok: true; profile: Profile } | { ok: false; field: keyof Profile; refusal: FieldRefusal } {
  const checked = checkProfilePatch(patch)
  return checked.ok ? { ok: true, profile: patchProfile(profile, checked.patch) } : checked
}
