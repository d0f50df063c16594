/** Readers for the arguments that are neither numbers, yes/no nor codes. */

import { Basis, CalcResult, parseBasis, Period, quote, toPeriod, valueError } from "../core";

/** A month number, an Excel date serial, a Date, or period text (core/calc/pace.ts says which). */
export function readPeriod(v: unknown): CalcResult<Period> {
  if (typeof v === "number" || typeof v === "string" || v instanceof Date) return toPeriod(v);
  return valueError(`${quote(v)}不是月份或日期`);
}

export function readBasis(v: unknown): CalcResult<Basis> {
  return (typeof v === "string" && parseBasis(v)) || valueError(`${quote(v)}应为 "month"（按月）或 "day"（按日）`);
}
