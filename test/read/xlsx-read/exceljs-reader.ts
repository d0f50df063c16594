import ExcelJS from "exceljs";
import type { Merge, SheetData, WorkbookData } from "../../../src/core";
import { numberAsShown } from "../../../src/ports/percent-format";
import { cellBudget, parseRange, SheetGrid, toCellValue } from "../../../src/ports/file/shared/cells";

/**
 * The reading GX Ledger did before its own reader, kept as a TEST helper only: ExcelJS's in-memory model, turned
 * into value matrices exactly as shared/read.ts's `sheetData` did. The differential test holds the new reader to it.
 */
export async function readWithExcelJS(bytes: Uint8Array, name: string): Promise<WorkbookData> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  const budget = cellBudget("cli");
  return { name, sheets: wb.worksheets.map((ws) => sheetData(ws, budget)) };
}

function sheetData(ws: ExcelJS.Worksheet, budget: ReturnType<typeof cellBudget>): SheetData {
  const grid = new SheetGrid(ws.name, budget);
  ws.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    row.eachCell({ includeEmpty: false }, (cell, colNumber) => {
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
  return { name: ws.name, rows: grid.done(), merges, state: ws.state };
}
