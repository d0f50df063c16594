import type ExcelJS from "exceljs";
import { type Explanation, EXPLANATIONS_SHEET, planExplanation, planWithdrawal } from "../../../core";
import { sheetData } from "../shared/read";

/**
 * Writes an explanation into the 审核说明 sheet of a workbook opened as a file, where the reader finds it on the
 * next check, as the Excel port does (src/core/rules/explanation-write.ts): explaining the same finding again
 * replaces the entry's text. The sheet is created with the standard header when missing; a sheet of that name
 * without a header row gets one on top, so the reader can find it.
 */

export function writeExplanation(wb: ExcelJS.Workbook, e: Explanation): void {
  const existing = wb.getWorksheet(EXPLANATIONS_SHEET);
  const plan = planExplanation(existing && sheetData(existing), e);
  const ws = existing ?? wb.addWorksheet(EXPLANATIONS_SHEET);
  if (plan.shiftDown) ws.spliceRows(1, 0, []);
  for (const { row, col, text, width } of plan.header) {
    const cell = ws.getRow(row).getCell(col);
    cell.value = text;
    cell.font = { bold: true };
    ws.getColumn(col).width = Math.max(ws.getColumn(col).width ?? 0, width);
  }
  const row = ws.getRow(plan.row);
  for (const { col, text } of plan.cells) {
    const cell = row.getCell(col);
    cell.value = text;
    // Text as typed: an explanation starting with "=" or a code like 0012 stays text when the file is edited.
    cell.numFmt = "@";
  }
}

/** Clears the 审核说明 entry that explains what `e` explains; false when there is none. */
export function removeExplanation(wb: ExcelJS.Workbook, e: Explanation): boolean {
  const ws = wb.getWorksheet(EXPLANATIONS_SHEET);
  const plan = ws && planWithdrawal(sheetData(ws), e);
  if (!ws || !plan) return false;
  const row = ws.getRow(plan.row);
  for (const col of plan.cols) row.getCell(col).value = null;
  return true;
}
