import { ref } from 'vue'
import { useMessages } from '@/locales'
import type { ImportError } from '@/core/files/fileFormat'
import { UNREADABLE } from '@/core/files/participantImport'

export type NoticeKind = 'success' | 'warning' | 'error'

/** A short message after something the user did, shown in a live region (see StatusNotice). */
export interface Notice {
  kind: NoticeKind
  text: string
}

/**
 * The one way a page reports what opening a file or link did: a notice to show, and for a refused
 * input the Dutch message that names the file, the problem, and that nothing changed.
 */
export function useImportFeedback() {
  const t = useMessages()
  const notice = ref<Notice>()

  function errorText(name: string, error: ImportError): string {
    const problem = error.detail === UNREADABLE ? t.files.readFailed(name) : t.files.importErrors[error.code](name)
    return `${problem} ${t.files.unchanged}`
  }

  return {
    notice,
    errorText,
    succeeded(text: string): void {
      notice.value = { kind: 'success', text }
    },
    failed(text: string): void {
      notice.value = { kind: 'error', text }
    },
    refused(name: string, error: ImportError): void {
      notice.value = { kind: 'error', text: errorText(name, error) }
    },
  }
}
