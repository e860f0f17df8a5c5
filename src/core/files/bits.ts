/**
 * Small binary helpers for the compact hand-in code and the workshop invitation: a bit writer and
 * reader, CRC-32, Base45 (RFC 9285) and base64url. Pure functions; none of them reaches the network.
 */

/** Appends unsigned values of a given bit width, most significant bit first. */
export class BitWriter {
  private readonly bytes: number[] = []
  private bitCount = 0

  write(value: number, width: number): void {
    for (let bit = width - 1; bit >= 0; bit--) {
      const byteIndex = this.bitCount >> 3
      if (byteIndex === this.bytes.length) this.bytes.push(0)
      if (Math.floor(value / 2 ** bit) % 2 === 1) this.bytes[byteIndex] = (this.bytes[byteIndex] ?? 0) | (0x80 >> (this.bitCount & 7))
      this.bitCount += 1
    }
  }

  writeBytes(bytes: Uint8Array): void {
    for (const byte of bytes) this.write(byte, 8)
  }

  /** The bits written so far, the last byte padded with zero bits. */
  toBytes(): Uint8Array {
    return Uint8Array.from(this.bytes)
  }
}

/** Reads what a BitWriter wrote; reading past the end gives null instead of throwing. */
export class BitReader {
  private position = 0

  constructor(private readonly bytes: Uint8Array) {}

  read(width: number): number | null {
    if (this.position + width > this.bytes.length * 8) return null
    let value = 0
    for (let i = 0; i < width; i++) {
      const byte = this.bytes[this.position >> 3] ?? 0
      value = value * 2 + ((byte >> (7 - (this.position & 7))) & 1)
      this.position += 1
    }
    return value
  }

  /** True when only zero padding (less than a byte) is left: anything else means a damaged code. */
  atCleanEnd(): boolean {
    const left = this.bytes.length * 8 - this.position
    if (left >= 8) return false
    return this.read(left) === 0
  }
}

/** Number of bits that hold the values 0..count-1 (0 bits for a single value). */
export function bitsFor(count: number): number {
  return count <= 1 ? 0 : Math.ceil(Math.log2(count))
}

// Made on the first checksum, not when the first route is evaluated: its 2,048 steps took some 5 ms
// at 4× CPU before the first question, which reads no code (issue #27).
let crcTable: Uint32Array | undefined

function makeCrcTable(): Uint32Array {
  const table = new Uint32Array(256)
  for (let n = 0; n < 256; n++) {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    table[n] = c >>> 0
  }
  return table
}

/** CRC-32 (IEEE 802.3, as in zip and PNG): catches every error burst of up to 32 bits. */
export function crc32(bytes: Uint8Array): number {
  const table = (crcTable ??= makeCrcTable())
  let crc = 0xffffffff
  for (const byte of bytes) crc = (table[(crc ^ byte) & 0xff] ?? 0) ^ (crc >>> 8)
  return (crc ^ 0xffffffff) >>> 0
}

export function crc32OfText(text: string): number {
  return crc32(new TextEncoder().encode(text))
}

/** RFC 9285's alphabet: exactly the characters of a QR code's compact alphanumeric mode. */
export const BASE45_ALPHABET = '0123456789ABCDEFGHIJKLMNOPQRSTUVWXYZ $%*+-./:'

export function toBase45(bytes: Uint8Array): string {
  let out = ''
  for (let i = 0; i < bytes.length; i += 2) {
    const first = bytes[i] ?? 0
    const second = bytes[i + 1]
    if (second === undefined) {
      out += BASE45_ALPHABET.charAt(first % 45) + BASE45_ALPHABET.charAt(Math.floor(first / 45))
    } else {
      let n = first * 256 + second
      for (let k = 0; k < 3; k++) {
        out += BASE45_ALPHABET.charAt(n % 45)
        n = Math.floor(n / 45)
      }
    }
  }
  return out
}

/** Null for any text that is not valid Base45 (wrong characters, impossible length or group value). */
export function fromBase45(text: string): Uint8Array | null {
  if (text.length % 3 === 1) return null
  const out: number[] = []
  for (let i = 0; i < text.length; i += 3) {
    const group = text.slice(i, i + 3)
    const digits = [...group].map((char) => BASE45_ALPHABET.indexOf(char))
    if (digits.some((digit) => digit < 0)) return null
    const value = digits.reduce((sum, digit, k) => sum + digit * 45 ** k, 0)
    if (group.length === 3) {
      if (value > 0xffff) return null
      out.push(value >> 8, value & 0xff)
    } else {
      if (value > 0xff) return null
      out.push(value)
    }
  }
  return Uint8Array.from(out)
}

export function toBase64Url(bytes: Uint8Array): string {
  let binary = ''
  const chunk = 0x8000 // String.fromCharCode takes arguments: keep well under engines' argument limits
  for (let i = 0; i < bytes.length; i += chunk) binary += String.fromCharCode(...bytes.subarray(i, i + chunk))
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '')
}

/** Throws on characters outside base64url or an impossible length (callers catch). */
export function fromBase64Url(text: string): Uint8Array {
  if (!/^[A-Za-z0-9_-]*$/.test(text)) throw new Error('geen base64url')
  const binary = atob(text.replace(/-/g, '+').replace(/_/g, '/'))
  const bytes = new Uint8Array(binary.length)
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i)
  return bytes
}

/** Base64url that gives null instead of throwing. */
export function fromBase64UrlOrNull(text: string): Uint8Array | null {
  try {
    return fromBase64Url(text)
  } catch {
    return null
  }
}
