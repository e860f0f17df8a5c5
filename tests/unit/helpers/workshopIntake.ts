import { questionnaire } from '@/content/questionnaire'
import { readPasted, refusal, type IntakeOutcome } from '@/core/files/intake'
import { useWorkshopSessionStore } from '@/stores/workshopSession'

/** A pasted link or code the way the workshop page takes it: read once, checked against the session, applied. */
export async function addLink(text: string, name = 'link'): Promise<IntakeOutcome> {
  const read = await readPasted(text, questionnaire)
  return read.ok ? useWorkshopSessionStore().take(read.received, name, 'link') : refusal(name, read.error)
}
