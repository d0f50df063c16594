/** 目标任务 (plan 一 and 二): the targets sheet against the profile, and against what the ledgers give. */

import { targetFinder } from "../calc/target";
import type { LedgerRecord } from "../ledgers/types";
import { targetInScope } from "../profile/scope";
import type { Target } from "../profile/types";
import type { ReadSheet } from "../read/result";
import { blankCell, cellFinding, perRecord, type RuleContext } from "./context";
import { defineRule } from "./define";
import { ledgerFigures } from "./ledger-figures";
import { pct } from "./message-values";
import { num, str } from "./record-values";

/**
 * 目标值 or 实际完成 of a row as a fraction where it is a percentage (LEDGERS.md, targets), the one reading the
 * check, the report tabs and the dashboard share: under a `(%)` header, or written as a percentage (`5.5%`, a
 * cell formatted as one), the reader has already converted it; with 单位 % it is in percent (0.8 → 0.008);
 * with 单位 blank, a percentage indicator's value above 1 in magnitude is in percent, one of at most 1 a fraction.
 */
export function targetRowValue(rec: LedgerRecord, key: "target" | "actual", target: Target | null, sheet: ReadSheet): number | null {
  const v = num(rec, key);
  if (v === null || rec.asPercent?.includes(key) || sheet.columns.some((c) => c.key === key && c.percent)) return v;
  const unit = str(rec, "unit")?.normalize("NFKC");
  if (unit !== undefined) return unit === "%" ? v / 100 : v;
  return target?.unit === "%" && Math.abs(v) > 1 ? v / 100 : v;
}

function isRate(t: Target): boolean {
  return t.kind === "growth" || t.kind === "ratio";
}

/** How an indicator's figure is shown in a message: rates as percentages. */
function showFigure(t: Target, v: number): string | number {
  return isRate(t) || !Number.isFinite(v) ? pct(v) : String(Number(v.toPrecision(12)));
}

/** Two figures of indicator `t` differ: rates beyond rateTolerance, others beyond 1e-9 relative. */
function differs(ctx: RuleContext, t: Target, a: number, b: number): boolean {
  if (isRate(t)) return Math.abs(a - b) > ctx.profile.thresholds.rateTolerance + 1e-12;
  return Math.abs(a - b) > 1e-9 * Math.max(Math.abs(b), 1);
}

function targetsOf(ctx: RuleContext): (rec: LedgerRecord) => Target | null {
  const find = targetFinder(ctx.profile);
  return (rec) => {
    const name = str(rec, "indicator");
    return name === null ? null : find(name);
  };
}

export const unknown = defineRule({
  id: "target.unknown",
  severity: "warning",
  scope: "row",
  kinds: ["targets"],
  params: {  },
  check(ctx, rule) {
    const find = targetsOf(ctx);
    return perRecord(ctx, (r) =>
      str(r, "indicator") !== null && find(r) === null ? cellFinding(ctx, rule, r, "indicator") : null,
    );
  },
  words: {
    "zh-CN": {
      name: "未知指标",
      message: "方案中没有指标“{value}”",
      hint: "使用方案中的指标名称或别名",
      about: "方案中没有的指标",
    },
    "en-US": {
      name: "Unknown indicator",
      message: "The profile has no indicator “{value}”",
      hint: "Use an indicator name or alias of the profile",
      about: "an indicator the profile does not know",
    },
  },
});

export const targetDiffers = defineRule({
  id: "target.differs",
  severity: "warning",
  scope: "row",
  kinds: ["targets"],
  params: { name: "text", stated: "text|number", expected: "text|number" },
  check(ctx, rule) {
    const find = targetsOf(ctx);
    return perRecord(ctx, (r) => {
      const found = find(r);
      // A county's 目标值 is its own where the decomposition gives it none (PLAN-PROFILE.md, Scope).
      const t = found && (targetInScope(ctx.profile, found) ?? null);
      const v = t && targetRowValue(r, "target", t, ctx.sheet);
      if (t === null || v === null) return null;
      const off = t.op === "range" ? v < t.target - 1e-12 || v > (t.max ?? t.target) + 1e-12 : differs(ctx, t, v, t.target);
      if (!off) return null;
      const expected = t.op === "range" ? `${showFigure(t, t.target)}～${showFigure(t, t.max ?? t.target)}` : showFigure(t, t.target);
      return cellFinding(ctx, rule, r, "target", {
        variant: t.op === "range" ? "range" : undefined,
        params: { stated: showFigure(t, v), expected, name: t.name },
      });
    });
  },
  words: {
    "zh-CN": {
      name: "目标值不符",
      message: "“{name}”的目标值 {stated} 与方案目标 {expected} 不一致",
      variants: {
        range: "“{name}”的目标值 {stated} 不在方案目标 {expected} 之内",
      },
      hint: "按方案填写目标值；方案有调整的请更新方案配置",
      about: "目标值与方案不一致",
    },
    "en-US": {
      name: "Target differs",
      message: "The target of “{name}”, {stated}, differs from the profile's {expected}",
      variants: {
        range: "The target of “{name}”, {stated}, is outside the profile's {expected}",
      },
      hint: "Enter the plan's target; if the plan changed, update the profile",
      about: "a target that differs from the profile",
    },
  },
});

export const missingActual = defineRule({
  id: "target.missing-actual",
  severity: "info",
  scope: "row",
  kinds: ["targets"],
  params: {  },
  check: (ctx, rule) =>
    perRecord(ctx, (r) =>
      str(r, "indicator") !== null && blankCell(ctx, r, "actual") ? cellFinding(ctx, rule, r, "actual") : null,
    ),
  words: {
    "zh-CN": {
      name: "缺实际完成",
      message: "未填报实际完成",
      hint: "填报实际完成后，报表可计算完成率",
      about: "未填报实际完成",
    },
    "en-US": {
      name: "Missing actual",
      message: "No actual figure",
      hint: "With the actual figure the report can show progress",
      about: "no actual figure",
    },
  },
});

/** 实际完成 against the figure the ledgers give (REPORTS.md 目标完成情况: 台账计算). */
export const ledgerDiffers = defineRule({
  id: "target.ledger-differs",
  severity: "warning",
  scope: "row",
  kinds: ["targets"],
  params: { name: "text", stated: "text|number", ledger: "text|number" },
  check(ctx, rule) {
    const find = targetsOf(ctx);
    const figures = ledgerFigures(ctx.sheets);
    return perRecord(ctx, (r) => {
      const t = find(r);
      const figure = t === null ? undefined : figures[t.key];
      const actual = t && targetRowValue(r, "actual", t, ctx.sheet);
      if (t === null || figure === undefined || actual === null || !differs(ctx, t, actual, figure)) return null;
      return cellFinding(ctx, rule, r, "actual", {
        params: { stated: showFigure(t, actual), ledger: showFigure(t, figure), name: t.name },
      });
    });
  },
  words: {
    "zh-CN": {
      name: "实际与台账不符",
      message: "“{name}”实际完成 {stated} 与台账计算的 {ledger} 不符",
      hint: "核对台账或填报数；报表采用台账计算值",
      about: "实际完成与台账计算不符",
    },
    "en-US": {
      name: "Actual vs ledgers",
      message: "The actual of “{name}”, {stated}, differs from {ledger} computed from the ledgers",
      hint: "Check the ledger or the figure; the report shows the ledger's",
      about: "an actual figure that disagrees with the ledgers",
    },
  },
});

export const TARGET_RULES = [unknown, targetDiffers, missingActual, ledgerDiffers] as const;
