/** 百项工业项目库 (plan 二.4) and 百项技改项目库 (plan 二.5). */

import { STAGES } from "../ledgers/projects";
import type { LedgerRecord } from "../ledgers/types";
import { blankCell, cellFinding, hasColumn, perRecord, type RuleCheck } from "./context";
import { duplicates, ledgerCount } from "./common";
import { isUnderConstruction } from "./under-construction";
import { amount, bool, compareDates, date, nameKey, num, showDate, str } from "./values";

/** 应统尽统: a project under construction at or above the threshold that is not 入统. */
function notIncluded(id: "project.must-include" | "project.blocked", withReason: boolean): RuleCheck {
  return {
    id,
    check(ctx) {
      const threshold = ctx.profile.thresholds.projectInvestment;
      return perRecord(ctx, (r) => {
        const total = num(r, "totalInvestment");
        const reason = str(r, "notIncludedReason");
        if (bool(r, "included") !== false || total === null || total < threshold) return null;
        if ((reason !== null) !== withReason || !isUnderConstruction(r, ctx.profile.year, ctx.period)) return null;
        return cellFinding(ctx, id, r, "included", { params: { total: amount(total), threshold, reason: reason ?? "" } });
      });
    },
  };
}

const ytdExceedsTotal: RuleCheck = {
  id: "project.ytd-exceeds-total",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const ytd = num(r, "ytdInvestment");
      const total = num(r, "totalInvestment");
      return ytd !== null && total !== null && ytd > total
        ? cellFinding(ctx, "project.ytd-exceeds-total", r, "ytdInvestment", { params: { total: amount(total) } })
        : null;
    }),
};

const ytdExceedsPlan: RuleCheck = {
  id: "project.ytd-exceeds-plan",
  check(ctx) {
    const factor = ctx.profile.thresholds.ytdPlanFactor;
    return perRecord(ctx, (r) => {
      const ytd = num(r, "ytdInvestment");
      const plan = num(r, "annualPlan");
      return ytd !== null && plan !== null && ytd > factor * plan
        ? cellFinding(ctx, "project.ytd-exceeds-plan", r, "ytdInvestment", {
            params: { plan: amount(plan), factor, limit: amount(factor * plan) },
          })
        : null;
    });
  },
};

const dates: RuleCheck = {
  id: "project.dates",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const start = date(r, "startDate");
      const done = date(r, "completionDate");
      return start !== null && done !== null && compareDates(done, start) < 0
        ? cellFinding(ctx, "project.dates", r, "completionDate", { params: { start: showDate(start) } })
        : null;
    }),
};

const STARTED: ReadonlySet<string> = new Set([STAGES.newStart, STAGES.ongoing, STAGES.done]);

const stageDates: RuleCheck = {
  id: "project.stage-dates",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const stage = str(r, "stage");
      if (stage === null || !STARTED.has(stage)) return null;
      if (blankCell(ctx, r, "startDate")) {
        const column = hasColumn(ctx.sheet, "startDate") ? "startDate" : "stage";
        return cellFinding(ctx, "project.stage-dates", r, column, { variant: "start", params: { stage } });
      }
      if (stage === STAGES.done && blankCell(ctx, r, "completionDate")) {
        const column = hasColumn(ctx.sheet, "completionDate") ? "completionDate" : "stage";
        return cellFinding(ctx, "project.stage-dates", r, column, { variant: "completion", params: { stage } });
      }
      return null;
    }),
};

const newStartYear: RuleCheck = {
  id: "project.new-start-year",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const start = date(r, "startDate");
      return str(r, "stage") === STAGES.newStart && start !== null && start.y !== ctx.profile.year
        ? cellFinding(ctx, "project.new-start-year", r, "startDate", { params: { year: ctx.profile.year } })
        : null;
    }),
};

/** 续建 means carried over from an earlier year: one started within the profile year is 新开工. */
const continuingStarted: RuleCheck = {
  id: "project.continuing-started",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const start = date(r, "startDate");
      return str(r, "stage") === STAGES.ongoing && start !== null && start.y === ctx.profile.year
        ? cellFinding(ctx, "project.continuing-started", r, "startDate", { params: { year: ctx.profile.year } })
        : null;
    }),
};

/**
 * 新开工 or 续建 with no investment this year. Only a project already under construction is expected to show
 * progress: one that starts after the period has had no time to invest.
 */
const noProgress: RuleCheck = {
  id: "project.no-progress",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const stage = str(r, "stage");
      if (stage !== STAGES.newStart && stage !== STAGES.ongoing) return null;
      if (!isUnderConstruction(r, ctx.profile.year, ctx.period)) return null;
      const ytd = num(r, "ytdInvestment");
      if (ytd !== null ? ytd !== 0 : !blankCell(ctx, r, "ytdInvestment")) return null;
      const column = hasColumn(ctx.sheet, "ytdInvestment") ? "ytdInvestment" : "stage";
      return cellFinding(ctx, "project.no-progress", r, column, { params: { stage } });
    }),
};

/** 项目名称 + 建设单位, spaces and widths aside; null unless both are given. */
export function projectKey(r: LedgerRecord): string | null {
  const name = str(r, "project");
  const builder = str(r, "builder");
  return name === null || builder === null ? null : `${nameKey(name)}\u0000${nameKey(builder)}`;
}

const dupProject: RuleCheck = {
  id: "dup.project",
  check: (ctx) => duplicates(ctx, "dup.project", "project", projectKey),
};

export const PROJECT_RULES: RuleCheck[] = [
  notIncluded("project.must-include", false),
  notIncluded("project.blocked", true),
  ytdExceedsTotal,
  ytdExceedsPlan,
  dates,
  stageDates,
  newStartYear,
  continuingStarted,
  noProgress,
  dupProject,
  ledgerCount,
];
