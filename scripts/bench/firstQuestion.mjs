// Issue #17 item 4: the questionnaire route starts as fast as the framework allows. A paired run:
// the app's first questionnaire step against a bare Vue + vue-router + Pinia page (./bare) with the
// same number of radio buttons, loaded alternately in fresh browser contexts, unthrottled and at 4×
// CPU throttling. "First question shown" is measured in the page the same way for both: from
// navigation start until the frame that first has a radio button in a fieldset has been rendered
// (style, layout and paint: the task after that frame's animation-frame callback).
import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build, preview } from 'vite'
import vue from '@vitejs/plugin-vue'
import { median, round } from './stats.mjs'

const bareRoot = join(dirname(fileURLToPath(import.meta.url)), 'bare')
const FIRST_RADIO = 'fieldset input[type="radio"]'
const APP_PATH = '#/vragenlijst/inhoud'
/** The bound of issue #17: the app's median within 1.15× of the bare page's. */
export const FIRST_QUESTION_RATIO_BOUND = 1.15


/** Builds the bare page (with the same Vue plugin, so the same feature flags as the app) and serves it. */
async function serveBarePage() {
  const outDir = mkdtempSync(join(tmpdir(), 'integraalscan-bench-bare-'))
  const config = { root: bareRoot, configFile: false, base: './', logLevel: 'warn', plugins: [vue()], build: { outDir, emptyOutDir: true, target: 'es2022' } }
  await build(config)
  const server = await preview({ ...config, preview: { host: '127.0.0.1', port: 0 } })
  return { server, baseUrl: `http://127.0.0.1:${server.httpServer.address().port}/` }
}

async function openPage(browser, throttle) {
  const context = await browser.newContext()
  const page = await context.newPage()
  if (throttle > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate: throttle })
  return { context, page }
}

/** One fresh load: ms from navigation start until the first radio button has been rendered. */
async function timeLoad(browser, url, throttle) {
  const { context, page } = await openPage(browser, throttle)
  await page.addInitScript((selector) => {
    window.__firstQuestion = new Promise((resolve) => {
      const observer = new MutationObserver(() => {
        if (!document.querySelector(selector)) return
        observer.disconnect()
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now())
          channel.port2.postMessage(null)
        })
      })
      observer.observe(document, { childList: true, subtree: true })
    })
  }, FIRST_RADIO)
  await page.goto(url)
  const ms = await page.evaluate(() => window.__firstQuestion)
  await context.close()
  return ms
}

/** How many radio buttons the app's first step shows, once everything has loaded. */
async function radioCount(browser, appUrl) {
  const { context, page } = await openPage(browser, 1)
  await page.goto(appUrl, { waitUntil: 'networkidle' })
  await page.locator(FIRST_RADIO).first().waitFor()
  const count = await page.locator('input[type="radio"]').count()
  await context.close()
  return count
}

/**
 * The paired run: per throttling rate, `loads` loads of each page, alternating which goes first,
 * after one unrecorded warm-up load of each. Returns the medians, every run and the ratio.
 */
export async function pairedFirstQuestion(browser, appBaseUrl, { loads = 10, rates = [1, 4] } = {}) {
  const appUrl = `${appBaseUrl}${APP_PATH}`
  const radios = await radioCount(browser, appUrl)
  const bare = await serveBarePage()
  const bareUrl = `${bare.baseUrl}?radios=${radios}#/vragenlijst/inhoud`
  try {
    const rows = []
    for (const rate of rates) {
      const app = []
      const plain = []
      await timeLoad(browser, appUrl, rate)
      await timeLoad(browser, bareUrl, rate)
      for (let run = 0; run < loads; run += 1) {
        const order = run % 2 === 0 ? ['app', 'bare'] : ['bare', 'app']
        for (const which of order) {
          if (which === 'app') app.push(await timeLoad(browser, appUrl, rate))
          else plain.push(await timeLoad(browser, bareUrl, rate))
        }
      }
      const appMs = median(app)
      const bareMs = median(plain)
      const ratio = appMs / bareMs
      rows.push({ cpuSlowdown: rate, appMedianMs: round(appMs), bareMedianMs: round(bareMs), ratio: Math.round(ratio * 100) / 100, met: ratio <= FIRST_QUESTION_RATIO_BOUND, appRunsMs: app.map(round), bareRunsMs: plain.map(round) })
    }
    return { radios, loads, bound: FIRST_QUESTION_RATIO_BOUND, rows }
  } finally {
    await bare.server.close()
  }
}

/** The paired figures, one line per throttling rate. */
export function printPaired(paired) {
  console.log(`\nEerste vraag, gepaard tegen een kale Vue + router + Pinia-pagina met ${paired.radios} keuzerondjes (mediaan van ${paired.loads} keer elk, om en om, steeds een nieuwe context):`)
  for (const row of paired.rows) {
    const rate = row.cpuSlowdown === 1 ? 'zonder vertraging' : `${row.cpuSlowdown}× CPU-vertraging`
    console.log(`- ${rate}: app ${row.appMedianMs} ms, kale pagina ${row.bareMedianMs} ms, verhouding ${row.ratio} (grens ${paired.bound}): ${row.met ? 'gehaald' : 'NIET gehaald'}`)
  }
}

/** The line for the "Budgetten" block. */
export function pairedBudgetLine(paired) {
  const ratios = paired.rows.map((row) => `${row.ratio} bij ${row.cpuSlowdown}×`).join(', ')
  const met = paired.rows.every((row) => row.met)
  return `- eerste vraag ≤ ${paired.bound}× de kale pagina (zonder en met 4× CPU-vertraging): ${ratios}, ${met ? 'gehaald' : 'NIET gehaald'}`
}

// `node scripts/bench/firstQuestion.mjs` runs only this measurement (after `npx vite build`).
if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { chromium } = await import('playwright-core')
  const root = process.env.APP_ROOT ?? join(dirname(fileURLToPath(import.meta.url)), '../..')
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } })
  const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic'] })
  try {
    const paired = await pairedFirstQuestion(browser, `http://127.0.0.1:${server.httpServer.address().port}/`, { loads: Number(process.env.LOADS) || 10 })
    printPaired(paired)
    console.log(pairedBudgetLine(paired))
  } finally {
    await browser.close()
    await server.close()
  }
}
