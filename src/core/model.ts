/**
 * The shapes of the scan, one import for both: the questionnaire definition (contentModel.ts) and
 * a saved result (resultModel.ts). Schemas use `zod/mini` because it costs a third of the classic
 * API in the first-load bundle.
 */
export * from './contentModel'
export * from './resultModel'
