import { common } from './common'
import { about } from './about'
import { files } from './files'
import { start } from './start'
import { questionnaire } from './questionnaire'
import { results } from './results'
import { workshop } from './workshop'
import { compare } from './compare'
import { saved } from './saved'
import { print } from './print'
import { report } from './report'
import { disagreement } from './disagreement'
import { roleGroups } from './roleGroups'
import { projector } from './projector'
import { glossary } from './glossary'
import { grounding } from './grounding'
import { series } from './series'
import { seriesReport } from './seriesReport'
import { ladder } from './ladder'
import { handin } from './handin'
import { storage } from './storage'
import { fields } from './fields'

/** All Dutch UI text, one module per feature so that each screen's words live together. */
export const nl = {
  ...common,
  about,
  files,
  start,
  questionnaire,
  results,
  workshop,
  compare,
  saved,
  print,
  report,
  disagreement,
  roleGroups,
  projector,
  glossary,
  grounding,
  series,
  seriesReport,
  ladder,
  handin,
  storage,
  fields,
}
