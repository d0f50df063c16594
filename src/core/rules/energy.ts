/** 重点用能企业能耗监测 (plan 二.8): one row per enterprise and month. */

import { isCalcError } from "../calc/errors";
import { intensity } from "../calc/energy";
import type { LedgerRecord } from "../ledgers/types";
import type { Finding } from "./types";
import { cellFinding, perRecord, type RuleCheck } from "./context";
import { duplicates, groupBy, usccOf } from "./common";
import { amount, date, nameKey, num, str } from "./values";

/** The enterprise: its 信用代码, or its name where the code is blank. */
function enterpriseOf(r: LedgerRecord): string | null {
  const code = usccOf(r);
  if (code !== null) return code;
  const name = str(r, "name");
  return name === null ? null : `name:${nameKey(name)}`;
}

const dupMonth: RuleCheck = {
  id: "dup.energy-month",
  check: (ctx) =>
    duplicates(ctx, "dup.energy-month", "month", (r) => {
      const who = enterpriseOf(r);
      const m = date(r, "month");
      return who === null || m === null ? null : `${who}|${m.y}-${m.m}`;
    }),
};

/** Stated 万元增加值能耗 against 综合能耗 ÷ 工业增加值, relative tolerance. */
const intensityMismatch: RuleCheck = {
  id: "energy.intensity-mismatch",
  check(ctx) {
    const tolerance = ctx.profile.thresholds.intensityTolerance;
    return perRecord(ctx, (r) => {
      const stated = num(r, "intensity");
      const energy = num(r, "energy");
      const added = num(r, "valueAdded");
      if (stated === null || energy === null || added === null) return null;
      const computed = intensity(energy, added);
      if (isCalcError(computed)) return null;
      const off = computed === 0 ? stated !== 0 : Math.abs(stated - computed) > tolerance * Math.abs(computed);
      return off
        ? cellFinding(ctx, "energy.intensity-mismatch", r, "intensity", { params: { computed: String(Number(computed.toPrecision(4))) } })
        : null;
    });
  },
};

/**
 * A key energy user (综合能耗 over the year's months up to the period, annualised ÷ m × 12, reaching keyEnergy:
 * the threshold is a year's consumption) must be monitored every month from its first one up to the period.
 * Reported once, on the enterprise's first row of the year.
 */
const missingMonth: RuleCheck = {
  id: "energy.missing-month",
  check(ctx) {
    const { year } = ctx.profile;
    const threshold = ctx.profile.thresholds.keyEnergy;
    const out: Finding[] = [];
    const monthOf = new Map<LedgerRecord, number>();
    for (const r of ctx.sheet.records) {
      const m = date(r, "month");
      if (m !== null && m.y === year && m.m <= ctx.period) monthOf.set(r, m.m);
    }
    for (const recs of groupBy([...monthOf.keys()], enterpriseOf).values()) {
      const total = recs.reduce((s, r) => s + (num(r, "energy") ?? 0), 0);
      const annual = (total / ctx.period) * 12;
      if (annual < threshold) continue;
      const months = new Set(recs.map((r) => monthOf.get(r) as number));
      const first = Math.min(...months);
      const missing: number[] = [];
      for (let m = first; m <= ctx.period; m++) if (!months.has(m)) missing.push(m);
      if (missing.length === 0) continue;
      const firstRow = recs.reduce((a, b) => (a.row <= b.row ? a : b));
      out.push(
        cellFinding(ctx, "energy.missing-month", firstRow, "month", {
          params: { months: missing.join("、"), total: amount(total), annual: amount(annual), threshold },
        }),
      );
    }
    return out;
  },
};

export const ENERGY_RULES: RuleCheck[] = [dupMonth, intensityMismatch, missingMonth];
