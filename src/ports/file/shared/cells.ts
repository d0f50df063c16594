import { type CellValue, LIMITS, limitText, type MalformedKind, type Merge, parseCellName } from "../../../core";
import { FileRefusal } from "./refusal";

/**
 * ExcelJS cell values → the core's plain values, as the sheet shows them: a formula gives its cached result,
 * rich text its characters, a hyperlink its text. Shared by the in-memory and the streaming reader.
 */
export function toCellValue(v: unknown): CellValue {
  if (v === null || v === undefined) return null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? null : v;
  if (typeof v !== "object") return null;
  const o = v as Record<string, unknown>;
  if (typeof o.error === "string") return typeof o.malformed === "string" ? { error: o.error, malformed: o.malformed as MalformedKind } : { error: o.error };
  if (Array.isArray(o.richText)) return o.richText.map((run: { text?: unknown }) => String(run.text ?? "")).join("");
  // A formula (plain, shared or array) without a cached result was never calculated: it shows nothing.
  if ("formula" in o || "sharedFormula" in o) return toCellValue(o.result);
  if ("hyperlink" in o || "text" in o) return toCellValue(o.text);
  return null;
}

/** "A1:H1" (or a single cell) → a Merge; null when malformed. */
export function parseRange(ref: string): Merge | null {
  const [from, to = from] = ref.split(":");
  const a = parseCellName(from);
  const b = parseCellName(to);
  if (!a || !b) return null;
  return {
    top: Math.min(a.row, b.row),
    left: Math.min(a.col, b.col),
    bottom: Math.max(a.row, b.row),
    right: Math.max(a.col, b.col),
  };
}

/** Column number → letters: 16384 → "XFD". */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** The non-empty cells a whole workbook may still take: shared by its sheets, so the limit is per workbook. */
export interface CellBudget {
  limit: number;
  used: number;
  /** The refusal when the budget is spent: the page points to the command line, the command line to splitting. */
  refusal: "file.too-many-cells" | "file.too-many-cells-pane";
}

export function cellBudget(where: "cli" | "pane"): CellBudget {
  return where === "cli"
    ? { limit: LIMITS.cellsCli, used: 0, refusal: "file.too-many-cells" }
    : { limit: LIMITS.cellsPane, used: 0, refusal: "file.too-many-cells-pane" };
}

/**
 * One sheet's value matrix as a reader fills it, held to the limits before anything is allocated: a row or
 * column number is only trusted once it is inside Excel's grid and the columns the check reads, and every value
 * is counted against the workbook's budget. Breaking a limit throws its FileRefusal at once.
 */
export class SheetGrid {
  private readonly rows: (CellValue[] | undefined)[] = [];

  constructor(
    private readonly sheet: string,
    private readonly budget: CellBudget,
  ) {}

  /** Puts a value at (row, col), 1-based, so that rows[i][j] is sheet row i+1, column j+1. */
  set(row: number, col: number, value: CellValue): void {
    if (value === null) return;
    if (!(row >= 1 && row <= LIMITS.excelRows && col >= 1 && col <= LIMITS.excelColumns)) {
      throw new FileRefusal("file.beyond-grid", { sheet: this.sheet, cell: `${col >= 1 ? columnLetters(Math.min(col, 1e6)) : "?"}${row}` });
    }
    if (col > LIMITS.columns) {
      throw new FileRefusal("file.too-many-columns", { sheet: this.sheet, column: columnLetters(col), limit: limitText(LIMITS.columns) });
    }
    if (++this.budget.used > this.budget.limit) throw new FileRefusal(this.budget.refusal, { limit: limitText(this.budget.limit) });
    let r = this.rows[row - 1];
    if (!r) {
      r = [];
      this.rows[row - 1] = r;
    }
    while (r.length < col - 1) r.push(null);
    r[col - 1] = value;
  }

  /** Arrays grown by index assignment have holes; the contract says a missing row is undefined, a missing cell blank. */
  done(): (CellValue[] | undefined)[] {
    const out: (CellValue[] | undefined)[] = new Array(this.rows.length);
    for (let i = 0; i < this.rows.length; i++) out[i] = this.rows[i];
    return out;
  }
}

/**
 * The merges a reader hands the core, checked against the limit on their number. A merge is data here (four
 * numbers), never expanded into cells.
 */
export function checkedMerges(sheet: string, merges: Merge[]): Merge[] {
  if (merges.length > LIMITS.mergesPerSheet) throw new FileRefusal("file.too-many-merges", { sheet, limit: limitText(LIMITS.mergesPerSheet) });
  return merges;
}
