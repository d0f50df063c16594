/**
 * Marks in a workbook opened as a file: the findings' cells coloured by conditional formats whose formula is a
 * marker (`ISTEXT("gx.mark.error")`, always true), the same marker the add-in uses inside Excel, so either face
 * finds and removes the other's marks. Which cells, from the findings and the sheets as read; the part-level
 * writer (browser/marks-xml.ts) colours them without touching the cells' own values, fills, fonts and formats.
 */

import { cellName, type AnyFinding as Finding, type SheetData } from "../../../core";

export type MarkLevel = "error" | "warning";

export const MARK_FORMULA: Record<MarkLevel, string> = {
  error: 'ISTEXT("gx.mark.error")',
  warning: 'ISTEXT("gx.mark.warning")',
};

/** The first and last columns holding a value in any row; null for an empty sheet. */
function usedColumns(sheet: SheetData): { left: number; right: number } | null {
  let left = Infinity;
  let right = 0;
  for (const row of sheet.rows) {
    if (!row) continue;
    for (let c = 0; c < row.length; c++) {
      const v = row[c];
      if (v === null || v === undefined || v === "") continue;
      left = Math.min(left, c + 1);
      right = Math.max(right, c + 1);
    }
  }
  return right === 0 ? null : { left, right };
}

/**
 * The cells to colour, per sheet name, as inside Excel: a cell finding its cell, a row finding its row across the
 * sheet's used columns; errors over warnings where a cell has both; explained warnings are settled.
 */
export function markedCells(sheets: readonly SheetData[], findings: readonly Finding[]): Map<string, Map<string, MarkLevel>> {
  const out = new Map<string, Map<string, MarkLevel>>();
  const used = new Map<string, { left: number; right: number } | null>();
  for (const f of findings) {
    if (f.severity !== "error" && (f.severity !== "warning" || f.explained)) continue;
    const sheet = f.sheet === undefined || f.row === undefined ? undefined : sheets.find((s) => s.name === f.sheet);
    if (!sheet || f.row === undefined) continue;
    let cols: number[];
    if (f.col !== undefined) cols = [f.col];
    else {
      if (!used.has(sheet.name)) used.set(sheet.name, usedColumns(sheet));
      const span = used.get(sheet.name);
      cols = span ? Array.from({ length: span.right - span.left + 1 }, (_, i) => span.left + i) : [];
    }
    const cells = out.get(sheet.name) ?? new Map<string, MarkLevel>();
    out.set(sheet.name, cells);
    for (const col of cols) {
      const a1 = cellName(f.row, col);
      if (cells.get(a1) !== "error") cells.set(a1, f.severity);
    }
  }
  return out;
}
