// Issue #25 item 4: every file the app reads is parsed in time proportional to its size. Timed here
// (Node, the same V8 as Chromium; in the app this work runs on the main thread): a 2 MB hostile HTML
// file of several shapes and the largest series file the app accepts, each within 1 s.
import { median, round } from './stats.mjs'

export const PARSE_BUDGET_MS = 1000

function timed(run, repeats = 3) {
  const times = []
  let outcome
  for (let index = 0; index < repeats; index += 1) {
    const start = performance.now()
    outcome = run()
    times.push(performance.now() - start)
  }
  return { ms: round(median(times)), outcome }
}

/** HTML files just under the size a result file may have, built to make a careless scanner rescan. */
function hostileHtml(core) {
  const size = core.MAX_FILE_BYTES - 64
  const filled = (unit) => `<!doctype html>${unit.repeat(Math.floor((size - 15) / unit.length))}`
  return {
    'onafgesloten <script-tags': filled('<script '),
    '<script> zonder </script>': filled('<script>'),
    'één eindeloos attribuut': `<html><script ${'a'.repeat(size - 40)}></script>`,
    'attribuutnamen zonder waarde': filled('<script id'),
  }
}

/**
 * The largest series the app accepts: 40 moments, each a team result, as many participants per team
 * (up to 500) as fit in the series' size limit.
 */
function largestSeries(core, participants) {
  const moment = (count, index) => ({
    name: `Meting ${index + 1}`,
    date: `20${String(10 + (index % 40)).padStart(2, '0')}-03-01`,
    result: core.toTeamResult({ questionnaireVersion: core.questionnaire.version, profile: {}, participants: participants.slice(0, count).map(core.answersOf), agreed: {}, actions: [], savedAt: '2026-12-07T10:00:00.000Z' }),
  })
  const series = (count, moments = core.MAX_SERIES_MOMENTS) => ({
    tool: core.TOOL_NAME,
    schemaVersion: core.SCHEMA_VERSION,
    kind: 'meetreeks',
    savedAt: '2026-12-07T10:00:00.000Z',
    moments: Array.from({ length: moments }, (_, index) => moment(count, index)),
  })
  let count = Math.min(500, participants.length)
  let text = core.serializeSeries(series(count))
  while (new TextEncoder().encode(text).length > core.MAX_SERIES_BYTES) {
    count = Math.floor(count * 0.9)
    text = core.serializeSeries(series(count))
  }
  return { text, participantsPerMoment: count, series }
}

export function parsingBench(core, participants) {
  const html = Object.entries(hostileHtml(core)).map(([shape, text]) => {
    const { ms, outcome } = timed(() => core.parseResultFile(text))
    return { shape, bytes: text.length, ms, outcome: outcome.ok ? 'geopend' : `${outcome.error.code}${outcome.error.detail ? ` (${outcome.error.detail})` : ''}` }
  })
  const largest = largestSeries(core, participants)
  // Linear means twice the moments, twice the time: the same series at 10, 20 and 40 moments.
  const scaling = [10, 20, core.MAX_SERIES_MOMENTS].map((moments) => {
    const text = core.serializeSeries(largest.series(largest.participantsPerMoment, moments))
    return { moments, bytes: text.length, ms: timed(() => core.parseSeriesFile(text)).ms }
  })
  const series = timed(() => core.parseSeriesFile(largest.text))
  const last = scaling[scaling.length - 1]
  return {
    budgetMs: PARSE_BUDGET_MS,
    html,
    series: { moments: core.MAX_SERIES_MOMENTS, participantsPerMoment: largest.participantsPerMoment, bytes: last.bytes, ms: series.ms, ok: series.outcome.ok, scaling },
  }
}

export function printParsing(result) {
  console.log(`\nInlezen (Node, mediaan van 3; budget ${result.budgetMs} ms elk):`)
  for (const row of result.html) console.log(`- HTML van ${round(row.bytes / 1024 / 1024)} MB, ${row.shape}: ${row.ms} ms → ${row.outcome}`)
  const { series } = result
  console.log(`- grootste meetreeks (${series.moments} momenten × ${series.participantsPerMoment} deelnemers, ${round(series.bytes / 1024 / 1024)} MB): ${series.ms} ms → ${series.ok ? 'geopend' : 'GEWEIGERD'}`)
  console.log(`  zelfde reeks met ${series.scaling.map((row) => `${row.moments} momenten ${row.ms} ms`).join(', ')}`)
}

export function parsingBudgetLines(result) {
  const verdict = (ok) => (ok ? 'gehaald' : 'NIET gehaald')
  const worstHtml = Math.max(...result.html.map((row) => row.ms))
  return [
    `- vijandig HTML-bestand van 2 MB inlezen ≤ ${result.budgetMs} ms: ${worstHtml} ms (traagste vorm), ${verdict(worstHtml <= result.budgetMs)}`,
    `- grootste meetreeks inlezen ≤ ${result.budgetMs} ms: ${result.series.ms} ms, ${verdict(result.series.ok && result.series.ms <= result.budgetMs)}`,
  ]
}
