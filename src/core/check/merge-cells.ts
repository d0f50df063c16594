/** A merged row as the cells a writer puts down: the template's columns, then 来源文件 and 来源行. */

import { PROVENANCE_HEADERS } from "../ledgers/columns";
import type { Typed } from "../ledgers/types";
import type { CellValue, SheetData, WorkbookData } from "../read/types";
import { isDateValue } from "../rules/record-values";
import type { MergedRow, MergedSheet, MergeResult } from "./merge";

export const [SOURCE_FILE_HEADER, SOURCE_ROW_HEADER] = PROVENANCE_HEADERS;

export type OutCell = string | number | Date | null;

/**
 * A value as the merged ledger holds it: numbers as numbers (already in 万元), a day as a date, booleans as the
 * template's 是 / 否, several enum values joined with 、. A month alone (能耗 月份) stays a month, `2022-03`, which
 * the reader takes back as exactly that month (a date would become its first day).
 */
export function outCell(v: Typed | undefined): OutCell {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean") return v ? "是" : "否";
  if (Array.isArray(v)) return v.join("、");
  if (isDateValue(v)) return v.d === undefined ? `${v.y}-${String(v.m).padStart(2, "0")}` : new Date(Date.UTC(v.y, v.m - 1, v.d));
  return v;
}

/** The row's cells, `seq` (序号) renumbered 1… in the merged order. */
export function mergedRowCells(result: Pick<MergeResult, "files">, sheet: MergedSheet, row: MergedRow, index: number): OutCell[] {
  // The template's columns are its kind's, in order: the row's values line up with them.
  const cells = sheet.template.columns.map((c, j) => (c.key === "seq" ? index + 1 : outCell(row.values[j])));
  if (!row.copies) cells.push(result.files[row.source], row.row);
  else {
    const from = [row, ...row.copies];
    cells.push(from.map((f) => result.files[f.source]).join("; "), from.map((f) => String(f.row)).join("; "));
  }
  return cells;
}

/**
 * The merged ledgers as a port would read them back (header in row 1, then the rows), so that `--with-reports`
 * checks the roll-up as one workbook without writing and reading it first.
 */
export function mergedWorkbookData(result: MergeResult, name: string): WorkbookData {
  const sheets: SheetData[] = result.sheets.map((sheet) => ({
    name: sheet.template.title,
    merges: [],
    rows: [
      [...sheet.template.columns.map((c) => c.header), SOURCE_FILE_HEADER, SOURCE_ROW_HEADER],
      ...sheet.rows.map((row, i) => mergedRowCells(result, sheet, row, i)),
    ],
  }));
  const targets = result.targets;
  const rows: CellValue[][] = [targets.columns.map((c) => c.header)];
  for (const r of targets.rows) {
    const cells: CellValue[] = [];
    for (const c of r.cells) cells[c.col - 1] = c.value ?? null;
    rows[r.row - 1] = Array.from(cells, (v) => v ?? null);
  }
  sheets.push({ name: targets.title, merges: [], rows });
  return { name, sheets };
}
