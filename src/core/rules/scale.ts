/**
 * 入统 against the 规上 threshold (plan 二.1, 二.2): scale.should-include and scale.below, and two computations
 * that the checks and the report tabs share, so they always agree: the revenue by which an enterprise qualifies
 * for 入统 (scale.should-include ↔ 入统分析 / 县区汇总) and the growth of a group of records (县域特色产业集群营业收入增速
 * ↔ 五个百进展 and the clusters' figures).
 */

import { isCalcError } from "../calc/errors";
import { yoy } from "../calc/growth";
import { INCLUSION_STATUS } from "../ledgers/cultivation";
import type { ColumnKey, LedgerKind, LedgerRecord } from "../ledgers/types";
import { cellFinding, perRecord } from "./context";
import { defineRule } from "./define";
import { amount } from "./message-values";
import { bool, num, str } from "./record-values";

/**
 * The revenue by which a record reaches the 规上 threshold while it is not included, else null: key enterprises
 * with 是否规上 = 否 by 本年营业收入; the library's 未入统 by 上年全年营业收入, else by 本年营业收入 as it stands.
 * Not annualised, deliberately (scale.below annualises): inclusion needs revenue actually reached, while 退统 is
 * judged on the year.
 */
export function qualifyingRevenue(kind: LedgerKind, rec: LedgerRecord, threshold: number): number | null {
  let revenue: number | null = null;
  if (kind === "key-enterprises" && bool(rec, "scale") === false) revenue = num(rec, "revenue");
  if (kind === "cultivation" && str(rec, "status") === INCLUSION_STATUS.not) {
    const lastYear = num(rec, "revenueLastYear");
    revenue = lastYear !== null && lastYear >= threshold ? lastYear : num(rec, "revenue");
  }
  return revenue !== null && revenue >= threshold ? revenue : null;
}

/** Σcurrent and Σprevious over the same records (同口径: those that have both), how many are left out, the growth. */
export interface SameBasis {
  current: number;
  previous: number;
  /** Records without one of the two values, left out of both sums. */
  leftOut: number;
  /** Σcurrent ÷ Σprevious − 1; null when no record has both or the base is not positive. */
  growth: number | null;
}

export function sameBasis(recs: readonly LedgerRecord[], current: ColumnKey = "revenue", previous: ColumnKey = "revenuePrev"): SameBasis {
  let cur = 0;
  let prev = 0;
  let both = 0;
  for (const r of recs) {
    const c = num(r, current);
    const p = num(r, previous);
    if (c === null || p === null) continue;
    cur += c;
    prev += p;
    both++;
  }
  const g = both === 0 ? null : yoy(cur, prev);
  return { current: cur, previous: prev, leftOut: recs.length - both, growth: g === null || isCalcError(g) ? null : g };
}

/** Σcurrent ÷ Σprevious − 1 over the records that have both values; null when none has or the base is not positive. */
export function groupGrowth(recs: readonly LedgerRecord[], current: ColumnKey = "revenue", previous: ColumnKey = "revenuePrev"): number | null {
  return sameBasis(recs, current, previous).growth;
}

/**
 * Not included while the revenue already reaches the threshold (具备入统条件): key enterprises with 是否规上 = 否,
 * reported on 是否规上; the library's 未入统, reported on 入统状态 (see qualifyingRevenue).
 */
export const shouldInclude = defineRule({
  id: "scale.should-include",
  severity: "warning",
  scope: "row",
  kinds: ["key-enterprises", "cultivation"],
  params: { revenue: "text|number", threshold: "number" },
  check(ctx, rule) {
    const threshold = ctx.profile.thresholds.scaleRevenue;
    const column = ctx.sheet.kind === "cultivation" ? "status" : "scale";
    return perRecord(ctx, (r) => {
      const revenue = qualifyingRevenue(ctx.sheet.kind, r, threshold);
      if (revenue === null) return null;
      return cellFinding(ctx, rule, r, column, { params: { revenue: amount(revenue), threshold } });
    });
  },
  words: {
    "zh-CN": {
      name: "应入统未入统",
      message: "营业收入 {revenue} 万元已达规模以上标准 {threshold} 万元，但未入统",
      hint: "指导企业及时办理入统手续",
      about: "已达规上标准但未入统（按实际营业收入：上年全年或本年累计已达标准；退统按折算全年判断，两者有意不同）",
    },
    "en-US": {
      name: "Should be included",
      message: "Revenue of {revenue} (10k yuan) reaches the 规上 threshold {threshold} but the enterprise is not included",
      hint: "Help the enterprise apply for inclusion in the statistics",
      about: "meets the 规上 threshold but is not included (by revenue actually reached: last year's whole year or this year so far; 退统 (scale.below) annualises, deliberately, as it is judged on the year)",
    },
  },
});

/** 是否规上 = 是 while 本年营业收入, annualised from 1–m月, stays below the threshold (可能退统). */
export const below = defineRule({
  id: "scale.below",
  severity: "warning",
  scope: "row",
  kinds: ["key-enterprises"],
  params: { period: "number", annual: "text|number", threshold: "number" },
  check(ctx, rule) {
    const threshold = ctx.profile.thresholds.scaleRevenue;
    return perRecord(ctx, (r) => {
      const revenue = num(r, "revenue");
      if (bool(r, "scale") !== true || revenue === null) return null;
      const annual = (revenue / ctx.period) * 12;
      if (annual >= threshold) return null;
      return cellFinding(ctx, rule, r, "revenue", { params: { annual: amount(annual), threshold, period: ctx.period } });
    });
  },
  words: {
    "zh-CN": {
      name: "可能退统",
      message: "按 1–{period} 月营业收入折算全年约 {annual} 万元，低于规模以上标准 {threshold} 万元，可能退统",
      hint: "核实营业收入；确将退统的请在审核说明中说明",
      about: "规上企业营业收入折算全年低于标准，可能退统",
    },
    "en-US": {
      name: "Below scale threshold",
      message: "Revenue for months 1–{period} annualises to about {annual} (10k yuan), below the 规上 threshold {threshold}: it may drop out",
      hint: "Check the revenue; if it will drop out, say so in 审核说明",
      about: "a 规上 enterprise whose annualised revenue is below the threshold",
    },
  },
});

export const SCALE_RULES = [shouldInclude, below] as const;
