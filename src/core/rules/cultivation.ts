/** 规下企业培育库 (plan 二.2). */

import { CULTIVATION_CATEGORIES as CAT } from "../ledgers/cultivation";
import { blankCell, cellFinding, hasColumn, perRecord, type RuleCheck } from "./context";
import { dupUscc, ledgerCount, planMissingCheck, usccOf } from "./common";
import { qualifyingRevenue } from "./scale";
import { amount, bool, date, num, str } from "./values";

const categoryRevenue: RuleCheck = {
  id: "cultivation.category-revenue",
  check(ctx) {
    const { cultivationFloor: floor, scaleRevenue: scale } = ctx.profile.thresholds;
    return perRecord(ctx, (r) => {
      const category = str(r, "category");
      const revenue = num(r, "revenueLastYear");
      if (revenue === null) return null;
      const variant =
        category === CAT.band && (revenue < floor || revenue >= scale)
          ? "band"
          : category === CAT.overScale && revenue < scale
            ? "over"
            : null;
      if (variant === null) return null;
      return cellFinding(ctx, "cultivation.category-revenue", r, "revenueLastYear", {
        variant,
        params: { category: category ?? "", revenue: amount(revenue), floor, scale },
      });
    });
  },
};

const newNeedsDate: RuleCheck = {
  id: "cultivation.new-needs-date",
  check: (ctx) =>
    perRecord(ctx, (r) =>
      str(r, "category") === CAT.newPlant && blankCell(ctx, r, "startDate")
        ? cellFinding(ctx, "cultivation.new-needs-date", r, hasColumn(ctx.sheet, "startDate") ? "startDate" : "category")
        : null,
    ),
};

/**
 * 未入统 while 上年全年营业收入 or 本年营业收入 as it stands reaches the threshold: not annualised, the plan asks
 * to include enterprises that already qualify (see qualifyingRevenue).
 */
const shouldInclude: RuleCheck = {
  id: "scale.should-include",
  check(ctx) {
    const threshold = ctx.profile.thresholds.scaleRevenue;
    return perRecord(ctx, (r) => {
      const revenue = qualifyingRevenue("cultivation", r, threshold);
      if (revenue === null) return null;
      return cellFinding(ctx, "scale.should-include", r, "status", { params: { revenue: amount(revenue), threshold } });
    });
  },
};

const dateOutOfYear: RuleCheck = {
  id: "cultivation.date-out-of-year",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const d = date(r, "expectedDate");
      return d !== null && d.y !== ctx.profile.year
        ? cellFinding(ctx, "cultivation.date-out-of-year", r, "expectedDate", { params: { year: ctx.profile.year } })
        : null;
    }),
};

/** The enterprise is already 规上 in the key-enterprises ledger: it does not belong in the 规下 library. */
const alreadyScale: RuleCheck = {
  id: "xref.already-scale",
  check(ctx) {
    const scale = new Map<string, { sheet: string; row: number }>();
    for (const s of ctx.sheets) {
      if (s.kind !== "key-enterprises") continue;
      for (const r of s.records) {
        const code = usccOf(r);
        if (code !== null && bool(r, "scale") === true && !scale.has(code)) scale.set(code, { sheet: s.sheet, row: r.row });
      }
    }
    return perRecord(ctx, (r) => {
      const code = usccOf(r);
      const where = code === null ? undefined : scale.get(code);
      return where ? cellFinding(ctx, "xref.already-scale", r, "uscc", { params: { sheet: where.sheet, row: where.row } }) : null;
    });
  },
};

export const CULTIVATION_RULES: RuleCheck[] = [
  dupUscc,
  categoryRevenue,
  newNeedsDate,
  shouldInclude,
  planMissingCheck("cultivation.plan-missing", "plan"),
  dateOutOfYear,
  alreadyScale,
  ledgerCount,
];
