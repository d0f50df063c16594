/**
 * 审核说明: a non-empty 审核说明 cell explains every warning of its row; an entry of the 审核说明 sheet explains
 * the warning of one rule on one record, found by the record's key so that it survives sorting. Errors and
 * infos are never explained.
 */

import type { LedgerRecord } from "../ledgers/types";
import type { Explanation, ReadSheet } from "../read/result";
import { recordKey } from "./context";
import { cellAddress } from "./describe";
import { type CheckPeriod, stillExplains } from "./explanation-period";
import type { Finding } from "./types";
import { str } from "./record-values";

/** Keys compare without spaces, width, case or the separator between 项目名称 and 建设单位. */
export function normKey(s: string | undefined): string {
  return (s ?? "").normalize("NFKC").toUpperCase().replace(/[\s/·+|、,，;；:：_\-—]+/g, "");
}

function normSheet(s: string | undefined): string {
  return (s ?? "").trim();
}

/** Gives row findings the key of their record (reading findings come without one). */
export function attachKeys(findings: Finding[], sheets: readonly ReadSheet[]): void {
  const find = recordFinder(sheets);
  for (const f of findings) {
    if (f.key !== undefined || f.sheet === undefined || f.row === undefined) continue;
    const sheet = sheets.find((s) => s.sheet === f.sheet);
    const rec = sheet && find(sheet, f.row);
    const key = rec && recordKey(sheet, rec);
    if (key !== undefined && key !== null) f.key = key;
  }
}

/**
 * The record on a row of a sheet. The reader keeps records in row order: a binary search then finds it, where
 * indexing 100,000 records first would cost more than the few hundred findings looked up. Records in another
 * order (put together by hand) are indexed.
 */
function recordFinder(sheets: readonly ReadSheet[]): (sheet: ReadSheet, row: number) => LedgerRecord | undefined {
  const unordered = new Map<ReadSheet, Map<number, LedgerRecord>>();
  for (const s of sheets) {
    if (s.records.some((r, i) => i > 0 && r.row <= s.records[i - 1].row)) unordered.set(s, new Map(s.records.map((r) => [r.row, r])));
  }
  return (sheet, row) => {
    const index = unordered.get(sheet);
    if (index) return index.get(row);
    const recs = sheet.records;
    let lo = 0;
    let hi = recs.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      if (recs[mid].row === row) return recs[mid];
      if (recs[mid].row < row) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  };
}

/**
 * Whether a sheet entry explains this finding: same sheet and rule (a blank rule: any warning of the record),
 * same record key; a finding without a key (a row without 信用代码, a sheet-level or file-level finding) is
 * matched by a blank key, and on a row also by its cell.
 */
function matches(e: Explanation, f: Finding): boolean {
  if (normSheet(e.sheet) !== normSheet(f.sheet)) return false;
  if (e.rule.trim() !== "" && e.rule.trim() !== f.rule) return false;
  if (f.key !== undefined) return normKey(e.key) === normKey(f.key);
  if (normKey(e.key) !== "") return false;
  if (f.row === undefined) return true;
  const cell = cellAddress(f);
  return (e.cell ?? "").trim().toUpperCase() === (cell ?? String(f.row));
}

/**
 * Whether two sheet entries explain the same findings, as `matches` tells: same sheet, rule and record key; and
 * for entries without a key, the same cell. Writing an entry again replaces the first such one (the one read).
 */
export function explainsSame(a: Explanation, b: Explanation): boolean {
  if (normSheet(a.sheet) !== normSheet(b.sheet) || a.rule.trim() !== b.rule.trim() || normKey(a.key) !== normKey(b.key)) return false;
  return normKey(a.key) !== "" || (a.cell ?? "").trim().toUpperCase() === (b.cell ?? "").trim().toUpperCase();
}

/**
 * Marks the warnings that an explanation covers (explained + explanation); clears the mark on the others. With
 * the check's period (`now`), an entry written for another period counts only while the finding's value is
 * the one it was written for; the first entry that no longer counts is kept as `staleExplanation`.
 */
export function applyExplanations(findings: Finding[], sheets: readonly ReadSheet[], explanations: readonly Explanation[], now?: CheckPeriod): void {
  const find = recordFinder(sheets);
  for (const f of findings) {
    delete f.explained;
    delete f.explanation;
    delete f.staleExplanation;
    if (f.severity !== "warning") continue;
    const sheet = f.sheet !== undefined && f.row !== undefined ? sheets.find((s) => s.sheet === f.sheet) : undefined;
    const rec = sheet && f.row !== undefined ? find(sheet, f.row) : undefined;
    const note = rec ? (rec.note ?? str(rec, "note")) : null;
    const entries = note?.trim() ? [] : explanations.filter((e) => e.text.trim() !== "" && matches(e, f));
    const counted = entries.find((e) => now === undefined || stillExplains(e, f.value, now));
    const text = note?.trim() ? note.trim() : counted?.text.trim();
    if (text) {
      f.explained = true;
      f.explanation = text;
    } else if (entries.length > 0) {
      const stale = entries[0];
      f.staleExplanation = { text: stale.text.trim(), period: stale.period ?? "", value: stale.value ?? "" };
    }
  }
}
