/** Excel.Range and its format objects, simulated. */

import { cellCount, checkArea, contains, formatArea, MAX_COLS, MAX_ROWS, sheetPrefix, type Area } from "./address";
import { SimRangeAreas } from "./areas";
import { SimConditionalFormatCollection, type AreasTarget, type HasAreas } from "./conditional-formats";
import { READ_CELL_LIMIT, SimObject, type SimContext } from "./context";
import { officeError, OfficeError } from "./errors";
import { SimDataValidation } from "./validation";
import {
  cellAt,
  displayText,
  eachCell,
  eachTouched,
  enterValue,
  insertRows,
  merge,
  touch,
  type BorderEdge,
  type HostCell,
  type HostSheet,
  type Hyperlink,
  type Scalar,
  STANDARD_HEIGHT,
} from "./state";
import type { SimWorksheet } from "./workbook";

export interface RangeTarget {
  sheet: HostSheet;
  area: Area;
}

/** Properties read cell by cell: the 5,000,000-cell read limit applies to them. */
const CELLWISE = new Set(["values", "formulas", "numberFormat", "text", "valueTypes"]);

function matrix<T>(t: RangeTarget, f: (cell: HostCell | undefined, row: number, col: number) => T): T[][] {
  const out: T[][] = [];
  for (let r = t.area.top; r <= t.area.bottom; r++) {
    const row: T[] = [];
    for (let c = t.area.left; c <= t.area.right; c++) row.push(f(cellAt(t.sheet, r, c), r, c));
    out.push(row);
  }
  return out;
}

/** A property of the area's cells when all agree, else null (Office's answer for mixed formats). */
export function uniform<T>(t: RangeTarget, get: (cell: HostCell) => T | undefined, fallback: T): T | null {
  let seen = 0;
  let value: T | undefined;
  let mixed = false;
  eachCell(t.sheet, t.area, (cell) => {
    seen++;
    const v = get(cell) ?? fallback;
    if (value === undefined) value = v;
    else if (JSON.stringify(v) !== JSON.stringify(value)) mixed = true;
  });
  if (seen < cellCount(t.area)) {
    if (value === undefined) value = fallback;
    else if (JSON.stringify(value) !== JSON.stringify(fallback)) mixed = true;
  }
  return mixed ? null : (value as T);
}

function checkShape(t: RangeTarget, input: unknown, name: string): unknown[][] {
  const rows = t.area.bottom - t.area.top + 1;
  const cols = t.area.right - t.area.left + 1;
  if (!Array.isArray(input) || input.length !== rows || input.some((r) => !Array.isArray(r) || r.length !== cols)) {
    throw officeError(
      "InvalidArgument",
      `The number of rows or columns in the input array for '${name}' doesn't match the size or dimensions of the range (${rows}×${cols}).`,
    );
  }
  return input as unknown[][];
}

/** Excel fails to list more merged areas than this in one range (Range.getMergedAreasOrNullObject). */
export const MERGED_AREAS_LIMIT = 512;

export class SimRange extends SimObject implements HasAreas {
  private cached?: RangeTarget | null;
  private formatObj?: SimRangeFormat;
  private cfs?: SimConditionalFormatCollection;
  private validation?: SimDataValidation;

  constructor(
    context: SimContext,
    path: string,
    private readonly resolver: () => RangeTarget | null,
    readonly worksheet: SimWorksheet,
    private readonly nullable = false,
  ) {
    super(context, path);
    if (nullable) context.onSync(() => this.local.set("isNullObject", this.resolve() === null));
  }

  protected get typeName(): string {
    return "Range";
  }

  protected get scalarProperties(): readonly string[] {
    return ["address", "rowCount", "columnCount", "rowIndex", "columnIndex", "cellCount", "values", "formulas", "numberFormat", "text", "valueTypes", "hyperlink"];
  }

  private resolve(): RangeTarget | null {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }

  /** The range at sync time; throws when it is a null object or its sheet is gone. */
  target(): RangeTarget {
    const t = this.resolve();
    if (!t) throw officeError("ItemNotFound", "The requested resource doesn't exist.");
    if (t.sheet.deleted) throw officeError("InvalidReference", "The worksheet of this range has been deleted.");
    return t;
  }

  get isNullObject(): boolean {
    if (!this.nullable) return false;
    return this.read<boolean>("isNullObject");
  }

  areasTarget(): AreasTarget {
    const t = this.target();
    return { sheet: t.sheet, areas: [t.area] };
  }

  protected override child(name: string): SimObject | undefined {
    if (name === "format") return this.format;
    return undefined;
  }

  protected readProperty(name: string): unknown {
    const t = this.resolve();
    if (t === null) return undefined;
    if (CELLWISE.has(name) && cellCount(t.area) > READ_CELL_LIMIT) {
      throw officeError("RangeExceedsLimit", `The cell count in the range (${cellCount(t.area)}) has exceeded the maximum supported number.`);
    }
    switch (name) {
      case "address":
        return `${sheetPrefix(t.sheet.name)}!${formatArea(t.area)}`;
      case "rowCount":
        return t.area.bottom - t.area.top + 1;
      case "columnCount":
        return t.area.right - t.area.left + 1;
      case "rowIndex":
        return t.area.top - 1;
      case "columnIndex":
        return t.area.left - 1;
      case "cellCount":
        return cellCount(t.area);
      case "values":
        return matrix(t, (c) => (c ? c.value : ""));
      case "formulas":
        return matrix(t, (c) => (c ? (c.formula ?? c.value) : ""));
      case "numberFormat":
        return matrix(t, (c) => c?.numberFormat ?? "General");
      case "text":
        return matrix(t, (c) => displayText(c));
      case "valueTypes":
        return matrix(t, (c) =>
          !c || c.value === "" ? "Empty" : c.error ? "Error" : typeof c.value === "number" ? "Double" : typeof c.value === "boolean" ? "Boolean" : "String",
        );
      case "hyperlink":
        return cellAt(t.sheet, t.area.top, t.area.left)?.hyperlink ?? null;
      default:
        throw new OfficeError("InvalidArgument", `Unknown property ${name}.`);
    }
  }

  get address(): string {
    return this.read("address");
  }
  get rowCount(): number {
    return this.read("rowCount");
  }
  get columnCount(): number {
    return this.read("columnCount");
  }
  get rowIndex(): number {
    return this.read("rowIndex");
  }
  get columnIndex(): number {
    return this.read("columnIndex");
  }
  get cellCount(): number {
    return this.read("cellCount");
  }
  get text(): string[][] {
    return this.read("text");
  }
  get valueTypes(): string[][] {
    return this.read("valueTypes");
  }

  get values(): Scalar[][] {
    return this.read("values");
  }
  set values(v: Scalar[][]) {
    this.write("values", v, () => {
      const t = this.target();
      const rows = checkShape(t, v, "values");
      rows.forEach((row, i) =>
        row.forEach((x, j) => {
          // null leaves the cell as it is (Office's "no change").
          if (x === null || x === undefined) return;
          enterValue(touch(t.sheet, t.area.top + i, t.area.left + j), x as Scalar);
        }),
      );
      this.context.changed(t.sheet, t.area);
    });
  }

  get formulas(): Scalar[][] {
    return this.read("formulas");
  }
  set formulas(v: Scalar[][]) {
    this.write("formulas", v, () => {
      const t = this.target();
      checkShape(t, v, "formulas").forEach((row, i) =>
        row.forEach((x, j) => {
          if (x === null || x === undefined) return;
          const cell = touch(t.sheet, t.area.top + i, t.area.left + j);
          if (typeof x === "string" && x.startsWith("=") && x.length > 1) {
            cell.formula = x;
            cell.value = "";
          } else enterValue(cell, x as Scalar);
        }),
      );
      this.context.changed(t.sheet, t.area);
    });
  }

  get numberFormat(): string[][] {
    return this.read("numberFormat");
  }
  set numberFormat(v: string[][]) {
    this.write("numberFormat", v, () => {
      const t = this.target();
      checkShape(t, v, "numberFormat").forEach((row, i) =>
        row.forEach((f, j) => {
          if (f === null || f === undefined) return;
          if (typeof f !== "string") throw officeError("InvalidArgument", "A number format must be a string.");
          touch(t.sheet, t.area.top + i, t.area.left + j).numberFormat = f === "" ? "General" : f;
        }),
      );
    });
  }

  get hyperlink(): Hyperlink | null {
    return this.read("hyperlink");
  }
  set hyperlink(link: Hyperlink | null) {
    this.write("hyperlink", link, () => {
      const t = this.target();
      eachTouched(t.sheet, t.area, (cell, r, c) => {
        if (!link) {
          delete cell.hyperlink;
          return;
        }
        cell.hyperlink = { ...link };
        // The text shown goes into the top-left cell as text, as Excel does.
        if (r === t.area.top && c === t.area.left && link.textToDisplay !== undefined) {
          delete cell.formula;
          cell.value = link.textToDisplay;
        }
      });
    });
  }

  get format(): SimRangeFormat {
    this.formatObj ??= new SimRangeFormat(this.context, `${this.path}.format`, this);
    return this.formatObj;
  }

  get conditionalFormats(): SimConditionalFormatCollection {
    this.cfs ??= new SimConditionalFormatCollection(this.context, `${this.path}.conditionalFormats`, this);
    return this.cfs;
  }

  get dataValidation(): SimDataValidation {
    this.validation ??= new SimDataValidation(this.context, `${this.path}.dataValidation`, () => this.target());
    return this.validation;
  }

  /**
   * The merged areas whose top-left cell lies in the range (Office misses the others: office-js issue 3611);
   * null when there are none; fails past 512 areas, as Office does.
   */
  getMergedAreasOrNullObject(): SimRangeAreas {
    const areas = new SimRangeAreas(
      this.context,
      `${this.path}.getMergedAreasOrNullObject()`,
      (): AreasTarget | null => {
        const t = this.target();
        const found = t.sheet.merges
          .filter((m) => contains(t.area, { top: m.top, left: m.left, bottom: m.top, right: m.left }))
          .sort((a, b) => a.top - b.top || a.left - b.left);
        if (found.length > MERGED_AREAS_LIMIT) throw officeError("GeneralException", "There are too many merged areas in the range.");
        return found.length ? { sheet: t.sheet, areas: found.map((m) => ({ ...m })) } : null;
      },
      true,
    );
    return SimObject.created(areas, "getMergedAreasOrNullObject", []);
  }

  private derived(method: string, args: unknown[], f: (t: RangeTarget) => Area): SimRange {
    const r = new SimRange(
      this.context,
      `${this.path}.${method}(${args.map((a) => JSON.stringify(a)).join(",")})`,
      () => {
        const t = this.target();
        const area = f(t);
        checkArea(area);
        return { sheet: t.sheet, area };
      },
      this.worksheet,
    );
    return SimObject.created(r, method, args);
  }

  getCell(row: number, column: number): SimRange {
    return this.derived("getCell", [row, column], (t) => {
      const top = t.area.top + row;
      const left = t.area.left + column;
      return { top, left, bottom: top, right: left };
    });
  }

  getResizedRange(deltaRows: number, deltaColumns: number): SimRange {
    return this.derived("getResizedRange", [deltaRows, deltaColumns], (t) => ({
      ...t.area,
      bottom: t.area.bottom + deltaRows,
      right: t.area.right + deltaColumns,
    }));
  }

  getOffsetRange(rowOffset: number, columnOffset: number): SimRange {
    return this.derived("getOffsetRange", [rowOffset, columnOffset], (t) => ({
      top: t.area.top + rowOffset,
      left: t.area.left + columnOffset,
      bottom: t.area.bottom + rowOffset,
      right: t.area.right + columnOffset,
    }));
  }

  getRow(row: number): SimRange {
    return this.derived("getRow", [row], (t) => ({ ...t.area, top: t.area.top + row, bottom: t.area.top + row }));
  }

  getColumn(column: number): SimRange {
    return this.derived("getColumn", [column], (t) => ({ ...t.area, left: t.area.left + column, right: t.area.left + column }));
  }

  merge(across = false): void {
    this.call("merge", [across], () => {
      const t = this.target();
      if (!across) merge(t.sheet, t.area);
      else for (let r = t.area.top; r <= t.area.bottom; r++) merge(t.sheet, { ...t.area, top: r, bottom: r });
    });
  }

  unmerge(): void {
    this.call("unmerge", [], () => {
      const t = this.target();
      t.sheet.merges = t.sheet.merges.filter(
        (m) => !(m.left <= t.area.right && t.area.left <= m.right && m.top <= t.area.bottom && t.area.top <= m.bottom),
      );
    });
  }

  /**
   * Inserts cells, shifting the others down. Simulated for whole rows ("3:4"): the cells, merges, row heights,
   * conditional formats and validations below move down as in Excel.
   */
  insert(shift: "Down" | "Right"): SimRange {
    const r = new SimRange(this.context, `${this.path}.insert(${JSON.stringify(shift)})`, () => this.target(), this.worksheet);
    this.call("insert", [shift], () => {
      const t = this.target();
      if (shift !== "Down" || t.area.left !== 1 || t.area.right !== MAX_COLS) {
        throw officeError("InvalidArgument", "The simulated host inserts whole rows only.");
      }
      insertRows(t.sheet, t.area.top, t.area.bottom - t.area.top + 1);
      this.context.changed(t.sheet, { top: t.area.top, left: 1, bottom: MAX_ROWS, right: MAX_COLS });
    });
    return r;
  }

  select(): void {
    this.call("select", [], () => {
      const t = this.target();
      if (t.sheet.visibility !== "Visible") throw officeError("InvalidOperation", "A range on a hidden sheet cannot be selected.");
      const wb = this.context.state;
      wb.activeSheetId = t.sheet.id;
      wb.selection = { sheetId: t.sheet.id, area: { ...t.area } };
    });
  }

  clear(applyTo: "All" | "Formats" | "Contents" | "Hyperlinks" = "All"): void {
    this.call("clear", [applyTo], () => {
      const t = this.target();
      const remove: number[] = [];
      if (applyTo === "All" || applyTo === "Contents") this.context.changed(t.sheet, t.area);
      eachCell(t.sheet, t.area, (cell, r, c) => {
        if (applyTo === "All") remove.push(r * 16385 + c);
        else if (applyTo === "Contents") {
          cell.value = "";
          delete cell.formula;
          delete cell.error;
        } else if (applyTo === "Hyperlinks") delete cell.hyperlink;
        else {
          const { value, formula, error, hyperlink } = cell;
          for (const k of Object.keys(cell)) delete (cell as unknown as Record<string, unknown>)[k];
          Object.assign(cell, { value, numberFormat: "General" }, formula ? { formula } : {}, error ? { error } : {}, hyperlink ? { hyperlink } : {});
        }
      });
      for (const k of remove) t.sheet.cells.delete(k);
    });
  }
}

/** Writes a cell-format property over every cell of the range. */
function setAll(range: SimRange, apply: (cell: HostCell) => void): () => void {
  return () => {
    const t = range.target();
    eachTouched(t.sheet, t.area, apply);
  };
}

export class SimRangeFormat extends SimObject {
  private fillObj?: SimRangeFill;
  private fontObj?: SimRangeFont;
  private bordersObj?: SimRangeBorderCollection;

  constructor(
    context: SimContext,
    path: string,
    readonly range: SimRange,
  ) {
    super(context, path);
  }

  protected get typeName(): string {
    return "RangeFormat";
  }

  protected get scalarProperties(): readonly string[] {
    return ["columnWidth", "rowHeight", "horizontalAlignment", "verticalAlignment", "wrapText"];
  }

  protected override child(name: string): SimObject | undefined {
    return name === "fill" ? this.fill : name === "font" ? this.font : name === "borders" ? this.borders : undefined;
  }

  protected readProperty(name: string): unknown {
    const t = this.range.target();
    switch (name) {
      case "columnWidth": {
        let w: number | null | undefined;
        for (let c = t.area.left; c <= t.area.right; c++) {
          const x = t.sheet.columnWidths.get(c) ?? 48;
          if (w === undefined) w = x;
          else if (w !== x) w = null;
        }
        return w ?? null;
      }
      case "rowHeight": {
        let h: number | null | undefined;
        for (let r = t.area.top; r <= t.area.bottom && h !== null; r++) {
          const x = t.sheet.rowHeights.get(r) ?? STANDARD_HEIGHT;
          if (h === undefined) h = x;
          else if (h !== x) h = null;
        }
        return h ?? null;
      }
      case "horizontalAlignment":
        return uniform(t, (c) => c.horizontalAlignment, "General");
      case "verticalAlignment":
        return uniform(t, (c) => c.verticalAlignment, "Bottom");
      case "wrapText":
        return uniform(t, (c) => c.wrapText, false);
      default:
        throw new OfficeError("InvalidArgument", `Unknown property ${name}.`);
    }
  }

  get fill(): SimRangeFill {
    this.fillObj ??= new SimRangeFill(this.context, `${this.path}.fill`, this.range);
    return this.fillObj;
  }
  get font(): SimRangeFont {
    this.fontObj ??= new SimRangeFont(this.context, `${this.path}.font`, this.range);
    return this.fontObj;
  }
  get borders(): SimRangeBorderCollection {
    this.bordersObj ??= new SimRangeBorderCollection(this.context, `${this.path}.borders`, this.range);
    return this.bordersObj;
  }

  get columnWidth(): number | null {
    return this.read("columnWidth");
  }
  set columnWidth(points: number) {
    this.write("columnWidth", points, () => {
      const t = this.range.target();
      if (!(points >= 0)) throw officeError("InvalidArgument", "A column width must be a number of points.");
      for (let c = t.area.left; c <= t.area.right; c++) t.sheet.columnWidths.set(c, points);
    });
  }
  get rowHeight(): number | null {
    return this.read("rowHeight");
  }
  set rowHeight(points: number) {
    this.write("rowHeight", points, () => {
      const t = this.range.target();
      if (!(points >= 0 && points <= 409)) throw officeError("InvalidArgument", "A row height is 0 to 409 points.");
      for (let r = t.area.top; r <= t.area.bottom; r++) t.sheet.rowHeights.set(r, points);
    });
  }
  get horizontalAlignment(): string | null {
    return this.read("horizontalAlignment");
  }
  set horizontalAlignment(v: string) {
    this.write("horizontalAlignment", v, setAll(this.range, (c) => (c.horizontalAlignment = v)));
  }
  get verticalAlignment(): string | null {
    return this.read("verticalAlignment");
  }
  set verticalAlignment(v: string) {
    this.write("verticalAlignment", v, setAll(this.range, (c) => (c.verticalAlignment = v)));
  }
  get wrapText(): boolean | null {
    return this.read("wrapText");
  }
  set wrapText(v: boolean) {
    this.write("wrapText", v, setAll(this.range, (c) => (c.wrapText = v)));
  }

  /** Width from the displayed text: 7 px a character (a CJK character counts 2) plus padding. */
  autofitColumns(): void {
    this.call("autofitColumns", [], () => {
      const t = this.range.target();
      const widest = new Map<number, number>();
      eachCell(t.sheet, t.area, (cell, _r, c) => {
        let chars = 0;
        for (const ch of displayText(cell)) chars += /[\u1100-\uffff]/.test(ch) ? 2 : 1;
        widest.set(c, Math.max(widest.get(c) ?? 0, chars));
      });
      for (const [c, chars] of widest) t.sheet.columnWidths.set(c, Math.round((chars * 7 + 5) * 0.75 * 100) / 100);
    });
  }
  /** Rows take the height their (wrapped) content needs: set heights are dropped, Excel measures on display. */
  autofitRows(): void {
    this.call("autofitRows", [], () => {
      const t = this.range.target();
      for (let r = t.area.top; r <= t.area.bottom; r++) t.sheet.rowHeights.delete(r);
    });
  }
}

export class SimRangeFill extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly range: SimRange,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "RangeFill";
  }
  protected get scalarProperties(): readonly string[] {
    return ["color"];
  }
  protected readProperty(): unknown {
    return uniform(this.range.target(), (c) => c.fill, "#FFFFFF");
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string) {
    this.write("color", v, setAll(this.range, (c) => (c.fill = v.toUpperCase())));
  }
  clear(): void {
    this.call("clear", [], setAll(this.range, (c) => delete c.fill));
  }
}

export class SimRangeFont extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly range: SimRange,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "RangeFont";
  }
  protected get scalarProperties(): readonly string[] {
    return ["bold", "italic", "color", "size", "underline"];
  }
  protected readProperty(name: string): unknown {
    const t = this.range.target();
    switch (name) {
      case "bold":
        return uniform(t, (c) => c.bold, false);
      case "italic":
        return uniform(t, (c) => c.italic, false);
      case "color":
        return uniform(t, (c) => c.fontColor, "#000000");
      case "size":
        return uniform(t, (c) => c.fontSize, 11);
      default:
        return uniform(t, (c) => c.underline, "None");
    }
  }
  get bold(): boolean | null {
    return this.read("bold");
  }
  set bold(v: boolean) {
    this.write("bold", v, setAll(this.range, (c) => (c.bold = v)));
  }
  get italic(): boolean | null {
    return this.read("italic");
  }
  set italic(v: boolean) {
    this.write("italic", v, setAll(this.range, (c) => (c.italic = v)));
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string) {
    this.write("color", v, setAll(this.range, (c) => (c.fontColor = v.toUpperCase())));
  }
  get size(): number | null {
    return this.read("size");
  }
  set size(v: number) {
    this.write("size", v, setAll(this.range, (c) => (c.fontSize = v)));
  }
  get underline(): string | null {
    return this.read("underline");
  }
  set underline(v: string) {
    this.write("underline", v, setAll(this.range, (c) => (c.underline = v)));
  }
}

type BorderIndex = "EdgeTop" | "EdgeBottom" | "EdgeLeft" | "EdgeRight" | "InsideHorizontal" | "InsideVertical";

export class SimRangeBorderCollection extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly range: SimRange,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "RangeBorderCollection";
  }
  protected get scalarProperties(): readonly string[] {
    return [];
  }
  protected readProperty(): unknown {
    return undefined;
  }
  getItem(index: BorderIndex): SimRangeBorder {
    return new SimRangeBorder(this.context, `${this.path}.getItem(${index})`, this.range, index);
  }
}

/** The cell sides a border index stands for. */
function sides(index: BorderIndex, area: Area, r: number, c: number): BorderEdge[] {
  switch (index) {
    case "EdgeTop":
      return r === area.top ? ["top"] : [];
    case "EdgeBottom":
      return r === area.bottom ? ["bottom"] : [];
    case "EdgeLeft":
      return c === area.left ? ["left"] : [];
    case "EdgeRight":
      return c === area.right ? ["right"] : [];
    case "InsideHorizontal":
      return [...(r > area.top ? (["top"] as const) : []), ...(r < area.bottom ? (["bottom"] as const) : [])];
    default:
      return [...(c > area.left ? (["left"] as const) : []), ...(c < area.right ? (["right"] as const) : [])];
  }
}

export class SimRangeBorder extends SimObject {
  constructor(
    context: SimContext,
    path: string,
    private readonly range: SimRange,
    private readonly index: BorderIndex,
  ) {
    super(context, path);
  }
  protected get typeName(): string {
    return "RangeBorder";
  }
  protected get scalarProperties(): readonly string[] {
    return ["style", "color"];
  }
  protected readProperty(name: string): unknown {
    const t = this.range.target();
    const values = new Set<string>();
    for (let r = t.area.top; r <= t.area.bottom; r++) {
      for (let c = t.area.left; c <= t.area.right; c++) {
        for (const side of sides(this.index, t.area, r, c)) {
          const b = cellAt(t.sheet, r, c)?.borders?.[side];
          values.add(name === "style" ? (b?.style ?? "None") : (b?.color ?? "#000000"));
        }
      }
    }
    return values.size === 1 ? [...values][0] : null;
  }
  private apply(f: (b: { style: string; color: string }) => void): () => void {
    return () => {
      const t = this.range.target();
      // Strict, as VBA is: inside borders need inner edges.
      const flat = this.index === "InsideHorizontal" ? t.area.top === t.area.bottom : this.index === "InsideVertical" ? t.area.left === t.area.right : false;
      if (flat) throw officeError("InvalidArgument", `${this.index} needs a range of more than one ${this.index === "InsideHorizontal" ? "row" : "column"}.`);
      eachTouched(t.sheet, t.area, (cell, r, c) => {
        for (const side of sides(this.index, t.area, r, c)) {
          cell.borders ??= {};
          const b = (cell.borders[side] ??= { style: "Continuous", color: "#000000" });
          f(b);
          if (b.style === "None") delete cell.borders[side];
        }
      });
    };
  }
  get style(): string | null {
    return this.read("style");
  }
  set style(v: string) {
    this.write("style", v, this.apply((b) => (b.style = v)));
  }
  get color(): string | null {
    return this.read("color");
  }
  set color(v: string) {
    this.write("color", v, this.apply((b) => (b.color = v.toUpperCase())));
  }
}
