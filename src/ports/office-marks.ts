/**
 * The marks of 标记 planned once for the Office-like hosts (Excel and WPS): which areas of which sheet get which
 * colour, and the formula that makes a conditional format recognisably the add-in's.
 */

import type { AnyFinding as Finding } from "../core";
import { type Area, rectangles } from "./office-areas";

export type MarkSeverity = "error" | "warning";

export const MARK_FORMULAS: Record<MarkSeverity, string> = {
  error: '=ISTEXT("gx.mark.error")',
  warning: '=ISTEXT("gx.mark.warning")',
};

/** Excel's own "light red fill" and "yellow fill" of its highlight rules. */
export const MARK_FILLS: Record<MarkSeverity, string> = { error: "#FFC7CE", warning: "#FFEB9C" };

export interface MarkPlan {
  sheet: string;
  severity: MarkSeverity;
  areas: Area[];
}

/** The areas to mark, per sheet and severity. `used` gives each sheet's used columns (null: an empty sheet). */
export function planMarks(findings: readonly Finding[], used: ReadonlyMap<string, { left: number; right: number } | null>): MarkPlan[] {
  const cells = new Map<string, Record<MarkSeverity, Map<number, Set<number>>>>();
  const add = (sheet: string, severity: MarkSeverity, row: number, cols: number[]) => {
    let bySeverity = cells.get(sheet);
    if (!bySeverity) {
      bySeverity = { error: new Map(), warning: new Map() };
      cells.set(sheet, bySeverity);
    }
    const rows = bySeverity[severity];
    const set = rows.get(row) ?? new Set<number>();
    for (const c of cols) set.add(c);
    rows.set(row, set);
  };
  for (const f of findings) {
    if ((f.severity !== "error" && f.severity !== "warning") || f.explained || f.sheet === undefined || f.row === undefined) continue;
    if (!used.has(f.sheet)) continue;
    if (f.col !== undefined) add(f.sheet, f.severity, f.row, [f.col]);
    else {
      const span = used.get(f.sheet);
      if (span) add(f.sheet, f.severity, f.row, Array.from({ length: span.right - span.left + 1 }, (_, i) => span.left + i));
    }
  }
  const out: MarkPlan[] = [];
  for (const [sheet, { error, warning }] of cells) {
    for (const [row, cols] of warning) {
      const errs = error.get(row);
      if (errs) for (const c of errs) cols.delete(c);
      if (cols.size === 0) warning.delete(row);
    }
    if (error.size > 0) out.push({ sheet, severity: "error", areas: rectangles(error) });
    if (warning.size > 0) out.push({ sheet, severity: "warning", areas: rectangles(warning) });
  }
  return out;
}

