import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { pathToFileURL } from 'node:url'
import type { Page } from 'playwright-core'
import { questionnaire } from '../../src/content/questionnaire'
import { answersOf } from '../../src/core/files/newResult'
import { summarize } from '../../src/core/scan/summary'
import { aggregateTeam } from '../../src/core/team/aggregate'
import { goto, H1, launch, newPage, printedReport, type Session } from './support/browser'
import { readPdf, type PdfText } from './support/pdf'
import { FIXTURES, participantFiles, readParticipant } from './support/fixtures'
import { workshopWith } from './support/workshop'

// Issue #15: the Word version opens in LibreOffice as well as in Word. Each .docx the app makes is
// converted to PDF by LibreOffice itself; the PDF must hold the team and the rung.

/** LibreOffice's command, or a failure that says how to install it (CI installs it in .ci/run). */
function soffice(): string {
  const found = spawnSync('sh', ['-c', 'command -v soffice'], { encoding: 'utf8' }).stdout.trim()
  if (!found) throw new Error('soffice (LibreOffice) is missing: install it with `apt-get install -y libreoffice-writer-nogui` (.ci/run does this when it is absent)')
  return found
}

let session: Session
let work: string
beforeAll(async () => {
  soffice()
  session = await launch()
  work = mkdtempSync(join(tmpdir(), 'integraalscan-docx-'))
})
afterAll(async () => {
  await session?.close()
  if (work) rmSync(work, { recursive: true, force: true })
})

async function downloadDocx(page: Page, name: string): Promise<string> {
  await page.locator('[data-print-radar]').first().waitFor()
  const [download] = await Promise.all([page.waitForEvent('download'), page.locator('[data-download="docx"]').click()])
  const path = join(work, name)
  await download.saveAs(path)
  return path
}

/** Converts with a profile of its own, so a LibreOffice already running for someone else is not reused. */
function convert(files: string[]): Map<string, string> {
  const outDir = join(work, 'pdf')
  const profile = mkdtempSync(join(tmpdir(), 'integraalscan-soffice-profile-'))
  try {
    const run = spawnSync(soffice(), [`-env:UserInstallation=${pathToFileURL(profile).href}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', outDir, ...files], {
      encoding: 'utf8',
      timeout: 150_000,
    })
    const said = `${run.stdout}\n${run.stderr}`
    expect(run.error, said).toBeUndefined()
    expect(run.status, said).toBe(0)
    expect(said).not.toMatch(/error/i)
  } finally {
    rmSync(profile, { recursive: true, force: true })
  }
  return new Map(files.map((file) => [file, join(outDir, basename(file).replace(/\.docx$/, '.pdf'))]))
}

async function pdfText(path: string): Promise<PdfText> {
  return readPdf(new Uint8Array(readFileSync(path)))
}

const rungTitle = (rung: number) => questionnaire.rungs[rung]!.title

describe('the Word version in LibreOffice', () => {
  it('converts the result, workshop and comparison .docx to PDF with the team and the rung', { timeout: 240_000 }, async () => {
    const { context, page } = await newPage(session)
    const expected = new Map<string, string[]>()

    const participant = join(FIXTURES, 'result-participant.json')
    await goto(page, session, '#/', H1.start)
    await page.setInputFiles('input[type="file"]', participant)
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/afdrukken/resultaat', printedReport(page))
    const result = await downloadDocx(page, 'resultaat.docx')
    expected.set(result, ['Wijkteam Noord', rungTitle(summarize(questionnaire, answersOf(readParticipant(participant))).ladder.rung)])

    const files = participantFiles('noord')
    await workshopWith(page, session, files)
    await goto(page, session, '#/afdrukken/workshop', printedReport(page))
    const workshop = await downloadDocx(page, 'workshop.docx')
    expected.set(workshop, ['Wijkteam Noord', rungTitle(aggregateTeam(questionnaire, files.map((path) => answersOf(readParticipant(path)))).placement.rung)])

    const [a, b] = [participantFiles('noord')[0]!, participantFiles('wi')[0]!]
    await goto(page, session, '#/vergelijken', H1.compare)
    await page.locator('[data-side="a"] input[type="file"]').setInputFiles(a)
    await page.locator('[data-side="b"] input[type="file"]').setInputFiles(b)
    await page.locator('[data-side="b"] .compare-side__chosen').waitFor()
    await goto(page, session, '#/afdrukken/vergelijking', printedReport(page))
    const comparison = await downloadDocx(page, 'vergelijking.docx')
    const rungOf = (path: string) => rungTitle(summarize(questionnaire, answersOf(readParticipant(path))).ladder.rung)
    expected.set(comparison, ['Wijkteam Noord', 'Werk en Inkomen', rungOf(a), rungOf(b)])
    await context.close()

    const pdfs = convert([...expected.keys()])
    for (const [docx, texts] of expected) {
      const pdf = pdfs.get(docx)!
      expect(existsSync(pdf), `LibreOffice made no PDF of ${basename(docx)}`).toBe(true)
      const { pages, text } = await pdfText(pdf)
      expect(pages).toBeGreaterThanOrEqual(1)
      for (const want of texts) expect(text.toLowerCase(), `${basename(pdf)} holds "${want}"`).toContain(want.toLowerCase())
    }
  })
})
