import type ExcelJS from "exceljs";
import { type Explanation, EXPLANATION_HEADER, EXPLANATIONS_SHEET, planExplanation } from "../../core";
import { planWithdrawal } from "../../core";
import { sheetData } from "./read";

/**
 * Writes an explanation into the 审核说明 sheet of a workbook opened as a file, where the reader finds it on the
 * next check, as the Excel port does (src/core/rules/explanation-write.ts): explaining the same finding again
 * replaces the entry's text. The sheet is created with the standard header when missing; a sheet of that name
 * without a header row gets one on top, so the reader can find it.
 */

const WIDTHS = [16, 28, 22, 10, 48];

export function writeExplanation(wb: ExcelJS.Workbook, e: Explanation): void {
  const existing = wb.getWorksheet(EXPLANATIONS_SHEET);
  const plan = planExplanation(existing && sheetData(existing), e);
  const ws = existing ?? wb.addWorksheet(EXPLANATIONS_SHEET);
  if (plan.shiftDown) ws.spliceRows(1, 0, []);
  if (plan.addHeader) {
    const row = ws.getRow(1);
    EXPLANATION_HEADER.forEach((text, i) => {
      row.getCell(i + 1).value = text;
      row.getCell(i + 1).font = { bold: true };
      ws.getColumn(i + 1).width = Math.max(ws.getColumn(i + 1).width ?? 0, WIDTHS[i]);
    });
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
