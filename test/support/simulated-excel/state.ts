/**
 * The simulated workbook's state: what a test inspects after the code under test ran against the host.
 * Plain data and pure functions, no Node APIs.
 */

import { defaultPageLayout } from "./page-layout";
import { cellCount, checkArea, contains, overlaps, type Area } from "./address";
import { officeError } from "./errors";

export type Visibility = "Visible" | "Hidden" | "VeryHidden";
export type Scalar = string | number | boolean;
export type BorderEdge = "top" | "bottom" | "left" | "right";

export interface Border {
  style: string;
  color: string;
}

export interface Hyperlink {
  address?: string;
  documentReference?: string;
  textToDisplay?: string;
  screenTip?: string;
}

/** One cell. Absent cells are blank with default formats. */
export interface HostCell {
  value: Scalar;
  formula?: string;
  /** An error value (#N/A, …) typed into the cell. */
  error?: boolean;
  numberFormat: string;
  bold?: boolean;
  italic?: boolean;
  fontColor?: string;
  fontSize?: number;
  underline?: string;
  fill?: string;
  horizontalAlignment?: string;
  verticalAlignment?: string;
  wrapText?: boolean;
  borders?: Partial<Record<BorderEdge, Border>>;
  hyperlink?: Hyperlink;
}

export interface HostConditionalFormat {
  id: number;
  type: string;
  /** The first area it applies to (the only one, unless it was added on a RangeAreas). */
  area: Area;
  /** Every area it applies to. */
  areas: Area[];
  dataBar?: {
    fillColor?: string;
    barDirection?: string;
    showDataBarOnly?: boolean;
    /** ConditionalDataBarRule: absent = Excel's automatic (the column's lowest and highest value). */
    lowerBoundRule?: { type: string; formula?: string };
    upperBoundRule?: { type: string; formula?: string };
  };
  /** A custom rule: the formula ("" until set) and the format applied where it is true. */
  custom?: { formula: string; fill?: string; fontColor?: string };
}

/** One data validation, on an area; a cell has at most one (a new rule replaces the old one there). */
export interface HostValidation {
  area: Area;
  /** As given to DataValidation.rule: exactly one of list, wholeNumber, decimal, date, time, textLength, custom. */
  rule: Record<string, unknown>;
  errorAlert: { showAlert: boolean; style: string; title: string; message: string };
  ignoreBlanks: boolean;
}

export interface HostTable {
  id: number;
  name: string;
  area: Area;
  hasHeaders: boolean;
  style: string;
}

export interface HostSeries {
  name: string | null;
  values: Area;
  xValues?: Area;
  /** The sheet the series' ranges are on. */
  sheet: string;
}

export interface HostChart {
  id: number;
  name: string;
  type: string;
  title: string | null;
  series: HostSeries[];
  position?: { start: string; end?: string };
}

export interface HostSheet {
  id: number;
  name: string;
  visibility: Visibility;
  cells: Map<number, HostCell>;
  merges: Area[];
  frozenRows: number;
  frozenColumns: number;
  /** Points, by column; absent = the standard width. */
  columnWidths: Map<number, number>;
  /** Points, by row; absent = the standard height. */
  rowHeights: Map<number, number>;
  /** In priority order: the first is applied over the others (a new one goes first, as in Excel). */
  conditionalFormats: HostConditionalFormat[];
  validations: HostValidation[];
  tables: HostTable[];
  charts: HostChart[];
  pageLayout: HostPageLayout;
  deleted: boolean;
}

/** Excel.PageLayout's state; margins in points. */
export interface HostPageLayout {
  orientation: string;
  paperSize: string;
  zoom: { scale?: number; horizontalFitToPages?: number; verticalFitToPages?: number };
  leftMargin: number;
  rightMargin: number;
  topMargin: number;
  bottomMargin: number;
  headerMargin: number;
  footerMargin: number;
  centerHorizontally: boolean;
  printGridlines: boolean;
  /** "$4:$4", or null when none are set. */
  printTitleRows: string | null;
  footers: { leftFooter: string; centerFooter: string; rightFooter: string };
}

export interface HostWorkbook {
  /** The file's name, as Workbook.name gives it. */
  name: string;
  /** In tab order. */
  sheets: HostSheet[];
  activeSheetId: number | null;
  selection: { sheetId: number; area: Area } | null;
  nextId: number;
}

/** Excel's standard row height in points. */
export const STANDARD_HEIGHT = 15;

export function cellKey(row: number, col: number): number {
  return row * 16385 + col;
}

export function keyRow(key: number): number {
  return Math.floor(key / 16385);
}

export function keyCol(key: number): number {
  return key % 16385;
}

function blankCell(): HostCell {
  return { value: "", numberFormat: "General" };
}

export function cellAt(sheet: HostSheet, row: number, col: number): HostCell | undefined {
  return sheet.cells.get(cellKey(row, col));
}

/** The cell to change, created blank when absent. */
export function touch(sheet: HostSheet, row: number, col: number): HostCell {
  const k = cellKey(row, col);
  let c = sheet.cells.get(k);
  if (!c) {
    c = blankCell();
    sheet.cells.set(k, c);
  }
  return c;
}

/** Visits the cells of an area that exist (sparse: never walks a million empty rows). */
export function eachCell(sheet: HostSheet, area: Area, visit: (cell: HostCell, row: number, col: number) => void): void {
  if (cellCount(area) <= sheet.cells.size * 4) {
    for (let r = area.top; r <= area.bottom; r++) {
      for (let c = area.left; c <= area.right; c++) {
        const cell = sheet.cells.get(cellKey(r, c));
        if (cell) visit(cell, r, c);
      }
    }
    return;
  }
  for (const [k, cell] of sheet.cells) {
    const r = keyRow(k);
    const c = keyCol(k);
    if (r >= area.top && r <= area.bottom && c >= area.left && c <= area.right) visit(cell, r, c);
  }
}

/** Every cell of an area, created when absent (for writes that touch each cell). */
export function eachTouched(sheet: HostSheet, area: Area, visit: (cell: HostCell, row: number, col: number) => void): void {
  for (let r = area.top; r <= area.bottom; r++) {
    for (let c = area.left; c <= area.right; c++) visit(touch(sheet, r, c), r, c);
  }
}

export function hasContent(cell: HostCell): boolean {
  return cell.value !== "" || cell.formula !== undefined;
}

function hasFormat(cell: HostCell): boolean {
  return (
    cell.numberFormat !== "General" ||
    cell.bold !== undefined ||
    cell.italic !== undefined ||
    cell.fontColor !== undefined ||
    cell.fontSize !== undefined ||
    cell.underline !== undefined ||
    cell.fill !== undefined ||
    cell.horizontalAlignment !== undefined ||
    cell.wrapText !== undefined ||
    cell.borders !== undefined ||
    cell.hyperlink !== undefined
  );
}

/** The used range: the bounding box of cells with a value (valuesOnly) or with a value or a format; null if none. */
export function usedArea(sheet: HostSheet, valuesOnly: boolean): Area | null {
  let area: Area | null = null;
  for (const [k, cell] of sheet.cells) {
    if (!(hasContent(cell) || (!valuesOnly && hasFormat(cell)))) continue;
    const r = keyRow(k);
    const c = keyCol(k);
    if (!area) area = { top: r, left: c, bottom: r, right: c };
    else {
      area.top = Math.min(area.top, r);
      area.left = Math.min(area.left, c);
      area.bottom = Math.max(area.bottom, r);
      area.right = Math.max(area.right, c);
    }
  }
  return area;
}

export const ERROR_VALUES = new Set(["#N/A", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#NULL!", "#SPILL!", "#CALC!"]);

/** Days from Excel's epoch (1899-12-30) for a calendar date. */
function dateSerial(y: number, m: number, d: number): number | null {
  const t = Date.UTC(y, m - 1, d);
  const back = new Date(t);
  if (back.getUTCFullYear() !== y || back.getUTCMonth() !== m - 1 || back.getUTCDate() !== d) return null;
  return Math.round((t - Date.UTC(1899, 11, 30)) / 86400000);
}

/**
 * A value assigned to `values`, as Excel takes it (Range.values: "If the value starts with a plus, minus, or equal
 * sign, Excel interprets this value as a formula"): under the text format "@" a string stays exactly as given;
 * otherwise = + - @ start a formula, and numbers, percentages, dates, booleans and error names are converted as if
 * typed. A leading apostrophe keeps the rest as text.
 */
export function enterValue(cell: HostCell, input: Scalar): void {
  delete cell.formula;
  delete cell.error;
  if (typeof input !== "string") {
    cell.value = input;
    return;
  }
  if (input === "") {
    cell.value = "";
    return;
  }
  if (cell.numberFormat === "@") {
    cell.value = input;
    return;
  }
  if (input.startsWith("'")) {
    cell.value = input.slice(1);
    return;
  }
  const trimmed = input.trim();
  const numeric = /^[+-]?(\d{1,3}(,\d{3})+|\d+)?(\.\d+)?([eE][+-]?\d+)?%?$/.test(trimmed) && /\d/.test(trimmed);
  if (numeric) {
    const pct = trimmed.endsWith("%");
    const n = Number(trimmed.replace(/[,%]/g, ""));
    cell.value = pct ? n / 100 : n;
    if (pct && cell.numberFormat === "General") cell.numberFormat = "0%";
    return;
  }
  if (input.startsWith("=") && input.length > 1) {
    cell.formula = input;
    cell.value = "";
    return;
  }
  if ((input.startsWith("+") || input.startsWith("-") || input.startsWith("@")) && input.length > 1) {
    cell.formula = `=${input}`;
    cell.value = "";
    return;
  }
  if (/^(true|false)$/i.test(trimmed)) {
    cell.value = trimmed.toLowerCase() === "true";
    return;
  }
  const date = /^(\d{4})[-/](\d{1,2})[-/](\d{1,2})$/.exec(trimmed);
  const serial = date ? dateSerial(Number(date[1]), Number(date[2]), Number(date[3])) : null;
  if (serial !== null) {
    cell.value = serial;
    if (cell.numberFormat === "General") cell.numberFormat = "yyyy/m/d";
    return;
  }
  if (ERROR_VALUES.has(trimmed.toUpperCase())) {
    cell.value = trimmed.toUpperCase();
    cell.error = true;
    return;
  }
  cell.value = input;
}

function groupThousands(digits: string): string {
  return digits.replace(/\B(?=(\d{3})+(?!\d))/g, ",");
}

/** The displayed text of a value under the number formats the add-in uses ("General", "@", "0", "0.0%", "#,##0.00"). */
export function displayText(cell: HostCell | undefined): string {
  if (!cell) return "";
  const v = cell.value;
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (typeof v === "string") return v;
  const f = cell.numberFormat;
  const m = /^(#,##)?0(\.(0+))?(%)?$/.exec(f);
  if (!m) return String(v);
  const decimals = m[3]?.length ?? 0;
  const x = m[4] ? v * 100 : v;
  const fixed = Math.abs(x).toFixed(decimals);
  const [int, frac] = fixed.split(".");
  const body = (m[1] ? groupThousands(int) : int) + (frac ? `.${frac}` : "");
  return `${x < 0 && Number(fixed) !== 0 ? "-" : ""}${body}${m[4] ?? ""}`;
}

/** Merged areas may not overlap a table, nor each other partially (Excel refuses both). */
export function checkMerge(sheet: HostSheet, area: Area): void {
  checkArea(area);
  if (sheet.tables.some((t) => overlaps(t.area, area))) {
    throw officeError("InvalidOperation", "Cells in a table cannot be merged.");
  }
}

export function checkTableArea(sheet: HostSheet, area: Area): void {
  if (sheet.merges.some((m) => overlaps(m, area))) throw officeError("InvalidOperation", "A table cannot overlap merged cells.");
  if (sheet.tables.some((t) => overlaps(t.area, area))) throw officeError("InvalidOperation", "A table cannot overlap another table.");
}

/** Merge `area`, absorbing merges inside it; top-left keeps its value, the others are cleared as Excel does. */
export function merge(sheet: HostSheet, area: Area): void {
  checkMerge(sheet, area);
  if (sheet.merges.some((m) => overlaps(m, area) && !contains(area, m))) {
    throw officeError("InvalidOperation", "Cannot merge a range that partly overlaps a merged range.");
  }
  sheet.merges = sheet.merges.filter((m) => !contains(area, m));
  eachCell(sheet, area, (cell, r, c) => {
    if (r === area.top && c === area.left) return;
    cell.value = "";
    delete cell.formula;
  });
  sheet.merges.push({ ...area });
}

/** An error value in a fixture: the cell holds the error, not the text (the seven classic errors, as ExcelJS types them). */
export interface FixtureError {
  error: "#N/A" | "#DIV/0!" | "#VALUE!" | "#REF!" | "#NAME?" | "#NUM!" | "#NULL!";
}

export interface SheetFixture {
  name: string;
  visibility?: Visibility;
  /**
   * values[i][j] is row i+1, column j+1; null or undefined = blank. A string starting with "=" is a formula;
   * {error: "#N/A"} an error value.
   */
  values?: (Scalar | FixtureError | null | undefined)[][];
  numberFormats?: (string | null | undefined)[][];
  merges?: Area[];
}

export interface WorkbookFixture {
  /** Workbook.name; "Book1.xlsx" when absent. */
  name?: string;
  sheets: SheetFixture[];
  /** The sheet shown; defaults to the first visible one. */
  active?: string;
}

export function newSheet(wb: HostWorkbook, name: string, visibility: Visibility = "Visible"): HostSheet {
  const sheet: HostSheet = {
    id: wb.nextId++,
    name,
    visibility,
    cells: new Map(),
    merges: [],
    frozenRows: 0,
    frozenColumns: 0,
    columnWidths: new Map(),
    rowHeights: new Map(),
    conditionalFormats: [],
    validations: [],
    tables: [],
    charts: [],
    pageLayout: defaultPageLayout(),
    deleted: false,
  };
  return sheet;
}

/** A workbook from matrices: values are stored as given (fixtures are what the file already holds). */
export function loadWorkbook(fixture: WorkbookFixture): HostWorkbook {
  const wb: HostWorkbook = { name: fixture.name ?? "Book1.xlsx", sheets: [], activeSheetId: null, selection: null, nextId: 1 };
  for (const sf of fixture.sheets) {
    const sheet = newSheet(wb, sf.name, sf.visibility ?? "Visible");
    (sf.values ?? []).forEach((row, i) =>
      (row ?? []).forEach((v, j) => {
        if (v === null || v === undefined || v === "") return;
        const cell = touch(sheet, i + 1, j + 1);
        if (typeof v === "object") {
          cell.value = v.error;
          cell.error = true;
        } else if (typeof v === "string" && v.startsWith("=") && v.length > 1) cell.formula = v;
        else cell.value = v;
      }),
    );
    (sf.numberFormats ?? []).forEach((row, i) =>
      (row ?? []).forEach((f, j) => {
        if (f) touch(sheet, i + 1, j + 1).numberFormat = f;
      }),
    );
    sheet.merges = (sf.merges ?? []).map((m) => ({ ...m }));
    wb.sheets.push(sheet);
  }
  const active = wb.sheets.find((s) => s.name === fixture.active) ?? wb.sheets.find((s) => s.visibility === "Visible");
  wb.activeSheetId = active?.id ?? null;
  return wb;
}

export function liveSheets(wb: HostWorkbook): HostSheet[] {
  return wb.sheets.filter((s) => !s.deleted);
}

export function sheetByName(wb: HostWorkbook, name: string): HostSheet | undefined {
  const k = name.toLowerCase();
  return liveSheets(wb).find((s) => s.name.toLowerCase() === k);
}

/** WorksheetCollection.getItem takes a name or an id ("{3}"). */
export function sheetByKey(wb: HostWorkbook, key: string): HostSheet | undefined {
  return sheetByName(wb, key) ?? liveSheets(wb).find((s) => `{${s.id}}` === key);
}

/** The parts of `a` outside `b`: up to four rectangles. */
export function subtractArea(a: Area, b: Area): Area[] {
  if (!overlaps(a, b)) return [{ ...a }];
  const out: Area[] = [];
  if (a.top < b.top) out.push({ ...a, bottom: b.top - 1 });
  if (a.bottom > b.bottom) out.push({ ...a, top: b.bottom + 1 });
  const top = Math.max(a.top, b.top);
  const bottom = Math.min(a.bottom, b.bottom);
  if (a.left < b.left) out.push({ top, bottom, left: a.left, right: b.left - 1 });
  if (a.right > b.right) out.push({ top, bottom, left: b.right + 1, right: a.right });
  return out;
}

/** A sheet's values as a matrix from A1 to its used range's far corner ("" for blanks, formulas as written). */
export function sheetValues(sheet: HostSheet): Scalar[][] {
  const used = usedArea(sheet, true);
  if (!used) return [];
  const out: Scalar[][] = Array.from({ length: used.bottom }, () => new Array<Scalar>(used.right).fill(""));
  for (const [k, cell] of sheet.cells) {
    const r = keyRow(k);
    const c = keyCol(k);
    if (r <= used.bottom && c <= used.right) out[r - 1][c - 1] = cell.formula ?? cell.value;
  }
  return out;
}

/** Rows `top`… move down by `count`, with everything anchored to them. */
export function insertRows(sheet: HostSheet, top: number, count: number): void {
  const down = (a: Area): Area =>
    a.bottom < top ? a : a.top >= top ? { ...a, top: a.top + count, bottom: a.bottom + count } : { ...a, bottom: a.bottom + count };
  const cells = new Map<number, HostCell>();
  for (const [k, cell] of sheet.cells) {
    const r = keyRow(k);
    cells.set(r >= top ? cellKey(r + count, keyCol(k)) : k, cell);
  }
  sheet.cells = cells;
  sheet.merges = sheet.merges.map(down);
  sheet.rowHeights = new Map([...sheet.rowHeights].map(([r, h]) => [r >= top ? r + count : r, h]));
  for (const cf of sheet.conditionalFormats) {
    cf.areas = cf.areas.map(down);
    cf.area = cf.areas[0];
  }
  sheet.validations = sheet.validations.map((v) => ({ ...v, area: down(v.area) }));
  for (const t of sheet.tables) t.area = down(t.area);
}
