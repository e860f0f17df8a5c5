import { MAX_FILE_BYTES } from '@/core/files/fileFormat'
import type { ReadFile } from '@/core/files/participantImport'

export type { ReadFile }

/**
 * Reads one file as UTF-8 text, but never more than `maxBytes`: past the limit the read stops
 * and the file counts as too large, so a huge file cannot freeze the page.
 *
 * Why a stream instead of checking `file.size` first: for a file chosen from disk, Chromium
 * answers `size` with a synchronous call to the browser process, about half a millisecond each;
 * for a thousand workshop files that was more than half a second of frozen page before anything
 * was read. The stream learns the size while reading, at no extra cost.
 */
async function readCapped(file: File, maxBytes: number): Promise<ReadFile> {
  const reader = file.stream().getReader()
  const decoder = new TextDecoder()
  let bytes = 0
  let text = ''
  for (;;) {
    const { done, value } = await reader.read()
    if (done) return { name: file.name, text: text + decoder.decode(), tooLarge: false }
    bytes += value.byteLength
    if (bytes > maxBytes) {
      await reader.cancel()
      return { name: file.name, text: null, tooLarge: true }
    }
    text += decoder.decode(value, { stream: true })
  }
}

/** Reads chosen or dropped files as text; the import path reports a too large or unreadable file by name. */
export function useFileRead() {
  /** `maxBytes`: a result file by default; an "export all" file may be larger. */
  async function readFiles(files: Iterable<File>, maxBytes = MAX_FILE_BYTES): Promise<ReadFile[]> {
    return Promise.all(
      [...files].map(async (file) => {
        try {
          return await readCapped(file, maxBytes)
        } catch {
          return { name: file.name, text: null, tooLarge: false }
        }
      }),
    )
  }
  return { readFiles }
}
