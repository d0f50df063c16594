/** 下滑企业增效台账 (plan 二.3). */

import { DECLINE_TYPES } from "../ledgers/declining";
import { cellFinding, perRecord, type RuleCheck } from "./context";
import { dupUscc, ledgerCount, planMissingCheck } from "./common";
import { amount, num, str } from "./values";

/** 亏损 needs a loss last year; 效益下滑 needs the profit or the revenue to have fallen from the year before. */
const typeMismatch: RuleCheck = {
  id: "declining.type-mismatch",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const type = str(r, "type");
      const profit = num(r, "profitPrev");
      const profitBefore = num(r, "profitPrev2");
      if (type === DECLINE_TYPES.loss && profit !== null && profit >= 0) {
        return cellFinding(ctx, "declining.type-mismatch", r, "type", { variant: "loss", params: { profit: amount(profit) } });
      }
      if (type !== DECLINE_TYPES.decline || profit === null || profitBefore === null) return null;
      const revenue = num(r, "revenuePrev");
      const revenueBefore = num(r, "revenuePrev2");
      const revenueFell = revenue !== null && revenueBefore !== null && revenue < revenueBefore;
      if (profit < profitBefore || revenueFell) return null;
      return cellFinding(ctx, "declining.type-mismatch", r, "type", {
        variant: "decline",
        params: { profit: amount(profit), profitBefore: amount(profitBefore) },
      });
    }),
};

export const DECLINING_RULES: RuleCheck[] = [
  dupUscc,
  typeMismatch,
  planMissingCheck("declining.plan-missing", "plan"),
  ledgerCount,
];
