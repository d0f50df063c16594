/** Fixtures for rule tests: typed ReadSheets built directly, independent of the reader. */

import { usccCheckChar } from "../../src/core/calc/uscc";
import { kindSpec } from "../../src/core/ledgers";
import type { LedgerKind, LedgerRecord, Typed } from "../../src/core/ledgers/types";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import { type ColumnKey } from "../../src/core/ledgers/types";
import type { Profile } from "../../src/core/profile/types";
import type { ReadSheet } from "../../src/core/read/result";
import type { RuleContext } from "../../src/core/rules/context";
import { BUILTIN } from "../../src/core/rules/registry";
import type { AnyFinding as Finding } from "../../src/core/findings";

/** A valid 统一社会信用代码 registered in `region` (6 digits), told apart by `n`. */
export function uscc(n: number, region = "130722"): string {
  const first17 = `91${region}MA${String(n).padStart(7, "0")}`;
  return first17 + usccCheckChar(first17);
}

export interface SheetOptions {
  name?: string;
  /** Column keys the sheet has, in order (default: every column of the kind). */
  columns?: ColumnKey[];
  /** Row number of the first record (default 2: one header row). */
  firstRow?: number;
}

/** A ledger sheet whose records hold `rows` (values by column key), numbered from firstRow. */
export function sheet(kind: LedgerKind, rows: Record<string, Typed>[], opts: SheetOptions = {}): ReadSheet {
  const keys = opts.columns ?? kindSpec(kind).columns.map((c) => c.key);
  const first = opts.firstRow ?? 2;
  const records: LedgerRecord[] = rows.map((values, i) => {
    const rec: LedgerRecord = { row: first + i, values: Object.fromEntries(keys.map((k) => [k, values[k] ?? null])) };
    if (typeof values.note === "string" && values.note.trim() !== "") rec.note = values.note;
    return rec;
  });
  return {
    sheet: opts.name ?? kindSpec(kind).title,
    kind,
    kindSource: "name",
    headerRow: first - 1,
    headerRows: 1,
    columns: keys.map((key, i) => ({ key, col: i + 1, header: kindSpec(kind).columns.find((c) => c.key === key)?.header ?? key, factor: 1, percent: false })),
    records,
  };
}

export interface RunOptions {
  profile?: Profile;
  period?: number;
  /** The other sheets of the workbook (the sheet itself is added first when missing). */
  sheets?: ReadSheet[];
  reported?: string[];
}

export function context(s: ReadSheet, opts: RunOptions = {}): RuleContext {
  const sheets = opts.sheets ?? [s];
  return {
    sheet: s,
    profile: opts.profile ?? BUILTIN_PROFILE,
    period: opts.period ?? 10,
    sheets: sheets.includes(s) ? sheets : [s, ...sheets],
    reported: new Set(opts.reported ?? []),
  };
}

/** The findings of rule `id` on sheet `s`, by the checks registered for its kind. */
export function run(id: string, s: ReadSheet, opts: RunOptions = {}): Finding[] {
  const checks = BUILTIN.checksFor(s.kind).filter((c) => c.id === id);
  if (checks.length === 0) throw new Error(`no check ${id} for ${s.kind}`);
  const ctx = context(s, opts);
  return checks.flatMap((c) => c.run(ctx));
}

export const D = (y: number, m: number, d?: number): Typed => (d === undefined ? { y, m } : { y, m, d });
