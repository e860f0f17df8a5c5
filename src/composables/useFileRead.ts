import { MAX_FILE_BYTES } from '@/core/files/fileFormat'
import type { ReadFile } from '@/core/files/participantImport'

export type { ReadFile }

/**
 * Reads chosen or dropped files as text. A file over the size limit is not read at all, so a
 * huge file cannot freeze the page; the import path reports it by name.
 */
export function useFileRead() {
  /** `maxBytes`: a result file by default; an "export all" file may be larger. */
  async function readFiles(files: Iterable<File>, maxBytes = MAX_FILE_BYTES): Promise<ReadFile[]> {
    return Promise.all(
      [...files].map(async (file) => {
        if (file.size > maxBytes) return { name: file.name, text: null, tooLarge: true }
        try {
          return { name: file.name, text: await file.text(), tooLarge: false }
        } catch {
          return { name: file.name, text: null, tooLarge: false }
        }
      }),
    )
  }
  return { readFiles }
}
