/** Stated growth against the revenues, and growth beyond the review band (key enterprises, clusters). */

import { isCalcError } from "../calc/errors";
import { yoy } from "../calc/growth";
import type { LedgerRecord } from "../ledgers/types";
import { cellFinding, columnOf } from "./context";
import { defineRule } from "./define";
import { pct } from "./message-values";
import { num } from "./record-values";

/** 本年 over 上年, when both are numbers and the rate is defined (a base of 0 or below has none). */
export function computedGrowth(rec: LedgerRecord): number | null {
  const cur = num(rec, "revenue");
  const prev = num(rec, "revenuePrev");
  if (cur === null || prev === null) return null;
  const g = yoy(cur, prev);
  return isCalcError(g) ? null : g;
}

export const growthMismatch = defineRule({
  id: "growth.mismatch",
  severity: "warning",
  scope: "row",
  kinds: ["key-enterprises", "clusters"],
  params: { stated: "text|number", computed: "text|number" },
  check(ctx, rule) {
    const tolerance = ctx.profile.thresholds.rateTolerance;
    const out = [];
    for (const r of ctx.sheet.records) {
      const stated = num(r, "growth");
      const computed = computedGrowth(r);
      if (stated === null || computed === null || !(Math.abs(stated - computed) > tolerance + 1e-12)) continue;
      out.push(cellFinding(ctx, rule, r, "growth", { params: { stated: pct(stated), computed: pct(computed) } }));
    }
    return out;
  },
  words: {
    "zh-CN": {
      name: "增长率不符",
      message: "填报增长率 {stated} 与按本年、上年营业收入计算的 {computed} 不符",
      hint: "更正增长率，或改为公式 =(本年-上年)/上年",
      about: "填报增长率与营业收入计算结果不符",
    },
    "en-US": {
      name: "Growth rate mismatch",
      message: "The stated growth {stated} differs from {computed} computed from this and last year's revenue",
      hint: "Correct the rate, or use the formula =(this year − last year)/last year",
      about: "a stated growth rate that disagrees with the revenues",
    },
  },
});

export const growthReview = defineRule({
  id: "growth.review",
  severity: "warning",
  scope: "row",
  kinds: ["key-enterprises", "clusters"],
  params: { growth: "text|number", low: "text|number", high: "text|number" },
  check(ctx, rule) {
    const { growthReviewHigh: high, growthReviewLow: low } = ctx.profile.thresholds;
    const column = columnOf(ctx.sheet, "growth") !== undefined ? "growth" : "revenue";
    const out = [];
    for (const r of ctx.sheet.records) {
      const g = computedGrowth(r);
      if (g === null || (g <= high && g >= low)) continue;
      out.push(
        cellFinding(ctx, rule, r, column, {
          variant: g > high ? "high" : "low",
          params: { growth: pct(g), low: pct(low), high: pct(high) },
        }),
      );
    }
    return out;
  },
  words: {
    "zh-CN": {
      name: "增长率待核实",
      message: "增长率 {growth} 超出核实区间 {low}～{high}",
      variants: {
        high: "增长率 {growth} 高于核实上限 {high}，请核实",
        low: "增长率 {growth} 低于核实下限 {low}，请核实",
      },
      hint: "数据无误时在审核说明中写明原因（核实区间为本工具约定，不是官方规则）",
      about: "增长率超出核实区间，需说明",
    },
    "en-US": {
      name: "Growth rate to review",
      message: "Growth {growth} is outside the review band {low} to {high}",
      variants: {
        high: "Growth {growth} is above the review limit {high}: please verify",
        low: "Growth {growth} is below the review limit {low}: please verify",
      },
      hint: "If the figures are right, give the reason in 审核说明 (the band is this tool's convention, not an official rule)",
      about: "a growth rate outside the review band needs an explanation",
    },
  },
});

export const GROWTH_RULES = [growthMismatch, growthReview] as const;
