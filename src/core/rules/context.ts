/** What a check sees, and how it builds findings that point at a record's cell. */

import { kindSpec } from "../ledgers";
import type { LedgerRecord } from "../ledgers/types";
import type { Profile } from "../profile/types";
import type { ReadSheet } from "../read/result";
import { ruleSeverity } from "./catalogue";
import type { Finding } from "./types";
import { show, str } from "./values";

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

/** A rule's check: the findings of one sheet. */
export interface RuleCheck {
  id: string;
  check(ctx: RuleContext): Finding[];
}

const columnMaps = new WeakMap<ReadSheet, Map<string, number>>();

/** The sheet's column number of a column key (looked up for every finding, so kept per sheet). */
export function columnOf(sheet: ReadSheet, key: string): number | undefined {
  let map = columnMaps.get(sheet);
  if (!map) columnMaps.set(sheet, (map = new Map(sheet.columns.map((c) => [c.key, c.col]))));
  return map.get(key);
}

export function hasColumn(sheet: ReadSheet, key: string): boolean {
  return columnOf(sheet, key) !== undefined;
}

/** The record's key (信用代码; 项目名称 / 建设单位; 指标名称), by which explanations find it. */
export function recordKey(sheet: ReadSheet, rec: LedgerRecord): string | undefined {
  const parts = kindSpec(sheet.kind).recordKey.map((k) => str(rec, k));
  return parts.every((p) => p === null) ? undefined : parts.map((p) => p ?? "").join(" / ");
}

/** The cell of `key` in this record is blank (not merely unusable: the reader has reported that one). */
export function blankCell(ctx: RuleContext, rec: LedgerRecord, key: string): boolean {
  const v = rec.values[key];
  if (v !== null && v !== undefined) return false;
  const col = columnOf(ctx.sheet, key);
  return col === undefined || !ctx.reported.has(`${rec.row}:${col}`);
}

export interface FindingExtra {
  variant?: string;
  value?: string | number | boolean | null;
  params?: Record<string, string | number>;
}

/** A finding on the cell of column `key` in `rec` (the row alone when the sheet lacks that column). */
export function cellFinding(ctx: RuleContext, rule: string, rec: LedgerRecord, key: string, extra: FindingExtra = {}): Finding {
  const f: Finding = { rule, severity: ruleSeverity(rule), sheet: ctx.sheet.sheet, row: rec.row };
  const col = columnOf(ctx.sheet, key);
  if (col !== undefined) f.col = col;
  if (extra.variant) f.variant = extra.variant;
  f.value = extra.value !== undefined ? extra.value : show(rec.values[key]);
  if (extra.params) f.params = extra.params;
  const k = recordKey(ctx.sheet, rec);
  if (k !== undefined) f.key = k;
  return f;
}

/** A sheet-level finding (no row). */
export function sheetFinding(ctx: RuleContext, rule: string, extra: FindingExtra = {}): Finding {
  const f: Finding = { rule, severity: ruleSeverity(rule), sheet: ctx.sheet.sheet };
  if (extra.variant) f.variant = extra.variant;
  if (extra.value !== undefined) f.value = extra.value;
  if (extra.params) f.params = extra.params;
  return f;
}

/** Rows of the records, for a message naming other rows: "5、9". */
export function rowList(recs: readonly LedgerRecord[]): string {
  return recs.map((r) => r.row).join("、");
}

/** Runs `test` on every record of the sheet and keeps the findings it returns. */
export function perRecord(ctx: RuleContext, test: (rec: LedgerRecord) => Finding | null): Finding[] {
  const out: Finding[] = [];
  for (const r of ctx.sheet.records) {
    const f = test(r);
    if (f !== null) out.push(f);
  }
  return out;
}
