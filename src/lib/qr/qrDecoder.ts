/**
 * Reads QR codes from the camera or a photo: with the browser's own BarcodeDetector where it has one
 * (Chrome on Android, macOS and ChromeOS), otherwise with jsQR (Cosmo Wolfe, Apache-2.0; see README),
 * a pure-JavaScript decoder bundled with the app and loaded only by the workshop page. Nothing is
 * fetched from another origin, and no WebAssembly is needed, so the Content-Security-Policy stays strict.
 */
export type DecoderKind = 'native' | 'bundled'

export interface QrDecoder {
  kind: DecoderKind
  /**
   * Every QR code's text found in the image (usually none or one). Never throws. `thorough` also
   * looks for light-on-dark codes: worth it for one photo, too slow for every video frame.
   */
  read(source: HTMLVideoElement | ImageBitmap, thorough?: boolean): Promise<string[]>
}

interface DetectedBarcode {
  rawValue: string
}

interface BarcodeDetectorLike {
  detect(source: HTMLVideoElement | ImageBitmap): Promise<DetectedBarcode[]>
}

interface BarcodeDetectorConstructor {
  new (options: { formats: string[] }): BarcodeDetectorLike
  getSupportedFormats(): Promise<string[]>
}

/** jsQR works on pixels; a smaller copy keeps each look under a few tens of milliseconds. */
const MAX_SIDE = 960

async function nativeDetector(): Promise<BarcodeDetectorLike | null> {
  const Detector = (globalThis as { BarcodeDetector?: BarcodeDetectorConstructor }).BarcodeDetector
  if (Detector === undefined) return null
  try {
    return (await Detector.getSupportedFormats()).includes('qr_code') ? new Detector({ formats: ['qr_code'] }) : null
  } catch {
    return null
  }
}

function sizeOf(source: HTMLVideoElement | ImageBitmap): { width: number; height: number } {
  return source instanceof HTMLVideoElement ? { width: source.videoWidth, height: source.videoHeight } : { width: source.width, height: source.height }
}

export async function loadQrDecoder(preferNative = true): Promise<QrDecoder> {
  const native = preferNative ? await nativeDetector() : null
  if (native !== null) {
    return {
      kind: 'native',
      async read(source) {
        try {
          return (await native.detect(source)).map((code) => code.rawValue)
        } catch {
          return []
        }
      },
    }
  }
  const { default: jsQR } = await import('jsqr')
  const canvas = document.createElement('canvas')
  const context = canvas.getContext('2d', { willReadFrequently: true })
  return {
    kind: 'bundled',
    async read(source, thorough = false) {
      const { width, height } = sizeOf(source)
      if (context === null || width === 0 || height === 0) return []
      const scale = Math.min(1, MAX_SIDE / Math.max(width, height))
      canvas.width = Math.round(width * scale)
      canvas.height = Math.round(height * scale)
      context.drawImage(source, 0, 0, canvas.width, canvas.height)
      const pixels = context.getImageData(0, 0, canvas.width, canvas.height)
      const found = jsQR(pixels.data, pixels.width, pixels.height, { inversionAttempts: thorough ? 'attemptBoth' : 'dontInvert' })
      return found ? [found.data] : []
    },
  }
}
