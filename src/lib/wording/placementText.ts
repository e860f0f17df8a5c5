import type { Messages } from '@/locales'
import type { PlacementSentence } from '@/core/report/resultReport'

/** The placement headline in words, the same on screen and in print; `team` speaks of the team's answers. */
export function placementText(t: Messages, sentence: PlacementSentence, team: boolean): string {
  switch (sentence.kind) {
    case 'unknown':
      return team ? t.ladder.placement.teamUnknown : t.ladder.placement.unknown
    case 'irregular':
      return t.ladder.placement.irregularSentence(sentence.present, sentence.absent, team)
    case 'atLeast': {
      const higher = sentence.higher.join(' of ')
      return team ? t.ladder.placement.teamAtLeast(sentence.rung, higher) : t.ladder.placement.atLeast(sentence.rung, higher)
    }
    case 'settled':
      return team ? t.ladder.placement.teamSentence(sentence.rung) : t.ladder.placement.sentence(sentence.rung)
  }
}
