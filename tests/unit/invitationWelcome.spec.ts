import { describe, expect, it } from 'vitest'
import { nl } from '@/locales/nl'
import { questionnaire } from '@/content/questionnaire'
import { answersForSetup, type WorkshopSetup } from '@/core/files/invitation'
import { invitedItemCount } from '@/core/files/invitationSession'
import { emptyAnswers } from '@/core/files/newResult'
import { completeness } from '@/core/scan/scoring'
import { workshopLine as lineOf, workshopName } from '@/lib/wording/handinSetup'

const setup: WorkshopSetup = { team: 'Wijkteam Noord', municipality: 'Ede', date: '2026-12-03', mode: 'volledig', includeClientModule: true, outOfScope: [], round: 1, askOnly: [] }

describe('the welcome of an invitation', () => {
  it('counts the items of the scan the invitation sets up, as the start page counts its own', () => {
    expect(invitedItemCount(questionnaire, setup)).toBe(completeness(questionnaire, answersForSetup(setup, emptyAnswers())).total)
    // A quick scan without the client module asks fewer items; leaving a factor out fewer still.
    const quick = invitedItemCount(questionnaire, { ...setup, mode: 'kort', includeClientModule: false })
    expect(quick).toBeLessThan(invitedItemCount(questionnaire, setup))
    const factor = questionnaire.factors.find((item) => item.themeId === 'inhoud')!
    expect(invitedItemCount(questionnaire, { ...setup, mode: 'kort', includeClientModule: false, outOfScope: [factor.id] })).toBeLessThan(quick)
    // The role group picks the statements, as in the participant's own count.
    expect(invitedItemCount(questionnaire, setup, 'uitvoering')).toBe(
      completeness(questionnaire, { ...answersForSetup(setup, emptyAnswers()), roleGroup: 'uitvoering' }).total,
    )
  })

  it('names the workshop by team and municipality, and keeps a line only when there is something to say', () => {
    const workshopLine = (...args: Parameters<typeof lineOf>) => lineOf(...args).replace(/\u00a0/g, ' ')
    expect(lineOf(nl, setup)).toContain('3\u00a0december\u00a02026')
    expect(workshopName(setup)).toBe('Wijkteam Noord, Ede')
    expect(workshopLine(nl, setup)).toBe('Workshop Wijkteam Noord, Ede · 3 december 2026')
    expect(workshopLine(nl, { ...setup, municipality: undefined })).toBe('Workshop Wijkteam Noord · 3 december 2026')
    expect(workshopLine(nl, { ...setup, team: undefined, municipality: undefined })).toBe('Workshop · 3 december 2026')
    expect(workshopLine(nl, { ...setup, date: undefined })).toBe('Workshop Wijkteam Noord, Ede')
    expect(workshopLine(nl, { mode: 'kort', includeClientModule: false, outOfScope: [], round: 1, askOnly: [] })).toBe('')
  })
})
