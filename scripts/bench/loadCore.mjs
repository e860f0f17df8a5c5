// The pure core and content (scripts/bench/coreEntry.ts), bundled once into a temp folder so that
// Node can run them without a TypeScript runner.
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pathToFileURL } from 'node:url'
import { build } from 'vite'

export async function loadCore(root) {
  const outDir = mkdtempSync(join(tmpdir(), 'integraalscan-bench-core-'))
  await build({
    root,
    configFile: false,
    logLevel: 'warn',
    build: { outDir, emptyOutDir: true, minify: false, lib: { entry: join(root, 'scripts/bench/coreEntry.ts'), formats: ['es'], fileName: 'core' } },
  })
  return import(pathToFileURL(join(outDir, 'core.js')).href)
}
