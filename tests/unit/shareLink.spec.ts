import { describe, expect, it } from 'vitest'
import { MAX_FILE_BYTES } from '@/core/files/fileFormat'
import { SHARE_PREFIX, decodeShareFragment, encodeShareFragment, fromBase64Url, toBase64Url } from '@/core/files/shareLink'
import { buildAnswers, buildParticipant, buildTeam, scores } from './helpers/builders'

async function deflate(bytes: Uint8Array): Promise<Uint8Array> {
  const stream = new Blob([bytes as Uint8Array<ArrayBuffer>]).stream().pipeThrough(new CompressionStream('deflate'))
  return new Uint8Array(await new Response(stream).arrayBuffer())
}

describe('share links', () => {
  it('round-trips a participant and a team result', async () => {
    const r = buildParticipant({ answers: scores('f1', 4, 'weet-niet'), profile: { municipality: 'Súdwest-Fryslân' } })
    const fragment = await encodeShareFragment(r)
    expect(fragment.startsWith(SHARE_PREFIX)).toBe(true)
    expect(fragment).toMatch(/^r1\.[A-Za-z0-9_-]+$/)
    expect(await decodeShareFragment(fragment)).toEqual({ ok: true, result: r })
    expect(await decodeShareFragment(`#${fragment}`)).toEqual({ ok: true, result: r })
    const team = buildTeam([buildAnswers(), buildAnswers({ answers: scores('f2', 1) })])
    expect(await decodeShareFragment(await encodeShareFragment(team))).toEqual({ ok: true, result: team })
  })

  it('gives ongeldige-link for a mangled link', async () => {
    const fragment = await encodeShareFragment(buildParticipant())
    for (const mangled of ['', 'r2.abc', 'r1.', 'r1.!!!', 'r1.a', fragment.slice(0, -8), `${fragment.slice(0, 20)}xx${fragment.slice(22)}`]) {
      const outcome = await decodeShareFragment(mangled)
      expect(outcome.ok, mangled).toBe(false)
      expect(['ongeldige-link', 'geen-json', 'leeg']).toContain(outcome.ok ? 'ok' : outcome.error.code)
    }
    expect(await decodeShareFragment('r2.abc')).toMatchObject({ error: { code: 'ongeldige-link' } })
    expect(await decodeShareFragment(undefined as unknown as string)).toMatchObject({ error: { code: 'ongeldige-link' } })
  })

  it('sends what unpacks through the file checks', async () => {
    const other = SHARE_PREFIX + toBase64Url(await deflate(new TextEncoder().encode('{"tool":"iets-anders"}')))
    expect(await decodeShareFragment(other)).toMatchObject({ error: { code: 'ander-bestand' } })
  })

  it('stops unpacking a link that inflates beyond MAX_FILE_BYTES', async () => {
    const bomb = SHARE_PREFIX + toBase64Url(await deflate(new Uint8Array(MAX_FILE_BYTES + 10).fill(32)))
    expect(bomb.length).toBeLessThan(10_000)
    expect(await decodeShareFragment(bomb)).toMatchObject({ error: { code: 'te-groot' } })
  })

  it('refuses a fragment longer than any valid one', async () => {
    expect(await decodeShareFragment(SHARE_PREFIX + 'A'.repeat(MAX_FILE_BYTES * 2))).toMatchObject({ error: { code: 'te-groot' } })
  })

  it('encodes base64url without padding', () => {
    expect(toBase64Url(new Uint8Array([251, 255, 191]))).toBe('-_-_')
    expect(Array.from(fromBase64Url('-_-_'))).toEqual([251, 255, 191])
    expect(() => fromBase64Url('a+b')).toThrow()
  })

  it('refuses a link whose data was damaged but still unpacks, thanks to the checksum', async () => {
    const result = buildParticipant()
    const json = new TextEncoder().encode(JSON.stringify(result))
    const packed = await deflate(json)
    // Flip one bit inside the compressed body; without a checksum this can unpack to another result.
    const damaged = packed.slice()
    damaged[Math.floor(damaged.length / 2)]! ^= 1
    const outcome = await decodeShareFragment(SHARE_PREFIX + toBase64Url(damaged))
    expect(outcome.ok).toBe(false)
  })
})
