/**
 * 审核说明 inside Excel: an explanation goes where src/core/rules/explanation-write.ts says — into the entry that
 * already explains the same finding (its text replaced: the engine reads only the first), or below the sheet's
 * rows in the columns its header names. The sheet is created with the standard header when missing; a sheet of
 * that name without a header row gets one inserted on top. Cells are written under the text format, so "=…" or
 * "0012" stays as typed.
 * Syncs: those of reading the sheet (3 for a sheet of ordinary size), and one to write.
 */

import { type Explanation, EXPLANATIONS_SHEET, planExplanations, planWithdrawal } from "../../core";
import { readWorkbookExcel } from "./read";

/** Characters → points, as Excel lays a column out. */
function points(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75);
}

function writeCell(ws: Excel.Worksheet, row: number, col: number, value: string): void {
  const cell = ws.getCell(row - 1, col - 1);
  cell.numberFormat = [["@"]];
  cell.values = [[value]];
}

export async function addExplanationExcel(context: Excel.RequestContext, e: Explanation): Promise<void> {
  await addExplanationsExcel(context, [e]);
}

/** Several at once (沿用上期说明 for all): the sheet read once, the entries written in order, one sync. */
export async function addExplanationsExcel(context: Excel.RequestContext, es: readonly Explanation[]): Promise<void> {
  if (es.length === 0) return;
  const data = await readWorkbookExcel(context, { sheets: [EXPLANATIONS_SHEET] });
  const sheet = data.sheets.find((s) => s.name === EXPLANATIONS_SHEET);
  const sheets = context.workbook.worksheets;
  const ws = sheet ? sheets.getItem(EXPLANATIONS_SHEET) : sheets.add(EXPLANATIONS_SHEET);
  for (const plan of planExplanations(sheet, es)) {
    // The reader looks for the header in the first rows: whatever the sheet holds moves down one.
    if (plan.shiftDown) ws.getRange("1:1").insert("Down");
    for (const { row, col, text, width } of plan.header) {
      writeCell(ws, row, col, text);
      const cell = ws.getCell(row - 1, col - 1);
      cell.format.font.bold = true;
      cell.format.columnWidth = points(width);
    }
    for (const { col, text } of plan.cells) writeCell(ws, plan.row, col, text);
  }
  await context.sync();
}

/** Clears the entry that explains what `e` explains (reading the sheet, then one sync to write); false when none. */
export async function removeExplanationExcel(context: Excel.RequestContext, e: Explanation): Promise<boolean> {
  const data = await readWorkbookExcel(context, { sheets: [EXPLANATIONS_SHEET] });
  const plan = planWithdrawal(
    data.sheets.find((s) => s.name === EXPLANATIONS_SHEET),
    e,
  );
  if (!plan) return false;
  const ws = context.workbook.worksheets.getItem(EXPLANATIONS_SHEET);
  for (const col of plan.cols) ws.getCell(plan.row - 1, col - 1).clear("Contents");
  await context.sync();
  return true;
}
