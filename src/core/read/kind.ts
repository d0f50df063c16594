/**
 * Which ledger a sheet is (the add-in's own sheets are told apart first, in sheet-role.ts): the user's override;
 * else the most specific sheet-name keyword (技改 over 项目, 培育 over 重点企业); else the best header signature.
 */

import type { KindSpec, LedgerKind } from "../ledgers/types";
import type { HeaderSearch } from "./headers/header-rows";
import { kindMatcher, layoutFor, type KindChoice } from "./headers/match";
import { compact } from "./text";

/** The kind whose keyword the sheet name contains; the highest specificity wins, then the order of `kinds`. */
export function kindByName(name: string, kinds: readonly KindSpec[]): KindSpec | undefined {
  const n = compact(name).toLowerCase();
  let best: KindSpec | undefined;
  for (const spec of kinds) {
    if (!spec.sheetKeywords.some((k) => k !== "" && n.includes(compact(k).toLowerCase()))) continue;
    if (!best || spec.specificity > best.specificity) best = spec;
  }
  return best;
}

/**
 * The kind whose headers the sheet's header row names best. A signature needs at least two columns and at
 * least half the kind's required ones; ties go to the kind covering more of its required columns, then to
 * the order of `kinds`.
 */
export function kindByHeaders(
  search: HeaderSearch,
  kinds: readonly KindSpec[],
  mapping: Readonly<Record<string, string>> | undefined,
): KindChoice | undefined {
  let best: KindChoice | undefined;
  let bestCover = 0;
  for (const spec of kinds) {
    const choice = layoutFor(spec, search, mapping);
    if (!choice) continue;
    const { score, matched, requiredMatched } = choice.scored;
    const required = kindMatcher(spec).requiredCount;
    if (matched < 2 || requiredMatched * 2 < required) continue;
    const cover = required === 0 ? 1 : requiredMatched / required;
    if (!best || score > best.scored.score || (score === best.scored.score && cover > bestCover)) {
      best = choice;
      bestCover = cover;
    }
  }
  return best;
}

/** `opts.overrides` over the workbook's own (`_gx` kinds), each a kind or "none". */
export function mergedOverrides(
  ...sources: (Readonly<Record<string, LedgerKind | "none">> | undefined)[]
): Map<string, LedgerKind | "none"> {
  const out = new Map<string, LedgerKind | "none">();
  for (const src of sources) {
    if (!src) continue;
    for (const [sheet, kind] of Object.entries(src)) if (typeof kind === "string") out.set(sheet, kind);
  }
  return out;
}
