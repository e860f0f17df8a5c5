import { ref } from 'vue'
import { useMessages, type Messages } from '@/locales'
import type { ImportError } from '@/core/files/fileFormat'
import type { CodeError } from '@/core/files/codeLayout'
import type { IntakeOutcome } from '@/core/files/intake'
import { UNREADABLE } from '@/core/files/participantImport'

export type NoticeKind = 'success' | 'warning' | 'error'

/** A short message after something the user did, shown in a live region (see StatusNotice). */
export interface Notice {
  kind: NoticeKind
  text: string
}

const codeErrors: readonly string[] = ['geen-code', 'beschadigd', 'nieuwere-versie', 'andere-vragenlijst', 'uitnodiging', 'inlevering', 'andere-sessie'] satisfies CodeError[]
const isCodeError = (detail: string | undefined): detail is CodeError => detail !== undefined && codeErrors.includes(detail)

/** The Dutch sentence for a refused input: what is wrong with it, and that nothing changed. */
export function refusalText(t: Messages, name: string, error: ImportError): string {
  // A hand-in code's own reason (damaged, an invitation instead of a code, …) says more than "no valid link".
  const problem =
    error.detail === UNREADABLE
      ? t.files.readFailed(name)
      : error.code === 'ongeldige-link' && isCodeError(error.detail)
        ? t.handin.errors[error.detail]
        : t.files.importErrors[error.code](name)
  return `${problem} ${t.files.unchanged}`
}

/**
 * The one place an import's outcome becomes Dutch: every page that takes in files, links and codes
 * (workshop, camera and photo, series, comparison, start page) says what happened in these words.
 * A hand-in read by the camera or from a photo is told as "binnen"; a file or link by its name.
 */
export function intakeMessage(t: Messages, outcome: IntakeOutcome): Notice {
  const byCode = 'route' in outcome && (outcome.route === 'camera' || outcome.route === 'photo')
  const who = (label: string | undefined) => (label === undefined ? '' : 'round' in outcome && outcome.round === 2 ? t.handin.receive.inRoundTwo(label) : label)
  switch (outcome.status) {
    case 'added':
      if (outcome.count !== undefined) return { kind: 'success', text: t.series.add.added(outcome.name, outcome.count) }
      return { kind: 'success', text: byCode ? t.handin.receive.added(who(outcome.label)) : t.workshop.outcomes.added(outcome.name, who(outcome.label)) }
    case 'replaced':
      return { kind: 'success', text: byCode ? t.handin.receive.replaced(who(outcome.label)) : t.workshop.outcomes.replaced(outcome.name, who(outcome.label)) }
    case 'duplicate':
      if (outcome.label === undefined) return { kind: 'warning', text: t.series.add.duplicate(outcome.name) }
      return { kind: 'warning', text: byCode ? t.handin.receive.duplicate(who(outcome.label)) : t.workshop.outcomes.duplicate(outcome.name, who(outcome.label)) }
    case 'team':
      return { kind: 'success', text: t.workshop.outcomes.team(outcome.name, outcome.count) }
    case 'full':
      return { kind: 'error', text: t.series.add.full(outcome.name, outcome.max) }
    case 'refused':
      return { kind: 'error', text: refusalText(t, outcome.name, outcome.error) }
  }
}

/**
 * The one way a page reports what opening a file or link did: a notice to show, and for a refused
 * input the Dutch message that names the file, the problem, and that nothing changed.
 */
export function useImportFeedback() {
  const t = useMessages()
  const notice = ref<Notice>()

  return {
    notice,
    errorText: (name: string, error: ImportError) => refusalText(t, name, error),
    message: (outcome: IntakeOutcome) => intakeMessage(t, outcome),
    show(outcome: IntakeOutcome): void {
      notice.value = intakeMessage(t, outcome)
    },
    succeeded(text: string): void {
      notice.value = { kind: 'success', text }
    },
    failed(text: string): void {
      notice.value = { kind: 'error', text }
    },
    refused(name: string, error: ImportError): void {
      notice.value = { kind: 'error', text: refusalText(t, name, error) }
    },
  }
}
