// The pure core and content, bundled for the benchmark so Node can time them without a TS runner.
export { questionnaire } from '../../src/content/questionnaire'
export { aggregateTeam } from '../../src/core/team/aggregate'
export { compareResults } from '../../src/core/compare/compare'
export { summarizeResult } from '../../src/core/scan/summary'
export { answersOf, toTeamResult } from '../../src/core/files/newResult'
export { parseResultFile } from '../../src/core/files/fileFormat'
export { encodeHandinCode } from '../../src/core/files/handinCode'
export { codeLayout } from '../../src/core/files/codeLayout'
