import ExcelJS from "exceljs";
import { KINDS } from "../../core/ledgers";
import type { ColumnSpec, ColumnType, KindSpec } from "../../core/ledgers/types";
import type { Profile, Target } from "../../core/profile/types";
import type { GxSettings } from "../../core/read/result";
import { columnLetters } from "../../core/rules/describe";
import { textWidth as displayWidth } from "../../core/reports/width";
import { writeSettings } from "./settings";

/**
 * The blank standard workbook (`gx-ledger template`, the task pane's 模板 in the standalone page): one sheet
 * per ledger kind under its title, with the canonical headers, drop-down lists, number formats, a frozen
 * header row, and the targets sheet pre-filled from the profile.
 */

/** Rows below the header that carry the drop-down lists and validations. */
export const TEMPLATE_ROWS = 1000;
/** The very hidden sheet that holds drop-down lists too long to write inline. */
export const LIST_SHEET = "_gx_lists";
// Excel refuses an inline list ("a,b,c") longer than 255 characters.
const INLINE_LIST_MAX = 255;

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  money: "#,##0.00",
  rate: "0.0%",
  date: "yyyy-mm-dd",
  int: "0",
};

const MIN_WIDTH: Record<ColumnType, number> = {
  text: 14, plan: 24, name: 30, uscc: 22, region: 12, enum: 12, enumMulti: 18,
  money: 14, number: 12, rate: 10, int: 10, date: 12, bool: 10, industry: 10,
};

interface TemplateOptions {
  /** Settings stored in the template's `_gx` sheet (the profile given with --profile travels with the file). */
  settings?: GxSettings;
}

export async function writeTemplate(profile: Profile, opts: TemplateOptions = {}): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GX Ledger";
  const lists = new ListSheet(wb);
  for (const spec of KINDS) {
    const ws = wb.addWorksheet(spec.title, { views: [{ state: "frozen", ySplit: 1, xSplit: 0 }] });
    writeHeader(ws, spec);
    spec.columns.forEach((col, i) => formatColumn(ws, i + 1, col, profile, lists));
    if (spec.kind === "targets") fillTargets(ws, spec, profile.targets);
  }
  if (opts.settings) writeSettings(wb, opts.settings);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

function writeHeader(ws: ExcelJS.Worksheet, spec: KindSpec): void {
  const row = ws.getRow(1);
  spec.columns.forEach((col, i) => {
    const cell = row.getCell(i + 1);
    cell.value = col.header;
    cell.style = {
      font: { bold: true, color: { argb: col.required ? "FF9C0006" : "FF000000" } },
      fill: { type: "pattern", pattern: "solid", fgColor: { argb: "FFD9E1F2" } },
      alignment: { horizontal: "center", vertical: "middle", wrapText: true },
      border: { bottom: { style: "thin" } },
    };
  });
  row.height = 30;
}

function listValues(col: ColumnSpec, profile: Profile): string[] | null {
  if (col.type === "region") return profile.regions.map((r) => r.name);
  if (col.type === "bool") return ["是", "否"];
  if (col.type !== "enum" && col.type !== "enumMulti") return null;
  if (col.values === "industries") return profile.industries.map((i) => i.name);
  return (col.values ?? []).map((v) => v.value);
}

function formatColumn(ws: ExcelJS.Worksheet, n: number, col: ColumnSpec, profile: Profile, lists: ListSheet): void {
  const column = ws.getColumn(n);
  const values = listValues(col, profile);
  const longest = Math.max(0, ...(values ?? []).map(displayWidth));
  column.width = Math.max(displayWidth(col.header) + 4, MIN_WIDTH[col.type], longest + 4);
  const numFmt = NUMBER_FORMATS[col.type];
  if (numFmt) column.numFmt = numFmt;
  const range = `${columnLetters(n)}2:${columnLetters(n)}${TEMPLATE_ROWS + 1}`;
  if (values && values.length > 0) {
    // A multi-valued column (改工艺、改装备) offers the values but accepts combinations.
    const strict = col.type !== "enumMulti";
    validations(ws).add(range, {
      type: "list",
      allowBlank: true,
      formulae: [lists.formula(values)],
      showErrorMessage: strict,
      errorStyle: "stop",
      errorTitle: col.header,
      error: `请从下拉列表中选择${col.header}`,
    });
  } else if (col.type === "int" && col.min !== undefined && col.max !== undefined) {
    validations(ws).add(range, {
      type: "whole",
      operator: "between",
      allowBlank: true,
      formulae: [col.min, col.max],
      showErrorMessage: true,
      errorTitle: col.header,
      error: `${col.header}应为 ${col.min}–${col.max} 的整数`,
    });
  }
}

// ExcelJS keeps a sheet's validations in `dataValidations` (keyed by address or range) but does not type it.
function validations(ws: ExcelJS.Worksheet): { add(ref: string, v: ExcelJS.DataValidation): void } {
  return (ws as unknown as { dataValidations: { add(ref: string, v: ExcelJS.DataValidation): void } }).dataValidations;
}

/** Lists written once each into a very hidden sheet when they are too long to be written inline. */
class ListSheet {
  private sheet: ExcelJS.Worksheet | null = null;
  private readonly written = new Map<string, string>();
  constructor(private readonly wb: ExcelJS.Workbook) {}

  formula(values: string[]): string {
    const inline = values.join(",");
    if (inline.length <= INLINE_LIST_MAX && !values.some((v) => v.includes(",") || v.includes('"'))) return `"${inline}"`;
    const known = this.written.get(inline);
    if (known) return known;
    if (!this.sheet) this.sheet = this.wb.addWorksheet(LIST_SHEET, { state: "veryHidden" });
    const col = this.written.size + 1;
    values.forEach((v, i) => (this.sheet!.getCell(i + 1, col).value = v));
    const letters = columnLetters(col);
    const ref = `'${LIST_SHEET}'!$${letters}$1:$${letters}$${values.length}`;
    this.written.set(inline, ref);
    return ref;
  }
}

/** Rates are written as fractions under a percent format, so that Excel shows 5.5% and a typed 6.1 means 6.1%. */
function fillTargets(ws: ExcelJS.Worksheet, spec: KindSpec, targets: readonly Target[]): void {
  const at = (key: string) => spec.columns.findIndex((c) => c.key === key) + 1;
  const [seq, name, target, unit, actual] = ["seq", "indicator", "target", "unit", "actual"].map(at);
  targets.forEach((t, i) => {
    const row = ws.getRow(i + 2);
    if (seq > 0) row.getCell(seq).value = i + 1;
    row.getCell(name).value = t.name;
    row.getCell(target).value = t.target;
    if (unit > 0) row.getCell(unit).value = t.unit;
    if (t.kind === "growth" || t.kind === "ratio") {
      row.getCell(target).numFmt = "0.0%";
      row.getCell(actual).numFmt = "0.0%";
    }
  });
}
