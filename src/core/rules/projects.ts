/** 百项工业项目库 (plan 二.4) and 百项技改项目库 (plan 二.5). */

import { STAGES } from "../ledgers/projects";
import type { LedgerRecord } from "../ledgers/types";
import type { FindingOf } from "../findings";
import { blankCell, cellFinding, hasColumn, perRecord, type RuleContext } from "./context";
import { defineRule, type RuleDecl } from "./define";
import { duplicates } from "./duplicates";
import { amount, showDate } from "./message-values";
import { bool, compareDates, date, nameKey, num, str } from "./record-values";
import { isUnderConstruction } from "./under-construction";

type NotIncludedParams = { total: "text|number"; threshold: "number"; reason: "text" };

/** 应统尽统: a project under construction at or above the threshold that is not 入统. */
function notIncluded(withReason: boolean) {
  return <Id extends string>(
    ctx: RuleContext,
    rule: RuleDecl<Id, NotIncludedParams>,
  ): FindingOf<Id, { total: string | number; threshold: number; reason: string }>[] => {
    const threshold = ctx.profile.thresholds.projectInvestment;
    return perRecord(ctx, (r) => {
      const total = num(r, "totalInvestment");
      const reason = str(r, "notIncludedReason");
      if (bool(r, "included") !== false || total === null || total < threshold) return null;
      if ((reason !== null) !== withReason || !isUnderConstruction(r, ctx.profile.year, ctx.period)) return null;
      return cellFinding(ctx, rule, r, "included", { params: { total: amount(total), threshold, reason: reason ?? "" } });
    });
  };
}

export const mustInclude = defineRule({
  id: "project.must-include",
  severity: "error",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { total: "text|number", threshold: "number", reason: "text" },
  check: notIncluded(false),
  words: {
    "zh-CN": {
      name: "项目应统未统",
      message: "在建项目总投资 {total} 万元（≥ {threshold} 万元）未入统，也未说明原因",
      hint: "应统尽统：办理入统，或在“未入统原因”中写明制约因素",
      about: "在建项目达到入统标准但未入统且无原因",
    },
    "en-US": {
      name: "Project must be included",
      message: "A project under construction with total investment {total} (≥ {threshold}, 10k yuan) is not included, and no reason is given",
      hint: "Count all that qualify: include it, or state what blocks it under 未入统原因",
      about: "a project under construction above the threshold, not included, no reason",
    },
  },
});

export const blocked = defineRule({
  id: "project.blocked",
  severity: "warning",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { total: "text|number", threshold: "number", reason: "text" },
  check: notIncluded(true),
  words: {
    "zh-CN": {
      name: "项目受阻未入统",
      message: "在建项目总投资 {total} 万元（≥ {threshold} 万元）未入统：{reason}",
      hint: "协调解决制约因素后及时入统",
      about: "在建项目达到入统标准但因故未入统",
    },
    "en-US": {
      name: "Project blocked",
      message: "A project under construction with total investment {total} (≥ {threshold}, 10k yuan) is not included: {reason}",
      hint: "Resolve the obstacle and include the project",
      about: "a project under construction above the threshold, not included for a stated reason",
    },
  },
});

export const ytdExceedsTotal = defineRule({
  id: "project.ytd-exceeds-total",
  severity: "error",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { total: "text|number" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const ytd = num(r, "ytdInvestment");
      const total = num(r, "totalInvestment");
      return ytd !== null && total !== null && ytd > total
        ? cellFinding(ctx, rule, r, "ytdInvestment", { params: { total: amount(total) } })
        : null;
    }),
  words: {
    "zh-CN": {
      name: "完成投资超总投资",
      message: "本年完成投资 {value} 万元超过总投资 {total} 万元",
      hint: "核对本年完成投资和总投资（单位是否一致）",
      about: "本年完成投资超过总投资",
    },
    "en-US": {
      name: "Investment above total",
      message: "This year's investment {value} exceeds the total investment {total} (10k yuan)",
      hint: "Check both figures (and that their units agree)",
      about: "this year's investment exceeds the total investment",
    },
  },
});

export const ytdExceedsPlan = defineRule({
  id: "project.ytd-exceeds-plan",
  severity: "warning",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { plan: "text|number", factor: "number", limit: "text|number" },
  check(ctx, rule) {
    const factor = ctx.profile.thresholds.ytdPlanFactor;
    return perRecord(ctx, (r) => {
      const ytd = num(r, "ytdInvestment");
      const plan = num(r, "annualPlan");
      return ytd !== null && plan !== null && ytd > factor * plan
        ? cellFinding(ctx, rule, r, "ytdInvestment", {
            params: { plan: amount(plan), factor, limit: amount(factor * plan) },
          })
        : null;
    });
  },
  words: {
    "zh-CN": {
      name: "完成投资超计划",
      message: "本年完成投资 {value} 万元超过年度计划投资 {plan} 万元的 {factor} 倍（{limit} 万元）",
      hint: "核对本年完成投资或调整年度计划",
      about: "本年完成投资明显超过年度计划",
    },
    "en-US": {
      name: "Investment above plan",
      message: "This year's investment {value} exceeds {factor} × the annual plan {plan} ({limit}, 10k yuan)",
      hint: "Check the investment or revise the annual plan",
      about: "this year's investment well above the annual plan",
    },
  },
});

export const dates = defineRule({
  id: "project.dates",
  severity: "error",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { start: "text" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const start = date(r, "startDate");
      const done = date(r, "completionDate");
      return start !== null && done !== null && compareDates(done, start) < 0
        ? cellFinding(ctx, rule, r, "completionDate", { params: { start: showDate(start) } })
        : null;
    }),
  words: {
    "zh-CN": {
      name: "竣工早于开工",
      message: "竣工投产时间 {value} 早于开工时间 {start}",
      hint: "核对开工时间和竣工投产时间",
      about: "竣工投产时间早于开工时间",
    },
    "en-US": {
      name: "Completion before start",
      message: "Completion {value} is before the start of construction {start}",
      hint: "Check both dates",
      about: "completion before the start of construction",
    },
  },
});

const STARTED: ReadonlySet<string> = new Set([STAGES.newStart, STAGES.ongoing, STAGES.done]);

export const stageDates = defineRule({
  id: "project.stage-dates",
  severity: "error",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { stage: "text" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const stage = str(r, "stage");
      if (stage === null || !STARTED.has(stage)) return null;
      if (blankCell(ctx, r, "startDate")) {
        const column = hasColumn(ctx.sheet, "startDate") ? "startDate" : "stage";
        return cellFinding(ctx, rule, r, column, { variant: "start", params: { stage } });
      }
      if (stage === STAGES.done && blankCell(ctx, r, "completionDate")) {
        const column = hasColumn(ctx.sheet, "completionDate") ? "completionDate" : "stage";
        return cellFinding(ctx, rule, r, column, { variant: "completion", params: { stage } });
      }
      return null;
    }),
  words: {
    "zh-CN": {
      name: "建设阶段缺时间",
      message: "建设阶段“{stage}”缺少对应的时间",
      variants: {
        completion: "建设阶段为“{stage}”，但未填竣工投产时间",
        start: "建设阶段为“{stage}”，但未填开工时间",
      },
      hint: "补填相应时间，或更正建设阶段",
      about: "建设阶段缺少对应的时间",
    },
    "en-US": {
      name: "Stage without date",
      message: "Stage “{stage}” lacks its dates",
      variants: {
        completion: "Stage “{stage}” without a completion date",
        start: "Stage “{stage}” without a start of construction",
      },
      hint: "Enter the date, or correct the stage",
      about: "a construction stage without its dates",
    },
  },
});

export const newStartYear = defineRule({
  id: "project.new-start-year",
  severity: "warning",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { year: "number" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const start = date(r, "startDate");
      return str(r, "stage") === STAGES.newStart && start !== null && start.y !== ctx.profile.year
        ? cellFinding(ctx, rule, r, "startDate", { params: { year: ctx.profile.year } })
        : null;
    }),
  words: {
    "zh-CN": {
      name: "新开工年份不符",
      message: "新开工项目的开工时间 {value} 不在 {year} 年内",
      hint: "往年开工的项目应为“续建”",
      about: "新开工项目的开工时间不在本年度",
    },
    "en-US": {
      name: "New start outside year",
      message: "A new start dated {value}, outside {year}",
      hint: "A project started in an earlier year is 续建 (ongoing)",
      about: "a new start outside the year",
    },
  },
});

/** 续建 means carried over from an earlier year: one started within the profile year is 新开工. */
export const continuingStarted = defineRule({
  id: "project.continuing-started",
  severity: "warning",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { year: "number" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const start = date(r, "startDate");
      return str(r, "stage") === STAGES.ongoing && start !== null && start.y === ctx.profile.year
        ? cellFinding(ctx, rule, r, "startDate", { params: { year: ctx.profile.year } })
        : null;
    }),
  words: {
    "zh-CN": {
      name: "续建项目本年开工",
      message: "续建项目的开工时间 {value} 在 {year} 年内：本年开工的项目应为“新开工”",
      hint: "续建指往年开工、本年继续建设的项目；核对建设阶段或开工时间",
      about: "续建项目的开工时间在本年度",
    },
    "en-US": {
      name: "Ongoing project started this year",
      message: "An ongoing project (续建) started on {value}, within {year}: a project started this year is 新开工 (a new start)",
      hint: "续建 means carried over from an earlier year; check the stage or the start date",
      about: "an ongoing project (续建) that started this year",
    },
  },
});

/**
 * 新开工 or 续建 with no investment this year. Only a project already under construction is expected to show
 * progress: one that starts after the period has had no time to invest.
 */
export const noProgress = defineRule({
  id: "project.no-progress",
  severity: "warning",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { stage: "text" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const stage = str(r, "stage");
      if (stage !== STAGES.newStart && stage !== STAGES.ongoing) return null;
      if (!isUnderConstruction(r, ctx.profile.year, ctx.period)) return null;
      const ytd = num(r, "ytdInvestment");
      if (ytd !== null ? ytd !== 0 : !blankCell(ctx, r, "ytdInvestment")) return null;
      const column = hasColumn(ctx.sheet, "ytdInvestment") ? "ytdInvestment" : "stage";
      return cellFinding(ctx, rule, r, column, { params: { stage } });
    }),
  words: {
    "zh-CN": {
      name: "项目无投资进展",
      message: "项目处于“{stage}”阶段，但本年完成投资为空或 0",
      hint: "填报本年完成投资；确无进展的请在审核说明中说明",
      about: "在建项目本年完成投资为空或 0",
    },
    "en-US": {
      name: "No investment progress",
      message: "Stage “{stage}” but no investment this year",
      hint: "Enter this year's investment; if there really is none, explain in 审核说明",
      about: "a project under construction with no investment this year",
    },
  },
});

/** 项目名称 + 建设单位, spaces and widths aside; null unless both are given. */
export function projectKey(r: LedgerRecord): string | null {
  const name = str(r, "project");
  const builder = str(r, "builder");
  return name === null || builder === null ? null : `${nameKey(name)}\u0000${nameKey(builder)}`;
}

export const dupProject = defineRule({
  id: "dup.project",
  severity: "error",
  scope: "row",
  kinds: ["projects", "tech-reform"],
  params: { rows: "text" },
  check: (ctx, rule) => duplicates(ctx, rule, "project", projectKey),
  words: {
    "zh-CN": {
      name: "项目重复",
      message: "同一项目（名称和建设单位相同）另见第 {rows} 行",
      hint: "合并重复的项目记录",
      about: "同一项目（名称 + 建设单位）重复",
    },
    "en-US": {
      name: "Duplicate project",
      message: "The same project (name and builder) appears again in row {rows}",
      hint: "Merge the duplicate project records",
      about: "the same project (name + builder) twice",
    },
  },
});

export const PROJECT_RULES = [
  mustInclude,
  blocked,
  ytdExceedsTotal,
  ytdExceedsPlan,
  dates,
  stageDates,
  newStartYear,
  continuingStarted,
  noProgress,
  dupProject,
] as const;
