/**
 * The wijkteam's design in the profile (issue #26): optional known ids that survive a file round
 * trip, earlier files without them still open, an unknown id refuses the file or the edit, and the
 * reports carry one 'Inrichting wijkteam' fact only when something is answered.
 */
import { describe, expect, it } from 'vitest'
import { Packer } from 'docx'
import { strFromU8, unzipSync } from 'fflate'
import { parseResultFile, serializeResult } from '@/core/files/fileFormat'
import { checkProfilePatch, withProfile } from '@/core/scan/answerEdits'
import { teamProfileFrom } from '@/core/scan/profile'
import { designParts } from '@/core/scan/wijkteamDesign'
import { renderReportHtml } from '@/core/report/reportHtml'
import { reportDocxDocument } from '@/lib/report/docxWriter'
import { questionnaire } from '@/content/questionnaire'
import { accessRouteIds, careLineIds, targetGroupIds, type ParticipantResult, type Profile } from '@/core/model'
import { buildParticipant, scores } from './helpers/builders'
import { documentsOf, resultInput, text, participant } from './helpers/reports'

const design: Profile = {
  teamComposition: 'combinatie',
  execution: 'eigen-beheer',
  careLines: ['nulde-lijn', 'eerste-lijn'],
  accessRoutes: ['zelf-aanmelden'],
  targetGroups: ['ouderen', 'statushouders'],
}

describe('the design in a result file', () => {
  it('survives a round trip', () => {
    const result = buildParticipant({ answers: scores('f1', 4), profile: { municipality: 'Ede', ...design } })
    expect(parseResultFile(serializeResult(result))).toEqual({ ok: true, result })
  })

  it('is optional: a file from before these questions opens as it is', () => {
    const earlier = buildParticipant({ answers: scores('f1', 4), profile: { municipality: 'Ede', wijkteamModel: 'A' } })
    const outcome = parseResultFile(serializeResult(earlier))
    expect(outcome).toEqual({ ok: true, result: earlier })
    expect(outcome.ok && designParts(questionnaire, outcome.result.profile)).toBeNull()
  })

  it.each([
    ['an unknown composition', { teamComposition: 'iedereen' }, 'profile.teamComposition'],
    ['an unknown execution', { execution: 'half' }, 'profile.execution'],
    ['an unknown line of care', { careLines: ['derde-lijn'] }, 'profile.careLines.0'],
    ['an unknown access route', { accessRoutes: ['via-de-huisarts'] }, 'profile.accessRoutes.0'],
    ['an unknown target group', { targetGroups: ['ouderen', 'iedereen'] }, 'profile.targetGroups.1'],
    ['a list longer than its choices', { targetGroups: [...targetGroupIds, 'ouderen'] }, 'profile.targetGroups'],
    ['a text where a list belongs', { accessRoutes: 'verwijzing' }, 'profile.accessRoutes'],
  ])('refuses a file with %s cleanly', (_, field, path) => {
    const json = JSON.parse(serializeResult(buildParticipant({ answers: scores('f1', 4) })))
    json.profile = { ...json.profile, ...field }
    expect(parseResultFile(JSON.stringify(json))).toEqual({ ok: false, error: { code: 'ongeldig', detail: path } })
  })
})

describe('a repeat in a file', () => {
  it('opens, and the result shows the choice once', () => {
    const result = buildParticipant({ answers: scores('f1', 4), profile: { careLines: ['nulde-lijn', 'nulde-lijn'] } })
    const outcome = parseResultFile(serializeResult(result))
    expect(outcome.ok && designParts(questionnaire, outcome.result.profile)?.careLines).toEqual(['nulde lijn'])
  })
})

describe('checkProfilePatch with the design', () => {
  it('accepts known ids and lists of them', () => {
    expect(checkProfilePatch(design)).toEqual({ ok: true, patch: design })
    expect(checkProfilePatch({ careLines: [...careLineIds], accessRoutes: [...accessRouteIds] })).toMatchObject({ ok: true })
  })

  it.each([
    ['an unknown composition', { teamComposition: 'Generalisten' }, 'teamComposition'],
    ['an unknown execution', { execution: 'uitbesteedt' }, 'execution'],
    ['an unknown line of care', { careLines: ['nulde-lijn', 'x'] }, 'careLines'],
    ['a duplicate access route', { accessRoutes: ['verwijzing', 'verwijzing'] }, 'accessRoutes'],
    ['a target group as a bare text', { targetGroups: 'ouderen' }, 'targetGroups'],
  ])('refuses %s and names the field', (_, patch, field) => {
    expect(checkProfilePatch(patch)).toEqual({ ok: false, field, refusal: 'buiten-bereik' })
  })

  it('clears a choice and drops an emptied list from the profile', () => {
    const edited = withProfile(design, { teamComposition: undefined, careLines: [] })
    expect(edited).toEqual({ ok: true, profile: { execution: 'eigen-beheer', accessRoutes: ['zelf-aanmelden'], targetGroups: ['ouderen', 'statushouders'] } })
  })

  it('goes with a participant into the team profile: it describes the team, not a person', () => {
    expect(teamProfileFrom({ participant: 'Anna', role: 'Manager', ...design })).toEqual(design)
  })
})

describe('the design in the reports', () => {
  const answered: ParticipantResult = { ...participant, profile: { ...participant.profile, ...design } }
  const bare: ParticipantResult = {
    ...participant,
    profile: Object.fromEntries(Object.entries(participant.profile).filter(([key]) => !(key in design))) as Profile,
  }
  const line = `${text.meta.design}: ${text.designLine(designParts(questionnaire, answered.profile)!)}`
  const expected = 'generalisten en specialisten; in eigen beheer; nulde lijn en eerste lijn; toegang via zelf aanmelden; doelgroepen: ouderen en statushouders'

  it('reads as one compact line in content order', () => {
    expect(text.designLine(designParts(questionnaire, answered.profile)!)).toBe(expected)
    expect(text.designLine(designParts(questionnaire, { targetGroups: ['statushouders', 'ouderen'] })!)).toBe('doelgroepen: ouderen en statushouders')
  })

  async function documentTexts(result: ParticipantResult) {
    const { short, full } = documentsOf(resultInput(result))
    const html = (document: typeof short) => renderReportHtml(document, { radar: null, data: '{}', footer: '' }).replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ')
    const png = { png: new Uint8Array([137, 80, 78, 71, 13, 10, 26, 10]), width: 680, height: 420 }
    const files = unzipSync(new Uint8Array(await Packer.toBuffer(reportDocxDocument(full, png, 'Bron: Inspectie SZW (2016)'))))
    const word = strFromU8(files['word/document.xml']!).replace(/<\/w:p>|<\/w:tc>/g, ' ').replace(/<[^>]+>/g, '').replace(/\s+/g, ' ')
    return { meta: short.meta, printed: html(short), html: html(full), word }
  }

  it('shows it in print, HTML and Word when answered', async () => {
    const { meta, printed, html, word } = await documentTexts(answered)
    expect(meta).toContainEqual({ label: text.meta.design, value: expected })
    for (const document of [printed, html, word]) {
      expect(document).toContain(text.meta.design)
      expect(document).toContain(expected)
    }
    expect(line).toContain(expected)
  })

  it('leaves the line out when nothing is answered', async () => {
    const { meta, printed, html, word } = await documentTexts(bare)
    expect(meta.map((row) => row.label)).not.toContain(text.meta.design)
    for (const document of [printed, html, word]) expect(document).not.toContain(text.meta.design)
  })
})
