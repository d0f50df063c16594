/** 三个一批 (plan 二.6): 淘汰关停, 搬迁入园进区, 就地改造提升. */

import { BATCH_CATEGORIES, BATCH_STATUS } from "../ledgers/three-batches";
import { blankCell, cellFinding, hasColumn, perRecord } from "./context";
import { defineRule } from "./define";
import { afterPeriodEnd, date, str } from "./record-values";

const ACCEPTED = "已验收";

export const doneNeedsDate = defineRule({
  id: "batch.done-needs-date",
  severity: "error",
  scope: "row",
  kinds: ["three-batches"],
  params: {  },
  check: (ctx, rule) =>
    perRecord(ctx, (r) =>
      str(r, "status") === BATCH_STATUS.done && blankCell(ctx, r, "doneDate")
        ? cellFinding(ctx, rule, r, hasColumn(ctx.sheet, "doneDate") ? "doneDate" : "status")
        : null,
    ),
  words: {
    "zh-CN": {
      name: "缺完成时间",
      message: "进展状态为“已完成”，但未填完成时间",
      hint: "填写完成时间",
      about: "已完成但缺少完成时间",
    },
    "en-US": {
      name: "Missing completion date",
      message: "Status “已完成” (done) without a completion date",
      hint: "Enter the completion date",
      about: "done without a completion date",
    },
  },
});

export const futureDate = defineRule({
  id: "batch.future-date",
  severity: "error",
  scope: "row",
  kinds: ["three-batches"],
  params: { year: "number", period: "number" },
  check: (ctx, rule) =>
    perRecord(ctx, (r) => {
      const d = date(r, "doneDate");
      return d !== null && afterPeriodEnd(d, ctx.profile.year, ctx.period)
        ? cellFinding(ctx, rule, r, "doneDate", { params: { year: ctx.profile.year, period: ctx.period } })
        : null;
    }),
  words: {
    "zh-CN": {
      name: "完成时间超期",
      message: "完成时间 {value} 晚于报告期末（{year} 年 {period} 月）",
      hint: "核对完成时间；尚未完成的应为“推进中”",
      about: "完成时间晚于报告期末",
    },
    "en-US": {
      name: "Completion after period",
      message: "Completion date {value} is after the reporting period ({year}, month {period})",
      hint: "Check the date; a task not yet done is 推进中 (in progress)",
      about: "a completion date after the reporting period",
    },
  },
});

/** 回头看、逐企考核验收: a closure reported done must have been accepted. */
export const needsAcceptance = defineRule({
  id: "batch.needs-acceptance",
  severity: "warning",
  scope: "row",
  kinds: ["three-batches"],
  params: {  },
  check: (ctx, rule) =>
    perRecord(ctx, (r) =>
      str(r, "category") === BATCH_CATEGORIES.closure && str(r, "status") === BATCH_STATUS.done && str(r, "acceptance") !== ACCEPTED
        ? cellFinding(ctx, rule, r, hasColumn(ctx.sheet, "acceptance") ? "acceptance" : "status")
        : null,
    ),
  words: {
    "zh-CN": {
      name: "关停未验收",
      message: "淘汰关停已完成，但未验收",
      hint: "方案要求回头看、逐企考核验收",
      about: "淘汰关停已完成但未验收",
    },
    "en-US": {
      name: "Closure not accepted",
      message: "A closure reported done but not accepted",
      hint: "The plan asks for a review and acceptance of every enterprise",
      about: "a closure reported done but not accepted",
    },
  },
});

export const THREE_BATCH_RULES = [doneNeedsDate, futureDate, needsAcceptance] as const;
