/**
 * Builds a QR code's modules with qrcode-generator (Kazuhiko Arase, MIT; see README). This module is
 * imported dynamically, so the generator loads only on pages that show a QR code.
 */
import qrcode from 'qrcode-generator'

export type QrMode = 'Alphanumeric' | 'Byte'

export interface QrMatrix {
  /** Modules per side, without the quiet zone. */
  size: number
  /** QR version (1–40): the size is 17 + 4 × version. */
  version: number
  /** One SVG path with a 1×1 square per dark module. */
  path: string
}

/** Level M restores up to 15 % damage: enough for a phone screen with glare, still a small code. */
export function qrMatrix(text: string, mode: QrMode): QrMatrix {
  const qr = qrcode(0, 'M')
  qr.addData(text, mode)
  qr.make()
  const size = qr.getModuleCount()
  let path = ''
  for (let row = 0; row < size; row++) {
    for (let col = 0; col < size; col++) if (qr.isDark(row, col)) path += `M${col} ${row}h1v1h-1z`
  }
  return { size, version: (size - 17) / 4, path }
}
