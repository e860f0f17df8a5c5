/**
 * Test media made from a QR code: a Y4M video for Chromium's fake camera and a PNG "photo".
 * Both are written by hand (a few lines each) so the tests need no image library.
 */
import { deflateSync } from 'node:zlib'
import qrcode from 'qrcode-generator'
import { crc32 } from '../../../src/core/files/bits'

/** Grey pixels (0 black … 255 white) of a QR code centred on a white canvas. */
export function qrPixels(text: string, width: number, height: number, mode: 'Alphanumeric' | 'Byte' = 'Alphanumeric'): Uint8Array {
  const qr = qrcode(0, 'M')
  qr.addData(text, mode)
  qr.make()
  const modules = qr.getModuleCount()
  const cell = Math.floor((Math.min(width, height) * 0.8) / (modules + 8))
  const left = Math.floor((width - modules * cell) / 2)
  const top = Math.floor((height - modules * cell) / 2)
  const pixels = new Uint8Array(width * height).fill(235)
  for (let row = 0; row < modules; row++) {
    for (let col = 0; col < modules; col++) {
      if (!qr.isDark(row, col)) continue
      for (let y = 0; y < cell; y++) pixels.fill(20, (top + row * cell + y) * width + left + col * cell, (top + row * cell + y) * width + left + (col + 1) * cell)
    }
  }
  return pixels
}

/** A Y4M (YUV4MPEG2, 4:2:0) video of one still frame repeated: the Y plane is the code, U and V are flat grey. */
export function y4mVideo(text: string, width = 640, height = 480, frames = 10): Buffer {
  const luma = qrPixels(text, width, height)
  const chroma = Buffer.alloc((width / 2) * (height / 2) * 2, 128)
  const parts: Buffer[] = [Buffer.from(`YUV4MPEG2 W${width} H${height} F10:1 Ip A1:1 C420jpeg\n`)]
  for (let i = 0; i < frames; i++) parts.push(Buffer.from('FRAME\n'), Buffer.from(luma), chroma)
  return Buffer.concat(parts)
}

function chunk(type: string, data: Buffer): Buffer {
  const length = Buffer.alloc(4)
  length.writeUInt32BE(data.length)
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
  const crc = Buffer.alloc(4)
  crc.writeUInt32BE(crc32(body))
  return Buffer.concat([length, body, crc])
}

/** An 8-bit greyscale PNG of the code, as a phone photo of a screen would be (minus the glare). */
export function qrPng(text: string, width = 800, height = 600): Buffer {
  const pixels = qrPixels(text, width, height)
  const raw = Buffer.alloc((width + 1) * height)
  for (let y = 0; y < height; y++) {
    raw[y * (width + 1)] = 0 // filter "none"
    Buffer.from(pixels.subarray(y * width, (y + 1) * width)).copy(raw, y * (width + 1) + 1)
  }
  const header = Buffer.alloc(13)
  header.writeUInt32BE(width, 0)
  header.writeUInt32BE(height, 4)
  header[8] = 8 // bit depth
  header[9] = 0 // greyscale
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('IDAT', deflateSync(raw)),
    chunk('IEND', Buffer.alloc(0)),
  ])
}
