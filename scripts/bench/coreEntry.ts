// The pure core and content, bundled for the benchmark so Node can time them without a TS runner.
export { questionnaire } from '../../src/content/questionnaire'
export { aggregateTeam } from '../../src/core/aggregate'
export { compareResults } from '../../src/core/compare'
export { summarizeResult } from '../../src/core/summary'
export { answersOf, toTeamResult } from '../../src/core/newResult'
export { parseResultFile } from '../../src/core/fileFormat'
