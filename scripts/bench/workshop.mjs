// The workshop page in the bench (`npm run bench`): adding participant files until the team picture
// shows, and the budgets of issue #11 item 9b/9c and issue #13 item 5.
import { mkdtempSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { median, round } from './stats.mjs'

const ROLE_GROUPS = ['beleid', 'uitvoering', 'werk-inkomen', 'management', 'anders']

/** Writes each participant to its own file in a new temp folder, as a facilitator would receive them. */
function participantFiles(label, participants) {
  const folder = mkdtempSync(join(tmpdir(), `integraalscan-${label}-`))
  return participants.map((participant, index) => {
    const path = join(folder, `deelnemer-${index + 1}.json`)
    writeFileSync(path, JSON.stringify(participant))
    return path
  })
}

/** Adding 10, 100 and 1,000 participant files on the workshop page until the team table shows; for 100, the print layout and its PDF. */
export async function workshop(browser, baseUrl, teams) {
  const rows = []
  for (const [size, participants] of teams) {
    const paths = participantFiles(`bench-${size}`, participants)
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
    const page = await context.newPage()
    // Files are added in the "Binnenhalen" phase; the team picture is shown in "Bespreken".
    await page.goto(`${baseUrl}#/workshop/binnenhalen`)
    await page.locator('[data-workshop-phase="binnenhalen"]').waitFor()
    const start = Date.now()
    await page.setInputFiles('input[type="file"][multiple]', paths)
    await page.waitForFunction((count) => document.querySelector('#participants-title')?.textContent?.trim() === `${count} deelnemers`, size, { timeout: 300_000 })
    await page.locator('[data-workshop-phases] [data-phase="bespreken"]').click()
    await page.locator('[data-team-factor]').first().waitFor()
    const renderMs = Date.now() - start
    let pdfMs = null
    if (size === 100) {
      const pdfStart = Date.now()
      await page.goto(`${baseUrl}#/afdrukken/workshop`)
      await page.locator('[data-print-radar]').first().waitFor()
      await page.emulateMedia({ media: 'print' })
      await page.pdf({ format: 'A4', preferCSSPageSize: true, printBackground: true, tagged: true })
      pdfMs = Date.now() - pdfStart
    }
    rows.push({ participants: size, addAndRenderMs: renderMs, ...(pdfMs === null ? {} : { printLayoutAndPdfMs: pdfMs }) })
    await context.close()
  }
  return rows
}

/** aggregateTeam for 1,000 participants: median of 9 runs after 3 warm-up runs (budget ≤ 20 ms). */
export function aggregateBudget(core, teams) {
  const answers = teams.find(([size]) => size === 1000)[1].map((participant) => core.answersOf(participant))
  for (let run = 0; run < 3; run += 1) core.aggregateTeam(core.questionnaire, answers)
  const runs = Array.from({ length: 9 }, () => {
    const start = performance.now()
    core.aggregateTeam(core.questionnaire, answers)
    return performance.now() - start
  })
  return { participants: 1000, medianMs: round(median(runs)), budgetMs: 20 }
}

/**
 * From the moment the files are chosen (the input's change event, in the page) until the team
 * picture is on screen: the team table, every distribution, the role comparison and the radar
 * drawn, measured in the page at the next animation frame. 200 participants: budget 500 ms (with
 * role groups); 1,000: budget 1,500 ms.
 */
export async function workshopBudget(browser, baseUrl, teams, budgets = [[200, 500], [1000, 1500]]) {
  const rows = []
  const largest = teams.reduce((most, team) => (team[0] > most[0] ? team : most))[1]
  for (const [size, budgetMs] of budgets) {
    const source = largest.slice(0, size)
    const paths = participantFiles(`budget-${size}`, source.map((participant, index) => ({ ...participant, roleGroup: ROLE_GROUPS[index % ROLE_GROUPS.length] })))
    const runs = []
    for (let run = 0; run < 3; run += 1) {
      const context = await browser.newContext({ viewport: { width: 1280, height: 800 } })
      const page = await context.newPage()
      await page.goto(`${baseUrl}#/workshop/binnenhalen`)
      await page.locator('[data-workshop-phase="binnenhalen"]').waitFor()
      await page.evaluate(() => {
        document.addEventListener('change', () => { window.__chosenAt = performance.now() }, { capture: true, once: true })
      })
      await page.setInputFiles('input[type="file"][multiple]', paths)
      // The clock runs on through the step to "Bespreken": the files are chosen in "Binnenhalen" and
      // the team picture is shown in "Bespreken", so the facilitator waits for both.
      const ms = await page.evaluate(
        (count) =>
          new Promise((done) => {
            let opened = false
            const check = () => {
              const listed = document.querySelector('#participants-title')?.textContent?.trim() === `${count} deelnemers`
              if (listed && !opened) {
                opened = true
                document.querySelector('[data-workshop-phases] [data-phase="bespreken"]').click()
              }
              const ready =
                opened &&
                document.querySelector('[data-team-factor]') &&
                document.querySelector('[data-distribution]') &&
                document.querySelector('[data-role-comparison] [data-role-row]') &&
                document.querySelector('[data-chart="team"] canvas')
              if (ready) requestAnimationFrame(() => done(performance.now() - window.__chosenAt))
              else setTimeout(check, 5)
            }
            check()
          }),
        size,
      )
      runs.push(ms)
      await context.close()
    }
    rows.push({ participants: size, shownAfterChosenMs: round(median(runs)), runsMs: runs.map(round), budgetMs })
  }
  return rows
}
