import ExcelJS from "exceljs";
import JSZip from "jszip";
import { LIMITS, limitText, type Merge, type SheetData, type WorkbookData } from "../../../core";
import { numberAsShown } from "../../percent-format";
import { cellBudget, type CellBudget, checkedMerges, columnLetters, parseRange, SheetGrid, toCellValue } from "./cells";
import { FileRefusal, isFileRefusal } from "./refusal";
import { refuseIllegalSheetNames } from "./sheet-names";
import { bufferSource, inspectXlsx } from "./sniff";
import { readWorkbook } from "./xlsx-read/read-workbook";

/**
 * Reads an .xlsx held in memory into the core's value matrices with GX Ledger's own reader (xlsx-read/). It takes
 * bytes, not a path, so that the standalone page runs the same code on a file dropped into the browser; the Node
 * wrapper (node/index.ts) gives the same reader a file read in chunks.
 */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer, name: string, budget: CellBudget = cellBudget("pane")): Promise<WorkbookData> {
  return readWorkbook(bufferSource(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)), name, budget);
}

/**
 * The ExcelJS workbook of an .xlsx held in memory, refused with a FileRefusal unless it is a readable workbook.
 * The standalone page keeps it, to add the report tabs and marks to the copy it hands back.
 */
export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  inspectXlsx(bufferSource(data));
  guardMerges();
  const wb = new ExcelJS.Workbook();
  try {
    // JSZip only reads the zip's directory here; the one part is unzipped on its own.
    const workbookXml = await (await JSZip.loadAsync(data)).file("xl/workbook.xml")?.async("string");
    if (workbookXml !== undefined) refuseIllegalSheetNames(workbookXml);
    // ExcelJS's typing says Buffer; JSZip underneath accepts any Uint8Array.
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch (e) {
    if (isFileRefusal(e)) throw e;
    // What the parser says ("Cannot read properties of undefined") means nothing to the user, in any language.
    throw new FileRefusal("file.corrupt");
  }
  if (wb.worksheets.length === 0) throw new FileRefusal("file.corrupt");
  return wb;
}

/** One sheet's values as the core reads them, counted against the workbook's cell budget. */
export function sheetData(ws: ExcelJS.Worksheet, budget: CellBudget = cellBudget("pane")): SheetData {
  const grid = new SheetGrid(ws.name, budget);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS answers a merged cell's value with its master's; Excel shows it once, in the top-left cell.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = toCellValue(cell.value);
      grid.set(rowNumber, colNumber, typeof v === "number" ? numberAsShown(v, cell.numFmt) : v);
    });
  });
  const merges: Merge[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const m = parseRange(ref);
    if (m) merges.push(m);
  }
  return { name: ws.name, rows: grid.done(), merges: checkedMerges(ws.name, merges), state: ws.state };
}

/** A merge no larger than a full row is expanded as ExcelJS likes; a larger one is clipped first (below). */
const EXPAND_AS_IS = LIMITS.excelColumns;

interface MergeModel {
  name?: string;
  mergeCells?: string[];
  rows?: { number: number; cells?: { address: string }[] }[];
}

/** The last row and column holding a cell (even an empty, formatted one) in a sheet's model as loaded. */
function usedExtent(model: MergeModel): { rows: number; cols: number } {
  let rows = 0;
  let cols = 0;
  for (const r of model.rows ?? []) {
    rows = Math.max(rows, r.number);
    for (const c of r.cells ?? []) cols = Math.max(cols, parseRange(c.address)?.right ?? 0);
  }
  return { rows, cols };
}

/**
 * ExcelJS's in-memory reader turns every merge into cell objects as it loads a sheet: `A1:XFD1048576` in a 2 KB
 * file would be 17 billion of them. Before that happens, a merge larger than a full row is clipped to the cells the
 * sheet holds (the cells beyond are empty: nothing to read or show), one wholly outside them is dropped, and
 * the cells all merges cover together are held to LIMITS.mergeCells; too many merges are refused.
 */
function guardMerges(): void {
  const proto = Object.getPrototypeOf(new ExcelJS.Workbook().addWorksheet("x")) as { _parseMergeCells(model: MergeModel): void; gxGuarded?: true };
  if (proto.gxGuarded) return;
  const original = proto._parseMergeCells;
  proto._parseMergeCells = function (this: unknown, model: MergeModel) {
    const sheet = model.name ?? "";
    const refs = model.mergeCells ?? [];
    if (refs.length > LIMITS.mergesPerSheet) throw new FileRefusal("file.too-many-merges", { sheet, limit: limitText(LIMITS.mergesPerSheet) });
    let extent: { rows: number; cols: number } | undefined;
    let covered = 0;
    const kept: string[] = [];
    for (const ref of refs) {
      let m = parseRange(ref);
      if (!m) continue;
      if ((m.bottom - m.top + 1) * (m.right - m.left + 1) > EXPAND_AS_IS) {
        extent ??= usedExtent(model);
        m = { ...m, bottom: Math.min(m.bottom, extent.rows), right: Math.min(m.right, extent.cols) };
        if (m.bottom < m.top || m.right < m.left || (m.bottom === m.top && m.right === m.left)) continue;
      }
      covered += (m.bottom - m.top + 1) * (m.right - m.left + 1);
      if (covered > LIMITS.mergeCells) throw new FileRefusal("file.merged-too-large", { sheet, limit: limitText(LIMITS.mergeCells) });
      kept.push(`${columnLetters(m.left)}${m.top}:${columnLetters(m.right)}${m.bottom}`);
    }
    original.call(this, { ...model, mergeCells: kept });
  };
  proto.gxGuarded = true;
}
