import { type CellValue, type Merge, parseCellName } from "../../core";

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
  if (typeof o.error === "string") return { error: o.error };
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

/** Puts a value at (row, col), 1-based, growing the matrix so that rows[i][j] is sheet row i+1, column j+1. */
export function setCell(rows: (CellValue[] | undefined)[], row: number, col: number, value: CellValue): void {
  if (value === null) return;
  let r = rows[row - 1];
  if (!r) {
    r = [];
    rows[row - 1] = r;
  }
  while (r.length < col - 1) r.push(null);
  r[col - 1] = value;
}

/** Arrays grown by index assignment have holes; the contract says a missing row is undefined, a missing cell blank. */
export function fillHoles(rows: (CellValue[] | undefined)[]): (CellValue[] | undefined)[] {
  const out: (CellValue[] | undefined)[] = new Array(rows.length);
  for (let i = 0; i < rows.length; i++) out[i] = rows[i];
  return out;
}
