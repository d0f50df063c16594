/**
 * Which ledger a sheet is: never one for the add-in's own sheets; else the user's override; else the most
 * specific sheet-name keyword (技改 over 项目, 培育 over 重点企业); else the best header signature.
 */

import type { ColumnSpec, KindSpec, LedgerKind } from "../ledgers/types";
import { bestLayout, type HeaderLayout, type ScoredLayout } from "./find-header";
import { kindMatcher, mappedTexts } from "./match";
import { compact } from "./text";

export const SETTINGS_SHEET = "_gx";
export const EXPLANATIONS_SHEET = "审核说明";


export type SheetRole = "settings" | "explanations" | "report" | "candidate";

/** The add-in's own sheets are never ledgers; a sheet merely named like a report tab can still be overridden. */
export function sheetRole(name: string, reports: readonly string[]): SheetRole {
  const trimmed = name.trim();
  // The add-in's helper sheets beside `_gx` (`_gx_lists`: a template's long drop-down lists). `_gx` itself is
  // told by its state and content (settings-sheet.ts), not by this name.
  if (trimmed.startsWith(`${SETTINGS_SHEET}_`)) return "settings";
  if (trimmed === EXPLANATIONS_SHEET) return "explanations";
  if (reports.includes(name)) return "report";
  return "candidate";
}

/**
 * Named like one of the report tabs (the names REPORTS.md declares, passed by the check): a copy the add-in made
 * beside a user's sheet carries a number, 校验结果(2).
 */
export function namedLikeReport(name: string, reportTabs: readonly string[]): boolean {
  const n = compact(name);
  return reportTabs.some((tab) => n.startsWith(tab) && /^[-_([]*\d*[)\]]*$/.test(n.slice(tab.length)));
}

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

export interface KindChoice {
  spec: KindSpec;
  scored: ScoredLayout;
  mapped: Map<string, ColumnSpec>;
}

/** The kind's best header, with the user's mappings for this sheet. */
export function layoutFor(
  spec: KindSpec,
  layouts: readonly HeaderLayout[],
  mapping: Readonly<Record<string, string>> | undefined,
): KindChoice | undefined {
  const mapped = mappedTexts(spec, mapping);
  const scored = bestLayout(layouts, kindMatcher(spec), mapped);
  return scored ? { spec, scored, mapped } : undefined;
}

/**
 * The kind whose headers the sheet's header row names best. A signature needs at least two columns and at
 * least half the kind's required ones; ties go to the kind covering more of its required columns, then to
 * the order of `kinds`.
 */
export function kindByHeaders(
  layouts: readonly HeaderLayout[],
  kinds: readonly KindSpec[],
  mapping: Readonly<Record<string, string>> | undefined,
): KindChoice | undefined {
  let best: KindChoice | undefined;
  let bestCover = 0;
  for (const spec of kinds) {
    const choice = layoutFor(spec, layouts, mapping);
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
