/** The profile of a result: who filled it in (optional) and where. */
import type { Profile } from '../model'

/** The profile with the patch applied; a field patched to blank or undefined is removed. */
export function patchProfile(profile: Profile, patch: Partial<Profile>): Profile {
  const next: Profile = { ...profile }
  for (const [key, value] of Object.entries(patch) as [keyof Profile, Profile[keyof Profile]][]) {
    // An emptied multiple choice is dropped like a blank text, so the file says nothing rather than "none".
    if (value === undefined || value === '' || (Array.isArray(value) && value.length === 0)) delete next[key]
    else Object.assign(next, { [key]: value })
  }
  return next
}

const TEAM_FIELDS = ['municipality', 'team', 'wijkteamModel', 'teamComposition', 'execution', 'careLines', 'accessRoutes', 'targetGroups'] as const

/**
 * The part of a participant's profile that may name a team: municipality, team, wijkteam model and
 * how the wijkteam is designed. Never the participant's name, role or anything else that points at a person.
 */
export function teamProfileFrom(profile: Profile): Profile {
  const team: Profile = {}
  for (const key of TEAM_FIELDS) {
    const value = profile[key]
    if (value !== undefined && value !== '' && !(Array.isArray(value) && value.length === 0)) Object.assign(team, { [key]: value })
  }
  return team
}
