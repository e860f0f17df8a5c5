import type { Questionnaire } from './model'

/** Titles by id, falling back to the id itself so a renamed or removed item still shows something. */
export function factorTitle(q: Questionnaire, factorId: string): string {
  return q.factors.find((factor) => factor.id === factorId)?.title ?? factorId
}

export function themeTitle(q: Questionnaire, themeId: string): string {
  return q.themes.find((theme) => theme.id === themeId)?.title ?? themeId
}
