/**
 * The one choice of the profile in force (PLAN-PROFILE.md): the option (`--profile`, already validated) over the
 * profile stored in the workbook's `_gx` sheet over the built-in plan. The engine, the task pane and the CLI
 * all choose through here.
 */

import { BUILTIN_PROFILE, mergeProfile, type ProfileIssue, type ProfileResult } from "../profile";
import type { Profile } from "../profile/types";

export type ProfileSource = "option" | "workbook" | "built-in";

export interface ProfileChoice {
  profile: Profile;
  source: ProfileSource;
  /** Why the stored profile was not used (its first issue: it names the field; the others usually follow). */
  issue: ProfileIssue | null;
}

/** Overrides (a stored profile, a `--profile` file) merged over the built-in plan and validated. */
export function overBuiltin(overrides: unknown): ProfileResult {
  return mergeProfile(BUILTIN_PROFILE, overrides);
}

/** `stored` is `_gx`'s profile as read (any JSON); null or undefined when the workbook stores none. */
export function chooseProfile(from: { option?: Profile; stored?: unknown }): ProfileChoice {
  if (from.option) return { profile: from.option, source: "option", issue: null };
  if (from.stored === undefined || from.stored === null) return { profile: BUILTIN_PROFILE, source: "built-in", issue: null };
  const merged = overBuiltin(from.stored);
  if (merged.ok) return { profile: merged.profile, source: "workbook", issue: null };
  return { profile: BUILTIN_PROFILE, source: "built-in", issue: merged.issues[0] ?? null };
}
