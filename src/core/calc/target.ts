/** Plan indicators of the profile, found by key, Chinese name or alias. */

import type { Profile, Target } from "../profile/types";
import { foldWidth } from "./parse";

export type TargetSource = Pick<Profile, "targets">;

/** Spaces, case, full/half width and quotes ("百场万家" is written with “” as often as with "") do not count. */
function norm(s: string): string {
  return foldWidth(s).replace(/[\s"'“”‘’「」『』]+/g, "").toLowerCase();
}

/** Builds the lookup once; the returned function gives the Target or null. */
export function targetFinder(profile: TargetSource): (text: string) => Target | null {
  const index = new Map<string, Target>();
  // The first indicator to claim a spelling keeps it, so a key or name is never shadowed by a later alias.
  for (const pass of [(t: Target) => [t.key, t.name], (t: Target) => t.aliases]) {
    for (const t of profile.targets) {
      for (const s of pass(t)) if (!index.has(norm(s))) index.set(norm(s), t);
    }
  }
  return (text) => {
    const key = norm(text);
    return key === "" ? null : index.get(key) ?? null;
  };
}
