/**
 * The questionnaire's version, on its own so that the first route can stamp a saved scan with it
 * before the rest of the content (a chunk of its own, see src/composables/useQuestionnaire.ts) arrives.
 */
export const QUESTIONNAIRE_VERSION = '2026.2'
