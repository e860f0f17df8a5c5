// @vitest-environment node
import { fileURLToPath } from 'node:url'
import { ESLint } from 'eslint'
import { beforeAll, describe, expect, it } from 'vitest'

/**
 * The layers of src/ are lint rules (eslint.config.js): an import across a layer fails `npm run lint`.
 * Each case lints one line in place of an existing file of that folder (the TypeScript parser only
 * reads files its project knows), so the rules are checked against the real configuration.
 */
const root = fileURLToPath(new URL('../..', import.meta.url))
const eslint = new ESLint({ cwd: root, overrideConfigFile: `${root}eslint.config.js` })

async function layerErrors(filePath: string, line: string): Promise<string[]> {
  const code = filePath.endsWith('.vue') ? `<script setup lang="ts">\n${line}\nconsole.warn(x)\n</script>\n` : `${line}\nexport const used = [x]\n`
  const [result] = await eslint.lintText(code, { filePath: `${root}${filePath}` })
  const messages = result?.messages ?? []
  expect(messages.filter((m) => m.fatal)).toEqual([])
  return messages.filter((m) => m.ruleId === 'no-restricted-imports' || m.ruleId === 'no-restricted-syntax').map((m) => m.message)
}

describe('layer rules', () => {
  // The first lint loads the plugins and the TypeScript project: slow on a busy machine, so not in a test's time.
  beforeAll(async () => {
    await eslint.lintText('export {}\n', { filePath: `${root}src/core/scan/scope.ts` })
  }, 120_000)

  it.each([
    ['src/core/scan/scope.ts', "import { ref as x } from 'vue'", 'imports only zod and core'],
    ['src/core/scan/scope.ts', "import { useAssessmentStore as x } from '@/stores/assessment'", 'imports only zod and core'],
    ['src/core/scan/scope.ts', "import { questionnaire as x } from '../../content/questionnaire'", 'imports only zod and core'],
    ['src/core/scan/scope.ts', "const x = import('@/locales')", 'imports only zod and core'],
    ['src/components/common/LargeTextToggle.vue', "import { useSettingsStore as x } from '@/stores/settings'", 'no stores, no content'],
    ['src/components/common/LargeTextToggle.vue', "import type { SavedEntry as x } from '@/stores/savedResults'", 'no stores, no content'],
    ['src/components/glossary/GlossaryText.vue', "import { glossary as x } from '@/content/glossary'", 'no stores, no content'],
    ['src/composables/useBeep.ts', "import { useCompareStore as x } from '@/stores/compare'", 'no stores, no components'],
    ['src/composables/useBeep.ts', "import x from '@/components/common/ScrollTable.vue'", 'no stores, no components'],
    ['src/stores/settings.ts', "import { questionnaire as x } from '@/content/questionnaire'", 'start page would load the questionnaire'],
    ['src/stores/settings.ts', "const x = import('@/content/questionnaire')", 'never import the content'],
    ['src/lib/charts/plotScale.ts', "import x from '@/components/common/ScrollTable.vue'", 'never Vue components, stores'],
    ['src/lib/charts/plotScale.ts', "import { useSeriesStore as x } from '@/stores/series'", 'never Vue components, stores'],
  ])('%s: %s fails', async (file, line, message) => {
    const errors = await layerErrors(file, line)
    expect(errors).not.toHaveLength(0)
    expect(errors.join('\n')).toContain(message)
  })

  it.each([
    ['src/core/scan/scope.ts', "import { z as x } from 'zod/mini'"],
    ['src/core/scan/scope.ts', "import { questionnaireIndex as x } from '../util/lookups'"],
    ['src/components/common/LargeTextToggle.vue', "import type { SavedEntry as x } from '@/core/files/fileFormat'"],
    ['src/composables/useBeep.ts', "import { glossary as x } from '@/content/glossary'"],
    ['src/stores/settings.ts', "import { QUESTIONNAIRE_VERSION as x } from '@/content/version'"],
    ['src/lib/charts/plotScale.ts', "import { factorRadar as x } from '@/core/scan/radar'"],
    ['src/views/reportSources.ts', "import { useCompareStore as x } from '@/stores/compare'"],
  ])('%s: %s is allowed', async (file, line) => {
    expect(await layerErrors(file, line)).toEqual([])
  })
})
