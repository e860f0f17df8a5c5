import { describe, expect, it } from 'vitest'
import fc from 'fast-check'
import { questionnaire } from '@/content/questionnaire'
import type { Answers, Questionnaire } from '@/core/model'
import { roleGroupIds } from '@/core/model'
import { BASE45_ALPHABET, crc32, fromBase45, toBase45 } from '@/core/files/bits'
import { CODE_FORMAT_VERSION, CODE_MAGIC, codeLayout, sealCode } from '@/core/files/codeLayout'
import { decodeHandinBytes, decodeHandinCode, encodeHandinBytes, encodeHandinCode, NO_SESSION } from '@/core/files/handinCode'
import qrcode from 'qrcode-generator'
import { answersArb } from './helpers/arbitraries'
import { buildQuestionnaire } from './helpers/builders'

/** What a hand-in code keeps: everything but names, notes and unknown ids, in questionnaire order. */
function carried(q: Questionnaire, a: Answers): Answers {
  const layout = codeLayout(q)
  const role = layout.roles.find((option) => option.label === a.profile.role || option.id === a.profile.role)
  const organisation = a.organisation && {
    ...(a.organisation.forms && Object.keys(a.organisation.forms).length > 0 ? { forms: Object.fromEntries(layout.formIds.filter((id) => a.organisation?.forms?.[id] !== undefined).map((id) => [id, a.organisation!.forms![id]!])) } : {}),
    ...(a.organisation.place === undefined ? {} : { place: a.organisation.place }),
    ...(a.organisation.direction === undefined ? {} : { direction: a.organisation.direction }),
    ...(a.organisation.domains === undefined ? {} : { domains: layout.domainIds.filter((id) => a.organisation!.domains!.includes(id)) }),
  }
  return {
    mode: a.mode,
    includeClientModule: a.includeClientModule,
    profile: role ? { role: role.label } : {},
    answers: Object.fromEntries(layout.statementIds.filter((id) => Object.hasOwn(a.answers, id)).map((id) => [id, a.answers[id]!])),
    important: layout.factorIds.filter((id) => a.important.includes(id)),
    notes: {},
    outOfScope: [...layout.factorIds, ...layout.themeIds].filter((id) => a.outOfScope.includes(id)),
    ladder: Object.fromEntries(layout.indicatorIds.filter((id) => Object.hasOwn(a.ladder, id)).map((id) => [id, a.ladder[id]!])),
    ...(a.access === undefined ? {} : { access: a.access }),
    ...(a.ownGuess === undefined ? {} : { ownGuess: a.ownGuess }),
    ...(a.roleGroup === undefined ? {} : { roleGroup: a.roleGroup }),
    ...(organisation === undefined ? {} : { organisation }),
    ...(a.handinId === undefined ? {} : { handinId: a.handinId }),
  }
}

/** Answers with what format 2 added: a role group and a hand-in id (the organisation answers come from answersArb). */
const withIdentity = (q: Questionnaire) =>
  fc
    .tuple(answersArb(q), fc.option(fc.constantFrom(...roleGroupIds), { nil: undefined }), fc.option(fc.stringMatching(/^[0-9a-f]{12}$/), { nil: undefined }))
    .map(([answers, roleGroup, handinId]): Answers => ({
      ...answers,
      ...(roleGroup === undefined ? {} : { roleGroup }),
      // 000000000000 is "no id" in a code; an id is never all zeros (newHandinId).
      ...(handinId === undefined || handinId === '000000000000' ? {} : { handinId }),
    }))

/** A full scan with the client module: every statement, indicator and organisation question answered, everything marked. */
function fullScan(q: Questionnaire): Answers {
  const layout = codeLayout(q)
  return {
    mode: 'volledig',
    includeClientModule: true,
    profile: { role: layout.roles[0]?.label ?? '', participant: 'Anna de Vries', team: 'Wijkteam Noord' },
    answers: Object.fromEntries(layout.statementIds.map((id, i) => [id, i % 6 === 5 ? 'weet-niet' : ((i % 5) + 1) as 1])),
    important: [...layout.factorIds],
    notes: { [layout.factorIds[0]!]: 'Een persoonlijke notitie die nooit in de code komt.' },
    outOfScope: [],
    ladder: Object.fromEntries(layout.indicatorIds.map((id) => [id, 'deels' as const])),
    access: 'weet-niet',
    ownGuess: 'gedeeltelijk',
    roleGroup: 'werk-inkomen',
    organisation: {
      forms: Object.fromEntries(layout.formIds.map((id) => [id, 'weet-niet' as const])),
      place: 'backoffice',
      direction: 'beide',
      domains: [...layout.domainIds],
    },
    handinId: 'ffffffffffff',
  }
}

describe('crc32', () => {
  it('gives the standard check values of CRC-32/ISO-HDLC', () => {
    expect(crc32(new TextEncoder().encode('123456789'))).toBe(0xcbf43926)
    expect(crc32(new Uint8Array(0))).toBe(0)
    expect(crc32(new Uint8Array([0]))).toBe(0xd202ef8d)
  })
})

describe('Base45 (RFC 9285)', () => {
  it('matches the RFC examples', () => {
    expect(toBase45(new TextEncoder().encode('AB'))).toBe('BB8')
    expect(toBase45(new TextEncoder().encode('Hello!!'))).toBe('%69 VD92EX0')
    expect(toBase45(new TextEncoder().encode('base-45'))).toBe('UJCLQE7W581')
    expect(new TextDecoder().decode(fromBase45('QED8WEX0')!)).toBe('ietf!')
  })

  it('round-trips any bytes and refuses impossible text', () => {
    fc.assert(fc.property(fc.uint8Array({ maxLength: 80 }), (bytes) => {
      expect(Array.from(fromBase45(toBase45(bytes))!)).toEqual(Array.from(bytes))
    }))
    for (const bad of ['A', 'GGW', 'abc', 'ZZZ', '::', 'é€']) expect(fromBase45(bad)).toBeNull()
  })

  it('uses only QR alphanumeric characters', () => {
    expect(BASE45_ALPHABET).toMatch(/^[0-9A-Z $%*+\-./:]{45}$/)
  })
})

describe('hand-in code', () => {
  const small = buildQuestionnaire({ factors: 6, clientFactors: 2 })

  it('round-trips generated answers of the real and a small questionnaire (fast-check)', () => {
    for (const q of [questionnaire, small]) {
      fc.assert(
        fc.property(withIdentity(q), fc.integer({ min: 0, max: 0xffffffff }), (answers, session) => {
          const code = encodeHandinCode(q, answers, session)
          expect(code).toMatch(/^[0-9A-Z $%*+\-./:]+$/)
          expect(decodeHandinCode(q, code)).toEqual({ ok: true, value: { answers: carried(q, answers), session, questionnaireVersion: q.version } })
        }),
        { numRuns: 300 },
      )
    }
  })

  it('never carries a name or a note', () => {
    const code = encodeHandinCode(questionnaire, fullScan(questionnaire))
    const decoded = decodeHandinCode(questionnaire, code)
    expect(decoded.ok && decoded.value.answers.profile).toEqual({ role: codeLayout(questionnaire).roles[0]!.label })
    expect(decoded.ok && decoded.value.answers.notes).toEqual({})
  })

  it('catches every single-byte corruption', () => {
    const bytes = encodeHandinBytes(questionnaire, fullScan(questionnaire), 12345)
    for (let position = 0; position < bytes.length; position++) {
      for (const flip of [0x01, 0x10, 0x80, 0xff, 0x5a]) {
        const damaged = bytes.slice()
        damaged[position] = damaged[position]! ^ flip
        const outcome = decodeHandinBytes(questionnaire, damaged)
        expect(outcome.ok, `byte ${position} ^ ${flip}`).toBe(false)
        expect(['beschadigd', 'geen-code']).toContain(outcome.ok ? 'gelezen' : outcome.error)
      }
    }
  })

  it('catches every single-character change of the QR text', () => {
    const code = encodeHandinCode(questionnaire, fullScan(questionnaire), 7)
    for (let position = 0; position < code.length; position++) {
      const other = BASE45_ALPHABET[(BASE45_ALPHABET.indexOf(code[position]!) + 1) % 45]!
      expect(decodeHandinCode(questionnaire, code.slice(0, position) + other + code.slice(position + 1)).ok).toBe(false)
    }
  })

  it('refuses every truncation and extension', () => {
    const code = encodeHandinCode(questionnaire, fullScan(questionnaire))
    for (let length = 0; length < code.length; length++) expect(decodeHandinCode(questionnaire, code.slice(0, length)).ok).toBe(false)
    expect(decodeHandinCode(questionnaire, `${code}00`).ok).toBe(false)
  })

  it('recognises a newer format and another questionnaire, politely', () => {
    const bytes = encodeHandinBytes(questionnaire, fullScan(questionnaire))
    const newer = sealCode('inlevering', bytes.slice(2, -4))
    newer[1] = (1 << 4) | (CODE_FORMAT_VERSION + 1)
    const resealed = newer.slice(0, -4)
    const withCrc = new Uint8Array(newer.length)
    withCrc.set(resealed)
    new DataView(withCrc.buffer).setUint32(resealed.length, crc32(resealed))
    expect(decodeHandinBytes(questionnaire, withCrc)).toEqual({ ok: false, error: 'nieuwere-versie' })
    expect(decodeHandinCode(small, toBase45(bytes))).toEqual({ ok: false, error: 'andere-vragenlijst' })
    const renamed: Questionnaire = { ...small, version: `${small.version}-b` }
    expect(decodeHandinCode(renamed, encodeHandinCode(small, fullScan(small)))).toEqual({ ok: false, error: 'andere-vragenlijst' })
  })

  it('tells an invitation from a hand-in', () => {
    const invitationLike = sealCode('uitnodiging', new Uint8Array(8))
    expect(decodeHandinBytes(questionnaire, invitationLike)).toEqual({ ok: false, error: 'uitnodiging' })
    expect(invitationLike[0]).toBe(CODE_MAGIC)
  })

  it('never throws on hostile input', () => {
    const hostile: unknown[] = [undefined, null, 42, {}, '', ' ', 'https://example.org', 'A'.repeat(5000), '\u0000\u{1F600}', 'r2.abc']
    for (const input of hostile) expect(decodeHandinCode(questionnaire, input).ok).toBe(false)
    fc.assert(fc.property(fc.string({ maxLength: 300 }), (text) => { expect(decodeHandinCode(questionnaire, text).ok).toBe(false) }), { numRuns: 2000 })
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 120 }), (bytes) => {
        const outcome = decodeHandinBytes(questionnaire, Uint8Array.from([CODE_MAGIC, 0x11, ...bytes]))
        expect(outcome.ok).toBe(false)
      }),
      { numRuns: 2000 },
    )
  })

  it('fits a full scan with the client module, organisation answers, role group and id in a QR code of version 5 at level M', () => {
    const code = encodeHandinCode(questionnaire, fullScan(questionnaire), 0xfedcba98)
    const qr = qrcode(0, 'M')
    qr.addData(code, 'Alphanumeric')
    qr.make()
    // Version 5 (37 modules a side, as format 1): on a phone screen a laptop webcam reads it at arm's length.
    expect((qr.getModuleCount() - 17) / 4).toBeLessThanOrEqual(5)
    // Body bits: hash 32 + session 32 + id 48 + mode 1 + client 1 + role 3 + role group 3 + 3 per statement
    // + 1 per factor (marker) + 1 per factor and theme (scope) + 3 per indicator + access 3 + guess 3
    // + organisation (1 + 3 per form + 3 + 3 + 1 + 1 per domain); then header 2 and CRC 4 bytes, Base45.
    const l = codeLayout(questionnaire)
    const bits = 32 + 32 + 48 + 2 + 3 + 3 + 3 * l.statementIds.length + 2 * l.factorIds.length + l.themeIds.length + 3 * l.indicatorIds.length + 6 + (1 + 3 * l.formIds.length + 6 + 1 + l.domainIds.length)
    const bytes = Math.ceil(bits / 8) + 6
    expect(code.length).toBe(Math.floor(bytes / 2) * 3 + (bytes % 2) * 2)
    // With 2026.2 (105 statements, 28 factors, 4 themes, 16 indicators, 4 forms, 11 domains): 119 characters.
    expect(code.length).toBe(119)
  })

  it('makes the same code for the same answers (a second reading is recognised)', () => {
    const answers = fullScan(questionnaire)
    expect(encodeHandinCode(questionnaire, answers, NO_SESSION)).toBe(encodeHandinCode(questionnaire, { ...answers, notes: {} }, NO_SESSION))
  })
})
