// `npx vite build && node scripts/bench/firstScreensRun.mjs`: only the paired first-screens run.
// LOADS=… changes the count (default 9); APP_DIST=… times another build; AB=name=/path/dist,… adds
// other builds of the app, timed on the first question beside it (an A/B of two builds).
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { chromium } from 'playwright-core'
import { pairedFirstScreens, printPaired, welcomeInvitation } from './firstScreens.mjs'
import { loadCore } from './loadCore.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
const extra = Object.fromEntries((process.env.AB ?? '').split(',').filter(Boolean).map((pair) => pair.split('=')))
const executablePath = [process.env.CHROMIUM_PATH, '/usr/bin/chromium'].find((path) => path && existsSync(path))
const invitation = welcomeInvitation(await loadCore(root))
const browser = await chromium.launch({ executablePath, headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'] })
try {
  const paired = await pairedFirstScreens(browser, {
    appDist: process.env.APP_DIST ?? join(root, 'dist'),
    refs: process.env.PERF_REFS ?? join(root, '../shared/perf'),
    invitation,
    loads: Number(process.env.LOADS) || 9,
    rates: (process.env.RATES ?? '1,4').split(',').map(Number),
    extra,
  })
  printPaired(paired)
  if (process.env.JSON) console.log(JSON.stringify(paired))
} finally {
  await browser.close()
}
