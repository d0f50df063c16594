/**
 * 序时进度: the share of the year elapsed at the end of the reporting period, and progress against it.
 *
 * A period is read as follows (numbers arrive from Excel as plain numbers, dates as serials):
 * - an integer 1–12 is a month number (1–m月);
 * - a number ≥ 61 is an Excel date serial (1900 system; a time of day is ignored). Serials 1–60 (January and
 *   February 1900, where Excel's phantom 29 Feb sits) are neither a month nor a plausible date: #NUM!, as is
 *   any other number (0, negatives, 10.5, beyond 9999-12-31);
 * - a Date is read in UTC (ExcelJS builds dates as UTC midnight);
 * - text: a number as text, `10月`, `1-10月` / `1～10月` / `1至10月`, `2022年10月`, `2022-10`, `2022.10`,
 *   `2022/10` (month precision), `2022-10-31`, `2022/10/31`, `2022.10.31`, `2022年10月31日`.
 */

import { t } from "../i18n/translate";
import { CalcResult, NUM, quote, valueError } from "./errors";
import { completion } from "./growth";
import { foldWidth, parseNumberText } from "./parse";

export type Basis = "month" | "day";

/** A reporting period: its month, and the day when the period was given as a date. */
export interface Period {
  year?: number;
  month: number;
  day?: number;
}

const MS_PER_DAY = 86_400_000;
/** Excel serial 0 in the 1900 system, valid from serial 61 on (after the phantom 1900-02-29). */
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);
const MAX_SERIAL = 2_958_465; // 9999-12-31

/** An Excel date serial (≥ 61, 1900 system) → year, month, day; null outside Excel's date range. */
export function excelSerialToDate(serial: number): { year: number; month: number; day: number } | null {
  if (!(serial >= 61 && serial < MAX_SERIAL + 1)) return null;
  const d = new Date(EXCEL_EPOCH + Math.floor(serial) * MS_PER_DAY);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

function isValidDate(year: number, month: number, day: number): boolean {
  const d = new Date(Date.UTC(year, month - 1, day));
  return d.getUTCFullYear() === year && d.getUTCMonth() === month - 1 && d.getUTCDate() === day;
}

const MONTH_TEXT = /^(\d{1,2})月?$/;
const CUMULATIVE_TEXT = /^1[-~—–至到](\d{1,2})月?$/;
const YEAR_MONTH_TEXT = /^(\d{4})[-./年](\d{1,2})月?$/;
const DATE_TEXT = /^(\d{4})[-./年](\d{1,2})[-./月](\d{1,2})日?$/;

function periodFromNumber(n: number): CalcResult<Period> {
  if (Number.isInteger(n) && n >= 1 && n <= 12) return { month: n };
  const date = excelSerialToDate(n);
  return date ?? NUM;
}

function periodFromText(raw: string): CalcResult<Period> {
  const s = foldWidth(raw).replace(/\s+/g, "");
  let m = MONTH_TEXT.exec(s) ?? CUMULATIVE_TEXT.exec(s);
  if (m) {
    const month = Number(m[1]);
    return month >= 1 && month <= 12 ? { month } : NUM;
  }
  m = YEAR_MONTH_TEXT.exec(s);
  if (m) {
    const month = Number(m[2]);
    return month >= 1 && month <= 12 ? { year: Number(m[1]), month } : NUM;
  }
  m = DATE_TEXT.exec(s);
  if (m) {
    const [year, month, day] = [Number(m[1]), Number(m[2]), Number(m[3])];
    return isValidDate(year, month, day) ? { year, month, day } : NUM;
  }
  const n = parseNumberText(raw);
  if (n !== null) return periodFromNumber(n);
  return valueError(t("zh-CN", "calc.pace.unknown-period", { value: quote(raw) }));
}

/** A month number, Excel serial, Date or period text → Period (rules in the file comment). */
export function toPeriod(period: number | Date | string): CalcResult<Period> {
  if (typeof period === "number") return periodFromNumber(period);
  if (typeof period === "string") return periodFromText(period);
  if (Number.isNaN(period.getTime())) return valueError(t("zh-CN", "calc.pace.invalid-date"));
  return { year: period.getUTCFullYear(), month: period.getUTCMonth() + 1, day: period.getUTCDate() };
}

const BASIS_TEXT: ReadonlyMap<string, Basis> = new Map([
  ["MONTH", "month"], ["M", "month"], ["月", "month"], ["按月", "month"],
  ["DAY", "day"], ["D", "day"], ["日", "day"], ["天", "day"], ["按日", "day"],
]);

/** "month"/"day" (any case), M/D, 月/按月, 日/天/按日 → Basis; else null. */
export function parseBasis(s: string): Basis | null {
  return BASIS_TEXT.get(foldWidth(s).trim().toUpperCase()) ?? null;
}

function isLeap(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * 序时进度 at the end of the period: m / 12 by month; by day, the day of the year / days in that year
 * (the period must then be a date: a month alone → #VALUE!).
 */
export function elapsed(period: number | Date | string | Period, basis: Basis = "month"): CalcResult<number> {
  const p = typeof period === "object" && !(period instanceof Date) ? period : toPeriod(period);
  if ("error" in p) return p;
  if (basis === "month") return p.month / 12;
  if (p.year === undefined || p.day === undefined) return valueError(t("zh-CN", "calc.pace.day-needs-date"));
  const dayOfYear = (Date.UTC(p.year, p.month - 1, p.day) - Date.UTC(p.year, 0, 0)) / MS_PER_DAY;
  return dayOfYear / (isLeap(p.year) ? 366 : 365);
}

/** Completion minus 序时进度: positive = 超序时进度, negative = 落后序时进度. */
export function pace(
  actual: number,
  target: number,
  period: number | Date | string | Period,
  basis: Basis = "month",
): CalcResult<number> {
  const c = completion(actual, target);
  if (typeof c !== "number") return c;
  const e = elapsed(period, basis);
  if (typeof e !== "number") return e;
  return c - e;
}
