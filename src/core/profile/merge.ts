import { isRecord, withoutUnsafeKeys } from "./sanitize";
import { parseProfile, type ProfileResult } from "./schema";
import type { Profile } from "./types";

/** JSON Merge Patch (RFC 7396): objects merge key by key, null removes a key, anything else replaces. */
function applyPatch(target: unknown, patch: unknown): unknown {
  if (!isRecord(patch)) return patch;
  const out: Record<string, unknown> = isRecord(target) ? { ...target } : {};
  for (const [key, value] of Object.entries(patch)) {
    if (value === null) delete out[key];
    else out[key] = applyPatch(out[key], value);
  }
  return out;
}

/**
 * `base` with the overrides a workbook or file stores (often just `period` and a few thresholds), then
 * validated as a whole. Objects (`thresholds`, `reference`, `rules`) merge deeply; arrays (`regions`,
 * `industries`, `targets`) are replaced wholesale; `null` clears a field (`"period": null` → derived again,
 * `"rules": {"x": null}` → rule x back to its default). Issue paths name the field of the merged profile.
 */
export function mergeProfile(base: Profile, partial: unknown, ruleIds?: readonly string[]): ProfileResult {
  return parseProfile(applyPatch(base, withoutUnsafeKeys(partial)), ruleIds);
}
