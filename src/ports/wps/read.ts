/**
 * Reading the open ET workbook into the core's matrices. ET's calls are synchronous and in-process, so there is
 * no payload to budget; the used range is read in row blocks all the same, so that the pane shows progress, a
 * cancel takes effect between blocks and the pane stays responsive (a pause after each block).
 * `Value2` gives a date as its serial number: the cells' number formats tell (read per column of a block, and per
 * cell only where a column's formats differ), as in the Excel port. Text that reads like an error's name is an
 * error only where WorksheetFunction.IsError says so.
 */

import { columnLetters as columnName, EXPLANATIONS_SHEET, type Merge, SETTINGS_SHEET, type SheetData, type WorkbookData } from "../../core";
import { convertBlock, type FormatAt } from "../office-cell-values";
import type { PortReadOptions } from "../port";
import { sheetsOf, XL_SHEET_HIDDEN, XL_SHEET_VERY_HIDDEN, type EtApplication, type EtRange, type EtWorkbook, type EtWorksheet } from "./et";

/** Rows per block: small enough to show progress often, large enough that the calls per block do not dominate. */
export const BLOCK_ROWS = 2000;

function abortError(): Error {
  return new DOMException("The read was cancelled.", "AbortError");
}

function state(visible: number): SheetData["state"] {
  if (visible === XL_SHEET_VERY_HIDDEN) return "veryHidden";
  if (visible === XL_SHEET_HIDDEN) return "hidden";
  return "visible";
}

/** `Value2` as rows: a single cell gives its value, a range its rows. */
export function valueRows(range: EtRange, rows: number, cols: number): unknown[][] {
  const v = range.Value2;
  if (rows === 1 && cols === 1 && !Array.isArray(v)) return [[v]];
  return v as unknown[][];
}

export function rangeOf(ws: EtWorksheet, top: number, left: number, rows: number, cols: number): EtRange {
  const from = `${columnName(left)}${top}`;
  return ws.Range(rows === 1 && cols === 1 ? from : `${from}:${columnName(left + cols - 1)}${top + rows - 1}`);
}

/** The block's number formats, read for the columns that hold numbers: one call a column, one a cell where they differ. */
function formatsOf(ws: EtWorksheet, top: number, left: number, count: number, values: unknown[][]): FormatAt {
  const cols = values[0]?.length ?? 0;
  const byColumn: (string | null | undefined)[] = new Array(cols).fill(undefined);
  for (let j = 0; j < cols; j++) {
    if (!values.some((row) => typeof row[j] === "number")) continue;
    const f = rangeOf(ws, top, left + j, count, 1).NumberFormat;
    byColumn[j] = typeof f === "string" ? f : null;
  }
  return (i, j) => {
    const f = byColumn[j];
    if (f !== null) return f ?? "General";
    const own = rangeOf(ws, top + i, left + j, 1, 1).NumberFormat;
    return typeof own === "string" ? own : "General";
  };
}

/** Merged areas whose top-left cell lies in the block; whole blocks and rows without merges cost one call each. */
function mergesOf(ws: EtWorksheet, top: number, left: number, rows: number, cols: number, out: Merge[]): void {
  if (rangeOf(ws, top, left, rows, cols).MergeCells === false) return;
  for (let r = top; r < top + rows; r++) {
    if (rangeOf(ws, r, left, 1, cols).MergeCells === false) continue;
    for (let c = left; c < left + cols; c++) {
      const cell = rangeOf(ws, r, c, 1, 1);
      if (cell.MergeCells !== true) continue;
      const area = cell.MergeArea;
      if (area.Row !== r || area.Column !== c) continue;
      out.push({ top: r, left: c, bottom: r + area.Rows.Count - 1, right: c + area.Columns.Count - 1 });
    }
  }
}

const pause = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

/** Which sheets: all, or the asked ones and the add-in's own; never the add-in's report tabs. */
function chosen(names: string[], asked: readonly string[] | undefined, reports: readonly string[]): Set<string> {
  const key = (s: string) => s.toLowerCase();
  const skip = new Set(reports.map(key));
  const want = asked && new Set([...asked, SETTINGS_SHEET, EXPLANATIONS_SHEET].map(key));
  return new Set(names.filter((n) => !skip.has(key(n)) && (!want || want.has(key(n)))));
}

/** One sheet's values and merges, block by block. */
async function readSheet(app: EtApplication, ws: EtWorksheet, progress: (done: number, total: number) => void, check: () => void): Promise<SheetData> {
  const data: SheetData = { name: ws.Name, rows: [], merges: [], state: state(ws.Visible) };
  const used = ws.UsedRange;
  const top = used.Row;
  const left = used.Column;
  const rows = used.Rows.Count;
  const cols = used.Columns.Count;
  // An empty sheet's used range is its first cell, blank.
  if (rows === 1 && cols === 1 && (used.Value2 === undefined || used.Value2 === null || used.Value2 === "")) {
    progress(0, 0);
    return data;
  }
  data.rows = Array.from({ length: top - 1 + rows }, () => undefined);
  for (let done = 0; done < rows; done += BLOCK_ROWS) {
    check();
    const count = Math.min(BLOCK_ROWS, rows - done);
    const first = top + done;
    const values = valueRows(rangeOf(ws, first, left, count, cols), count, cols);
    const { rows: converted, suspects } = convertBlock(values, left - 1, formatsOf(ws, first, left, count, values));
    for (const [i, col] of suspects) {
      const cell = converted[i] as SheetData["rows"][number] & unknown[];
      if (app.WorksheetFunction.IsError(rangeOf(ws, first + i, col, 1, 1))) cell[col - 1] = { error: cell[col - 1] as string };
    }
    converted.forEach((r, i) => (data.rows[first - 1 + i] = r));
    mergesOf(ws, first, left, count, cols, data.merges);
    progress(done + count, rows);
    await pause();
  }
  return data;
}

export async function readWorkbookEt(app: EtApplication, wb: EtWorkbook, reports: readonly string[], opts: PortReadOptions = {}): Promise<WorkbookData> {
  const check = () => {
    if (opts.signal?.aborted) throw abortError();
  };
  check();
  const all = sheetsOf(wb);
  const names = chosen(
    all.map((ws) => ws.Name),
    opts.sheets,
    reports,
  );
  const order = all.filter((ws) => names.has(ws.Name));
  const sheets: SheetData[] = [];
  for (const [index, ws] of order.entries()) {
    const name = ws.Name;
    sheets.push(
      await readSheet(
        app,
        ws,
        (rowsDone, rowsTotal) => opts.onProgress?.({ sheet: name, sheetIndex: index, sheetCount: order.length, rowsDone, rowsTotal }),
        check,
      ),
    );
  }
  return { name: wb.Name, sheets };
}
