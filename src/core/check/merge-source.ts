/**
 * One county workbook, reduced to what a roll-up needs (MERGE.md): its ledgers' records as the check read them,
 * its county, period and verdict. Made where the file was read (a worker), so that only this crosses to the
 * merge and the workbook's cell matrices are dropped at once.
 */

import type { DateValue, LedgerKind, LedgerRecord, Typed } from "../ledgers/types";
import type { Profile } from "../profile/types";
import { cellAt, isBlankCell } from "../read/text";
import { isCellError, type CellValue, type WorkbookData } from "../read/types";
import type { CheckResult, CheckSummary } from "./check-workbook";

export interface SourceLedger {
  kind: LedgerKind;
  sheet: string;
  records: LedgerRecord[];
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

/** The region most records name; a tie goes to the one first in the profile's order. */
function countyOf(ledgers: readonly SourceLedger[], profile: Profile): string | null {
  const counts = new Map<string, number>();
  for (const l of ledgers) {
    for (const r of l.records) {
      const region = r.values.region;
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
    const records = sheet.records.map((rec): LedgerRecord => {
      const values: Record<string, Typed> = {};
      for (const c of sheet.columns) {
        const v = rec.values[c.key];
        values[c.key] = v === null || v === undefined ? asWritten(cellAt(rows[rec.row - 1], c.col)) : v;
      }
      return { row: rec.row, values };
    });
    ledgers.push({ kind: sheet.kind, sheet: sheet.sheet, records, unknown: unknownBySheet.get(sheet.sheet) ?? [] });
  }
  return {
    file: wb.name,
    profile: check.profile,
    period: check.period,
    county: countyOf(ledgers, check.profile),
    summary: check.summary,
    ledgers,
  };
}
