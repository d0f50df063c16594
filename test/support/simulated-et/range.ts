/**
 * Range, the centre of ET's object model, as the simulated host gives it. Strict where the documentation is:
 * rows and columns 1-based; Value2 of one cell its value, of several cells rows of values (each written matrix
 * must have the range's shape); a string written under a format other than "@" that starts with "=" becomes a
 * formula. A range of several areas ("A1,C3:D4") supports only what the port uses on one: FormatConditions,
 * Count, Select.
 */

import { cellCount, columnName, contains, formatArea, overlaps, parseAddress, type Area } from "../simulated-excel/address";
import { EtError, strict, type CallCounts } from "./strict";
import { cellOf, isBlank, key, touch, type EtCell, type EtRule, type EtSheetState, type EtWorkbookState } from "./state";

export interface Ctx {
  wb: EtWorkbookState;
  calls: CallCounts;
}

/** "A1", "B2:C5", "A:A", "3:3", "A1,C3:D4" (areas joined by commas). */
export function parseAreas(address: string): Area[] {
  if (address.length > 255) throw new EtError(`Range("${address.slice(0, 20)}…"): an address over 255 characters`);
  return address.split(",").map((a) => parseAddress(a.trim()));
}

function single(areas: Area[], what: string): Area {
  if (areas.length !== 1) throw new EtError(`Range.${what} is not supported on a range of several areas in the simulated ET host`);
  return areas[0];
}

function cellsOf(a: Area): [number, number][] {
  const out: [number, number][] = [];
  for (let r = a.top; r <= a.bottom; r++) for (let c = a.left; c <= a.right; c++) out.push([r, c]);
  return out;
}

/** Refuses reading or writing cell by cell across a whole column or row of the sheet (a real WPS would hang). */
function bounded(a: Area, what: string): Area {
  if (cellCount(a) > 5_000_000) throw new EtError(`Range.${what} over ${cellCount(a)} cells`);
  return a;
}

function valueOf(c: EtCell | undefined): unknown {
  if (!c) return undefined;
  if (c.error !== undefined) return c.error;
  return c.value;
}

function enter(c: EtCell, v: unknown): void {
  delete c.error;
  delete c.formula;
  if (v === undefined || v === null || v === "") {
    delete c.value;
    return;
  }
  if (typeof v === "string" && v.startsWith("=") && v.length > 1 && c.numberFormat !== "@") {
    // ET takes it for a formula; the simulated host does not evaluate formulas.
    c.formula = v;
    c.error = "#NAME?";
    delete c.value;
    return;
  }
  if (typeof v !== "string" && typeof v !== "number" && typeof v !== "boolean") throw new EtError(`Range.Value2 cannot take ${typeof v}`);
  c.value = v;
}

class Font {
  constructor(
    private readonly r: SimRange,
  ) {}
  private set(f: (c: EtCell) => void): void {
    this.r.eachCell(f);
  }
  private get(f: (c: EtCell | undefined) => unknown): unknown {
    return this.r.common(f);
  }
  get Bold(): unknown { return this.get((c) => c?.bold ?? false); }
  set Bold(v: unknown) { this.set((c) => (c.bold = v === true)); }
  get Italic(): unknown { return this.get((c) => c?.italic ?? false); }
  set Italic(v: unknown) { this.set((c) => (c.italic = v === true)); }
  get Size(): unknown { return this.get((c) => c?.size ?? 11); }
  set Size(v: unknown) { this.set((c) => (c.size = Number(v))); }
  get Color(): unknown { return this.get((c) => c?.fontColor ?? 0); }
  set Color(v: unknown) { this.set((c) => (c.fontColor = Number(v))); }
  get Underline(): unknown { return this.get((c) => c?.underline ?? false); }
  set Underline(v: unknown) { this.set((c) => (c.underline = v === true || v === 2)); }
}

class Interior {
  constructor(private readonly r: SimRange) {}
  get Color(): unknown { return this.r.common((c) => c?.fill ?? 0xffffff); }
  set Color(v: unknown) { this.r.eachCell((c) => (c.fill = Number(v))); }
}

class Borders {
  constructor(private readonly r: SimRange) {}
  get LineStyle(): unknown { return this.r.common((c) => c?.border?.lineStyle ?? -4142); }
  set LineStyle(v: unknown) { this.r.eachCell((c) => (c.border = { ...c.border, lineStyle: Number(v) })); }
  get Color(): unknown { return this.r.common((c) => c?.border?.color ?? 0); }
  set Color(v: unknown) { this.r.eachCell((c) => (c.border = { ...c.border, color: Number(v) })); }
  Item(index: unknown): Border {
    if (![7, 8, 9, 10].includes(Number(index))) throw new EtError(`Borders.Item(${String(index)}): only the edges (7–10) are simulated`);
    return strict(new Border(this.r, Number(index)), "Border", this.r.ctx.calls);
  }
}

class Border {
  constructor(
    private readonly r: SimRange,
    private readonly index: number,
  ) {}
  get LineStyle(): unknown { return this.r.common((c) => c?.edges?.[this.index] ?? -4142); }
  set LineStyle(v: unknown) { this.r.eachCell((c) => (c.edges = { ...c.edges, [this.index]: Number(v) })); }
}

class Validation {
  InCellDropdown = true;
  ErrorTitle = "";
  ErrorMessage = "";
  ShowError = true;
  constructor(private readonly r: SimRange) {}
  Add(type: number, alertStyle: number, _operator: number, formula1: string | number, formula2?: string | number): void {
    if (typeof formula1 === "string" && formula1.length > 255 && !formula1.startsWith("=")) throw new EtError("Validation.Add: an inline list over 255 characters");
    this.r.eachCell((c) => {
      if (c.validation) throw new EtError("Validation.Add on a cell that has one: Delete it first");
      c.validation = { type, alertStyle, formula1, ...(formula2 === undefined ? {} : { formula2 }) };
    });
  }
  Delete(): void {
    this.r.eachCell((c) => delete c.validation);
  }
}

class FormatCondition {
  constructor(
    private readonly ctx: Ctx,
    private readonly sheet: EtSheetState,
    private readonly rule: EtRule,
  ) {}
  get Type(): number { return this.rule.type; }
  get Formula1(): string { return this.rule.formula1; }
  get AppliesTo(): SimRange { return makeRange(this.ctx, this.sheet, this.rule.areas); }
  get Interior(): { Color: number } {
    const rule = this.rule;
    return strict({ get Color() { return rule.fill ?? 0xffffff; }, set Color(v: number) { rule.fill = v; } }, "Interior", this.ctx.calls);
  }
  SetFirstPriority(): void {
    const i = this.sheet.rules.indexOf(this.rule);
    this.sheet.rules.splice(i, 1);
    this.sheet.rules.unshift(this.rule);
  }
  Delete(): void {
    const i = this.sheet.rules.indexOf(this.rule);
    if (i < 0) throw new EtError("FormatCondition.Delete: already deleted");
    this.sheet.rules.splice(i, 1);
  }
}

class FormatConditions {
  constructor(
    private readonly ctx: Ctx,
    private readonly r: SimRange,
  ) {}
  private list(): EtRule[] {
    return this.r.sheet.rules.filter((rule) => rule.areas.some((a) => this.r.areas.some((b) => overlaps(a, b))));
  }
  get Count(): number { return this.list().length; }
  Item(index: number): FormatCondition {
    const list = this.list();
    if (!Number.isInteger(index) || index < 1 || index > list.length) throw new EtError(`FormatConditions.Item(${index}): 1-based, ${list.length} there`);
    return strict(new FormatCondition(this.ctx, this.r.sheet, list[index - 1]), "FormatCondition", this.ctx.calls);
  }
  Add(type: number, _operator?: number, formula1?: string): FormatCondition {
    // ASSUMPTION: only formula rules (xlExpression) are used; their formula starts with "=".
    if (type !== 2) throw new EtError(`FormatConditions.Add type ${type} is not supported by the simulated ET host`);
    if (typeof formula1 !== "string" || !formula1.startsWith("=")) throw new EtError(`FormatConditions.Add: a formula must start with "=": ${formula1}`);
    const rule: EtRule = { id: this.ctx.wb.nextId++, type, formula1, areas: this.r.areas.map((a) => ({ ...a })) };
    this.r.sheet.rules.push(rule);
    return strict(new FormatCondition(this.ctx, this.r.sheet, rule), "FormatCondition", this.ctx.calls);
  }
}

export class SimRange {
  constructor(
    readonly ctx: Ctx,
    readonly sheet: EtSheetState,
    readonly areas: Area[],
  ) {}

  private one(what: string): Area {
    return bounded(single(this.areas, what), what);
  }

  eachCell(f: (c: EtCell) => void): void {
    for (const a of this.areas) for (const [r, c] of cellsOf(bounded(a, "format"))) f(touch(this.sheet, r, c));
  }

  /** A property of the cells when all agree, else null (VBA's answer for mixed formats). */
  common(f: (c: EtCell | undefined) => unknown): unknown {
    let first: unknown;
    let seen = false;
    for (const a of this.areas) {
      for (const [r, c] of cellsOf(bounded(a, "format"))) {
        const v = f(cellOf(this.sheet, r, c));
        if (!seen) {
          first = v;
          seen = true;
        } else if (v !== first) return null;
      }
    }
    return first;
  }

  get Value2(): unknown {
    const a = this.one("Value2");
    if (a.top === a.bottom && a.left === a.right) return valueOf(cellOf(this.sheet, a.top, a.left));
    const rows: unknown[][] = [];
    for (let r = a.top; r <= a.bottom; r++) {
      const row: unknown[] = [];
      for (let c = a.left; c <= a.right; c++) row.push(valueOf(cellOf(this.sheet, r, c)));
      rows.push(row);
    }
    return rows;
  }

  set Value2(v: unknown) {
    const a = this.one("Value2");
    const h = a.bottom - a.top + 1;
    const w = a.right - a.left + 1;
    if (Array.isArray(v)) {
      if (v.length !== h || !v.every((row) => Array.isArray(row) && row.length === w)) throw new EtError(`Range.Value2: a ${h}×${w} range given rows of another shape`);
      v.forEach((row: unknown[], i) => row.forEach((x, j) => enter(touch(this.sheet, a.top + i, a.left + j), x)));
    } else for (const [r, c] of cellsOf(a)) enter(touch(this.sheet, r, c), v);
  }

  get NumberFormat(): unknown {
    this.one("NumberFormat");
    return this.common((c) => c?.numberFormat ?? "General");
  }

  set NumberFormat(v: unknown) {
    this.one("NumberFormat");
    if (typeof v !== "string") throw new EtError("Range.NumberFormat: a string (one format for the range) in the simulated ET host");
    this.eachCell((c) => (c.numberFormat = v));
  }

  get Row(): number { return single(this.areas, "Row").top; }
  get Column(): number { return single(this.areas, "Column").left; }
  get Rows(): { Count: number } {
    const a = single(this.areas, "Rows");
    return strict({ Count: a.bottom - a.top + 1 }, "Rows", this.ctx.calls);
  }
  get Columns(): { Count: number } {
    const a = single(this.areas, "Columns");
    return strict({ Count: a.right - a.left + 1 }, "Columns", this.ctx.calls);
  }
  get Count(): number { return this.areas.reduce((n, a) => n + cellCount(a), 0); }

  get MergeCells(): boolean | null {
    const a = this.one("MergeCells");
    const inside = this.sheet.merges.filter((m) => overlaps(m, a));
    if (inside.length === 0) return false;
    const covered = cellsOf(a).every(([r, c]) => inside.some((m) => contains(m, { top: r, left: c, bottom: r, right: c })));
    return covered ? true : null;
  }

  get MergeArea(): SimRange {
    const a = this.one("MergeArea");
    if (a.top !== a.bottom || a.left !== a.right) throw new EtError("Range.MergeArea is read of one cell in the simulated ET host");
    const m = this.sheet.merges.find((x) => contains(x, a));
    return makeRange(this.ctx, this.sheet, [m ? { ...m } : a]);
  }

  Merge(): void {
    const a = this.one("Merge");
    if (this.sheet.merges.some((m) => overlaps(m, a))) throw new EtError(`Range.Merge over merged cells at ${formatArea(a)}`);
    this.sheet.merges.push({ ...a });
  }

  get Interior(): Interior { return strict(new Interior(this), "Interior", this.ctx.calls); }
  get Font(): Font { return strict(new Font(this), "Font", this.ctx.calls); }
  get Borders(): Borders { return strict(new Borders(this), "Borders", this.ctx.calls); }
  get FormatConditions(): FormatConditions { return strict(new FormatConditions(this.ctx, this), "FormatConditions", this.ctx.calls); }
  get Validation(): Validation {
    this.one("Validation");
    return strict(new Validation(this), "Validation", this.ctx.calls);
  }

  get HorizontalAlignment(): unknown { return this.common((c) => c?.align ?? 1); }
  set HorizontalAlignment(v: unknown) { this.eachCell((c) => (c.align = Number(v))); }
  get WrapText(): unknown { return this.common((c) => c?.wrap ?? false); }
  set WrapText(v: unknown) { this.eachCell((c) => (c.wrap = v === true)); }

  get ColumnWidth(): unknown {
    const a = single(this.areas, "ColumnWidth");
    return this.sheet.widths.get(a.left) ?? 8.38;
  }
  set ColumnWidth(v: unknown) {
    const a = single(this.areas, "ColumnWidth");
    for (let c = a.left; c <= a.right; c++) this.sheet.widths.set(c, Number(v));
  }
  get RowHeight(): unknown {
    const a = single(this.areas, "RowHeight");
    return this.sheet.heights.get(a.top) ?? 13.5;
  }
  set RowHeight(v: unknown) {
    const a = single(this.areas, "RowHeight");
    for (let r = a.top; r <= a.bottom; r++) this.sheet.heights.set(r, Number(v));
  }

  Select(): void {
    if (this.ctx.wb.active !== this.sheet) throw new EtError("Range.Select on a sheet that is not active (Activate it first)");
    this.ctx.wb.selection = { sheet: this.sheet.name, area: { ...this.areas[0] } };
  }

  ClearContents(): void {
    for (const a of this.areas) {
      for (const [k, c] of this.sheet.cells) {
        const [r, col] = k.split(",").map(Number);
        if (contains(a, { top: r, left: col, bottom: r, right: col })) enter(c, undefined);
      }
    }
  }

  /** Whole rows only, shifted down (xlShiftDown, -4121). */
  Insert(shift?: number): void {
    const a = this.one("Insert");
    if (shift !== -4121 || a.left !== 1 || a.right !== 16384) throw new EtError("Range.Insert: whole rows shifted down only, in the simulated ET host");
    const n = a.bottom - a.top + 1;
    const moved = new Map<string, EtCell>();
    for (const [k, c] of this.sheet.cells) {
      const [r, col] = k.split(",").map(Number);
      moved.set(r >= a.top ? key(r + n, col) : k, c);
    }
    this.sheet.cells = moved;
    for (const m of this.sheet.merges) if (m.top >= a.top) [m.top, m.bottom] = [m.top + n, m.bottom + n];
  }
}

export function makeRange(ctx: Ctx, sheet: EtSheetState, areas: Area[]): SimRange {
  return strict(new SimRange(ctx, sheet, areas), "Range", ctx.calls);
}

/** A cell as a user's grid shows it, for tests. */
export function displayed(sheet: EtSheetState, row: number, col: number): unknown {
  const c = cellOf(sheet, row, col);
  return isBlank(c) ? null : valueOf(c);
}

export { columnName };
