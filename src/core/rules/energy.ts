/** 重点用能企业能耗监测 (plan 二.8): one row per enterprise and month. */

import { isCalcError } from "../calc/errors";
import { intensity } from "../calc/energy";
import type { LedgerRecord } from "../ledgers/types";
import { cellFinding, perRecord } from "./context";
import { defineRule } from "./define";
import { duplicates, usccOf } from "./duplicates";
import { amount } from "./message-values";
import { date, nameKey, num, str } from "./record-values";

/** The enterprise: its 信用代码, or its name where the code is blank. */
function enterpriseOf(r: LedgerRecord): string | null {
  const code = usccOf(r);
  if (code !== null) return code;
  const name = str(r, "name");
  return name === null ? null : `name:${nameKey(name)}`;
}

export const dupMonth = defineRule({
  id: "dup.energy-month",
  severity: "error",
  scope: "row",
  kinds: ["energy"],
  params: { rows: "text" },
  check: (ctx, rule) =>
    duplicates(ctx, rule, "month", (r) => {
      const who = enterpriseOf(r);
      const m = date(r, "month");
      return who === null || m === null ? null : `${who}|${m.y}-${m.m}`;
    }),
  words: {
    "zh-CN": {
      name: "能耗月份重复",
      message: "同一企业 {value} 的能耗重复填报，另见第 {rows} 行",
      hint: "每家企业每月只填一行，删除重复行",
      about: "同一企业同一月份重复填报",
    },
    "en-US": {
      name: "Duplicate energy month",
      message: "The same enterprise's figures for {value} appear again in row {rows}",
      hint: "One row per enterprise and month: delete the repeated row",
      about: "the same enterprise and month twice",
    },
  },
});

/** Stated 万元增加值能耗 against 综合能耗 ÷ 工业增加值, relative tolerance. */
export const intensityMismatch = defineRule({
  id: "energy.intensity-mismatch",
  severity: "warning",
  scope: "row",
  kinds: ["energy"],
  params: { computed: "text" },
  check(ctx, rule) {
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
        ? cellFinding(ctx, rule, r, "intensity", { params: { computed: String(Number(computed.toPrecision(4))) } })
        : null;
    });
  },
  words: {
    "zh-CN": {
      name: "能耗强度不符",
      message: "万元增加值能耗 {value} 与综合能耗 ÷ 工业增加值 = {computed} 不符",
      hint: "核对能耗和增加值，或改为公式 =综合能耗/工业增加值",
      about: "万元增加值能耗与计算结果不符",
    },
    "en-US": {
      name: "Energy intensity mismatch",
      message: "Energy intensity {value} differs from energy ÷ value added = {computed}",
      hint: "Check the figures, or use the formula =energy/value added",
      about: "a stated energy intensity that disagrees with its figures",
    },
  },
});

/**
 * A key energy user (综合能耗 over the year's months up to the period, annualised ÷ m × 12, reaching keyEnergy:
 * the threshold is a year's consumption) must be monitored every month from its first one up to the period.
 * Reported once, on the enterprise's first row of the year.
 */
export const missingMonth = defineRule({
  id: "energy.missing-month",
  severity: "warning",
  scope: "row",
  kinds: ["energy"],
  params: { total: "text|number", annual: "text|number", threshold: "number", months: "text" },
  check(ctx, rule) {
    const { year } = ctx.profile;
    const threshold = ctx.profile.thresholds.keyEnergy;
    const out = [];
    // The records of the year up to the period, and their months, by enterprise (no map keyed by record: 100,000
    // records would each get an identity hash).
    const byEnterprise = new Map<string, { recs: LedgerRecord[]; months: number[] }>();
    for (const r of ctx.sheet.records) {
      const m = date(r, "month");
      if (m === null || m.y !== year || m.m > ctx.period) continue;
      const who = enterpriseOf(r);
      if (who === null) continue;
      const group = byEnterprise.get(who);
      if (group) {
        group.recs.push(r);
        group.months.push(m.m);
      } else byEnterprise.set(who, { recs: [r], months: [m.m] });
    }
    for (const { recs, months: monthList } of byEnterprise.values()) {
      const total = recs.reduce((s, r) => s + (num(r, "energy") ?? 0), 0);
      const annual = (total / ctx.period) * 12;
      if (annual < threshold) continue;
      const months = new Set(monthList);
      const first = Math.min(...months);
      const missing: number[] = [];
      for (let m = first; m <= ctx.period; m++) if (!months.has(m)) missing.push(m);
      if (missing.length === 0) continue;
      const firstRow = recs.reduce((a, b) => (a.row <= b.row ? a : b));
      out.push(
        cellFinding(ctx, rule, firstRow, "month", {
          params: { months: missing.join("、"), total: amount(total), annual: amount(annual), threshold },
        }),
      );
    }
    return out;
  },
  words: {
    "zh-CN": {
      name: "能耗缺月",
      message: "重点用能企业（年内综合能耗 {total} 吨标准煤，折算全年 {annual}，≥ {threshold}）缺少 {months} 月的数据",
      hint: "补填缺少月份的能耗数据",
      about: "重点用能企业（折算全年综合能耗达到监测标准）缺少月份数据",
    },
    "en-US": {
      name: "Missing energy month",
      message: "A key energy user ({total} tce this year, {annual} a year, ≥ {threshold}) has no figures for month(s) {months}",
      hint: "Add the figures of the missing months",
      about: "a key energy user (annualised energy at the monitoring threshold) with a month missing",
    },
  },
});

export const ENERGY_RULES = [dupMonth, intensityMismatch, missingMonth] as const;
