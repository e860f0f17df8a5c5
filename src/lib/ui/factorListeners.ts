import type { ScaleAnswer } from '@/core/model'

/** The store changes a factor list's events go to; the questionnaire and the second round share them. */
export interface FactorChanges {
  answer(statementId: string, value: ScaleAnswer | undefined): void
  setImportant(factorId: string, value: boolean): void
  setNote(factorId: string, value: string): void
  setOutOfScope(id: string, value: boolean): void
}

/** For `v-on` on QuestionnaireFactorList: each of its events to the matching change. */
export function factorListeners(changes: FactorChanges) {
  return { answer: changes.answer, important: changes.setImportant, note: changes.setNote, outOfScope: changes.setOutOfScope }
}
