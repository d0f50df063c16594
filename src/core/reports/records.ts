/** Records as the tabs take them: by kind, with their sheet, grouped, summed, counted, by enterprise. */

import { regionFinder } from "../calc/region";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
import type { Profile } from "../profile/types";
import { type ColumnKey } from "../ledgers/types";
import type { ReadSheet } from "../read/result";
import { usccOf } from "../rules/duplicates";
import { nameKey, num, str } from "../rules/record-values";
import type { ReportCheck } from "./check";

export interface SheetRecord {
  sheet: ReadSheet;
  rec: LedgerRecord;
}

/** The records of every sheet of these kinds, in sheet order. */
export function recordsOf(check: Pick<ReportCheck, "sheets">, ...kinds: LedgerKind[]): LedgerRecord[] {
  return check.sheets.filter((s) => kinds.includes(s.kind)).flatMap((s) => s.records);
}

/** The same, each with its sheet. */
export function placedRecordsOf(check: Pick<ReportCheck, "sheets">, ...kinds: LedgerKind[]): SheetRecord[] {
  return check.sheets.filter((s) => kinds.includes(s.kind)).flatMap((sheet) => sheet.records.map((rec) => ({ sheet, rec })));
}

/** The profile region a record belongs to (its name), or null when 所属县区 is blank or not a county of the profile. */
export function regionOfRecord(profile: Profile): (rec: LedgerRecord) => string | null {
  const find = regionFinder(profile);
  return (rec) => {
    const text = str(rec, "region");
    return text === null ? null : find(text)?.name ?? null;
  };
}

/** Σ of a numeric column over the records (blank and unusable values count as nothing). */
export function sum(recs: readonly LedgerRecord[], key: ColumnKey): number {
  let total = 0;
  for (const r of recs) total += num(r, key) ?? 0;
  return total;
}

export function count(recs: readonly LedgerRecord[], test: (r: LedgerRecord) => boolean): number {
  let n = 0;
  for (const r of recs) if (test(r)) n++;
  return n;
}

/** An enterprise's identity: its 信用代码; without one, its name (spaces and widths aside). */
export function enterpriseKey(rec: LedgerRecord): string | null {
  const code = usccOf(rec);
  if (code !== null) return `code:${code}`;
  const name = str(rec, "name");
  return name === null ? null : `name:${nameKey(name)}`;
}

/**
 * Groups records by a label, in the order `labels` gives, then any other labels in order of appearance, then
 * `blank` for records without one.
 */
export function groupRecords<R>(
  items: readonly R[],
  labelOf: (item: R) => string | null,
  labels: readonly string[],
  blank: string,
): { label: string; items: R[] }[] {
  const groups = new Map<string, R[]>(labels.map((l) => [l, []]));
  const blanks: R[] = [];
  for (const item of items) {
    const label = labelOf(item);
    if (label === null) {
      blanks.push(item);
      continue;
    }
    const g = groups.get(label);
    if (g) g.push(item);
    else groups.set(label, [item]);
  }
  const out = [...groups].map(([label, list]) => ({ label, items: list }));
  if (blanks.length > 0) out.push({ label: blank, items: blanks });
  return out;
}
