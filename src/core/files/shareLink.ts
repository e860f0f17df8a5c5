/**
 * A result packed into the fragment of a link (the part after "#"), so it can be shared without
 * any server: browsers never send the fragment over the network. Compressed with the native
 * CompressionStream (browsers and Node 20), so it costs no dependency.
 */
import type { ResultFile } from '../model'
import { MAX_FILE_BYTES, importFailure, parseResultFile } from './fileFormat'
import type { ImportOutcome } from './fileFormat'
import { fromBase64Url, toBase64Url } from './bits'

/** Format marker of the first links (a whole result file, deflated): they keep opening. */
export const SHARE_PREFIX = 'r1.'

/** Format marker of the short links: a participant's answers packed like the hand-in code. */
export const SHORT_SHARE_PREFIX = 'r2.'

/** Longest fragment we try to decode: base64 of a compressed file can never need more than this. */
export const MAX_FRAGMENT_CHARS = Math.ceil((MAX_FILE_BYTES * 4) / 3) + SHARE_PREFIX.length

// One base64url for every link and code; re-exported because the link is where callers meet it.
export { fromBase64Url, toBase64Url }

/** Read a stream to the end, giving up (null) once it yields more than `maxBytes`. */
async function readCapped(stream: ReadableStream<Uint8Array>, maxBytes: number): Promise<Uint8Array | null> {
  const reader = stream.getReader()
  const chunks: Uint8Array[] = []
  let total = 0
  for (let next = await reader.read(); !next.done; next = await reader.read()) {
    total += next.value.byteLength
    if (total > maxBytes) {
      // A tiny link can inflate to gigabytes (a "zip bomb"): stop instead of filling memory.
      await reader.cancel().catch(() => undefined)
      return null
    }
    chunks.push(next.value)
  }
  const out = new Uint8Array(total)
  let offset = 0
  for (const c of chunks) {
    out.set(c, offset)
    offset += c.byteLength
  }
  return out
}

/** Pipe bytes through a (de)compression stream; write errors surface through the reader. */
function transform(bytes: Uint8Array, stream: CompressionStream | DecompressionStream): ReadableStream<Uint8Array> {
  const writer = stream.writable.getWriter()
  // Errors on the writable side reappear on the readable side; catch here so none goes unhandled.
  writer.write(bytes as Uint8Array<ArrayBuffer>).catch(() => undefined)
  writer.close().catch(() => undefined)
  return stream.readable
}

/**
 * zlib's "deflate" rather than "deflate-raw": its Adler-32 checksum makes a link that was damaged in
 * transit fail to open, instead of silently opening as a slightly different result.
 */
const FORMAT = 'deflate'

export async function encodeShareFragment(r: ResultFile): Promise<string> {
  const json = new TextEncoder().encode(JSON.stringify(r))
  const compressed = await readCapped(transform(json, new CompressionStream(FORMAT)), Number.POSITIVE_INFINITY)
  return SHARE_PREFIX + toBase64Url(compressed as Uint8Array)
}

/**
 * Unpack a fragment (with or without the leading "#"). Never throws: a mangled link gives
 * 'ongeldige-link'; what unpacks goes through exactly the checks of a result file.
 */
export async function decodeShareFragment(s: string): Promise<ImportOutcome> {
  try {
    const fragment = s.startsWith('#') ? s.slice(1) : s
    if (!fragment.startsWith(SHARE_PREFIX)) return importFailure('ongeldige-link', 'onbekend formaat')
    if (fragment.length > MAX_FRAGMENT_CHARS) return importFailure('te-groot')
    const compressed = fromBase64Url(fragment.slice(SHARE_PREFIX.length))
    const json = await readCapped(transform(compressed, new DecompressionStream(FORMAT)), MAX_FILE_BYTES)
    if (json === null) return importFailure('te-groot')
    return parseResultFile(new TextDecoder('utf-8', { fatal: true }).decode(json))
  } catch {
    return importFailure('ongeldige-link')
  }
}
