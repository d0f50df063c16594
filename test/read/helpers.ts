import { REPORT_TABS } from "../../src/core/reports";
/** Fixtures for the reader's tests: sheets as matrices (+ merges), the real kinds and the built-in profile. */

import { usccCheckChar } from "../../src/core/calc/uscc";
import { KINDS } from "../../src/core/ledgers";
import type { KindSpec, LedgerKind } from "../../src/core/ledgers/types";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { AnyFinding as Finding } from "../../src/core/findings";
import { readWorkbook, type ReadOptions } from "../../src/core/read";
import { BUILTIN } from "../../src/core/rules/registry";
import type { ReadResult, ReadSheet } from "../../src/core/read/result";
import type { CellValue, Merge, SheetData } from "../../src/core/read/types";

export const profile = BUILTIN_PROFILE;

/** A valid 统一社会信用代码 registered in 张北县 (130722), distinct per n. */
export function code(n: number): string {
  const body = `91130722MA${String(n).padStart(7, "0")}`;
  return body + (usccCheckChar(body) as string);
}

export function merge(top: number, left: number, bottom: number, right: number): Merge {
  return { top, left, bottom, right };
}

export function sheet(name: string, rows: (CellValue[] | undefined)[], merges: Merge[] = []): SheetData {
  return { name, rows, merges };
}

export const KE_HEADER = ["序号", "企业名称", "统一社会信用代码", "所属县区", "本年营业收入", "上年营业收入", "是否规上", "审核说明"];

/** One key-enterprises row in KE_HEADER's order. */
export function keRow(n: number, revenue: CellValue = 100 * n, prev: CellValue = 90 * n): CellValue[] {
  return [n, `企业${n}`, code(n), "张北县", revenue, prev, "是", null];
}

export function kind(k: LedgerKind): KindSpec {
  return KINDS.find((s) => s.kind === k) as KindSpec;
}

/** The reader's result, its notes rated by the rules' default severities (as the check pipeline rates them). */
export function read(sheets: SheetData[], opts: Partial<ReadOptions> = {}): Omit<ReadResult, "findings"> & { findings: Finding[] } {
  const r = readWorkbook({ name: "t.xlsx", sheets }, { kinds: KINDS, reportTabs: REPORT_TABS, profile, ...opts });
  return { ...r, findings: r.findings.map(BUILTIN.rate) };
}

/** The one ledger sheet of a workbook read from these sheets. */
export function readOne(s: SheetData, opts: Partial<ReadOptions> = {}): { sheet: ReadSheet; findings: Finding[] } {
  const r = read([s], opts);
  expect(r.sheets).toHaveLength(1);
  return { sheet: r.sheets[0], findings: r.findings };
}

export function rules(findings: Finding[]): string[] {
  return findings.map((f) => f.rule);
}

export function only(findings: Finding[], rule: string): Finding[] {
  return findings.filter((f) => f.rule === rule);
}

/** Column number of a key in a read sheet. */
export function colOf(s: ReadSheet, key: string): number | undefined {
  return s.columns.find((c) => c.key === key)?.col;
}
