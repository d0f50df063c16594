/**
 * Where an explanation goes in the 审核说明 sheet, for both ports: the engine takes the first entry that explains
 * a finding, so explaining the same finding again replaces that entry's text rather than adding a row nobody
 * reads; otherwise the explanation goes below the sheet's last row, in the columns its header names. A sheet
 * without a header (or no sheet) gets the standard one in row 1, whatever it holds moving down one row.
 */

import { explanationRows, findHeader } from "../read/explanations";
import type { Explanation } from "../read/result";
import type { SheetData } from "../read/types";
import { explainsSame } from "./explanations";

/** The standard header, and the field each column holds. */
export const EXPLANATION_HEADER = ["工作表", "对象", "规则", "单元格", "说明"] as const;
const FIELDS: readonly (keyof Explanation)[] = ["sheet", "key", "rule", "cell", "text"];

export interface ExplanationWrite {
  /** Write the standard header into row 1 … */
  addHeader: boolean;
  /** … after moving the sheet's rows down one (it has some). */
  shiftDown: boolean;
  /** The row the cells go to (numbered as the sheet will be, with the header added). */
  row: number;
  /** An entry for the same finding is there: only its text is written. */
  replaces: boolean;
  /** 1-based columns and their text. */
  cells: { col: number; text: string }[];
}

/** What writing `e` into the 审核说明 sheet `sheet` (as read, or undefined when missing) takes. */
export function planExplanation(sheet: SheetData | undefined, e: Explanation): ExplanationWrite {
  const rows = sheet?.rows.length ?? 0;
  const found = sheet && findHeader(sheet);
  const cols = found?.cols ?? new Map(FIELDS.map((f, i) => [f, i + 1]));
  // As the reader will see the entry: a field without a column reads blank.
  const written: Explanation = { sheet: "", key: "", rule: "", text: "" };
  for (const f of FIELDS) if (cols.has(f) && e[f] !== undefined) written[f] = e[f] as string;
  const same = found ? explanationRows(sheet).find((r) => explainsSame(r.explanation, written)) : undefined;
  if (same) return { addHeader: false, shiftDown: false, row: same.row, replaces: true, cells: [{ col: cols.get("text") as number, text: e.text }] };
  const cells: ExplanationWrite["cells"] = [];
  for (const f of FIELDS) {
    const col = cols.get(f);
    const value = e[f];
    // A column the user's header lacks (单元格, 对象) is left out; 规则 and 说明 are always there.
    if (col !== undefined && value !== undefined && value !== "") cells.push({ col, text: value });
  }
  if (found) return { addHeader: false, shiftDown: false, row: Math.max(rows, found.row) + 1, replaces: false, cells };
  // Below the header and the rows moved down under it.
  return { addHeader: true, shiftDown: rows > 0, row: rows + 2, replaces: false, cells };
}

/**
 * Withdrawing an explanation: the cells of the entry the reader would take for `e` (sheet, 对象, 规则, 单元格,
 * 说明) are cleared, so the entry no longer explains anything. Clearing rather than deleting the row leaves the
 * other entries and whatever the user keeps beside them where they were. Null when no entry explains it.
 */
export function planWithdrawal(sheet: SheetData | undefined, e: Explanation): { row: number; cols: number[] } | null {
  const found = sheet && findHeader(sheet);
  if (!found) return null;
  const written: Explanation = { sheet: "", key: "", rule: "", text: "" };
  for (const f of FIELDS) if (found.cols.has(f) && e[f] !== undefined) written[f] = e[f] as string;
  const same = explanationRows(sheet).find((r) => explainsSame(r.explanation, written));
  if (!same) return null;
  return { row: same.row, cols: FIELDS.map((f) => found.cols.get(f)).filter((c): c is number => c !== undefined) };
}
