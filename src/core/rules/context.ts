/** What a check sees, and how it builds findings that point at a record's cell. */

import { noted, rated, type FindingOf } from "../findings";
import { kindSpec } from "../ledgers";
import type { ColumnKey, LedgerRecord } from "../ledgers/types";
import type { Profile } from "../profile/types";
import type { ReadSheet } from "../read/result";
import type { ParamSpec, ParamsOf, RuleDecl } from "./define";
import { show } from "./message-values";
import { str } from "./record-values";

export interface RuleContext {
  sheet: ReadSheet;
  profile: Profile;
  /** Reporting period m: the figures are 1–m月 of profile.year. */
  period: number;
  /** Every ledger sheet of the workbook, for cross-sheet checks. */
  sheets: readonly ReadSheet[];
  /**
   * Cells the reader already reported (`row:col`) on this sheet: a value there is unusable rather than
   * blank, so a check that needs it stays quiet instead of reporting it missing a second time.
   */
  reported: ReadonlySet<string>;
}

const columnMaps = new WeakMap<ReadSheet, Map<string, number>>();

/** The sheet's column number of a column key (looked up for every finding, so kept per sheet). */
export function columnOf(sheet: ReadSheet, key: ColumnKey): number | undefined {
  let map = columnMaps.get(sheet);
  if (!map) columnMaps.set(sheet, (map = new Map(sheet.columns.map((c) => [c.key, c.col]))));
  return map.get(key);
}

export function hasColumn(sheet: ReadSheet, key: ColumnKey): boolean {
  return columnOf(sheet, key) !== undefined;
}

/** The record's key (信用代码; 项目名称 / 建设单位; 指标名称), by which explanations find it. */
export function recordKey(sheet: ReadSheet, rec: LedgerRecord): string | undefined {
  const parts = kindSpec(sheet.kind).recordKey.map((k) => str(rec, k));
  return parts.every((p) => p === null) ? undefined : parts.map((p) => p ?? "").join(" / ");
}

/** The cell of `key` in this record is blank (not merely unusable: the reader has reported that one). */
export function blankCell(ctx: RuleContext, rec: LedgerRecord, key: ColumnKey): boolean {
  const v = rec.values[key];
  if (v !== null && v !== undefined) return false;
  const col = columnOf(ctx.sheet, key);
  return col === undefined || !ctx.reported.has(`${rec.row}:${col}`);
}

export interface FindingExtra<P, V extends string> {
  variant?: V;
  value?: string | number | boolean | null;
  params?: P;
}

/** A rule as a check knows it: its id, severity and the types of its params and variants. */
type Rule<Id extends string, S extends ParamSpec, V extends string> = RuleDecl<Id, S, V>;

/** A finding of `rule` on the cell of column `key` in `rec` (the row alone when the sheet lacks that column). */
export function cellFinding<Id extends string, S extends ParamSpec, V extends string>(
  ctx: RuleContext,
  rule: Rule<Id, S, V>,
  rec: LedgerRecord,
  key: ColumnKey,
  extra: FindingExtra<ParamsOf<S>, V> = {},
): FindingOf<Id, ParamsOf<S>> {
  return rated(
    noted(rule.id, {
      sheet: ctx.sheet.sheet,
      row: rec.row,
      col: columnOf(ctx.sheet, key),
      variant: extra.variant,
      value: extra.value !== undefined ? extra.value : show(rec.values[key]),
      params: extra.params,
      key: recordKey(ctx.sheet, rec),
    }),
    rule.severity,
  );
}

/** A sheet-level finding of `rule` (no row). */
export function sheetFinding<Id extends string, S extends ParamSpec, V extends string>(
  ctx: RuleContext,
  rule: Rule<Id, S, V>,
  extra: FindingExtra<ParamsOf<S>, V> = {},
): FindingOf<Id, ParamsOf<S>> {
  return rated(noted(rule.id, { sheet: ctx.sheet.sheet, variant: extra.variant, value: extra.value, params: extra.params }), rule.severity);
}

/** Rows of the records, for a message naming other rows: "5、9". */
export function rowList(recs: readonly LedgerRecord[]): string {
  return recs.map((r) => r.row).join("、");
}

/** Runs `test` on every record of the sheet and keeps the findings it returns. */
export function perRecord<F>(ctx: RuleContext, test: (rec: LedgerRecord) => F | null): F[] {
  const out: F[] = [];
  for (const r of ctx.sheet.records) {
    const f = test(r);
    if (f !== null) out.push(f);
  }
  return out;
}
