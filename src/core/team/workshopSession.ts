/**
 * The facilitator's workshop session as one value: the invitation (round 1), how many are expected,
 * round 2's invitation and its hand-ins; how it is stored (the codes themselves, checked by zod and
 * by their decoders), and where a hand-in belongs. Pure rules; the session store applies them.
 */
import { z } from 'zod/mini'
import type { Answers, Profile, Questionnaire } from '../model'
import { answersFingerprint } from '../files/fingerprint'
import { decodeHandinCode, encodeHandinCode, NO_SESSION } from '../files/handinCode'
import { decodeInvitation, encodeInvitation, type Invitation, type WorkshopSetup } from '../files/invitation'
import type { Received } from '../files/intake'
import { indexParticipants, placeHandIn, type Placement } from './participants'

export interface RoundTwoHandIn {
  answers: Answers
  fingerprint: string
}

export interface WorkshopSession {
  invitation: Invitation | null
  expected: number | null
  roundTwo: Invitation | null
  roundTwoAnswers: RoundTwoHandIn[]
}

export const emptySession = (): WorkshopSession => ({ invitation: null, expected: null, roundTwo: null, roundTwoAnswers: [] })

/** As every version so far stored it: the invitations and round-2 hand-ins as their own compact codes. */
const StoredSessionSchema = z.object({
  invitation: z.optional(z.nullable(z.string())),
  expected: z.optional(z.nullable(z.number())),
  roundTwo: z.optional(z.nullable(z.string())),
  roundTwoCodes: z.optional(z.array(z.string())),
})

const positiveCount = (value: number | null | undefined): number | null => (typeof value === 'number' && Number.isInteger(value) && value > 0 ? value : null)

const roundTwoHandIn = (answers: Answers): RoundTwoHandIn => ({ answers, fingerprint: answersFingerprint(answers) })

/** The stored session, or not ok when it is not one or a code in it no longer decodes (never throws). */
export function decodeSession(q: Questionnaire, text: string): { ok: true; value: WorkshopSession } | { ok: false } {
  let parsed
  try {
    parsed = StoredSessionSchema.safeParse(JSON.parse(text))
  } catch {
    return { ok: false }
  }
  if (!parsed.success) return { ok: false }
  const stored = parsed.data
  const invitation = stored.invitation == null ? null : decodeInvitation(q, stored.invitation)
  const roundTwo = stored.roundTwo == null ? null : decodeInvitation(q, stored.roundTwo)
  const codes = (stored.roundTwoCodes ?? []).map((code) => decodeHandinCode(q, code))
  if (invitation?.ok === false || roundTwo?.ok === false || codes.some((code) => !code.ok)) return { ok: false }
  return {
    ok: true,
    value: {
      invitation: invitation?.ok ? invitation.value : null,
      expected: positiveCount(stored.expected),
      roundTwo: roundTwo?.ok ? roundTwo.value : null,
      roundTwoAnswers: codes.flatMap((code) => (code.ok ? [roundTwoHandIn(code.value.answers)] : [])),
    },
  }
}

export function encodeSession(q: Questionnaire, session: WorkshopSession): string {
  return JSON.stringify({
    invitation: session.invitation ? encodeInvitation(q, session.invitation.setup) : null,
    expected: session.expected,
    roundTwo: session.roundTwo ? encodeInvitation(q, session.roundTwo.setup) : null,
    roundTwoCodes: session.roundTwoAnswers.map((item) => encodeHandinCode(q, item.answers, session.roundTwo?.fingerprint ?? NO_SESSION)),
  })
}

/** The invitation's team, municipality and date, which name the workshop whatever route its participants take. */
export function invitationProfile(setup: WorkshopSetup): Profile {
  return { ...(setup.team ? { team: setup.team } : {}), ...(setup.municipality ? { municipality: setup.municipality } : {}), ...(setup.date ? { date: setup.date } : {}) }
}

/**
 * Where a hand-in belongs: a round-2 participant's to round 2; one made for another session is refused;
 * anything else (files included, which carry no session) goes to the workshop.
 */
export function handInRound(session: WorkshopSession, read: Received): 'round-two' | 'other-session' | 'workshop' {
  const from = read.kind === 'result' ? read.session : undefined
  if (from === undefined) return 'workshop'
  if (session.roundTwo && from === session.roundTwo.fingerprint && read.kind === 'result' && read.result.kind === 'deelnemer') return 'round-two'
  const own = session.invitation?.fingerprint
  return own !== undefined && from !== NO_SESSION && from !== own ? 'other-session' : 'workshop'
}

/** Round 2 keeps one hand-in per participant too (by her hand-in id, else by her answers): where hers goes, and the list after. */
export function placeRoundTwo(list: readonly RoundTwoHandIn[], answers: Answers): { placement: Placement; at: number; list: RoundTwoHandIn[] } {
  const item = roundTwoHandIn(answers)
  const placement = placeHandIn(indexParticipants(list), answers, item.fingerprint)
  const at = placement.kind === 'add' ? list.length : placement.index
  const next = placement.kind === 'add' ? [...list, item] : placement.kind === 'replace' ? list.map((old, index) => (index === at ? item : old)) : [...list]
  return { placement, at, list: next }
}
