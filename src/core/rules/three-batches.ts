/** 三个一批 (plan 二.6): 淘汰关停, 搬迁入园进区, 就地改造提升. */

import { BATCH_CATEGORIES, BATCH_STATUS } from "../ledgers/three-batches";
import { blankCell, cellFinding, hasColumn, perRecord, type RuleCheck } from "./context";
import { afterPeriodEnd, date, str } from "./values";

const ACCEPTED = "已验收";

const doneNeedsDate: RuleCheck = {
  id: "batch.done-needs-date",
  check: (ctx) =>
    perRecord(ctx, (r) =>
      str(r, "status") === BATCH_STATUS.done && blankCell(ctx, r, "doneDate")
        ? cellFinding(ctx, "batch.done-needs-date", r, hasColumn(ctx.sheet, "doneDate") ? "doneDate" : "status")
        : null,
    ),
};

const futureDate: RuleCheck = {
  id: "batch.future-date",
  check: (ctx) =>
    perRecord(ctx, (r) => {
      const d = date(r, "doneDate");
      return d !== null && afterPeriodEnd(d, ctx.profile.year, ctx.period)
        ? cellFinding(ctx, "batch.future-date", r, "doneDate", { params: { year: ctx.profile.year, period: ctx.period } })
        : null;
    }),
};

/** 回头看、逐企考核验收: a closure reported done must have been accepted. */
const needsAcceptance: RuleCheck = {
  id: "batch.needs-acceptance",
  check: (ctx) =>
    perRecord(ctx, (r) =>
      str(r, "category") === BATCH_CATEGORIES.closure && str(r, "status") === BATCH_STATUS.done && str(r, "acceptance") !== ACCEPTED
        ? cellFinding(ctx, "batch.needs-acceptance", r, hasColumn(ctx.sheet, "acceptance") ? "acceptance" : "status")
        : null,
    ),
};

export const THREE_BATCH_RULES: RuleCheck[] = [doneNeedsDate, futureDate, needsAcceptance];
