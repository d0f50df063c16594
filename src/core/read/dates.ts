/**
 * Dates as ledgers write them: Excel serials, JS dates (UTC, as ports hand them over), `2022-03-15`,
 * `2022/3/15`, `2022.3.15`, `2022年3月15日`, 20220315, and month precision `2022年3月`, `2022-03`, `2022.3`,
 * 202203. Years outside 1900–2100 are not dates a ledger means.
 */

import { foldWidth } from "../calc/parse";
import type { DateValue } from "../ledgers/types";
import { compact } from "./text";

/** A number like 2022.1, which may be January or October (2022.10 typed as a number loses its zero). */
export const AMBIGUOUS = "ambiguous";

const MIN_YEAR = 1900;
const MAX_YEAR = 2100;
const LAST_SERIAL = 73050; // 2099-12-31
const DAY_MS = 86400000;
const EPOCH_1900 = Date.UTC(1899, 11, 31);
const EPOCH_AFTER_LEAP_BUG = Date.UTC(1899, 11, 30); // Excel counts a 29 February 1900 that never was

const DAY_TEXT = /^(\d{4})([-/.])(\d{1,2})\2(\d{1,2})(?:[T\s]+\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?Z?)?$/;
const MONTH_TEXT = /^(\d{4})[-/.](\d{1,2})$/;
const CHINESE = /^(\d{4})年(\d{1,2})月(?:(\d{1,2})[日号])?$/;
const DIGITS = /^\d{6}$|^\d{8}$/;

function daysIn(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

function make(y: number, m: number, d?: number): DateValue | null {
  if (!(y >= MIN_YEAR && y <= MAX_YEAR && m >= 1 && m <= 12)) return null;
  if (d === undefined) return { y, m };
  return d >= 1 && d <= daysIn(y, m) ? { y, m, d } : null;
}

function fromUtc(ms: number): DateValue | null {
  const d = new Date(ms);
  return Number.isNaN(d.getTime()) ? null : make(d.getUTCFullYear(), d.getUTCMonth() + 1, d.getUTCDate());
}

/** yyyymmdd or yyyymm written as digits. */
function fromDigits(s: string): DateValue | null {
  const y = Number(s.slice(0, 4));
  const m = Number(s.slice(4, 6));
  return s.length === 8 ? make(y, m, Number(s.slice(6, 8))) : make(y, m);
}

function fromNumber(n: number): DateValue | typeof AMBIGUOUS | null {
  if (!Number.isFinite(n) || n < 1) return null;
  if (n >= MIN_YEAR && n <= MAX_YEAR + 1) {
    if (Number.isInteger(n)) return null; // a year alone
    // 2022.3 typed as a number: the month is in the decimals.
    const [y, frac] = String(n).split(".");
    if (frac === "1") return AMBIGUOUS;
    return frac.length <= 2 ? make(Number(y), Number(frac)) : null;
  }
  if (Number.isInteger(n) && DIGITS.test(String(n))) return fromDigits(String(n));
  if (n > LAST_SERIAL + 1) return null;
  const day = Math.floor(n);
  if (day === 60) return null; // 1900-02-29
  return fromUtc((day < 60 ? EPOCH_1900 : EPOCH_AFTER_LEAP_BUG) + day * DAY_MS);
}

function fromText(raw: string): DateValue | null {
  const s = foldWidth(raw).trim();
  let m = DAY_TEXT.exec(s);
  if (m) return make(Number(m[1]), Number(m[3]), Number(m[4]));
  const c = compact(s);
  m = MONTH_TEXT.exec(c);
  if (m) return make(Number(m[1]), Number(m[2]));
  m = CHINESE.exec(c);
  if (m) return make(Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3]));
  return DIGITS.test(c) ? fromDigits(c) : null;
}

/** A date cell → DateValue; null when it is not a date; AMBIGUOUS for a number like 2022.1. */
export function readDate(v: unknown): DateValue | typeof AMBIGUOUS | null {
  if (v instanceof Date) return fromUtc(v.getTime());
  if (typeof v === "number") return fromNumber(v);
  if (typeof v === "string") return fromText(v);
  return null;
}
