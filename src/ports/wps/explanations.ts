/**
 * 审核说明 in WPS: an explanation goes where src/core/rules/explanation-write.ts says, as in Excel and in a file:
 * into the entry that explains the same finding, or below the rows; the sheet is created with the standard
 * header when missing. Cells are written under the text format, so "=…" or "0012" stays as typed.
 */

import { type Explanation, EXPLANATIONS_SHEET, planExplanations, planWithdrawal } from "../../core";
import { addSheet, findSheet, XL_SHIFT_DOWN, type EtApplication, type EtWorkbook, type EtWorksheet } from "./et";
import { rangeOf, readWorkbookEt } from "./read";

function writeText(ws: EtWorksheet, row: number, col: number, text: string): void {
  const cell = rangeOf(ws, row, col, 1, 1);
  cell.NumberFormat = "@";
  cell.Value2 = text;
}

export async function addExplanationEt(app: EtApplication, wb: EtWorkbook, e: Explanation): Promise<void> {
  await addExplanationsEt(app, wb, [e]);
}

/** Several at once (沿用上期说明 for all): the sheet read once, the entries written in order. */
export async function addExplanationsEt(app: EtApplication, wb: EtWorkbook, es: readonly Explanation[]): Promise<void> {
  if (es.length === 0) return;
  const data = await readWorkbookEt(app, wb, [], { sheets: [EXPLANATIONS_SHEET] });
  const sheet = data.sheets.find((s) => s.name === EXPLANATIONS_SHEET);
  const ws = findSheet(wb, EXPLANATIONS_SHEET) ?? addSheet(app, wb, EXPLANATIONS_SHEET);
  for (const plan of planExplanations(sheet, es)) {
    if (plan.shiftDown) ws.Range("1:1").Insert(XL_SHIFT_DOWN);
    for (const { row, col, text, width } of plan.header) {
      writeText(ws, row, col, text);
      const cell = rangeOf(ws, row, col, 1, 1);
      cell.Font.Bold = true;
      cell.ColumnWidth = width;
    }
    for (const { col, text } of plan.cells) writeText(ws, plan.row, col, text);
  }
}

/** Clears the entry that explains what `e` explains, as in Excel and in a file; false when none does. */
export async function removeExplanationEt(app: EtApplication, wb: EtWorkbook, e: Explanation): Promise<boolean> {
  const data = await readWorkbookEt(app, wb, [], { sheets: [EXPLANATIONS_SHEET] });
  const plan = planWithdrawal(
    data.sheets.find((s) => s.name === EXPLANATIONS_SHEET),
    e,
  );
  const ws = findSheet(wb, EXPLANATIONS_SHEET);
  if (!plan || !ws) return false;
  for (const col of plan.cols) rangeOf(ws, plan.row, col, 1, 1).ClearContents();
  return true;
}
