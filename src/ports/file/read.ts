import ExcelJS from "exceljs";
import type { CellValue, Merge, SheetData, WorkbookData } from "../../core";
import { numberAsShown } from "../percent-format";
import { fillHoles, parseRange, setCell, toCellValue } from "./cells";
import { FileRefusal, isFileRefusal } from "./refusal";
import { bufferSource, inspectXlsx } from "./sniff";

/**
 * Reads an .xlsx held in memory into the core's value matrices. It takes bytes, not a path, so that the
 * standalone page runs the same code on a file dropped into the browser; the Node wrapper (node.ts) reads
 * the file and switches to the streaming reader for large ones.
 */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer, name: string): Promise<WorkbookData> {
  const wb = await loadXlsx(bytes);
  try {
    return { name, sheets: wb.worksheets.map(sheetData) };
  } catch (e) {
    if (isFileRefusal(e)) throw e;
    throw new FileRefusal("file.corrupt");
  }
}

/**
 * The ExcelJS workbook of an .xlsx held in memory, refused with a FileRefusal unless it is a readable workbook.
 * The standalone page keeps it, to add the report tabs and marks to the copy it hands back.
 */
export async function loadXlsx(bytes: Uint8Array | ArrayBuffer): Promise<ExcelJS.Workbook> {
  const data = bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes);
  inspectXlsx(bufferSource(data));
  const wb = new ExcelJS.Workbook();
  try {
    // ExcelJS's typing says Buffer; JSZip underneath accepts any Uint8Array.
    await wb.xlsx.load(data as unknown as ExcelJS.Buffer);
  } catch {
    // What the parser says ("Cannot read properties of undefined") means nothing to the user, in any language.
    throw new FileRefusal("file.corrupt");
  }
  if (wb.worksheets.length === 0) throw new FileRefusal("file.corrupt");
  return wb;
}

/** One sheet's values as the core reads them. */
export function sheetData(ws: ExcelJS.Worksheet): SheetData {
  const rows: (CellValue[] | undefined)[] = [];
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
      // ExcelJS answers a merged cell's value with its master's; Excel shows it once, in the top-left cell.
      if (cell.type === ExcelJS.ValueType.Merge) return;
      const v = toCellValue(cell.value);
      setCell(rows, rowNumber, colNumber, typeof v === "number" ? numberAsShown(v, cell.numFmt) : v);
    });
  });
  const merges: Merge[] = [];
  for (const ref of (ws.model as { merges?: string[] }).merges ?? []) {
    const m = parseRange(ref);
    if (m) merges.push(m);
  }
  return { name: ws.name, rows: fillHoles(rows), merges, state: ws.state };
}
