/**
 * Explanations over time, for the faces (HISTORY.md): the 审核说明 entry a warning gets (with 报告期 and
 * 当时数值), the previous workbook's explanations offered on the warnings they match now (沿用上期说明, never
 * counted until written), and the history findings the pane lists under 历史.
 */

import type { PreviousExplanation } from "../findings";
import type { Explanation } from "../read/result";
import { cellAddress } from "../rules/describe";
import { periodText, sameValueText, valueText } from "../rules/explanation-period";
import { normKey } from "../rules/explanations";
import type { Finding } from "../rules/registry";
import type { CheckResult } from "./check-workbook";

/** The previous workbook's explained warnings, by what tells the same warning in another workbook. */
export type PreviousExplanations = Map<string, Omit<PreviousExplanation, "valueChanged">>;

/**
 * The same warning across workbooks: the same rule on a record of the same key in a ledger of the same kind
 * (sheet names change from month to month); without a key, the same rule on the same sheet and cell.
 */
function warningKey(f: Finding, kindOf: ReadonlyMap<string, string>): string {
  const sheet = f.sheet ?? "";
  if (f.key !== undefined && normKey(f.key) !== "") return `${f.rule}\u0000${kindOf.get(sheet) ?? sheet}\u0000${normKey(f.key)}`;
  return `${f.rule}\u0000${sheet}\u0000${cellAddress(f) ?? f.row ?? ""}`;
}

function kinds(result: CheckResult): Map<string, string> {
  return new Map(result.sheets.map((s) => [s.sheet, s.kind]));
}

/** What the previous workbook explained, as `finish` offers it on the current warnings. */
export function previousExplanations(previous: CheckResult, info: { file: string; year: number; period: number }, year: number): PreviousExplanations {
  const kindOf = kinds(previous);
  const out: PreviousExplanations = new Map();
  const period = (info.year !== year ? `${info.year}年` : "") + periodText(info.period);
  for (const f of previous.findings) {
    if (f.severity !== "warning" || !f.explained || f.explanation === undefined) continue;
    const key = warningKey(f, kindOf);
    if (!out.has(key)) out.set(key, { text: f.explanation, period, value: valueText(f.value), file: info.file });
  }
  return out;
}

/** Gives each unexplained warning of `result` the previous workbook's explanation of it, if any. */
export function offerPrevious(result: CheckResult, previous: PreviousExplanations | undefined): void {
  const kindOf = kinds(result);
  for (const f of result.findings) {
    delete f.previousExplanation;
    if (previous === undefined || previous.size === 0 || f.severity !== "warning" || f.explained) continue;
    const then = previous.get(warningKey(f, kindOf));
    if (then !== undefined) f.previousExplanation = { ...then, valueChanged: !sameValueText(then.value, valueText(f.value)) };
  }
}

/**
 * The 审核说明 entry that explains warning `f` of `result` with `text`, written for the result's period with the
 * finding's value now. A row without a key is matched by its cell, or by its row number when the finding is on
 * the whole row.
 */
export function explanationFor(result: CheckResult, f: Finding, text: string): Explanation {
  const e: Explanation = { sheet: f.sheet ?? "", key: f.key ?? "", rule: f.rule, text: text.trim(), period: periodText(result.period) };
  const cell = cellAddress(f) ?? (f.row !== undefined ? String(f.row) : null);
  if (cell !== null) e.cell = cell;
  const value = valueText(f.value);
  if (value !== "") e.value = value;
  return e;
}

/**
 * 沿用上期说明 for one warning: its earlier explanation (the previous workbook's, else the one whose value has
 * changed since) as an entry for now; null when it has none or is explained already.
 */
export function carriedExplanation(result: CheckResult, f: Finding): Explanation | null {
  if (f.severity !== "warning" || f.explained) return null;
  const then = f.previousExplanation ?? f.staleExplanation;
  return then === undefined ? null : explanationFor(result, f, then.text);
}

/** 沿用上期说明 for all: one entry per warning that has an earlier explanation (the same entry once). */
export function carriedExplanations(result: CheckResult): Explanation[] {
  const out: Explanation[] = [];
  const seen = new Set<string>();
  for (const f of result.findings) {
    const e = carriedExplanation(result, f);
    if (e === null) continue;
    const id = [e.sheet, e.rule, normKey(e.key), normKey(e.key) === "" ? (e.cell ?? "") : ""].join("\u0000");
    if (seen.has(id)) continue;
    seen.add(id);
    out.push(e);
  }
  return out;
}

/** The findings the pane lists under 历史: those of the comparison with the previous workbook. */
export function isHistoryFinding(f: Finding): boolean {
  return f.rule.startsWith("history.");
}
