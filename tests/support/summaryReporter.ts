import type { Reporter, TestModule } from 'vitest/node'

/**
 * Ends the browser run with one plain line, "N passed, N failed", so that CI and people read the
 * outcome from the last line.
 */
export default class SummaryReporter implements Reporter {
  onTestRunEnd(testModules: ReadonlyArray<TestModule>): void {
    let passed = 0
    let failed = 0
    for (const module of testModules) {
      let failedInModule = 0
      for (const test of module.children.allTests()) {
        const state = test.result().state
        if (state === 'passed') passed += 1
        else if (state === 'failed') failedInModule += 1
      }
      // A file that failed outside its tests (a hook, an import) counts as one failure.
      failed += module.state() === 'failed' && failedInModule === 0 ? 1 : failedInModule
    }
    process.stdout.write(`\n${passed} passed, ${failed} failed\n`)
  }
}
