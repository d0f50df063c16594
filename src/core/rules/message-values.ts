/** Values as a finding shows them: dates as 2022-03, rates as 12.34%, amounts with at most 2 decimals. */

import { roundHalfAway } from "../calc/round";
import type { DateValue, Typed } from "../ledgers/types";
import { isDateValue } from "./record-values";

export function showDate(d: DateValue): string {
  const mm = String(d.m).padStart(2, "0");
  return d.d === undefined ? `${d.y}-${mm}` : `${d.y}-${mm}-${String(d.d).padStart(2, "0")}`;
}

/** A value as a finding shows it. */
export function show(v: Typed | undefined): string | number | boolean | null {
  if (v === undefined || v === null) return null;
  if (Array.isArray(v)) return v.join("、");
  if (isDateValue(v)) return showDate(v);
  return v;
}

/**
 * A rate for a message: 0.1234 → "12.34%". A figure past what a double holds (a division by zero, a sum of
 * absurd values) stays a number, so that the message says "超出范围" in the reader's language (i18n `t`), never
 * "Infinity%".
 */
export function pct(x: number): string | number {
  const shown = roundHalfAway(x * 100, 2);
  return Number.isFinite(shown) ? `${shown}%` : shown;
}

/** An amount for a message, at most 2 decimals (a non-finite one as for `pct`). */
export function amount(x: number): string | number {
  const shown = roundHalfAway(x, 2);
  return Number.isFinite(shown) ? String(shown) : shown;
}
