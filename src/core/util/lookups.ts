import type { AccessOption, ContradictionPair, Factor, LadderIndicator, Questionnaire, Rung, Tension, Theme } from '../model'

/** The organisational questions whose options are looked up by id (core/scan/organisation.ts). */
export type OrganisationQuestion = 'forms' | 'place' | 'direction' | 'domains'

/** An option of an organisational question; place and direction options also carry a description. */
export interface OrganisationOption {
  id: string
  label: string
  description?: string
}

/**
 * Lookups by id over one questionnaire, built once per questionnaire object. Titles fall back to
 * the id itself so that a renamed or removed item in an older file still shows something.
 */
export interface QuestionnaireIndex {
  factorById(factorId: string): Factor | undefined
  themeById(themeId: string): Theme | undefined
  rungById(rungId: string): Rung | undefined
  indicatorById(indicatorId: string): LadderIndicator | undefined
  tensionById(tensionId: string): Tension | undefined
  accessOptionById(accessId: string): AccessOption | undefined
  wijkteamModelById(modelId: string): Questionnaire['wijkteamModels'][number] | undefined
  factById(factId: string): Questionnaire['facts'][number] | undefined
  contradictionById(pairId: string): ContradictionPair | undefined
  /** Nothing for no answer (null) or an id the question does not offer, such as "weet-niet". */
  organisationOption(question: OrganisationQuestion, optionId: string | null): OrganisationOption | undefined
  factorTitle(factorId: string): string
  themeTitle(themeId: string): string
  /** A rung by its id or by its number on the ladder (0–3). */
  rungTitle(rung: string | number): string
  indicatorText(indicatorId: string): string
  accessLabel(accessId: string): string
}

const indexes = new WeakMap<Questionnaire, QuestionnaireIndex>()

function byId<T extends { id: string }>(items: readonly T[]): Map<string, T> {
  return new Map(items.map((item) => [item.id, item]))
}

export function questionnaireIndex(q: Questionnaire): QuestionnaireIndex {
  const cached = indexes.get(q)
  if (cached) return cached
  const factors = byId(q.factors)
  const themes = byId(q.themes)
  const rungs = byId(q.rungs)
  const indicators = byId(q.ladderIndicators)
  const tensions = byId(q.tensions)
  const accessOptions = byId(q.accessQuestion.options)
  const wijkteamModels = byId(q.wijkteamModels)
  const facts = byId(q.facts)
  const contradictions = byId(q.contradictions)
  const organisationOptions: Record<OrganisationQuestion, Map<string, OrganisationOption>> = {
    forms: byId(q.organisation.forms.options),
    place: byId(q.organisation.place.options),
    direction: byId(q.organisation.direction.options),
    domains: byId(q.organisation.domains.options),
  }
  const index: QuestionnaireIndex = {
    factorById: (factorId) => factors.get(factorId),
    themeById: (themeId) => themes.get(themeId),
    rungById: (rungId) => rungs.get(rungId),
    indicatorById: (indicatorId) => indicators.get(indicatorId),
    tensionById: (tensionId) => tensions.get(tensionId),
    accessOptionById: (accessId) => accessOptions.get(accessId),
    wijkteamModelById: (modelId) => wijkteamModels.get(modelId),
    factById: (factId) => facts.get(factId),
    contradictionById: (pairId) => contradictions.get(pairId),
    organisationOption: (question, optionId) => (optionId === null ? undefined : organisationOptions[question].get(optionId)),
    factorTitle: (factorId) => factors.get(factorId)?.title ?? factorId,
    themeTitle: (themeId) => themes.get(themeId)?.title ?? themeId,
    rungTitle: (rung) => {
      const found = typeof rung === 'number' ? q.rungs[rung] : rungs.get(rung)
      return found?.title ?? String(rung)
    },
    indicatorText: (indicatorId) => indicators.get(indicatorId)?.text ?? indicatorId,
    accessLabel: (accessId) => accessOptions.get(accessId)?.label ?? accessId,
  }
  indexes.set(q, index)
  return index
}

export function factorTitle(q: Questionnaire, factorId: string): string {
  return questionnaireIndex(q).factorTitle(factorId)
}

export function themeTitle(q: Questionnaire, themeId: string): string {
  return questionnaireIndex(q).themeTitle(themeId)
}

export function rungTitle(q: Questionnaire, rung: string | number): string {
  return questionnaireIndex(q).rungTitle(rung)
}

export function indicatorText(q: Questionnaire, indicatorId: string): string {
  return questionnaireIndex(q).indicatorText(indicatorId)
}
