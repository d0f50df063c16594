/** The same enterprise twice in a sheet, and the grouping that duplicate checks share. */

import { usccCode } from "../calc/uscc";
import type { FindingOf } from "../findings";
import type { ColumnKey, LedgerRecord } from "../ledgers/types";
import { cellFinding, rowList, type RuleContext } from "./context";
import { defineRule, type RuleDecl } from "./define";
import { str } from "./record-values";

/** The normalised 信用代码 of a record, whatever its validity (duplicates are duplicates either way). */
export function usccOf(rec: LedgerRecord): string | null {
  const s = str(rec, "uscc");
  return s === null ? null : usccCode(s);
}

/** One finding per record of every group of two or more, each naming the others' rows. */
export function duplicates<Id extends string>(
  ctx: RuleContext,
  rule: RuleDecl<Id, { rows: "text" }>,
  column: ColumnKey,
  key: (r: LedgerRecord) => string | null,
): FindingOf<Id, { rows: string }>[] {
  // Nearly every key is unique: a group is made only for a key seen twice (not 100,000 arrays of one).
  const first = new Map<string, LedgerRecord>();
  const groups = new Map<string, LedgerRecord[]>();
  for (const r of ctx.sheet.records) {
    const k = key(r);
    if (k === null) continue;
    const had = first.get(k);
    if (had === undefined) {
      first.set(k, r);
      continue;
    }
    const group = groups.get(k);
    if (group) group.push(r);
    else groups.set(k, [had, r]);
  }
  const out: FindingOf<Id, { rows: string }>[] = [];
  for (const group of groups.values()) {
    for (const r of group) {
      out.push(cellFinding(ctx, rule, r, column, { params: { rows: rowList(group.filter((o) => o !== r)) } }));
    }
  }
  return out;
}

export const dupUscc = defineRule({
  id: "dup.uscc",
  severity: "error",
  scope: "row",
  kinds: ["key-enterprises", "cultivation", "declining"],
  params: { rows: "text" },
  check: (ctx, rule) => duplicates(ctx, rule, "uscc", usccOf),
  words: {
    "zh-CN": {
      name: "信用代码重复",
      message: "信用代码 {value} 重复，另见第 {rows} 行",
      hint: "合并重复的记录，或更正其中一个代码",
      about: "同一表中信用代码重复",
    },
    "en-US": {
      name: "Duplicate credit code",
      message: "Credit code {value} appears again in row {rows}",
      hint: "Merge the duplicate records or correct one of the codes",
      about: "the same credit code twice in a sheet",
    },
  },
});
