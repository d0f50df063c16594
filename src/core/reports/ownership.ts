/**
 * Which sheet each report tab goes to (REPORTS.md, Ownership). Pure, shared by the Office.js and the file writer so
 * both decide alike: a tab the add-in made (listed in `_gx` settings.reports) is replaced; a user's sheet of the same
 * name is never touched and the new tab takes the first free suffix, `校验结果(2)`, `校验结果(3)`, …
 */

import { t } from "../i18n";
import { LIMITS } from "../limits";
import { cellText, isBlankCell } from "../read/text";
import type { CellValue } from "../read/types";

const MAX_SHEET_NAME = LIMITS.sheetName;

/**
 * Row 2's subtitle, its placeholders as wildcards: the mark every report tab the add-in writes carries. Tabs
 * written before the subtitle named the reporting unit (填报单位：… · ) carry it without that part.
 */
const SUBTITLES = (["zh-CN", "en-US"] as const).flatMap((lang) => {
  const template = t(lang, "report.subtitle", { unit: "\u0000", workbook: "\u0000", profile: "\u0000", time: "\u0000" });
  // eslint-disable-next-line no-control-regex -- \u0000 stands for each placeholder (never in real text)
  return [template, template.replace(/^[^\u0000]*\u0000 · /, "")].map((form) => {
    const parts = form.split("\u0000").map((p) => p.replace(/[.*+?^${}()|[\]\\]/g, "\\$&"));
    return new RegExp(`^${parts.join("[^\\n]*")}$`);
  });
});

/**
 * Whether a sheet carries the add-in's mark of a report tab (its subtitle, in A2). `_gx` lists the tabs the add-in
 * made, but a list can be stale or forged: a listed sheet is the add-in's, and may be replaced, only with the mark.
 */
export function bearsReportMark(a2: CellValue | undefined): boolean {
  if (isBlankCell(a2)) return false;
  const text = cellText(a2);
  return text.length < 2000 && SUBTITLES.some((re) => re.test(text));
}

export interface TabPlan {
  /** The standard name the layout asks for. */
  wanted: string;
  /** The sheet it is written to. */
  name: string;
  /** An earlier tab of the add-in by that name exists and is replaced. */
  replaces: boolean;
}

export interface Renamed {
  wanted: string;
  used: string;
}

export interface OwnershipPlan {
  tabs: TabPlan[];
  /** Tabs that could not take their standard name because a user's sheet has it: the user is told. */
  renamed: Renamed[];
  /** Earlier copies made by the add-in for a wanted tab that now lives elsewhere (`校验结果(2)` once `校验结果` is free). */
  stale: string[];
  /** settings.reports after writing: the add-in's sheets that still exist, then the new ones. */
  reports: string[];
}

/** Excel compares sheet names without regard to case. */
function key(name: string): string {
  return name.toLowerCase();
}

function candidate(wanted: string, n: number): string {
  if (n === 1) return wanted;
  const suffix = `(${n})`;
  return wanted.slice(0, MAX_SHEET_NAME - suffix.length) + suffix;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/** `校验结果`, `校验结果(2)`, …: the names the add-in could have given that tab. */
function isCopyOf(name: string, wanted: string): boolean {
  return new RegExp(`^${escapeRegExp(key(wanted))}(\\(\\d+\\))?$`).test(key(name));
}

export function planReportTabs(existing: readonly string[], owned: readonly string[], wanted: readonly string[]): OwnershipPlan {
  const present = new Map(existing.map((n) => [key(n), n]));
  const mine = new Set(owned.map(key).filter((k) => present.has(k)));
  const taken = new Set<string>();
  const tabs: TabPlan[] = [];
  const renamed: Renamed[] = [];
  for (const w of wanted) {
    if (tabs.some((t) => t.wanted === w)) continue;
    for (let n = 1; ; n++) {
      const name = candidate(w, n);
      const k = key(name);
      if (taken.has(k)) continue;
      if (present.has(k) && !mine.has(k)) continue;
      taken.add(k);
      tabs.push({ wanted: w, name, replaces: present.has(k) });
      if (name !== w) renamed.push({ wanted: w, used: name });
      break;
    }
  }
  const ownedNames = [...new Set(owned.map(key).filter((k) => mine.has(k)))].map((k) => present.get(k) as string);
  const stale = ownedNames.filter((n) => !taken.has(key(n)) && tabs.some((t) => isCopyOf(n, t.wanted)));
  const kept = ownedNames.filter((n) => !stale.includes(n) && !taken.has(key(n)));
  return { tabs, renamed, stale, reports: [...kept, ...tabs.map((t) => t.name)] };
}
