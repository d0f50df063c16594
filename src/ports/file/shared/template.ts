import ExcelJS from "exceljs";
import {
  columnLetters,
  type GxSettings,
  HEADER_LOOK,
  KINDS,
  kindSpec,
  LIST_SHEET,
  ListPlan,
  type Profile,
  TEMPLATE_ROWS,
  type TemplateColumn,
  templateSheet,
  type TemplateSheet,
} from "../../../core";
import { writeSettings } from "./settings";

/**
 * The blank standard workbook (`gx-ledger template`, the standalone page's 模板 with no workbook open): one sheet
 * per ledger kind under its title, with the canonical headers, drop-down lists, number formats, a frozen
 * header row, and the targets sheet pre-filled from the profile. What goes where is the template model's.
 */

export { LIST_SHEET, TEMPLATE_ROWS };

interface TemplateOptions {
  /** Settings stored in the template's `_gx` sheet (the profile given with --profile travels with the file). */
  settings?: GxSettings;
}

const argb = (hex: string) => `FF${hex.slice(1)}`;

export async function writeTemplate(profile: Profile, opts: TemplateOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GX Ledger";
  const lists = new ListPlan();
  for (const k of KINDS) {
    const sheet = templateSheet(kindSpec(k.kind), profile);
    const ws = wb.addWorksheet(sheet.title, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    writeHeader(ws, sheet);
    for (const col of sheet.columns) formatColumn(ws, col, lists);
    writeRows(ws, sheet);
  }
  if (lists.columns.length > 0) {
    const listSheet = wb.addWorksheet(LIST_SHEET, { state: "veryHidden" });
    for (const { column, values } of lists.columns) values.forEach((v, i) => (listSheet.getCell(i + 1, column).value = v));
  }
  if (opts.settings) writeSettings(wb, opts.settings);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

export function writeHeader(ws: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  const row = ws.getRow(1);
  for (const col of sheet.columns) {
    const cell = row.getCell(col.col);
    cell.value = col.header;
    cell.style = {
      font: { bold: true, color: { argb: argb(col.required ? HEADER_LOOK.requiredColor : HEADER_LOOK.color) } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: argb(HEADER_LOOK.fill) } },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      border: Object.fromEntries(HEADER_LOOK.border.edges.map((edge) => [edge, { style: HEADER_LOOK.border.style }])),
    };
  }
  row.height = HEADER_LOOK.height;
}

/** The column's width, format and drop-down list over rows 2 to `lastRow` (a merged ledger may run past the template's rows). */
export function formatColumn(ws: ExcelJS.Worksheet, col: TemplateColumn, lists: ListPlan, lastRow = TEMPLATE_ROWS + 1): void {
  const column = ws.getColumn(col.col);
  column.width = col.width;
  if (col.numFmt) column.numFmt = col.numFmt;
  const letters = columnLetters(col.col);
  const range = `${letters}2:${letters}${lastRow}`;
  if (col.list) {
    const place = lists.place(col.list.values);
    validations(ws).add(range, {
      type: "list",
      allowBlank: true,
      formulae: ["inline" in place ? `"${place.inline}"` : place.ref],
      showErrorMessage: col.list.strict,
      errorStyle: "stop",
      errorTitle: col.list.title,
      error: col.list.message,
    });
  } else if (col.whole) {
    validations(ws).add(range, {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [col.whole.min, col.whole.max],
      showErrorMessage: true,
      errorTitle: col.whole.title,
      error: col.whole.message,
    });
  }
}

export function writeRows(ws: ExcelJS.Worksheet, sheet: TemplateSheet): void {
  for (const { row, cells } of sheet.rows) {
    for (const c of cells) {
      const cell = ws.getRow(row).getCell(c.col);
      if (c.value !== undefined) cell.value = c.value;
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
  }
}

// ExcelJS keeps a sheet's validations in `dataValidations` (keyed by address or range) but does not type it.
function validations(ws: ExcelJS.Worksheet): { add(ref: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}
