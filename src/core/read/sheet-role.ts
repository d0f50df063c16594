/** The add-in's own sheets (`_gx`, its helpers, 审核说明, report tabs), told apart from the user's sheets by name. */

import { compact } from "./text";

export const SETTINGS_SHEET = "_gx";
export const EXPLANATIONS_SHEET = "审核说明";
/**
 * The roll-up's own tab (MERGE.md), named like a report tab is: never a ledger, also once `gx-ledger report` has
 * rewritten `_gx` (which then no longer lists it) and the merged workbook is checked or merged again.
 */
export const MERGE_SUMMARY_TAB = "汇总说明";

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
