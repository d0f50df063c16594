/** 规下企业培育库 (plan 二.2). */

import { CULTIVATION_CATEGORIES as CAT } from "../ledgers/cultivation";
import { blankCell, cellFinding, hasColumn, perRecord } from "./context";
import { defineRule } from "./define";
import { usccOf } from "./duplicates";
import { amount } from "./message-values";
import { planMissingCheck } from "./plan-missing";
import { bool, date, num, str } from "./record-values";

export const categoryRevenue = defineRule({
  id: "cultivation.category-revenue",
  severity: "error",
  scope: "row",
  kinds: ["cultivation"],
  params: { category: "text", revenue: "text|number", floor: "number?", scale: "number?" },
  check(ctx, rule) {
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
      return cellFinding(ctx, rule, r, "revenueLastYear", {
        variant,
        params: { category: category ?? "", revenue: amount(revenue), floor, scale },
      });
    });
  },
  words: {
    "zh-CN": {
      name: "培育类别与营收",
      message: "培育类别“{category}”与上年全年营业收入 {revenue} 万元不符",
      variants: {
        band: "培育类别“{category}”要求上年全年营业收入在 {floor}～{scale} 万元之间，实际为 {revenue} 万元",
        over: "培育类别“{category}”要求上年全年营业收入不低于 {scale} 万元，实际为 {revenue} 万元",
      },
      hint: "更正培育类别或营业收入",
      about: "培育类别与上年营业收入不符",
    },
    "en-US": {
      name: "Category vs revenue",
      message: "Category “{category}” does not fit last year's revenue of {revenue} (10k yuan)",
      variants: {
        band: "Category “{category}” needs last year's revenue between {floor} and {scale} (10k yuan); it is {revenue}",
        over: "Category “{category}” needs last year's revenue of at least {scale} (10k yuan); it is {revenue}",
      },
      hint: "Correct the category or the revenue",
      about: "the cultivation category does not fit last year's revenue",
    },
  },
});

export const newNeedsDate = defineRule({
  id: "cultivation.new-needs-date",
  severity: "error",
  scope: "row",
  kinds: ["cultivation"],
  params: {  },
  check: (ctx, rule) =>
    perRecord(ctx, (r) =>
      str(r, "category") === CAT.newPlant && blankCell(ctx, r, "startDate")
        ? cellFinding(ctx, rule, r, hasColumn(ctx.sheet, "startDate") ? "startDate" : "category")
        : null,
    ),
  words: {
    "zh-CN": {
      name: "缺投产时间",
      message: "培育类别为“新建投产”，但未填投产时间",
      hint: "填写投产时间，如 2022-03",
      about: "新建投产企业缺少投产时间",
    },
    "en-US": {
      name: "Missing production start",
      message: "Category “新建投产” (new plant) without a start of production",
      hint: "Enter the start of production, e.g. 2022-03",
      about: "a new plant without its start of production",
    },
  },
});

export const dateOutOfYear = defineRule({
  id: "cultivation.date-out-of-year",
  severity: "warning",
  scope: "row",
  kinds: ["cultivation"],
  params: { year: "number" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const d = date(r, "expectedDate");
      return d !== null && d.y !== ctx.profile.year
        ? cellFinding(ctx, rule, r, "expectedDate", { params: { year: ctx.profile.year } })
        : null;
    }),
  words: {
    "zh-CN": {
      name: "预计入统时间跨年",
      message: "预计入统时间 {value} 不在 {year} 年内",
      hint: "核实预计入统时间；跨年度的请在审核说明中说明",
      about: "预计入统时间不在本年度",
    },
    "en-US": {
      name: "Inclusion date outside year",
      message: "Expected inclusion {value} is outside {year}",
      hint: "Check the expected date; explain a date in another year in 审核说明",
      about: "the expected inclusion date is outside the year",
    },
  },
});

/** The enterprise is already 规上 in the key-enterprises ledger: it does not belong in the 规下 library. */
export const alreadyScale = defineRule({
  id: "xref.already-scale",
  severity: "error",
  scope: "row",
  kinds: ["cultivation"],
  params: { sheet: "text", row: "number" },
  check(ctx, rule) {
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
      return where ? cellFinding(ctx, rule, r, "uscc", { params: { sheet: where.sheet, row: where.row } }) : null;
    });
  },
  words: {
    "zh-CN": {
      name: "已是规上企业",
      message: "该企业在“{sheet}”第 {row} 行已是规上企业，不应列入规下企业培育库",
      hint: "从培育库中移除该企业，或更正重点企业台账中的“是否规上”",
      about: "培育库企业已是规上重点企业",
    },
    "en-US": {
      name: "Already above scale",
      message: "This enterprise is already 规上 in “{sheet}” row {row}; it does not belong in the 规下 library",
      hint: "Remove it from the library, or correct 是否规上 in the key-enterprises ledger",
      about: "a library enterprise that is already 规上 among the key enterprises",
    },
  },
});

export const planMissingRule = defineRule({
  id: "cultivation.plan-missing",
  severity: "warning",
  scope: "row",
  kinds: ["cultivation"],
  params: {  },
  check: planMissingCheck("plan"),
  words: {
    "zh-CN": {
      name: "缺培育方案",
      message: "未制定培育方案（方案要求一企一策）",
      variants: {
        column: "培育库没有“培育方案”列（方案要求一企一策）",
      },
      hint: "为每家企业制定培育方案，填写方案名称或要点",
      about: "缺少培育方案（一企一策）",
    },
    "en-US": {
      name: "Missing cultivation plan",
      message: "No cultivation plan (the plan asks for one per enterprise)",
      variants: {
        column: "The library has no “培育方案” column (the plan asks for one plan per enterprise)",
      },
      hint: "Draw up a plan for each enterprise and enter its name or gist",
      about: "no cultivation plan (一企一策)",
    },
  },
});

export const CULTIVATION_RULES = [categoryRevenue, newNeedsDate, planMissingRule, dateOutOfYear, alreadyScale] as const;
