import { globalIgnores } from 'eslint/config'
import pluginVue from 'eslint-plugin-vue'
import pluginVitest from '@vitest/eslint-plugin'
import { defineConfigWithVueTs, vueTsConfigs } from '@vue/eslint-config-typescript'

/**
 * The layers of src/ as rules the code cannot break (each folder's README.md says the same in words):
 * core is pure TypeScript; components only present; composables and lib take data in; the stores keep
 * the questionnaire (a chunk of its own) off the first route. `dynamic` also catches `import('…')`,
 * which no-restricted-imports does not see.
 */
const upTo = (folders) => `^(@/|(\\.\\./)+)(${folders})(/|$)`
function layer(name, files, patterns, dynamic) {
  return {
    name: `app/layers/${name}`,
    files,
    rules: {
      'no-restricted-imports': ['error', { patterns }],
      ...(dynamic
        ? {
            'no-restricted-syntax': [
              'error',
              { selector: `ImportExpression[source.value=/${dynamic.regex}/]`, message: dynamic.message },
            ],
          }
        : {}),
    },
  }
}
const layerRules = [
  layer('core', ['src/core/**'], [
    {
      regex: '^(?!zod(/[a-z]+)?$|\\.{1,2}/|@/core/)',
      message: 'src/core is pure TypeScript: it imports only zod and core (src/core/README.md).',
    },
    {
      regex: '^\\.{1,2}/(.*/)?(content|stores|components|composables|views|lib|locales|assets)(/|$)',
      message: 'src/core imports only zod and core (src/core/README.md).',
    },
  ], { regex: '^(?!\\.{1,2}\\/|@\\/core\\/)', message: 'src/core imports only zod and core (src/core/README.md).' }),
  layer('content', ['src/content/**'], [
    {
      regex: upTo('stores|components|composables|views|lib|locales'),
      message: 'src/content is typed data: it imports only core types (src/content/README.md).',
    },
  ]),
  layer('components', ['src/components/**'], [
    {
      regex: upTo('stores|content|views'),
      message: 'Components only present: no stores, no content; the view or a composable passes them in (src/components/README.md).',
    },
  ], { regex: '^@\\/(stores|content|views)\\/', message: 'Components import no stores, content or views (src/components/README.md).' }),
  layer('composables', ['src/composables/**'], [
    {
      regex: upTo('stores|components|views'),
      message: 'Composables take the data they need as arguments: no stores, no components (src/composables/README.md).',
    },
  ], { regex: '^@\\/(stores|components|views)\\/', message: 'Composables import no stores, components or views (src/composables/README.md).' }),
  layer('stores', ['src/stores/**'], [
    {
      regex: '^(@/|(\\.\\./)+)content/(?!version$)',
      message: 'Stores never import the content: the start page would load the questionnaire. Use currentQuestionnaire() (src/stores/README.md).',
    },
    { regex: upTo('components|views'), message: 'Stores import no components or views (src/stores/README.md).' },
  ], { regex: '^@\\/content\\/', message: 'Stores never import the content (src/stores/README.md).' }),
  layer('lib', ['src/lib/**'], [
    {
      regex: upTo('stores|components|views|content|composables'),
      message: 'src/lib may import core and other lib modules, never Vue components, stores or content (src/lib/README.md).',
    },
    { regex: '\\.vue$', message: 'src/lib imports no Vue components (src/lib/README.md).' },
  ]),
]

export default defineConfigWithVueTs(
  { name: 'app/files-to-lint', files: ['**/*.{ts,mts,vue}'] },
  globalIgnores(['dist/**', 'dist-single/**', 'coverage/**', 'screenshots/**', 'bench/results/**']),
  pluginVue.configs['flat/essential'],
  vueTsConfigs.recommended,
  {
    name: 'app/rules',
    rules: {
      // Nothing a user typed or imported is ever rendered as HTML.
      'vue/no-v-html': 'error',
      'vue/component-api-style': ['error', ['script-setup']],
      'vue/block-lang': ['error', { script: { lang: 'ts' } }],
      'vue/define-macros-order': 'error',
      'vue/no-unused-refs': 'error',
      'vue/no-useless-v-bind': 'error',
      'vue/prefer-true-attribute-shorthand': 'error',
      'vue/multi-word-component-names': 'off',
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error'] }],
    },
  },
  ...layerRules,
  {
    name: 'app/tests',
    files: ['tests/**/*.spec.ts'],
    ...pluginVitest.configs.recommended,
    rules: {
      ...pluginVitest.configs.recommended.rules,
      // Vitest's expect takes a message as its second argument.
      'vitest/valid-expect': ['error', { maxArgs: 2 }],
      // fast-check's assert fails the test on the first counterexample, like expect.
      'vitest/expect-expect': ['error', { assertFunctionNames: ['expect', 'fc.assert'] }],
    },
  },
  {
    name: 'app/node-scripts',
    files: ['scripts/**', 'tests/browser/**'],
    rules: { 'no-console': 'off' },
  },
)
