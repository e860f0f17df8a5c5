/**
 * The labelled 5-point scale, the same for every statement. Most statements are worded so that
 * agreement is a strength: 1 = clearly a knelpunt, 5 = clearly a succesfactor. Some are worded as the
 * knelpunt itself (`reversed`, marked so on screen) and count as 6 − answer, so that agreeing is not
 * always the strong answer. "Weet ik niet" is an answer of its own, never a middle point.
 */
import type { Questionnaire } from '../core/model'

export const scale: Questionnaire['scale'] = {
  points: [
    { value: 1, label: 'Klopt helemaal niet' },
    { value: 2, label: 'Klopt grotendeels niet' },
    { value: 3, label: 'Klopt voor een deel' },
    { value: 4, label: 'Klopt grotendeels' },
    { value: 5, label: 'Klopt helemaal' },
  ],
  unknown: 'Weet ik niet',
}
