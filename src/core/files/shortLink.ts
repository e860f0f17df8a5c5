/**
 * Short share links: a participant's answers packed like the hand-in code, in base64url after
 * "r2.". A link of the first format ("r1.", a whole deflated result file) keeps opening through
 * shareLink.ts; team results still travel in that format, since a team has far more to carry.
 */
import type { Answers, ParticipantResult, Questionnaire } from '../model'
import { SCHEMA_VERSION, TOOL_NAME } from '../model'
import { fromBase64UrlOrNull, toBase64Url } from './bits'
import { codeFailure, type CodeError, type CodeOutcome } from './codeLayout'
import type { ImportError } from './fileFormat'
import { decodeHandinBytes, encodeHandinBytes, NO_SESSION, type HandIn } from './handinCode'
import { SHORT_SHARE_PREFIX } from './shareLink'

export function encodeShortShareFragment(q: Questionnaire, answers: Answers, session: number = NO_SESSION): string {
  return SHORT_SHARE_PREFIX + toBase64Url(encodeHandinBytes(q, answers, session))
}

/** Reads an "r2." fragment (with or without "#"). Never throws. */
export function decodeShortShareFragment(q: Questionnaire, text: string): CodeOutcome<HandIn> {
  const fragment = text.startsWith('#') ? text.slice(1) : text
  if (!fragment.startsWith(SHORT_SHARE_PREFIX) || fragment.length > 1000) return codeFailure('geen-code')
  const bytes = fromBase64UrlOrNull(fragment.slice(SHORT_SHARE_PREFIX.length))
  return bytes === null ? codeFailure('geen-code') : decodeHandinBytes(q, bytes)
}

/** A hand-in as a participant result, so everything that reads results can show it. */
export function handInResult(handIn: HandIn): ParticipantResult {
  return {
    tool: TOOL_NAME,
    schemaVersion: SCHEMA_VERSION,
    kind: 'deelnemer',
    questionnaireVersion: handIn.questionnaireVersion,
    savedAt: '',
    actions: [],
    ...handIn.answers,
  }
}

/** The file-import message that fits a refused code. */
export function importErrorOf(error: CodeError): ImportError {
  switch (error) {
    case 'nieuwere-versie':
    case 'andere-vragenlijst':
    case 'andere-sessie':
      return { code: error }
    default:
      return { code: 'ongeldige-link', detail: error }
  }
}
