/** The workbook's scope and period (PLAN-PROFILE.md): a county's ledgers, and titles that disagree on the month. */

import { regionFinder } from "../calc/region";
import { scopeRegion } from "../profile/scope";
import type { Region } from "../profile/types";
import { cellFinding, columnOf } from "./context";
import { defineRule } from "./define";
import { str } from "./record-values";

/** Warning: under a county scope, a record whose 所属县区 is another county. */
export const foreignRegion = defineRule({
  id: "scope.foreign-region",
  severity: "warning",
  scope: "row",
  params: { region: "text", county: "text" },
  check(ctx, rule) {
    const county = scopeRegion(ctx.profile);
    if (county === undefined || columnOf(ctx.sheet, "region") === undefined) return [];
    const finder = regionFinder(ctx.profile);
    const known = new Map<string, Region | null>();
    const out = [];
    for (const r of ctx.sheet.records) {
      const text = str(r, "region");
      if (text === null) continue;
      let region = known.get(text);
      if (region === undefined) known.set(text, (region = finder(text)));
      // An unknown county is region.unknown's to report.
      if (region === null || region.code === county.code) continue;
      out.push(cellFinding(ctx, rule, r, "region", { params: { region: region.name, county: county.name } }));
    }
    return out;
  },
  words: {
    "zh-CN": {
      name: "非本县记录",
      message: "该记录属于{region}，不在本县（{county}）台账范围",
      hint: "移到{region}的台账，或改正所属县区",
      about: "县区台账中有其他县区的记录",
    },
    "en-US": {
      name: "Other county's record",
      message: "This record belongs to {region}, outside the ledgers of {county}",
      hint: "Move it to the ledgers of {region}, or correct 所属县区",
      about: "a county's ledger holds another county's record",
    },
  },
});

/** Info, once per workbook: it was checked as a county's, and which city-level checks were left out. */
export const county = defineRule({
  id: "scope.county",
  severity: "info",
  scope: "workbook",
  params: { county: "text", counts: "text", targets: "number" },
  words: {
    "zh-CN": {
      name: "县区范围",
      message: "按{county}的台账审核：{counts}不与全市目标比较，{targets} 项指标无分解目标、不核对目标值",
      variants: {
        decomposed: "按{county}的台账审核：数量和目标值与全市任务分解中{county}的数字比较",
      },
      hint: "在方案的任务分解（decomposition）中填入本县的目标和数量后即可核对",
      about: "按县区台账审核，未分解的全市检查不做",
    },
    "en-US": {
      name: "County scope",
      message: "Checked as the ledgers of {county}: {counts} not compared with the city's targets; {targets} indicators have no decomposed target and are not compared",
      variants: {
        decomposed: "Checked as the ledgers of {county}: counts and targets compared with its share of the city's decomposition",
      },
      hint: "Enter the county's targets and counts in the profile's decomposition to have them checked",
      about: "checked as a county's ledgers; city-level checks without a decomposed figure are left out",
    },
  },
});

/** Warning: the ledgers' titles name different months (1-3月 on one sheet, 1-4月 on another). */
export const periodConflict = defineRule({
  id: "period.conflict",
  severity: "warning",
  scope: "workbook",
  params: { months: "text", where: "text", period: "number" },
  words: {
    "zh-CN": {
      name: "报告期不一致",
      message: "台账标题的报告期不一致（{months} 月）：{where}；按 1–{period} 月审核",
      hint: "把各台账更新到同一报告期，或用 --period 指定报告期",
      about: "各台账标题写的月份不同",
    },
    "en-US": {
      name: "Periods differ",
      message: "The ledgers' titles name different periods (months {months}): {where}; checked as months 1–{period}",
      hint: "Bring every ledger to the same period, or give it with --period",
      about: "the ledgers' titles name different months",
    },
  },
});

export const SCOPE_RULES = [periodConflict, county, foreignRegion] as const;
