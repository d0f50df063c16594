/**
 * Explanations over time (HISTORY.md): an entry of 审核说明 says the period it was written for (报告期, `1-10月`)
 * and the finding's value then (当时数值). Written for another period, it still explains the same warning while
 * the value is unchanged; once the value has changed it no longer counts (上期说明（数值已变）).
 */

import { parseNumberText } from "../calc/parse";
import type { Explanation } from "../read/result";

/** The current check's period, against which an entry's 报告期 is read. */
export interface CheckPeriod {
  year: number;
  period: number;
}

/** 报告期 as written in 审核说明 and in the reports: `1月`, `1-10月`. */
export function periodText(period: number): string {
  return period === 1 ? "1月" : `1-${period}月`;
}

/** `1-10月`, `1—10月`, `10月`, `2022年1-10月`, `1-10`, `10`: the month it ends with, and the year if it says one. */
export function parsePeriodText(text: string): { year?: number; period: number } | null {
  const m = /^(?:(\d{4})\s*年?\s*)?(?:1\s*[-—–~～至到]\s*)?(\d{1,2})\s*(?:月(?:份)?)?$/u.exec(text.normalize("NFKC").trim());
  if (!m) return null;
  const period = Number(m[2]);
  if (period < 1 || period > 12) return null;
  return m[1] === undefined ? { period } : { year: Number(m[1]), period };
}

/** 当时数值: a finding's value as the entry keeps it (numbers without float noise, so that they read back equal). */
export function valueText(v: string | number | boolean | null | undefined): string {
  if (v === null || v === undefined) return "";
  if (typeof v === "number") return String(Number(v.toPrecision(12)));
  if (typeof v === "boolean") return v ? "是" : "否";
  return v.trim();
}

/** The value then and now, as numbers where both are (a typed `73.7%` is 0.737), else as text. */
export function sameValueText(then: string, now: string): boolean {
  if (then.trim() === now.trim()) return true;
  const a = parseNumberText(then);
  const b = parseNumberText(now);
  return a !== null && b !== null && Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
}

/**
 * Whether an entry written for another period: one whose 报告期 reads and differs from the check's (a stated year
 * must match too; without one, a different month is another period — a December entry in a January workbook).
 * Entries without 报告期 (older sheets, typed by hand) are of no particular period and always count.
 */
export function writtenEarlier(e: Explanation, now: CheckPeriod): boolean {
  const then = e.period === undefined ? null : parsePeriodText(e.period);
  if (then === null) return false;
  return then.period !== now.period || (then.year !== undefined && then.year !== now.year);
}

/**
 * Whether the entry still explains a finding whose value is now `value`: written for this period, or with the
 * value unchanged since. A blank 当时数值 recorded nothing to compare, so the entry counts.
 */
export function stillExplains(e: Explanation, value: string | number | boolean | null | undefined, now: CheckPeriod): boolean {
  if (!writtenEarlier(e, now) || (e.value ?? "").trim() === "") return true;
  return sameValueText(e.value ?? "", valueText(value));
}
