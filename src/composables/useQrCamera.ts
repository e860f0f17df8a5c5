import { onBeforeUnmount, ref, shallowRef, type Ref } from 'vue'
import { loadQrDecoder, type DecoderKind, type QrDecoder } from '@/lib/qr/qrDecoder'

export type CameraState = 'uit' | 'starten' | 'aan' | 'geen-camera' | 'geweigerd' | 'bestand' | 'onveilig' | 'mislukt'

/** Time between two looks at the camera image: quick enough to feel instant, light on a laptop. */
const LOOK_EVERY_MS = 150

/**
 * The camera, read continuously for QR codes. The stream never leaves the page: each frame is looked
 * at in memory and dropped. Stops when the component that uses it goes away.
 */
export function useQrCamera(video: Ref<HTMLVideoElement | null>, onCode: (text: string) => void) {
  const state = ref<CameraState>('uit')
  const decoderKind = ref<DecoderKind | null>(null)
  const decoder = shallowRef<QrDecoder | null>(null)
  let stream: MediaStream | null = null
  let timer: ReturnType<typeof setTimeout> | undefined

  async function getDecoder(): Promise<QrDecoder> {
    if (decoder.value === null) {
      decoder.value = await loadQrDecoder()
      decoderKind.value = decoder.value.kind
    }
    return decoder.value
  }

  function refusal(error: unknown): CameraState {
    const name = error instanceof DOMException ? error.name : ''
    if (name === 'NotFoundError' || name === 'OverconstrainedError') return 'geen-camera'
    if (window.location.protocol === 'file:') return 'bestand'
    if (name === 'NotAllowedError' || name === 'SecurityError') return 'geweigerd'
    return 'mislukt'
  }

  async function start(): Promise<void> {
    if (state.value === 'aan' || state.value === 'starten') return
    if (!navigator.mediaDevices?.getUserMedia) {
      state.value = window.location.protocol === 'file:' ? 'bestand' : window.isSecureContext ? 'geen-camera' : 'onveilig'
      return
    }
    state.value = 'starten'
    try {
      const reader = await getDecoder()
      stream = await navigator.mediaDevices.getUserMedia({ video: { facingMode: 'environment', width: { ideal: 1280 } }, audio: false })
      const element = video.value
      if (element === null) {
        stop()
        return
      }
      element.srcObject = stream
      await element.play()
      state.value = 'aan'
      look(reader)
    } catch (error) {
      stop()
      state.value = refusal(error)
    }
  }

  function look(reader: QrDecoder): void {
    timer = setTimeout(async () => {
      const element = video.value
      if (state.value !== 'aan' || element === null) return
      if (element.readyState >= 2) for (const text of await reader.read(element)) onCode(text)
      look(reader)
    }, LOOK_EVERY_MS)
  }

  function stop(): void {
    clearTimeout(timer)
    for (const track of stream?.getTracks() ?? []) track.stop()
    stream = null
    if (video.value) video.value.srcObject = null
    if (state.value === 'aan' || state.value === 'starten') state.value = 'uit'
  }

  /** QR codes in a photo (file picker or camera roll). */
  async function readPhoto(file: File): Promise<string[]> {
    try {
      const reader = await getDecoder()
      const bitmap = await createImageBitmap(file)
      const found = await reader.read(bitmap, true)
      bitmap.close()
      return found
    } catch {
      return []
    }
  }

  onBeforeUnmount(stop)
  return { state, decoderKind, start, stop, readPhoto }
}
