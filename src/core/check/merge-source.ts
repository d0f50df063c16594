/**
 * One county workbook, reduced to what a roll-up needs (MERGE.md): its ledgers' records as the check read them,
 * its county, period and verdict. Made where the file was read (a worker), so that only this crosses to the
 * merge and the workbook's cell matrices are dropped at once.
 */

import { kindSpec } from "../ledgers";
import type { ColumnType, DateValue, LedgerKind, Typed } from "../ledgers/types";
import type { Profile } from "../profile/types";
import { cellAt, isBlankCell } from "../read/text";
import { isCellError, type CellValue, type WorkbookData } from "../read/types";
import type { CheckResult, CheckSummary } from "./check-workbook";
import { recordMatcher } from "./keys";

/**
 * One sheet's records in a compact form (MERGE.md "Scale": 200 files of 5,000 records held at once, and sent
 * between threads): per record one array of values in its kind's column order (`kindSpec(kind).columns`, which
 * the merged sheet's template follows), its row and its key; no object with keys per record.
 */
export interface SourceLedger {
  kind: LedgerKind;
  sheet: string;
  /** Each record's row in the sheet. */
  rows: number[];
  /** Each record's values, in the kind's column order; null where the sheet has no such column. */
  values: Typed[][];
  /**
   * Each record's key across files (keys.ts) as a 53-bit hash, made where the file was read; NaN: no key, it
   * matches nothing. Eight bytes a record where the key itself took sixty; records whose hashes meet have their
   * keys compared in full (`recordKey`).
   */
  keys: Float64Array;
  /** The sheet's headers that no column of its kind took (not carried into the roll-up). */
  unknown: string[];
}

export interface MergeSource {
  file: string;
  profile: Profile;
  period: number;
  /** The region named by most of the file's records; null when none names one. */
  county: string | null;
  summary: CheckSummary;
  ledgers: SourceLedger[];
  /**
   * Sheets with something in them that no ledger kind fits (a renamed or re-headed ledger, a note): not carried,
   * so 汇总说明 names them, else a county's sheet could drop out of the roll-up unseen.
   */
  ignored: string[];
}

/** A column's place in its kind's values (-1: the kind has no such column). */
export function columnIndex(kind: LedgerKind, key: string): number {
  return kindSpec(kind).columns.findIndex((c) => c.key === key);
}

/** Column types whose cells take a few values (县区, 行业, 建设阶段 …). */
const FEW_VALUES: ReadonlySet<ColumnType> = new Set(["region", "enum", "industry"]);

/**
 * The few-valued columns' strings made one string each, through `shared`. A source that crossed from a worker
 * thread holds its own copy of every 宣化区 and 续建: a fifth of the records' memory at 200 files of 5,000.
 */
export function shareStrings(input: MergeInput, shared: Map<string, string>): void {
  if (isMergeFailure(input)) return;
  for (const l of input.ledgers) {
    const few = kindSpec(l.kind).columns.flatMap((c, i) => (FEW_VALUES.has(c.type) ? [i] : []));
    for (const values of l.values) {
      for (const i of few) {
        const v = values[i];
        if (typeof v !== "string") continue;
        const one = shared.get(v);
        if (one === undefined) shared.set(v, v);
        else values[i] = one;
      }
    }
  }
}

/** A source that could not be read, with the reason in the user's language. */
export interface MergeFailure {
  file: string;
  error: string;
}

export type MergeInput = MergeSource | MergeFailure;

export function isMergeFailure(i: MergeInput): i is MergeFailure {
  return "error" in i;
}

/**
 * A cell the check could not use (a bad code, a word in a money column) keeps what the user wrote, so that
 * nothing is lost: the merged ledger then shows the same finding again.
 */
function asWritten(raw: CellValue | undefined): Typed {
  if (raw === undefined || raw === null || isBlankCell(raw)) return null;
  if (raw instanceof Date) return { y: raw.getUTCFullYear(), m: raw.getUTCMonth() + 1, d: raw.getUTCDate() } satisfies DateValue;
  if (isCellError(raw)) return raw.error;
  return raw as string | number | boolean;
}

/** A string's 53-bit hash (cyrb53): equal strings, equal hashes; different ones meet about once in 2⁵³. */
function hash53(s: string): number {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (let i = 0; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    h1 = Math.imul(h1 ^ ch, 2654435761);
    h2 = Math.imul(h2 ^ ch, 1597334677);
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  return 4294967296 * (2097151 & h2) + (h1 >>> 0);
}

/** A record's key in full (keys.ts), from its values in the compact form. */
export function recordKey(ledger: SourceLedger, index: number, profile: Profile): string | null {
  const values = ledger.values[index];
  const byKey: Record<string, Typed> = {};
  kindSpec(ledger.kind).columns.forEach((c, i) => (byKey[c.key] = values[i]));
  return recordMatcher(ledger.kind, profile)({ row: ledger.rows[index], values: byKey });
}

/** The region most records name; a tie goes to the one first in the profile's order. */
function countyOf(ledgers: readonly SourceLedger[], profile: Profile): string | null {
  const counts = new Map<string, number>();
  for (const l of ledgers) {
    const at = columnIndex(l.kind, "region");
    if (at < 0) continue;
    for (const values of l.values) {
      const region = values[at];
      if (typeof region === "string") counts.set(region, (counts.get(region) ?? 0) + 1);
    }
  }
  const order = new Map(profile.regions.map((r, i) => [r.name, i]));
  let best: string | null = null;
  for (const [region, n] of counts) {
    const had = best === null ? 0 : (counts.get(best) as number);
    if (n > had || (n === had && (order.get(region) ?? Infinity) < (order.get(best as string) ?? Infinity))) best = region;
  }
  return best;
}

/** The workbook's ledgers (the targets sheet aside: county targets are not the city's), values as read. */
export function mergeSource(wb: WorkbookData, check: CheckResult): MergeSource {
  const unknownBySheet = new Map<string, string[]>();
  for (const f of check.findings) {
    if (f.rule !== "header.unknown" || f.sheet === undefined) continue;
    const list = unknownBySheet.get(f.sheet) ?? [];
    list.push(String(f.params?.header ?? f.value ?? ""));
    unknownBySheet.set(f.sheet, list);
  }
  const ledgers: SourceLedger[] = [];
  for (const sheet of check.sheets) {
    if (sheet.kind === "targets") continue;
    const rows = wb.sheets.find((s) => s.name === sheet.sheet)?.rows ?? [];
    const width = kindSpec(sheet.kind).columns.length;
    const bound = sheet.columns.map((c) => ({ key: c.key, col: c.col, at: columnIndex(sheet.kind, c.key) })).filter((c) => c.at >= 0);
    const key = recordMatcher(sheet.kind, check.profile);
    const ledger: SourceLedger = { kind: sheet.kind, sheet: sheet.sheet, rows: [], values: [], keys: new Float64Array(sheet.records.length), unknown: unknownBySheet.get(sheet.sheet) ?? [] };
    for (const [i, rec] of sheet.records.entries()) {
      const values = new Array<Typed>(width).fill(null);
      let written: Record<string, Typed> | undefined;
      for (const c of bound) {
        const v = rec.values[c.key];
        if (v !== null && v !== undefined) values[c.at] = v;
        else {
          const raw = asWritten(cellAt(rows[rec.row - 1], c.col));
          values[c.at] = raw;
          if (raw !== null) (written ??= {})[c.key] = raw;
        }
      }
      ledger.rows.push(rec.row);
      ledger.values.push(values);
      // The key of the values carried: a cell kept as written counts as it is written.
      const k = key(written ? { row: rec.row, values: { ...rec.values, ...written } } : rec);
      ledger.keys[i] = k === null ? NaN : hash53(k);
    }
    ledgers.push(ledger);
  }
  return {
    file: wb.name,
    profile: check.profile,
    period: check.period,
    county: countyOf(ledgers, check.profile),
    summary: check.summary,
    ledgers,
    ignored: check.ignoredSheets.filter((name) => holdsSomething(wb.sheets.find((s) => s.name === name)?.rows ?? [])),
  };
}

function holdsSomething(rows: readonly (readonly CellValue[] | undefined)[]): boolean {
  return rows.some((row) => Array.isArray(row) && row.some((v) => !isBlankCell(v)));
}
