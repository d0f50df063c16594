/** 目标任务 (plan 一 and 二): the targets sheet against the profile, and against what the ledgers give. */

import { targetFinder } from "../calc/target";
import type { LedgerRecord } from "../ledgers/types";
import type { Target } from "../profile/types";
import type { ReadSheet } from "../read/result";
import { blankCell, cellFinding, perRecord, type RuleCheck, type RuleContext } from "./context";
import { ledgerFigures } from "./ledger-figures";
import { num, pct, str } from "./values";

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
function showFigure(t: Target, v: number): string {
  return isRate(t) ? pct(v) : String(Number(v.toPrecision(12)));
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

const unknown: RuleCheck = {
  id: "target.unknown",
  check(ctx) {
    const find = targetsOf(ctx);
    return perRecord(ctx, (r) =>
      str(r, "indicator") !== null && find(r) === null ? cellFinding(ctx, "target.unknown", r, "indicator") : null,
    );
  },
};

const targetDiffers: RuleCheck = {
  id: "target.differs",
  check(ctx) {
    const find = targetsOf(ctx);
    return perRecord(ctx, (r) => {
      const t = find(r);
      const v = t && targetRowValue(r, "target", t, ctx.sheet);
      if (t === null || v === null) return null;
      const off = t.op === "range" ? v < t.target - 1e-12 || v > (t.max ?? t.target) + 1e-12 : differs(ctx, t, v, t.target);
      if (!off) return null;
      const expected = t.op === "range" ? `${showFigure(t, t.target)}～${showFigure(t, t.max ?? t.target)}` : showFigure(t, t.target);
      return cellFinding(ctx, "target.differs", r, "target", {
        variant: t.op === "range" ? "range" : undefined,
        params: { stated: showFigure(t, v), expected, name: t.name },
      });
    });
  },
};

const missingActual: RuleCheck = {
  id: "target.missing-actual",
  check: (ctx) =>
    perRecord(ctx, (r) =>
      str(r, "indicator") !== null && blankCell(ctx, r, "actual") ? cellFinding(ctx, "target.missing-actual", r, "actual") : null,
    ),
};

/** 实际完成 against the figure the ledgers give (REPORTS.md 目标完成情况: 台账计算). */
const ledgerDiffers: RuleCheck = {
  id: "target.ledger-differs",
  check(ctx) {
    const find = targetsOf(ctx);
    const figures = ledgerFigures(ctx.sheets);
    return perRecord(ctx, (r) => {
      const t = find(r);
      const figure = t === null ? undefined : figures[t.key];
      const actual = t && targetRowValue(r, "actual", t, ctx.sheet);
      if (t === null || figure === undefined || actual === null || !differs(ctx, t, actual, figure)) return null;
      return cellFinding(ctx, "target.ledger-differs", r, "actual", {
        params: { stated: showFigure(t, actual), ledger: showFigure(t, figure), name: t.name },
      });
    });
  },
};

export const TARGET_RULES: RuleCheck[] = [unknown, targetDiffers, missingActual, ledgerDiffers];
