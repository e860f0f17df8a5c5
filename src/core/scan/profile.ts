/** The profile of a result: who filled it in (optional) and where. */
import type { Profile } from '../model'

/** The profile with the patch applied; a field patched to blank or undefined is removed. */
export function patchProfile(profile: Profile, patch: Partial<Profile>): Profile {
  const next: Profile = { ...profile }
  for (const [key, value] of Object.entries(patch) as [keyof Profile, Profile[keyof Profile]][]) {
    if (value === undefined || value === '') delete next[key]
    else Object.assign(next, { [key]: value })
  }
  return next
}

/**
 * The part of a participant's profile that may name a team: municipality, team and wijkteam
 * model. Never the participant's name, role or anything else that points at a person.
 */
export function teamProfileFrom(profile: Profile): Profile {
  const { municipality, team, wijkteamModel } = profile
  return {
    ...(municipality ? { municipality } : {}),
    ...(team ? { team } : {}),
    ...(wijkteamModel ? { wijkteamModel } : {}),
  }
}
