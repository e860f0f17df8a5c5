import type { CodeError } from './codeLayout'

/** What reading one hand-in code (QR, short link) did. */
export type ReceiveOutcome =
  | { status: 'toegevoegd' | 'dubbel'; round: 1; label: string }
  | { status: 'toegevoegd' | 'dubbel'; round: 2; number: number }
  | { status: 'fout'; error: CodeError }
