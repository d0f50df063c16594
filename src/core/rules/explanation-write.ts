/**
 * Where an explanation goes in the 审核说明 sheet, for both ports: the engine takes the first entry that explains
 * a finding, so explaining the same finding again replaces that entry's text (and its 报告期 and 当时数值: it is
 * confirmed for now) rather than adding a row nobody reads; otherwise the explanation goes below the sheet's last
 * row, in the columns its header names. A sheet without a header (or no sheet) gets the standard one in row 1,
 * whatever it holds moving down one row; a header older than 报告期 and 当时数值 gets them to the right of all
 * that the sheet holds, so that the user's own columns stay as they are.
 */

import { explanationRows, findHeader } from "../read/explanations";
import type { Explanation } from "../read/result";
import type { CellValue, SheetData } from "../read/types";
import { explainsSame } from "./explanations";

/** The standard header, and the field each column holds. */
export const EXPLANATION_HEADER = ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"] as const;
const FIELDS: readonly (keyof Explanation)[] = ["sheet", "key", "rule", "cell", "text", "period", "value"];
/** Each column's width in characters, as the ports lay the header out. */
const WIDTHS = [16, 28, 22, 10, 48, 10, 14];
/** Columns a header written before them may lack, added when an entry is written. */
const ADDED: readonly (keyof Explanation)[] = ["period", "value"];

export interface ExplanationWrite {
  /** Move the sheet's rows down one before writing (the standard header goes on top of what it holds). */
  shiftDown: boolean;
  /** Header cells to write (bold, the column `width` characters wide): the standard header, or the columns an older header lacks. */
  header: { row: number; col: number; text: string; width: number }[];
  /** The row the cells go to (numbered as the sheet will be, with the header added). */
  row: number;
  /** An entry for the same finding is there: only its text, 报告期 and 当时数值 are written. */
  replaces: boolean;
  /** 1-based columns and their text. */
  cells: { col: number; text: string }[];
}

/** The last column holding anything in any row (0 for an empty sheet). */
function lastColumn(sheet: SheetData): number {
  let last = 0;
  for (const row of sheet.rows) {
    if (!Array.isArray(row)) continue;
    for (let c = row.length; c > last; c--) {
      const v = row[c - 1];
      if (v !== null && v !== undefined && v !== "") {
        last = c;
        break;
      }
    }
  }
  return last;
}

/**
 * The cells of `fields` that have a column: blank fields are left out of a new row; replacing an entry, a blank
 * 报告期 or 当时数值 is written blank too, so that the old period's do not stay beside the new text.
 */
function cellsOf(e: Explanation, fields: readonly (keyof Explanation)[], cols: ReadonlyMap<keyof Explanation, number>, replacing = false): ExplanationWrite["cells"] {
  const cells: ExplanationWrite["cells"] = [];
  for (const f of fields) {
    const col = cols.get(f);
    const value = e[f] ?? "";
    // A column the user's header lacks (单元格, 对象) is left out; 规则 and 说明 are always there.
    if (col !== undefined && (value !== "" || replacing)) cells.push({ col, text: value });
  }
  return cells;
}

/** What writing `e` into the 审核说明 sheet `sheet` (as read, or undefined when missing) takes. */
export function planExplanation(sheet: SheetData | undefined, e: Explanation): ExplanationWrite {
  const rows = sheet?.rows.length ?? 0;
  const found = sheet && findHeader(sheet);
  if (!found) {
    const cols = new Map(FIELDS.map((f, i) => [f, i + 1]));
    const header = EXPLANATION_HEADER.map((text, i) => ({ row: 1, col: i + 1, text, width: WIDTHS[i] }));
    // Below the header and the rows moved down under it.
    return { shiftDown: rows > 0, header, row: rows + 2, replaces: false, cells: cellsOf(e, FIELDS, cols) };
  }
  const cols = new Map(found.cols);
  const header: ExplanationWrite["header"] = [];
  let next = lastColumn(sheet);
  for (const f of ADDED) {
    if (cols.has(f)) continue;
    cols.set(f, ++next);
    const i = FIELDS.indexOf(f);
    header.push({ row: found.row, col: next, text: EXPLANATION_HEADER[i], width: WIDTHS[i] });
  }
  // As the reader will see the entry: a field without a column reads blank.
  const written: Explanation = { sheet: "", key: "", rule: "", text: "" };
  for (const f of FIELDS) if (found.cols.has(f) && e[f] !== undefined) written[f] = e[f] as string;
  const same = explanationRows(sheet).find((r) => explainsSame(r.explanation, written));
  if (same) return { shiftDown: false, header, row: same.row, replaces: true, cells: cellsOf(e, ["text", "period", "value"], cols, true) };
  return { shiftDown: false, header, row: Math.max(rows, found.row) + 1, replaces: false, cells: cellsOf(e, FIELDS, cols) };
}

/** The rows of `sheet` after `plan` is carried out, as the ports carry it out (cells written as text); `rows` is changed. */
export function carriedOut(rows: CellValue[][], plan: ExplanationWrite): CellValue[][] {
  const out = plan.shiftDown ? [[], ...rows] : rows;
  const put = (row: number, col: number, text: string) => {
    while (out.length < row) out.push([]);
    const cells = out[row - 1];
    while (cells.length < col - 1) cells.push(null);
    cells[col - 1] = text;
  };
  for (const h of plan.header) put(h.row, h.col, h.text);
  for (const c of plan.cells) put(plan.row, c.col, c.text);
  return out;
}

/**
 * Writing several explanations at once (沿用上期说明 for all): each plan is made against the sheet as the ones
 * before it leave it, so that a port carries them out in order and syncs once.
 */
export function planExplanations(sheet: SheetData | undefined, es: readonly Explanation[]): ExplanationWrite[] {
  let rows: CellValue[][] | null = sheet ? sheet.rows.map((r) => (Array.isArray(r) ? [...r] : [])) : null;
  const plans: ExplanationWrite[] = [];
  for (const e of es) {
    const plan = planExplanation(rows === null ? undefined : { name: sheet?.name ?? "", rows, merges: [] }, e);
    rows = carriedOut(rows ?? [], plan);
    plans.push(plan);
  }
  return plans;
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
