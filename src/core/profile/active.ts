import { BUILTIN_PROFILE } from "./builtin";
import type { Profile } from "./types";

export type ProfileListener = (profile: Profile) => void;

// One profile per runtime (custom functions and task pane share it); the built-in one until someone sets another.
let active: Profile = BUILTIN_PROFILE;
const listeners = new Set<ProfileListener>();

/** The profile that custom functions and checks read their thresholds and targets from. */
export function getActiveProfile(): Profile {
  return active;
}

/** Makes `profile` (already validated) the active one and tells every listener, unless it already is. */
export function setActiveProfile(profile: Profile): void {
  if (profile === active) return;
  active = profile;
  // A copy, so that a listener may unsubscribe while being called.
  for (const listener of [...listeners]) listener(profile);
}

/** Back to the built-in 2022 profile. */
export function resetActiveProfile(): void {
  setActiveProfile(BUILTIN_PROFILE);
}

/** Calls `listener` with the new profile after each change; returns the function that unsubscribes it. */
export function onProfileChange(listener: ProfileListener): () => void {
  listeners.add(listener);
  return () => {
    listeners.delete(listener);
  };
}
