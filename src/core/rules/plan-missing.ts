/** 一企一策: the check both plan columns share (培育方案, 扭亏增效方案). */

import type { FindingOf } from "../findings";
import type { ColumnKey } from "../ledgers/types";
import { blankCell, cellFinding, hasColumn, perRecord, sheetFinding, type RuleContext } from "./context";
import type { RuleDecl } from "./define";
import { planMissing } from "./record-values";

/** A missing plan is reported per record; a sheet without the column at all, once (variant `column`). */
export function planMissingCheck(column: ColumnKey) {
  return <Id extends string>(ctx: RuleContext, rule: RuleDecl<Id, Record<never, never>, "column">): FindingOf<Id, Record<never, never>>[] => {
    if (!hasColumn(ctx.sheet, column)) {
      return ctx.sheet.records.length > 0 ? [sheetFinding(ctx, rule, { variant: "column" })] : [];
    }
    return perRecord(ctx, (r) =>
      planMissing(r, column) && (r.values[column] != null || blankCell(ctx, r, column)) ? cellFinding(ctx, rule, r, column) : null,
    );
  };
}
