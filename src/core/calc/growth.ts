/** Growth arithmetic of Chinese statistical analysis: 同比, 完成率, 差距, 贡献率, 拉动, and the growth still needed. */

import { CalcError, CalcResult, DIV0, NUM } from "./errors";
import { cleanDifference, roundHalfAway } from "./round";

/** 同比增长率 (current − previous) / previous. A negative base has no meaningful rate: #NUM! (use yoyText). */
export function yoy(current: number, previous: number): CalcResult<number> {
  if (previous === 0) return DIV0;
  if (previous < 0) return NUM;
  return (current - previous) / previous;
}

/** Largest `digits` yoyText accepts; beyond it the float has no more digits to show. */
export const MAX_TEXT_DIGITS = 10;

/**
 * The wording of Chinese statistical analysis (FUNCTIONS.md, GX.YOYTEXT): 增长5.6% / 下降3.2% / 持平 for a
 * positive base, 扭亏为盈 / 减亏 / 增亏 / 由盈转亏 around losses, 新增 / 新增亏损 from zero. The rate is shown
 * as a percentage with `digits` decimals (a fractional `digits` is truncated, as Excel's ROUND does), rounded
 * half away from zero; a rate that rounds to 0 is 持平. digits outside 0–10 → #NUM!.
 */
export function yoyText(current: number, previous: number, digits = 1): CalcResult<string> {
  const d = Math.trunc(digits);
  if (!(d >= 0 && d <= MAX_TEXT_DIGITS)) return NUM;
  if (previous > 0) {
    if (current < 0) return "由盈转亏";
    const pct = roundHalfAway((cleanDifference(current, previous) / previous) * 100, d);
    if (pct === 0) return "持平";
    return `${pct > 0 ? "增长" : "下降"}${Math.abs(pct).toFixed(d)}%`;
  }
  if (previous < 0) {
    if (current > 0) return "扭亏为盈";
    if (current > previous) return "减亏";
    if (current < previous) return "增亏";
    return "持平";
  }
  if (current > 0) return "新增";
  if (current < 0) return "新增亏损";
  return "持平";
}

/** 完成率 actual / target. */
export function completion(actual: number, target: number): CalcResult<number> {
  if (target === 0) return DIV0;
  if (target < 0) return NUM;
  return actual / target;
}

/** 差距 actual − target, positive = ahead; for rate targets the gap in percentage points, as a fraction. */
export function gap(actual: number, target: number): number {
  return actual - target;
}

/** 贡献率 Δpart / Δtotal. A falling total is meaningful (shares of a decline), only Δtotal = 0 is not. */
export function contrib(
  partCurrent: number,
  partPrevious: number,
  totalCurrent: number,
  totalPrevious: number,
): CalcResult<number> {
  const dTotal = totalCurrent - totalPrevious;
  if (dTotal === 0) return DIV0;
  return (partCurrent - partPrevious) / dTotal;
}

/**
 * 拉动 Δpart / total_previous (×100 = percentage points). The pulls of all parts add up to the total's yoy,
 * so a negative base is #NUM! as in yoy.
 */
export function pull(partCurrent: number, partPrevious: number, totalPrevious: number): CalcResult<number> {
  if (totalPrevious === 0) return DIV0;
  if (totalPrevious < 0) return NUM;
  return (partCurrent - partPrevious) / totalPrevious;
}

/**
 * Growth needed over the rest of the year to reach an annual growth target:
 * [B·(1+g) − A] / (B − Bₜ) − 1, g the target rate, A this year to date, Bₜ last year's same months,
 * B last year's whole year. No rest of last year to compare with (B − Bₜ ≤ 0) → #NUM!. Below −1 no growth
 * could be asked: the target holds even with no output for the rest of the year → #NUM! 目标已可确保完成.
 */
const TARGET_SECURED: CalcError = Object.freeze({ error: "#NUM!", message: "目标已可确保完成" });

export function needed(
  targetRate: number,
  ytdCurrent: number,
  ytdPrevious: number,
  yearPrevious: number,
): CalcResult<number> {
  const rest = yearPrevious - ytdPrevious;
  if (!(rest > 0)) return NUM;
  const g = (yearPrevious * (1 + targetRate) - ytdCurrent) / rest - 1;
  return g < -1 - 1e-12 ? TARGET_SECURED : g;
}
