/**
 * 审核说明: a non-empty 审核说明 cell explains every warning of its row; an entry of the 审核说明 sheet explains
 * the warning of one rule on one record, found by the record's key so that it survives sorting. Errors and
 * infos are never explained.
 */

import type { LedgerRecord } from "../ledgers/types";
import type { Explanation, ReadSheet } from "../read/result";
import { recordKey } from "./context";
import { cellAddress } from "./describe";
import type { Finding } from "./types";
import { str } from "./values";

/** Keys compare without spaces, width, case or the separator between 项目名称 and 建设单位. */
function normKey(s: string | undefined): string {
  return (s ?? "").normalize("NFKC").toUpperCase().replace(/[\s/·+|、,，;；:：_\-—]+/g, "");
}

function normSheet(s: string | undefined): string {
  return (s ?? "").trim();
}

/** Gives row findings the key of their record (reading findings come without one). */
export function attachKeys(findings: Finding[], sheets: readonly ReadSheet[]): void {
  const rows = recordsByRow(sheets);
  for (const f of findings) {
    if (f.key !== undefined || f.sheet === undefined || f.row === undefined) continue;
    const hit = rows.get(f.sheet)?.get(f.row);
    const key = hit && recordKey(hit.sheet, hit.rec);
    if (key !== undefined && key !== null) f.key = key;
  }
}

function recordsByRow(sheets: readonly ReadSheet[]): Map<string, Map<number, { sheet: ReadSheet; rec: LedgerRecord }>> {
  const out = new Map<string, Map<number, { sheet: ReadSheet; rec: LedgerRecord }>>();
  for (const s of sheets) out.set(s.sheet, new Map(s.records.map((rec) => [rec.row, { sheet: s, rec }])));
  return out;
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

/** Marks the warnings that an explanation covers (explained + explanation); clears the mark on the others. */
export function applyExplanations(findings: Finding[], sheets: readonly ReadSheet[], explanations: readonly Explanation[]): void {
  const rows = recordsByRow(sheets);
  for (const f of findings) {
    delete f.explained;
    delete f.explanation;
    if (f.severity !== "warning") continue;
    const rec = f.sheet !== undefined && f.row !== undefined ? rows.get(f.sheet)?.get(f.row)?.rec : undefined;
    const note = rec ? (rec.note ?? str(rec, "note")) : null;
    const text = note?.trim() ? note.trim() : explanations.find((e) => e.text.trim() !== "" && matches(e, f))?.text.trim();
    if (text) {
      f.explained = true;
      f.explanation = text;
    }
  }
}
