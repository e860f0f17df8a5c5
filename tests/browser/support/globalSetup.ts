import { existsSync } from 'node:fs'
import { resolve } from 'node:path'
import { pathToFileURL } from 'node:url'
import { preview, type PreviewServer } from 'vite'
import type { TestProject } from 'vitest/node'

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']

export function findChromium(): string | undefined {
  const fromEnv = process.env.CHROMIUM_PATH
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined
  return CANDIDATES.find((path) => existsSync(path))
}

let server: PreviewServer | undefined

/** Serves the production build on 127.0.0.1 for the browser tests, and finds the system Chromium. */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const chromiumPath = findChromium()
  if (!chromiumPath) {
    throw new Error(
      'Geen Chromium gevonden voor de browsertests. Installeer het met: apt-get install -y chromium ' +
        '(of zet CHROMIUM_PATH naar een Chromium of Chrome).',
    )
  }
  const root = resolve(import.meta.dirname, '../../..')
  for (const built of ['dist/index.html', 'dist-single/index.html']) {
    if (!existsSync(resolve(root, built))) throw new Error(`${built} ontbreekt: run eerst "npm run build" en "npm run build:single".`)
  }
  server = await preview({
    root,
    logLevel: 'warn',
    preview: { host: '127.0.0.1', port: 0, strictPort: false, open: false },
    build: { outDir: 'dist' },
  })
  const address = server.httpServer.address()
  if (address === null || typeof address === 'string') throw new Error('The preview server has no port.')
  project.provide('baseUrl', `http://127.0.0.1:${address.port}/`)
  project.provide('singleFileUrl', pathToFileURL(resolve(root, 'dist-single/index.html')).href)
  project.provide('chromiumPath', chromiumPath)
  return async () => {
    await server?.close()
  }
}

declare module 'vitest' {
  export interface ProvidedContext {
    baseUrl: string
    singleFileUrl: string
    chromiumPath: string
  }
}
