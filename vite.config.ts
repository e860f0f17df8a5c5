import { fileURLToPath, URL } from 'node:url'
import { defineConfig } from 'vitest/config'
import vue from '@vitejs/plugin-vue'
import { viteSingleFile } from 'vite-plugin-singlefile'
import { contentSecurityPolicy } from './scripts/csp.ts'

/**
 * Fewer, larger chunks on the way to the first screen (issue #27): every request waits for one of the
 * browser's six connections to a host (HTTP/1.1) and for the server, so the first route's graph is one
 * chunk beside the entry instead of five, and the questionnaire view with everything it imports (the
 * phone's first screen after an invitation or a reload) one chunk instead of eleven, and the hand-in
 * page with its QR encoder one instead of five. All of these but the first route stay lazy, and so
 * do the later parts (the facts under a factor), each in its own chunk.
 */
const firstScreenChunks = [
  { name: 'app', tags: ['$initial' as const], priority: 2 },
  { name: 'QuestionnaireView', test: /src[\\/]views[\\/]QuestionnaireView\.vue/, priority: 1 },
  // The hand-in page with its panel, QR code and the QR encoder it would otherwise fetch after them.
  { name: 'HandinView', test: /src[\\/](views[\\/]HandinView\.vue|lib[\\/]qr[\\/]qrMatrix\.ts)/ },
]

// Unit tests that drive stores through the device storage, so need a page (happy-dom).
const domUnitTests = ['tests/unit/importFuzz.spec.ts']

// `vite build --mode single` writes one self-contained HTML file to dist-single/ that works from file://.
export default defineConfig(({ mode }) => {
  const single = mode === 'single'
  return {
    // Relative asset paths: the build works from any static host and any sub-folder.
    base: './',
    plugins: [vue(), ...(single ? [viteSingleFile()] : []), contentSecurityPolicy({ inline: single })],
    // Every component is <script setup> and no dependency uses the Options API: leaving it out of Vue
    // makes the first route smaller and quicker to evaluate (issue #27).
    define: { __VUE_OPTIONS_API__: 'false' },
    resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
    build: {
      outDir: single ? 'dist-single' : 'dist',
      target: 'es2022',
      reportCompressedSize: false,
      rolldownOptions: single ? {} : { output: { codeSplitting: { groups: firstScreenChunks } } },
    },
    test: {
      // Each run ends with one plain line, "N passed, N failed".
      reporters: ['default', './tests/support/summaryReporter.ts'],
      projects: [
        {
          extends: true,
          test: {
            // The core and everything else that needs no DOM: plain Node, no page environment to build per file.
            name: 'unit',
            include: ['tests/unit/**/*.spec.ts'],
            exclude: domUnitTests,
            environment: 'node',
            // Property-based tests run thousands of cases; give them room on a busy 2-core machine.
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            // Components, stores and composables: a page (happy-dom) with localStorage, and the UI text loaded.
            name: 'component',
            include: ['tests/component/**/*.spec.ts', ...domUnitTests],
            environment: 'happy-dom',
            setupFiles: ['tests/support/allMessages.ts', 'tests/support/componentSetup.ts'],
            restoreMocks: true,
            testTimeout: 30_000,
          },
        },
        {
          extends: true,
          test: {
            name: 'browser',
            include: ['tests/browser/**/*.spec.ts'],
            environment: 'node',
            globalSetup: ['tests/browser/support/globalSetup.ts'],
            // A test that runs axe at two widths takes over a minute when other processes load both
            // cores (CI on a shared machine); nothing waits on a clock, so the room costs nothing when idle.
            testTimeout: 120_000,
            hookTimeout: 60_000,
            fileParallelism: false,
          },
        },
      ],
      coverage: {
        provider: 'v8',
        include: ['src/core/**/*.ts'],
        reporter: ['text-summary'],
        // Branches back up to 91 % (91.64 % measured, 2026-12-04) with edge-case tests for the hand-in and
        // invitation codes, short links, series files and comparison sides; raise it toward 95 % as more land.
        thresholds: { lines: 95, branches: 91 },
      },
    },
  }
})
