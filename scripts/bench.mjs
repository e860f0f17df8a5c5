// `npm run bench`: builds, then measures bundle sizes, load time to the first usable question,
// team aggregation and rendering for 10, 100 and 1,000 participants, and producing the PDF.
// Writes bench/results.json (git-ignored) and prints a table. Not part of `npm test`: timings vary.
// `node scripts/bench.mjs --only print`: only the report of a team of 100 and its budget (writes nothing).
import { existsSync, mkdirSync, readFileSync, readdirSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import { gzipSync } from 'node:zlib'
import { build, preview } from 'vite'
import { chromium } from 'playwright-core'
import { printBench, printBenchLine, printBudgetLine } from './bench/print.mjs'
import { pairedBudgetLines, pairedFirstScreens, printPaired, welcomeInvitation } from './bench/firstScreens.mjs'
import { aggregateBudget, workshop, workshopBudget } from './bench/workshop.mjs'
import { median, round } from './bench/stats.mjs'
import { loadCore } from './bench/loadCore.mjs'
import { parsingBench, parsingBudgetLines, printParsing } from './bench/parsing.mjs'
import { seriesEditBench, seriesEditBudgetLines } from './bench/seriesEdit.mjs'

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..')
/** Loads of each page per throttling rate in the paired run (issue #27: at least 9). */
const LOADS = 9
const TEAM_SIZES = [10, 100, 1000]
/** Issue #11: the first route's gzipped JS + CSS. */
const FIRST_ROUTE_BUDGET_KB = 80
const FLAGS = ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--no-first-run', '--disable-sync', '--disable-quic']
const kb = (bytes) => round(bytes / 1024)

function chromiumPath() {
  const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome']
  const found = candidates.find((path) => path && existsSync(path))
  if (!found) throw new Error('Geen Chromium gevonden. Installeer het met: apt-get install -y chromium')
  return found
}

async function buildAll() {
  await build({ root, logLevel: 'warn' })
  await build({ root, mode: 'single', logLevel: 'warn' })
}

function bundleSizes() {
  const dist = join(root, 'dist')
  const html = readFileSync(join(dist, 'index.html'), 'utf8')
  const first = new Set([...html.matchAll(/(?:src|href)="\.\/(assets\/[^"]+)"/g)].map((match) => match[1]))
  const chunks = readdirSync(join(dist, 'assets'))
    .filter((file) => /\.(js|css)$/.test(file))
    .map((file) => {
      const bytes = readFileSync(join(dist, 'assets', file))
      return { file, raw: bytes.length, gzip: gzipSync(bytes, { level: 9 }).length, firstRoute: first.has(`assets/${file}`) }
    })
    .sort((a, b) => b.gzip - a.gzip)
  const sum = (list, key) => list.reduce((total, chunk) => total + chunk[key], 0)
  const firstChunks = chunks.filter((chunk) => chunk.firstRoute)
  const single = readFileSync(join(root, 'dist-single/index.html'))
  return {
    chunks,
    firstRoute: { raw: sum(firstChunks, 'raw'), gzip: sum(firstChunks, 'gzip') },
    allRoutes: { raw: sum(chunks, 'raw'), gzip: sum(chunks, 'gzip') },
    singleFile: { raw: single.length, gzip: gzipSync(single, { level: 9 }).length },
  }
}

/** N participants: the committed fixtures, each copy with a few answers moved so that none is a duplicate. */
function makeParticipants(core, count) {
  const folder = join(root, 'tests/fixtures/participants')
  const bases = readdirSync(folder).map((file) => JSON.parse(readFileSync(join(folder, file), 'utf8')))
  const ids = Object.keys(bases[0].answers)
  let seed = 7
  const random = () => ((seed = (seed * 16807) % 2147483647) / 2147483647)
  return Array.from({ length: count }, (_, index) => {
    const copy = structuredClone(bases[index % bases.length])
    for (let change = 0; change < 6; change += 1) copy.answers[ids[Math.floor(random() * ids.length)]] = 1 + Math.floor(random() * 5)
    copy.profile = { ...copy.profile, participant: `Deelnemer ${index + 1}` }
    if (!core.parseResultFile(JSON.stringify(copy)).ok) throw new Error('generated participant is invalid')
    return copy
  })
}

function timeCore(core, teams) {
  const rows = []
  for (const [size, participants] of teams) {
    const answers = participants.map((participant) => core.answersOf(participant))
    const runs = Array.from({ length: 5 }, () => {
      const start = performance.now()
      core.aggregateTeam(core.questionnaire, answers)
      return performance.now() - start
    })
    const half = Math.floor(answers.length / 2) || 1
    const teamFile = (list) => core.toTeamResult({ questionnaireVersion: core.questionnaire.version, profile: {}, participants: list, agreed: {}, actions: [], savedAt: '' })
    const compareRuns = Array.from({ length: 5 }, () => {
      const start = performance.now()
      core.compareResults(
        core.questionnaire,
        core.summarizeResult(core.questionnaire, teamFile(answers.slice(0, half))),
        core.summarizeResult(core.questionnaire, teamFile(answers.slice(half).length ? answers.slice(half) : answers)),
      )
      return performance.now() - start
    })
    const aggregateMs = median(runs)
    // Per participant, so that "grows linearly (or better)" can be read straight from the table.
    rows.push({ participants: size, aggregateMs: round(aggregateMs), aggregateUsPerParticipant: round((aggregateMs * 1000) / size), compareTwoHalvesMs: round(median(compareRuns)) })
  }
  return rows
}

/**
 * The hand-in code of a full scan with the client module (every statement, indicator and marker
 * filled in, a role group and a session): its length in Base45 characters and the QR version it
 * needs at level M; and the lazy chunks of the QR decoder (jsQR) and the QR generator.
 */
async function handinFigures(core, sizes) {
  const { default: qrcode } = await import('qrcode-generator')
  const layout = core.codeLayout(core.questionnaire)
  const answers = {
    mode: 'volledig',
    includeClientModule: true,
    profile: { role: layout.roles[0]?.label },
    answers: Object.fromEntries(layout.statementIds.map((id, i) => [id, i % 6 === 5 ? 'weet-niet' : (i % 5) + 1])),
    important: [...layout.factorIds],
    notes: {},
    outOfScope: [],
    ladder: Object.fromEntries(layout.indicatorIds.map((id) => [id, 'deels'])),
    access: 'weet-niet',
    ownGuess: 'gedeeltelijk',
  }
  const code = core.encodeHandinCode(core.questionnaire, answers, 0xfedcba98)
  const qr = qrcode(0, 'M')
  qr.addData(code, 'Alphanumeric')
  qr.make()
  const modules = qr.getModuleCount()
  const chunk = (prefix) => sizes.chunks.find((item) => item.file.startsWith(prefix)) ?? { raw: 0, gzip: 0, firstRoute: false }
  const decoder = chunk('jsQR-')
  const generator = chunk('qrMatrix-')
  return {
    statements: layout.statementIds.length,
    indicators: layout.indicatorIds.length,
    codeChars: code.length,
    codeBytes: (code.length / 3) * 2,
    qrVersionM: (modules - 17) / 4,
    qrModules: modules,
    decoderChunk: { raw: decoder.raw, gzip: decoder.gzip, firstRoute: decoder.firstRoute },
    generatorChunk: { raw: generator.raw, gzip: generator.gzip, firstRoute: generator.firstRoute },
  }
}

/** The print budget alone: build, a team of 100, the print layout and its PDF. */
async function printOnly() {
  console.log('Bouwen…')
  await buildAll()
  const core = await loadCore(root)
  const participants = makeParticipants(core, 100)
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } })
  const baseUrl = `http://127.0.0.1:${server.httpServer.address().port}/`
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS })
  try {
    console.log('Verslag van een team van 100…')
    const report = await printBench(browser, baseUrl, participants)
    console.log(printBenchLine(report))
    console.log(printBudgetLine(report))
  } finally {
    await browser.close()
    await server.close()
  }
}

async function main() {
  const startedAt = new Date().toISOString()
  console.log('Bouwen…')
  await buildAll()
  const sizes = bundleSizes()
  const core = await loadCore(root)
  const handin = await handinFigures(core, sizes)
  const teams = TEAM_SIZES.map((size) => [size, makeParticipants(core, size)])
  console.log('De kern meten…')
  const coreTimes = timeCore(core, teams)
  console.log('Inlezen van vijandige en de grootste bestanden…')
  const parsing = parsingBench(core, teams.find(([size]) => size === 1000)[1])
  const server = await preview({ root, logLevel: 'warn', preview: { host: '127.0.0.1', port: 0 } })
  const address = server.httpServer.address()
  const baseUrl = `http://127.0.0.1:${address.port}/`
  const browser = await chromium.launch({ executablePath: chromiumPath(), headless: true, args: FLAGS })
  try {
    console.log('Eerste schermen tegen de lean floor en SurveyJS (gepaard)…')
    const paired = await pairedFirstScreens(browser, { appDist: join(root, 'dist'), refs: join(root, '../shared/perf'), loads: LOADS, invitation: welcomeInvitation(core) })
    console.log('Workshops van 10, 100 en 1.000 deelnemers…')
    const workshopTimes = await workshop(browser, baseUrl, teams)
    console.log('Verslag van een team van 100…')
    const report = await printBench(browser, baseUrl, teams.find(([size]) => size === 100)[1])
    console.log('Werkbudgetten workshop (200 en 1.000 deelnemers)…')
    const budgets = { aggregate: aggregateBudget(core, teams), workshop: await workshopBudget(browser, baseUrl, teams) }
    console.log('Wijzigen in de grootste meetreeks (40 × 500)…')
    const seriesEdit = await seriesEditBench(browser, baseUrl, core, teams.find(([size]) => size === 1000)[1])
    const results = { startedAt, node: process.version, sizes, handin, firstScreensPaired: paired, core: coreTimes, workshop: workshopTimes, workshopBudgets: budgets, report, parsing, seriesEdit }
    mkdirSync(join(root, 'bench'), { recursive: true })
    writeFileSync(join(root, 'bench/results.json'), `${JSON.stringify(results, null, 2)}\n`)

    console.log('\nBundels (bytes):')
    console.table(sizes.chunks.map(({ file, raw, gzip, firstRoute }) => ({ file, raw, gzip, 'eerste route': firstRoute ? 'ja' : '' })))
    console.table({
      'eerste route': { 'raw KB': kb(sizes.firstRoute.raw), 'gzip KB': kb(sizes.firstRoute.gzip) },
      'alle routes': { 'raw KB': kb(sizes.allRoutes.raw), 'gzip KB': kb(sizes.allRoutes.gzip) },
      'één bestand': { 'raw KB': kb(sizes.singleFile.raw), 'gzip KB': kb(sizes.singleFile.gzip) },
    })
    console.log(
      `Inlevercode volledige scan met cliëntmodule (${handin.statements} stellingen, ${handin.indicators} ladderindicatoren): ${handin.codeChars} tekens Base45 = QR-versie ${handin.qrVersionM} (${handin.qrModules}×${handin.qrModules}) op niveau M`,
    )
    console.log(`QR-lezer (jsQR, los geladen): ${kb(handin.decoderChunk.raw)} KB / ${kb(handin.decoderChunk.gzip)} KB gzip; QR-maker: ${kb(handin.generatorChunk.raw)} KB / ${kb(handin.generatorChunk.gzip)} KB gzip`)
    printPaired(paired)
    console.log('\nKern (mediaan van 5):')
    console.table(coreTimes)
    console.log('In de browser (toevoegen + teambeeld tonen; PDF bij 100):')
    console.table(workshopTimes)
    console.log(printBenchLine(report))
    printParsing(parsing)
    // Budgets that depend on wall-clock time live here, not in the test suite.
    const verdict = (ok) => (ok ? 'gehaald' : 'NIET gehaald')
    console.log('\nBudgetten:')
    console.log(`- eerste route ≤ ${FIRST_ROUTE_BUDGET_KB} KB gzip: ${kb(sizes.firstRoute.gzip)} KB, ${verdict(sizes.firstRoute.gzip <= FIRST_ROUTE_BUDGET_KB * 1024)}`)
    console.log(printBudgetLine(report))
    console.log(`- aggregateTeam, 1.000 deelnemers ≤ 20 ms (mediaan van 9 na 3 opwarmrondes): ${budgets.aggregate.medianMs} ms, ${verdict(budgets.aggregate.medianMs <= 20)}`)
    for (const line of pairedBudgetLines(paired)) console.log(line)
    for (const line of parsingBudgetLines(parsing)) console.log(line)
    for (const line of seriesEditBudgetLines(seriesEdit)) console.log(line)
    for (const row of budgets.workshop) {
      const source = row.participants === 1000 ? 'issue #11' : 'issue #13'
      console.log(
        `- teambeeld op het scherm na het kiezen van ${row.participants} bestanden ≤ ${row.budgetMs} ms (${source}, mediaan van 3): ${row.shownAfterChosenMs} ms (${row.runsMs.join(' / ')}), ${verdict(row.shownAfterChosenMs <= row.budgetMs)}`,
      )
    }
    console.log('\nOpnieuw meten: npm run bench   (resultaten in bench/results.json)')
  } finally {
    await browser.close()
    await server.close()
  }
}

const only = process.argv.indexOf('--only')
if (only === -1) await main()
else if (process.argv[only + 1] === 'print') await printOnly()
else throw new Error(`--only kent alleen: print (niet ${process.argv[only + 1] ?? 'niets'})`)
