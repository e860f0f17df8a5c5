import type { Answers } from '../model'
import type { ImportError } from '../files/fileFormat'

/** One participant of a workshop as the facilitator's page holds it. */
export interface WorkshopParticipant {
  /** A key for this list only; never written into a file. */
  key: string
  /** "Deelnemer 3" unless the participant typed a name or role themselves. */
  label: string
  /** The file name, or 'link'. */
  source: string
  answers: Answers
  fingerprint: string
}

export type AddOutcome =
  | { name: string; status: 'toegevoegd'; label: string }
  | { name: string; status: 'team'; count: number }
  | { name: string; status: 'dubbel'; label: string }
  | { name: string; status: 'fout'; error: ImportError }
