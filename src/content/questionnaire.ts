/**
 * The complete questionnaire definition of the Integraalscan, assembled from the content files.
 * It must pass `QuestionnaireSchema` (tests/unit/content.spec.ts checks this).
 */
import type { Questionnaire } from '../core/model'
import { clientFactors } from './client'
import { factors } from './factors'
import { accessQuestion, ladderIndicators, ownGuessQuestion, rungs } from './ladder'
import { organisation } from './organisation'
import { contradictions } from './contradictions'
import { facts, roles, wijkteamDesign, wijkteamModels, workIncomePositions } from './profile'
import { scale } from './scale'
import { tensions } from './tensions'
import { statementHistory } from './statementHistory'
import { themes } from './themes'
import { QUESTIONNAIRE_VERSION } from './version'

export const questionnaire: Questionnaire = {
  version: QUESTIONNAIRE_VERSION,
  statementHistory,
  themes,
  factors: [...factors, ...clientFactors],
  scale,
  rungs,
  ladderIndicators,
  accessQuestion,
  ownGuessQuestion,
  organisation,
  contradictions,
  tensions,
  wijkteamModels,
  wijkteamDesign,
  workIncomePositions,
  roles,
  facts,
}
