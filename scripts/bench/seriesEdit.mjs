// Issue #25 item 4: a series of the largest size the app takes in (40 moments, each a team of 500)
// stays responsive. Timed in Chromium on the built app: changing one moment's date, from the change
// to the next painted frame, and the longest main-thread task in the seconds after it (the save to
// the device, which runs after paint). Run alone: `node scripts/bench/seriesEdit.mjs` (after a build).
import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { median, round } from './stats.mjs'

export const SERIES_EDIT_BUDGET = { paintMs: 200, longestTaskMs: 1000 }
const MOMENTS = 40
const PER_MOMENT = 500

/** 40 team files of 500 participants each, each team a different slice of the pool so none is a duplicate. */
function teamFiles(core, participants) {
  const folder = mkdtempSync(join(tmpdir(), 'integraalscan-series-bench-'))
  return Array.from({ length: MOMENTS }, (_, index) => {
    const members = Array.from({ length: PER_MOMENT }, (_, i) => participants[(index * 13 + i) % participants.length])
    const team = core.toTeamResult({
      questionnaireVersion: core.questionnaire.version,
      profile: { team: 'Wijkteam Noord', date: `${2000 + index}-03-01` },
      participants: members.map(core.answersOf),
      agreed: {},
      actions: [],
      savedAt: '2026-12-07T10:00:00.000Z',
    })
    const path = join(folder, `meting-${index + 1}.json`)
    writeFileSync(path, JSON.stringify(team))
    return path
  })
}

/** One edit in the page: a moment's date changed, timed to the next frame, with every long task after it. */
function editInPage(date) {
  return new Promise((done) => {
    const tasks = []
    const observer = new PerformanceObserver((list) => tasks.push(...list.getEntries().map((entry) => entry.duration)))
    observer.observe({ type: 'longtask' })
    const input = document.querySelector('[data-moment="1"] input[type="date"]')
    const start = performance.now()
    input.value = date
    input.dispatchEvent(new Event('change', { bubbles: true }))
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        const paintMs = performance.now() - start
        setTimeout(() => {
          observer.disconnect()
          done({ paintMs, longestTaskMs: Math.max(0, ...tasks), blockingMs: tasks.reduce((sum, ms) => sum + Math.max(0, ms - 50), 0) })
        }, 3000)
      }),
    )
  })
}

export async function seriesEditBench(browser, baseUrl, core, participants) {
  const paths = teamFiles(core, participants)
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
  const page = await context.newPage()
  try {
    await page.goto(`${baseUrl}#/reeks`)
    await page.locator('[data-series-files] input[type="file"]').waitFor()
    const start = Date.now()
    await page.locator('[data-series-files] input[type="file"]').setInputFiles(paths)
    await page.locator(`[data-moment="${MOMENTS}"]`).waitFor({ timeout: 600_000 })
    const addMs = Date.now() - start
    await page.waitForTimeout(3000) // let the after-paint save of the addition pass before timing edits
    const runs = []
    for (const date of ['1999-01-02', '1999-01-03', '1999-01-04']) runs.push(await page.evaluate(editInPage, date))
    return {
      moments: MOMENTS,
      participantsPerMoment: PER_MOMENT,
      addMs,
      paintMs: round(median(runs.map((run) => run.paintMs))),
      longestTaskMs: round(median(runs.map((run) => run.longestTaskMs))),
      blockingMs: round(median(runs.map((run) => run.blockingMs))),
      runs: runs.map((run) => ({ paintMs: round(run.paintMs), longestTaskMs: round(run.longestTaskMs) })),
      budget: SERIES_EDIT_BUDGET,
    }
  } finally {
    await context.close()
  }
}

export function seriesEditBudgetLines(result) {
  const verdict = (ok) => (ok ? 'gehaald' : 'NIET gehaald')
  const { budget } = result
  return [
    `- wijziging in de grootste meetreeks (${result.moments} momenten × ${result.participantsPerMoment}) op het scherm ≤ ${budget.paintMs} ms (mediaan van 3): ${result.paintMs} ms, ${verdict(result.paintMs <= budget.paintMs)}`,
    `- langste taak op de hoofdthread daarna (bewaren) ≤ ${budget.longestTaskMs} ms: ${result.longestTaskMs} ms, ${verdict(result.longestTaskMs <= budget.longestTaskMs)}`,
  ]
}

/** Participants from the committed fixtures, each copy with a few answers moved so that none is a duplicate. */
export function benchParticipants(root, count) {
  const folder = join(root, 'tests/fixtures/participants')
  const bases = readdirSync(folder).map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')))
  const ids = Object.keys(bases[0].answers)
  let seed = 11
  const random = () => (seed = (seed * 16807) % 2147483647) / 2147483647
  return Array.from({ length: count }, (_, index) => {
    const copy = structuredClone(bases[index % bases.length])
    for (let change = 0; change < 6; change += 1) copy.answers[ids[Math.floor(random() * ids.length)]] = 1 + Math.floor(random() * 5)
    copy.profile = {}
    return copy
  })
}

// Alone: builds the core for Node, serves the existing dist/ and prints the figures.
if (process.argv[1] && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const root = resolve(dirname(fileURLToPath(import.meta.url)), '../..')
  const { build, preview } = await import('vite')
  const { chromium } = await import('playwright-core')
  const outDir = mkdtempSync(join(tmpdir(), 'integraalscan-bench-core-'))
  await build({ root, configFile: false, logLevel: 'warn', build: { outDir, emptyOutDir: true, minify: false, lib: { entry: join(root, 'scripts/bench/coreEntry.ts'), formats: ['es'], fileName: 'core' } } })
  const core = await import(pathToFileURL(join(outDir, 'core.js')).href)
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] })
  try {
    const result = await seriesEditBench(browser, `http://127.0.0.1:${server.httpServer.address().port}/`, core, benchParticipants(root, 1000))
    console.log(JSON.stringify(result, null, 2))
    for (const line of seriesEditBudgetLines(result)) console.log(line)
  } finally {
    await browser.close()
    await server.close()
  }
}
