/** 百家重点企业台账 (plan 二.1): 入统 against the 规上 threshold. */

import { cellFinding, perRecord, type RuleCheck } from "./context";
import { dupUscc, growthMismatch, growthReview, ledgerCount } from "./common";
import { qualifyingRevenue } from "./scale";
import { amount, bool, num } from "./values";

/** 是否规上 = 否 while 本年营业收入 already reaches the threshold (具备入统条件). */
const shouldInclude: RuleCheck = {
  id: "scale.should-include",
  check(ctx) {
    const threshold = ctx.profile.thresholds.scaleRevenue;
    return perRecord(ctx, (r) => {
      const revenue = qualifyingRevenue("key-enterprises", r, threshold);
      if (revenue === null) return null;
      return cellFinding(ctx, "scale.should-include", r, "scale", { params: { revenue: amount(revenue), threshold } });
    });
  },
};

/** 是否规上 = 是 while 本年营业收入, annualised from 1–m月, stays below the threshold (可能退统). */
const below: RuleCheck = {
  id: "scale.below",
  check(ctx) {
    const threshold = ctx.profile.thresholds.scaleRevenue;
    return perRecord(ctx, (r) => {
      const revenue = num(r, "revenue");
      if (bool(r, "scale") !== true || revenue === null) return null;
      const annual = (revenue / ctx.period) * 12;
      if (annual >= threshold) return null;
      return cellFinding(ctx, "scale.below", r, "revenue", { params: { annual: amount(annual), threshold, period: ctx.period } });
    });
  },
};

export const KEY_ENTERPRISE_RULES: RuleCheck[] = [dupUscc, growthMismatch, growthReview, shouldInclude, below, ledgerCount];
