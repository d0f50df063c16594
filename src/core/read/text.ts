/** Small text helpers of the reader: what a cell says, blank or not, and how a finding shows it. */

import { foldWidth } from "../calc/parse";
import type { CellValue } from "./types";
import { isCellError } from "./types";

// \s covers line breaks, the ideographic space and NBSP; zero-width characters hide in pasted text.
const INVISIBLE = /[\s\u200b-\u200d\u2060\ufeff]+/g;
const VISIBLE = /[^\s\u200b-\u200d\u2060\ufeff]/;
// What compact changes: one test instead of two replaces for the usual cell that needs neither.
const COMPACTABLE = /[\s\u200b-\u200d\u2060\ufeff\uFF01-\uFF5E\u3000]/;

/** Full-width folded and every space, line break and zero-width character removed. */
export function compact(s: string): string {
  if (!COMPACTABLE.test(s)) return s;
  return foldWidth(s).replace(INVISIBLE, "");
}

/**
 * Neither white space (\s, which holds all that trim() removes) nor a zero-width character: a printable ASCII
 * character, or anything above U+3000 but U+FEFF. Most cell text is made of these only, and needs no pattern.
 */
export function solid(c: number): boolean {
  return (c > 0x20 && c < 0x7f) || (c > 0x3000 && c !== 0xfeff);
}

/** Text as written, for display: inner runs of spaces and line breaks made one space, trimmed, not folded. */
export function oneLine(s: string): string {
  let i = 0;
  while (i < s.length && solid(s.charCodeAt(i))) i++;
  return i === s.length ? s : s.replace(INVISIBLE, " ").trim();
}

/** A cell that shows nothing: absent, null, or text of nothing but spaces. */
export function isBlankCell(v: CellValue | undefined): boolean {
  if (v === null || v === undefined) return true;
  return typeof v === "string" && !solid(v.charCodeAt(0)) && !VISIBLE.test(v);
}

function pad2(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** A JS date as the sheet shows it (ports hand dates over as UTC midnight, as ExcelJS does). */
export function isoDate(d: Date): string {
  return Number.isNaN(d.getTime()) ? "" : `${d.getUTCFullYear()}-${pad2(d.getUTCMonth() + 1)}-${pad2(d.getUTCDate())}`;
}

/** A cell as text: numbers as written, booleans as Excel shows them, dates as yyyy-mm-dd, errors by name. */
export function cellText(v: CellValue | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return String(v);
  if (typeof v === "boolean") return v ? "TRUE" : "FALSE";
  if (v instanceof Date) return isoDate(v);
  if (isCellError(v)) return v.error;
  return "";
}

const MAX_SHOWN = 200;

/** The offending value in a finding, as the user would recognise it; very long text is cut. */
export function shownValue(v: CellValue | undefined): string | number | boolean | null {
  if (v === null || v === undefined) return null;
  if (typeof v === "number" || typeof v === "boolean") return v;
  const s = cellText(v);
  return s.length > MAX_SHOWN ? `${s.slice(0, MAX_SHOWN)}…` : s;
}

/** The value of a row's cell, robust to jagged and missing rows (col is 1-based). */
export function cellAt(row: readonly (CellValue | undefined)[] | undefined, col: number): CellValue | undefined {
  return Array.isArray(row) ? row[col - 1] : undefined;
}
