import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { join } from 'node:path'
import { questionnaire } from '../../src/content/questionnaire'
import { answersOf } from '../../src/core/files/newResult'
import { summarize } from '../../src/core/scan/summary'
import { aggregateTeam } from '../../src/core/team/aggregate'
import { arrive, axeViolations, goto, H1, hasHorizontalScroll, launch, newPage, PHONE, printedReport, screenshot, type Session } from './support/browser'
import { FIXTURES, participantFiles, readParticipant, tempFile } from './support/fixtures'
import { allFactorTitles, expectFitsPhone, expectReport, printPdf } from './support/report'
import { openPhase, workshopWith } from './support/workshop'

/** The PDF summary of realistic results, a workshop and a comparison; the worst cases are in printWorstCase.spec.ts. */
let session: Session
beforeAll(async () => {
  session = await launch()
})
afterAll(async () => {
  await session.close()
})

describe('the PDF summary', () => {
  it('prints a participant result on at most four A4 pages with the team, the rung and every factor', async () => {
    const { context, page, errors } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.setInputFiles('input[type="file"]', join(FIXTURES, 'result-participant.json'))
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/resultaat', H1.result)
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/resultaat$/)
    await arrive(page, printedReport(page))
    expect(await axeViolations(page)).toEqual([])
    await expect(page.getByRole('link', { name: 'Terug' }).getAttribute('href')).resolves.toBe('#/resultaat')
    await screenshot(page, 'afdrukken-resultaat-desktop')
    const fixture = readParticipant(join(FIXTURES, 'result-participant.json'))
    const rung = questionnaire.rungs[summarize(questionnaire, answersOf(fixture)).ladder.rung]!.title
    const pdf = await printPdf(page, 'pdf-resultaat')
    expectReport(pdf, ['Wijkteam Noord', 'Voorbeeldstad', rung, ...allFactorTitles, fixture.actions[0]!.what.slice(0, 40)])
    expect(errors).toEqual([])
    await context.close()
  })

  it('prints a team workshop with agreement and spread', async () => {
    const { context, page } = await newPage(session)
    const files = participantFiles('noord')
    await workshopWith(page, session, files)
    await openPhase(page, 'afronden')
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/workshop$/)
    await arrive(page, printedReport(page))
    expect(await axeViolations(page)).toEqual([])
    await expectFitsPhone(page)
    const team = aggregateTeam(questionnaire, files.map((path) => answersOf(readParticipant(path))))
    // The spread band is on the radar; the distribution of the three most divided factors is drawn beside it.
    await expect(page.locator('[data-print-distributions] [data-distribution]').count()).resolves.toBe(3)
    const pdf = await printPdf(page, 'pdf-workshop')
    expectReport(pdf, ['Wijkteam Noord', questionnaire.rungs[team.placement.rung]!.title, ...allFactorTitles, 'verdeeld', 'Laagste – hoogste', 'waar ze het meest verschilden'])
    await context.close()
  })

  it('prints a comparison of two teams', async () => {
    const { context, page } = await newPage(session)
    const [a, b] = [participantFiles('noord')[0]!, participantFiles('wi')[0]!]
    await goto(page, session, '#/vergelijken', H1.compare)
    await page.locator('[data-side="a"] input[type="file"]').setInputFiles(a)
    await page.locator('[data-side="b"] input[type="file"]').setInputFiles(b)
    await page.locator('[data-side="b"] .compare-side__chosen').waitFor()
    await page.getByRole('link', { name: 'PDF-samenvatting' }).click()
    await page.waitForURL(/#\/afdrukken\/vergelijking$/)
    await arrive(page, printedReport(page))
    expect(await axeViolations(page)).toEqual([])
    await expectFitsPhone(page)
    const rungA = questionnaire.rungs[summarize(questionnaire, answersOf(readParticipant(a))).ladder.rung]!.title
    const rungB = questionnaire.rungs[summarize(questionnaire, answersOf(readParticipant(b))).ladder.rung]!.title
    const pdf = await printPdf(page, 'pdf-vergelijking')
    expectReport(pdf, ['Wijkteam Noord', 'Werk en Inkomen', rungA, rungB, ...allFactorTitles])
    await context.close()
  })

  // Notes are free text of any length, so the worst case the layout must absorb is the scan's own
  // content: every factor a knelpunt, each with an action, and notes on a third of the factors.
  it('stays within four pages when every factor is a knelpunt with an action', async () => {
    const { context, page } = await newPage(session, PHONE)
    const fixture = readParticipant(join(FIXTURES, 'result-participant.json'))
    const lowest = Object.fromEntries(Object.keys(fixture.answers).map((id) => [id, 1]))
    const notes = Object.fromEntries(questionnaire.factors.slice(0, 8).map((factor) => [factor.id, `Notitie bij ${factor.title}: wat we zagen en wat we willen veranderen in het komende jaar.`]))
    const actions = questionnaire.factors.map((factor) => ({ factorId: factor.id, what: `Actie voor ${factor.title.toLowerCase()}`, who: 'Projectleider', when: 'Dit kwartaal' }))
    const worst = tempFile('slechtst.json', JSON.stringify({ ...fixture, answers: lowest, notes, actions }))
    await goto(page, session, '#/', H1.start)
    await page.setInputFiles('input[type="file"]', worst)
    await page.waitForURL(/vragenlijst/)
    await goto(page, session, '#/afdrukken/resultaat', printedReport(page))
    expect(await hasHorizontalScroll(page)).toBe(false)
    await screenshot(page, 'afdrukken-slechtst-telefoon')
    const pdf = await printPdf(page, 'pdf-resultaat-slechtst')
    expectReport(pdf, ['Wijkteam Noord', questionnaire.rungs[0]!.title, ...allFactorTitles])
    await context.close()
  })

  it('refuses an HTML page that is not a report, with a Dutch message, and changes nothing', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/', H1.start)
    await page.setInputFiles('input[type="file"]', tempFile('pagina.html', '<html><body><script>document.title="x"</script><h1>Hallo</h1></body></html>'))
    await expect(page.locator('.notice--error').innerText()).resolves.toContain('geen HTML-verslag van de Integraalscan')
    expect(await page.evaluate(() => window.localStorage.getItem('integraalscan:huidige-invulling'))).toBeNull()
    await context.close()
  })

  it('says plainly when there is nothing to print yet', async () => {
    const { context, page } = await newPage(session)
    await goto(page, session, '#/afdrukken/vergelijking', H1.nothingToPrint)
    await expect(page.locator('main').innerText()).resolves.toContain('Kies eerst twee resultaten')
    expect(await axeViolations(page)).toEqual([])
    await context.close()
  })
})
