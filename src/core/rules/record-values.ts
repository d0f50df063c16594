/** Reading typed record values, as the reader left them: numbers, text, booleans, dates, plans, names. */

import type { ColumnKey, DateValue, LedgerRecord, Typed } from "../ledgers/types";
import { solid } from "../read/text";

export function num(rec: LedgerRecord, key: ColumnKey): number | null {
  const v = rec.values[key];
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function str(rec: LedgerRecord, key: ColumnKey): string | null {
  const v = rec.values[key];
  if (typeof v !== "string") return null;
  // The reader's text is already trimmed: one look at each end spares trim() on every record of every rule.
  if (solid(v.charCodeAt(0)) && solid(v.charCodeAt(v.length - 1))) return v;
  const s = v.trim();
  return s === "" ? null : s;
}

export function bool(rec: LedgerRecord, key: ColumnKey): boolean | null {
  const v = rec.values[key];
  return typeof v === "boolean" ? v : null;
}

export function isDateValue(v: Typed): v is DateValue {
  return typeof v === "object" && v !== null && !Array.isArray(v) && typeof v.y === "number" && typeof v.m === "number";
}

export function date(rec: LedgerRecord, key: ColumnKey): DateValue | null {
  const v = rec.values[key];
  return isDateValue(v) ? v : null;
}

/**
 * −1, 0 or 1. Where either date has month precision only (2022年3月), they compare by month: a month is not
 * earlier than a day inside it.
 */
export function compareDates(a: DateValue, b: DateValue): number {
  const ka = a.y * 12 + a.m;
  const kb = b.y * 12 + b.m;
  if (ka !== kb) return ka < kb ? -1 : 1;
  if (a.d === undefined || b.d === undefined || a.d === b.d) return 0;
  return a.d < b.d ? -1 : 1;
}

/** After the last day of month `period` of `year` (the end of the reporting period). */
export function afterPeriodEnd(d: DateValue, year: number, period: number): boolean {
  return d.y > year || (d.y === year && d.m > period);
}

const PLAN_NONE = new Set(["否", "×", "N", "NO", "0", "无", "没有", "暂无", "FALSE", "/", "-", "—"]);

// Upper-casing never shortens text: a longer plan is no "none" word, and needs no (slow, for Chinese) upper-casing.
const PLAN_NONE_MAX = Math.max(...[...PLAN_NONE].map((w) => w.length));

/** A plan column (培育方案, 扭亏增效方案): 否, ×, N, 0, 无 and blank count as missing. */
export function planMissing(rec: LedgerRecord, key: ColumnKey): boolean {
  const v = rec.values[key];
  if (v === null || v === undefined || v === false) return true;
  if (typeof v === "number") return v === 0;
  if (typeof v === "string") {
    const t = v.trim();
    return t === "" || (t.length <= PLAN_NONE_MAX && PLAN_NONE.has(t.toUpperCase()));
  }
  return false;
}

// Printable ASCII but the space, and CJK unified ideographs, are their own key: NFKC leaves them as they are and
// there is no space to remove (one test, where normalize() is slow on 100,000 names).
const ALREADY_KEY = /^[\x21-\x7e\u4e00-\u9fff]*$/;

/** Enterprise and project names compare without spaces and width differences. */
export function nameKey(s: string): string {
  return ALREADY_KEY.test(s) ? s : s.normalize("NFKC").replace(/\s+/g, "");
}
