/** Readers for the arguments that are neither numbers, yes/no nor codes. */

import { Basis, CalcResult, parseBasis, Period, quote, toPeriod, valueError } from "../core";
import { zh } from "./words";

/** A month number, an Excel date serial, a Date, or period text (core/calc/pace.ts says which). */
export function readPeriod(v: unknown): CalcResult<Period> {
  if (typeof v === "number" || typeof v === "string" || v instanceof Date) return toPeriod(v);
  return valueError(zh("fn.not-period", { value: quote(v) }));
}

export function readBasis(v: unknown): CalcResult<Basis> {
  return (typeof v === "string" && parseBasis(v)) || valueError(zh("fn.not-basis", { value: quote(v) }));
}
