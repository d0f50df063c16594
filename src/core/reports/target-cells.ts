/** Targets and figures as report cells: a rate as a percentage, a range as 1～2, an error as a blank. */

import type { CalcResult } from "../calc/errors";
import type { Target } from "../profile/types";
import type { ReportCell, ReportFormat } from "./model";

/** A number kept as a number; CalcErrors and non-finite values become a blank cell. */
export function figure(v: CalcResult<number> | null | undefined): number | null {
  return typeof v === "number" && Number.isFinite(v) ? v : null;
}

export function isRateTarget(t: Target): boolean {
  return t.kind === "growth" || t.kind === "ratio";
}

/** How a target's figures are formatted: rates as percentages, counts as whole numbers, amounts as they are. */
export function targetFormat(t: Target): ReportFormat {
  if (isRateTarget(t)) return "rate";
  return t.kind === "count" ? "count" : "number";
}

/** The target as its cell shows it: a number, or `1～2` for a range (its 完成率 is against the lower bound). */
export function targetCell(t: Target): ReportCell {
  if (t.op === "range" && t.max !== undefined && t.max !== t.target) {
    return isRateTarget(t)
      ? { value: `${showPercent(t.target)}～${showPercent(t.max)}`, format: "text" }
      : { value: `${t.target}～${t.max}`, format: "text" };
  }
  return { value: t.target, format: targetFormat(t) };
}

function showPercent(x: number): string {
  return `${Number((x * 100).toPrecision(12))}%`;
}
