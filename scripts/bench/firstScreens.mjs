// Issue #27: the participant's first screens against two reference builds in one paired run.
// One static server on 127.0.0.1 serves the app's build at /app/ and, beside it, the lean floor (a
// lean Vue + router + Pinia + zod page with 360 radios, ../shared/perf/lean-floor) and SurveyJS (the
// same statements as a SurveyJS survey, ../shared/perf/surveyjs). Every load is a fresh browser
// context; the pages take turns (the order rotates each round) so that a change in the machine's load
// falls on all of them alike. "On screen" is measured in the page the same way for every page: from
// navigation start until the frame that first holds the target element has been rendered (the task
// after that frame's animation-frame callback).
import { existsSync } from 'node:fs'
import { loadavg } from 'node:os'
import { join } from 'node:path'
import { serveStatic } from './staticServer.mjs'
import { median, round } from './stats.mjs'

const RADIO = 'input[type="radio"]'
/** The hand-in screen's QR code (components/handin/HandinQrCode.vue), once drawn. */
const QR = 'svg.handin-qr'
/** The goals of issue #27, at 4× CPU: app ≤ 1.25× the floor, SurveyJS ≥ 4× the app; unthrottled ≤ 1.35×. */
export const GOALS = { throttledRatio: 1.25, surveyJsFactor: 4, unthrottledRatio: 1.35 }

async function openPage(browser, rate, init) {
  const context = await browser.newContext({ viewport: { width: 390, height: 844 } })
  if (init) await context.addInitScript(init.script, init.arg)
  const page = await context.newPage()
  if (rate > 1) await (await context.newCDPSession(page)).send('Emulation.setCPUThrottlingRate', { rate })
  return { context, page }
}

/** ms from navigation start until the frame that first shows `selector` has been rendered. */
async function timeLoad(browser, { url, selector, init }, rate) {
  const { context, page } = await openPage(browser, rate, init)
  await page.addInitScript((target) => {
    window.__shown = new Promise((resolve) => {
      const check = () => {
        if (!document.querySelector(target)) return false
        requestAnimationFrame(() => {
          const channel = new MessageChannel()
          channel.port1.onmessage = () => resolve(performance.now())
          channel.port2.postMessage(null)
        })
        return true
      }
      const observer = new MutationObserver(() => check() && observer.disconnect())
      observer.observe(document, { childList: true, subtree: true })
    })
  }, selector)
  await page.goto(url)
  const ms = await page.evaluate(() => window.__shown)
  await context.close()
  return ms
}

/**
 * What a participant's device holds after answering every statement of the first step: read from
 * the app itself (so it follows the storage format), then put in place before each hand-in load.
 */
async function storedScan(browser, appUrl) {
  const { context, page } = await openPage(browser, 1)
  await page.goto(`${appUrl}#/vragenlijst/inhoud`)
  await page.locator(RADIO).first().waitFor()
  const groups = page.locator('main fieldset.choice-group')
  const count = await groups.count()
  for (let index = 0; index < count; index += 1) await groups.nth(index).locator('label.choice-group__option').nth(2).click()
  const stored = await page.evaluate(() => Object.fromEntries(Object.keys(localStorage).map((key) => [key, localStorage.getItem(key)])))
  await context.close()
  return stored
}

const fillStorage = {
  script: (entries) => {
    // Only on the app's own page, before its scripts run.
    if (location.pathname.startsWith('/app/')) for (const [key, value] of Object.entries(entries)) localStorage.setItem(key, value)
  },
}

/**
 * From tapping the hand-in link on the last step until the QR code is on screen (the participant's
 * own path; the encoder may load while the last step is open). Measured in the page.
 */
async function timeHandinTap(browser, appUrl, stored, rate) {
  const { context, page } = await openPage(browser, rate, { ...fillStorage, arg: stored })
  await page.goto(`${appUrl}#/vragenlijst/controle`)
  const link = page.locator('a[href$="#/inleveren"]').first()
  await link.waitFor()
  // Give the last step its moment on screen, as a participant reading it would.
  await page.waitForLoadState('networkidle')
  const ms = await page.evaluate(
    ({ selector }) =>
      new Promise((resolve) => {
        const start = performance.now()
        const observer = new MutationObserver(() => {
          if (!document.querySelector(selector)) return
          observer.disconnect()
          requestAnimationFrame(() => {
            const channel = new MessageChannel()
            channel.port1.onmessage = () => resolve(performance.now() - start)
            channel.port2.postMessage(null)
          })
        })
        observer.observe(document, { childList: true, subtree: true })
        document.querySelector('a[href$="#/inleveren"]').click()
      }),
    { selector: QR },
  )
  await context.close()
  return ms
}

/** The invitation a participant opens (round 1): the same workshop as tests/browser/invitationWelcome.spec.ts. */
const WELCOME_SETUP = { team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-03', mode: 'kort', includeClientModule: false, outOfScope: [], round: 1, askOnly: [] }

/** The invitation code for the welcome screen, made by the app's own core (scripts/bench/loadCore.mjs). */
export function welcomeInvitation(core) {
  return core.encodeInvitation(core.questionnaire, WELCOME_SETUP)
}

/** The welcome screen of an invitation (issue #23): on screen once its "Beginnen" button is. */
const WELCOME = '[data-welcome-begin]'

/**
 * The paired run. `appDist` is the app's build; `refs` the folder holding lean-floor/ and surveyjs/;
 * `invitation` an invitation code for the welcome screen (skipped without one); `extra` optional
 * other builds of the app ({ name: dist }) timed on the same first question (A/B).
 */
export async function pairedFirstScreens(browser, { appDist, refs, invitation, loads = 9, rates = [1, 4], extra = {} }) {
  const mounts = { '/app/': appDist }
  const haveRefs = existsSync(join(refs, 'lean-floor/index.html')) && existsSync(join(refs, 'surveyjs/index.html'))
  if (haveRefs) Object.assign(mounts, { '/lean-floor/': join(refs, 'lean-floor'), '/surveyjs/': join(refs, 'surveyjs') })
  for (const [name, dist] of Object.entries(extra)) mounts[`/${name}/`] = dist
  const server = await serveStatic(mounts)
  const appUrl = `${server.baseUrl}/app/`
  try {
    const stored = await storedScan(browser, appUrl)
    const pages = {
      app: { url: `${appUrl}#/vragenlijst/inhoud`, selector: RADIO },
      ...(haveRefs ? { floor: { url: `${server.baseUrl}/lean-floor/`, selector: RADIO }, surveyjs: { url: `${server.baseUrl}/surveyjs/`, selector: RADIO } } : {}),
      handin: { url: `${appUrl}#/inleveren`, selector: QR, init: { ...fillStorage, arg: stored } },
      ...Object.fromEntries(Object.keys(extra).map((name) => [name, { url: `${server.baseUrl}/${name}/#/vragenlijst/inhoud`, selector: RADIO }])),
    }
    if (invitation) pages.welcome = { url: `${appUrl}#/uitnodiging/${invitation}`, selector: WELCOME }
    const names = Object.keys(pages)
    const rows = []
    for (const rate of rates) {
      const loadBefore = loadavg()[0]
      const runs = Object.fromEntries(names.map((name) => [name, []]))
      const tap = []
      for (const name of names) await timeLoad(browser, pages[name], rate)
      for (let round_ = 0; round_ < loads; round_ += 1) {
        // Rotate the order each round, so no page always follows the same one.
        const order = names.map((_, index) => names[(index + round_) % names.length])
        for (const name of order) runs[name].push(await timeLoad(browser, pages[name], rate))
        tap.push(await timeHandinTap(browser, appUrl, stored, rate))
      }
      const medians = Object.fromEntries(names.map((name) => [name, median(runs[name])]))
      rows.push({
        cpuSlowdown: rate,
        loadAverage: [round(loadBefore), round(loadavg()[0])],
        medians: Object.fromEntries(Object.entries(medians).map(([name, value]) => [name, round(value)])),
        handinTapMedianMs: round(median(tap)),
        ratios: haveRefs
          ? {
              appToFloor: round2(medians.app / medians.floor),
              surveyJsToApp: round2(medians.surveyjs / medians.app),
              handinToFloor: round2(medians.handin / medians.floor),
              ...(medians.welcome ? { welcomeToFloor: round2(medians.welcome / medians.floor) } : {}),
              ...Object.fromEntries(Object.keys(extra).map((name) => [`${name}ToApp`, round2(medians[name] / medians.app)])),
            }
          : null,
        runsMs: Object.fromEntries(names.map((name) => [name, runs[name].map(round)])),
        handinTapRunsMs: tap.map(round),
      })
    }
    return { loads, haveRefs, welcome: Boolean(invitation), rows }
  } finally {
    await server.close()
  }
}

const round2 = (value) => Math.round(value * 100) / 100

/** The first question, the welcome screen and the hand-in QR code are each held to the same bound. */
function verdicts(row) {
  const { ratios } = row
  if (!ratios) return []
  const bound = row.cpuSlowdown === 1 ? GOALS.unthrottledRatio : GOALS.throttledRatio
  const label = (what) => `${what} ≤ ${String(bound).replace('.', ',')}× de vloer`
  return [
    [label('app'), ratios.appToFloor <= bound],
    ...(ratios.welcomeToFloor === undefined ? [] : [[label('welkomstscherm'), ratios.welcomeToFloor <= bound]]),
    [label('QR-code inleveren'), ratios.handinToFloor <= bound],
    ...(row.cpuSlowdown === 1 ? [] : [['SurveyJS ≥ 4× de app', ratios.surveyJsToApp >= GOALS.surveyJsFactor]]),
  ]
}

/** The figures, one block per throttling rate. */
export function printPaired(paired) {
  console.log(`\nEerste schermen, gepaard (mediaan van ${paired.loads} keer elk, om en om, steeds een nieuwe context, 390×844):`)
  if (!paired.haveRefs) console.log('  (../shared/perf/lean-floor en surveyjs ontbreken: alleen de app gemeten, geen verhoudingen)')
  if (!paired.welcome) console.log('  Welkomstscherm: geen uitnodiging meegegeven, overgeslagen (niet gemeten).')
  for (const row of paired.rows) {
    const rate = row.cpuSlowdown === 1 ? 'zonder vertraging' : `${row.cpuSlowdown}× CPU-vertraging`
    const m = row.medians
    console.log(`- ${rate} (load ${row.loadAverage.join(' → ')}):`)
    console.log(`    eerste vraag: app ${m.app} ms${m.floor ? `, lean floor ${m.floor} ms, SurveyJS ${m.surveyjs} ms` : ''}`)
    if (row.ratios) console.log(`    verhouding app/vloer ${row.ratios.appToFloor}, SurveyJS/app ${row.ratios.surveyJsToApp}`)
    if (m.welcome) console.log(`    welkomstscherm: ${m.welcome} ms (${row.ratios?.welcomeToFloor}× de vloer)`)
    console.log(`    QR-code inleveren, pagina geladen: ${m.handin} ms${row.ratios ? ` (${row.ratios.handinToFloor}× de vloer)` : ''}; na tikken op "Inleveren" in de laatste stap: ${row.handinTapMedianMs} ms`)
    for (const name of Object.keys(m).filter((key) => !['app', 'floor', 'surveyjs', 'handin', 'welcome'].includes(key))) {
      console.log(`    ${name}: ${m[name]} ms (${row.ratios?.[`${name}ToApp`]}× de app)`)
    }
    for (const [label, met] of verdicts(row)) console.log(`    ${label}: ${met ? 'gehaald' : 'NIET gehaald'}`)
  }
}

/** Lines for the "Budgetten" block. */
export function pairedBudgetLines(paired) {
  return paired.rows.flatMap((row) => verdicts(row).map(([label, met]) => `- ${label} bij ${row.cpuSlowdown}× (eerste vraag): ${met ? 'gehaald' : 'NIET gehaald'}`))
}
