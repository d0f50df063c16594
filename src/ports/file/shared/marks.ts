/**
 * Marks in a workbook opened as a file: the findings' cells coloured by conditional formats whose formula is a
 * marker (`ISTEXT("gx.mark.error")`, always true), the same marker the add-in uses inside Excel, so either face
 * finds and removes the other's marks. The cells' own values, fills, fonts and conditional formats are not
 * touched; clearing drops exactly the rules with a marker.
 */

import type ExcelJS from "exceljs";
import { cellName, type AnyFinding as Finding } from "../../../core";
import { parseRange } from "./cells";

export type MarkLevel = "error" | "warning";

export const MARK_FORMULA: Record<MarkLevel, string> = {
  error: 'ISTEXT("gx.mark.error")',
  warning: 'ISTEXT("gx.mark.warning")',
};

/** Excel's own "light red fill" and "yellow fill" of its highlight rules, as inside Excel (src/ports/excel/marks.ts). */
const MARK_STYLE: Record<MarkLevel, Partial<ExcelJS.Style>> = {
  error: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } },
  warning: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFEB9C" } } },
};

const LEVELS: readonly MarkLevel[] = ["error", "warning"];

interface CfRule {
  type: string;
  priority?: number;
  formulae?: unknown[];
}

interface Cf {
  ref: string;
  rules: CfRule[];
}

// ExcelJS keeps a sheet's conditional formats in this array (read from the file and written back) but does not type it.
function formatsOf(ws: ExcelJS.Worksheet): Cf[] {
  const holder = ws as unknown as { conditionalFormattings?: Cf[] };
  if (!holder.conditionalFormattings) holder.conditionalFormattings = [];
  return holder.conditionalFormattings;
}

function isMarker(rule: CfRule): boolean {
  if (rule.type !== "expression" || !Array.isArray(rule.formulae)) return false;
  const formula = String(rule.formulae[0] ?? "").replace(/^=/, "");
  return LEVELS.some((level) => MARK_FORMULA[level] === formula);
}

/**
 * The cells to colour, per sheet, as inside Excel: a cell finding its cell, a row finding its row across the
 * sheet's used columns; errors over warnings where a cell has both; explained warnings are settled.
 */
export function markedCells(wb: ExcelJS.Workbook, findings: readonly Finding[]): Map<ExcelJS.Worksheet, Map<string, MarkLevel>> {
  const out = new Map<ExcelJS.Worksheet, Map<string, MarkLevel>>();
  for (const f of findings) {
    if (f.severity !== "error" && (f.severity !== "warning" || f.explained)) continue;
    const ws = f.sheet === undefined || f.row === undefined ? undefined : wb.getWorksheet(f.sheet);
    if (!ws || f.row === undefined) continue;
    let cols: number[];
    if (f.col !== undefined) cols = [f.col];
    else {
      // An empty sheet's dimensions are all 0: no columns.
      const { left, right } = ws.dimensions;
      cols = left === 0 ? [] : Array.from({ length: right - left + 1 }, (_, i) => left + i);
    }
    const cells = out.get(ws) ?? new Map<string, MarkLevel>();
    out.set(ws, cells);
    for (const col of cols) {
      const a1 = cellName(f.row, col);
      if (cells.get(a1) !== "error") cells.set(a1, f.severity);
    }
  }
  return out;
}

/** Cells in a list of areas (`C5 D7:F7`): the add-in in Excel records rectangles, the page single cells. */
function refCells(ref: string): number {
  return ref
    .split(/\s+/)
    .map(parseRange)
    .reduce((n, a) => n + (a ? (a.bottom - a.top + 1) * (a.right - a.left + 1) : 0), 0);
}

/**
 * Removes the marker rules of every sheet; the user's own rules keep their order (their priorities move back by
 * the room the marks took when nothing else changed since). Returns the cells that were marked.
 */
export function removeMarks(wb: ExcelJS.Workbook): number {
  let cells = 0;
  for (const ws of wb.worksheets) {
    const all = formatsOf(ws);
    const kept: Cf[] = [];
    for (const cf of all) {
      const mine = cf.rules.filter(isMarker);
      if (mine.length > 0) cells += refCells(cf.ref);
      const rest = cf.rules.filter((r) => !isMarker(r));
      if (rest.length > 0) kept.push(mine.length > 0 ? { ...cf, rules: rest } : cf);
    }
    if (kept.length === all.length && kept.every((cf, i) => cf === all[i])) continue;
    const priorities = kept.flatMap((cf) => cf.rules.map((r) => r.priority ?? Infinity));
    if (priorities.every((p) => p > LEVELS.length)) {
      for (const cf of kept) for (const r of cf.rules) if (r.priority !== undefined) r.priority -= LEVELS.length;
    }
    all.splice(0, all.length, ...kept);
  }
  return cells;
}

/**
 * Colours the findings' cells, replacing earlier marks. The marks come first in priority, so that a user's
 * fill on the same cell does not hide them; the user's rules move down by two, keeping their order.
 * Returns the cells marked per sheet (A1 addresses), for settings.marks.
 */
export function addMarks(wb: ExcelJS.Workbook, findings: readonly Finding[]): Record<string, string[]> {
  removeMarks(wb);
  const recorded: Record<string, string[]> = {};
  for (const [ws, cells] of markedCells(wb, findings)) {
    const formats = formatsOf(ws);
    for (const cf of formats) for (const r of cf.rules) if (r.priority !== undefined) r.priority += LEVELS.length;
    const marks = LEVELS.flatMap((level, i): Cf[] => {
      const refs = [...cells].filter(([, l]) => l === level).map(([a1]) => a1);
      if (refs.length === 0) return [];
      const rule: ExcelJS.ExpressionRuleType = {
        type: "expression",
        priority: i + 1,
        formulae: [MARK_FORMULA[level]],
        style: MARK_STYLE[level],
      };
      return [{ ref: refs.join(" "), rules: [rule as unknown as CfRule] }];
    });
    formats.unshift(...marks);
    recorded[ws.name] = [...cells.keys()];
  }
  return recorded;
}
