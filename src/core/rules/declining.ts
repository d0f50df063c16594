/** 下滑企业增效台账 (plan 二.3). */

import { DECLINE_TYPES } from "../ledgers/declining";
import { cellFinding, perRecord } from "./context";
import { defineRule } from "./define";
import { amount } from "./message-values";
import { planMissingCheck } from "./plan-missing";
import { num, str } from "./record-values";

/** 亏损 needs a loss last year; 效益下滑 needs the profit or the revenue to have fallen from the year before. */
export const typeMismatch = defineRule({
  id: "declining.type-mismatch",
  severity: "error",
  scope: "row",
  kinds: ["declining"],
  params: { profit: "text|number?", profitBefore: "text|number?" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const type = str(r, "type");
      const profit = num(r, "profitPrev");
      const profitBefore = num(r, "profitPrev2");
      if (type === DECLINE_TYPES.loss && profit !== null && profit >= 0) {
        return cellFinding(ctx, rule, r, "type", { variant: "loss", params: { profit: amount(profit) } });
      }
      if (type !== DECLINE_TYPES.decline || profit === null || profitBefore === null) return null;
      const revenue = num(r, "revenuePrev");
      const revenueBefore = num(r, "revenuePrev2");
      const revenueFell = revenue !== null && revenueBefore !== null && revenue < revenueBefore;
      if (profit < profitBefore || revenueFell) return null;
      return cellFinding(ctx, rule, r, "type", {
        variant: "decline",
        params: { profit: amount(profit), profitBefore: amount(profitBefore) },
      });
    }),
  words: {
    "zh-CN": {
      name: "下滑类型不符",
      message: "下滑类型与利润总额、营业收入不符",
      variants: {
        decline: "下滑类型为“效益下滑”，但利润总额（上年 {profit}、前年 {profitBefore} 万元）和营业收入均未下降",
        loss: "下滑类型为“亏损”，但上年利润总额为 {profit} 万元",
      },
      hint: "更正下滑类型或利润、营业收入数据",
      about: "下滑类型与利润、营业收入不符",
    },
    "en-US": {
      name: "Decline type mismatch",
      message: "The decline type does not fit the profits and revenues",
      variants: {
        decline: "Type “效益下滑” (decline) but neither the profit (last year {profit}, the year before {profitBefore}) nor the revenue fell",
        loss: "Type “亏损” (loss) but last year's profit was {profit} (10k yuan)",
      },
      hint: "Correct the type or the profit and revenue figures",
      about: "the decline type does not fit the profits and revenues",
    },
  },
});

export const planMissingRule = defineRule({
  id: "declining.plan-missing",
  severity: "warning",
  scope: "row",
  kinds: ["declining"],
  params: {  },
  check: planMissingCheck("plan"),
  words: {
    "zh-CN": {
      name: "缺扭亏增效方案",
      message: "未制定扭亏增效方案",
      variants: {
        column: "台账没有“扭亏增效方案”列",
      },
      hint: "为每家企业制定扭亏增效方案",
      about: "缺少扭亏增效方案",
    },
    "en-US": {
      name: "Missing turnaround plan",
      message: "No turnaround plan",
      variants: {
        column: "The ledger has no “扭亏增效方案” column",
      },
      hint: "Draw up a turnaround plan for each enterprise",
      about: "no turnaround plan",
    },
  },
});

export const DECLINING_RULES = [typeMismatch, planMissingRule] as const;
