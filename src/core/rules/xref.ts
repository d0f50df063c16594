/** Enterprises across the workbook's sheets: one name, one code. */

import type { ColumnKey, LedgerRecord } from "../ledgers/types";
import type { ReadSheet } from "../read/result";
import type { FindingOf } from "../findings";
import { cellFinding, columnOf, type RuleContext } from "./context";
import { defineRule, type RuleDecl } from "./define";
import { usccOf } from "./duplicates";
import { nameKey, str } from "./record-values";

/** The column holding the enterprise's name: 建设单位 in the project ledgers. */
function nameColumn(sheet: ReadSheet): ColumnKey | null {
  if (columnOf(sheet, "uscc") === undefined) return null;
  for (const key of ["name", "builder"] as const) if (columnOf(sheet, key) !== undefined) return key;
  return null;
}

interface Place {
  sheet: string;
  row: number;
  /** As first written, for the message. */
  text: string;
}

/** A record's enterprise: its name as written and as compared, and its code. */
interface Enterprise {
  name: string;
  key: string;
  code: string;
}

/**
 * The enterprises of the workbook's sheets that have both columns, in order. A loop, not a visitor of objects:
 * every pass over the enterprises runs over every record of the workbook (the usual one has no conflict, but a
 * workbook with one still has 100,000 records that are in none).
 */
class Enterprises {
  private sheetIndex = -1;
  private recordIndex = 0;
  private col: ColumnKey | null = null;
  sheet: ReadSheet | undefined;
  record: LedgerRecord | undefined;
  readonly at: Enterprise = { name: "", key: "", code: "" };

  constructor(private readonly sheets: readonly ReadSheet[]) {}

  /** Moves to the next enterprise (`sheet`, `record` and `at` describe it); false when there is none left. */
  next(): boolean {
    for (;;) {
      const s = this.sheet;
      if (s === undefined || this.col === null || this.recordIndex >= s.records.length) {
        if (++this.sheetIndex >= this.sheets.length) return false;
        this.sheet = this.sheets[this.sheetIndex];
        this.col = nameColumn(this.sheet);
        this.recordIndex = 0;
        continue;
      }
      const r = s.records[this.recordIndex++];
      const name = str(r, this.col);
      const code = name === null ? null : usccOf(r);
      if (name === null || code === null) continue;
      this.record = r;
      this.at.name = name;
      this.at.key = nameKey(name);
      this.at.code = code;
      return true;
    }
  }
}

/** Which way a pairing reads: name → code (0) or code → name (1). */
type Way = 0 | 1;

/** The pairing's [from, to, to as first written] of an enterprise. */
function pick(e: Enterprise, way: Way): [string, string, string] {
  return way === 0 ? [e.key, e.code, e.code] : [e.code, e.key, e.name];
}

/** For each `from` seen with two or more different `to`s: every one of them, in the order first seen. */
type Index = Map<string, Map<string, Place>>;

// Both pairings are built together, once per check (not once per sheet).
const indexes = new WeakMap<readonly ReadSheet[], [Index, Index]>();

/**
 * For the pairing `from` → `to` (name → code or code → name): for each `from` in conflict, where each different
 * `to` was first seen. The workbook's sheets are read in order.
 */
function pairings(ctx: RuleContext, way: Way): Index {
  let both = indexes.get(ctx.sheets);
  if (!both) indexes.set(ctx.sheets, (both = buildPairings(ctx.sheets)));
  return both[way];
}

/**
 * What is in conflict: [names seen with two or more codes, codes seen with two or more names]. A first pass keeps
 * each code's first name (a string: 100,000 enterprises make no object each). When no code has two names, the
 * usual workbook, a name has two codes exactly when it is the first name of two codes: a look over the distinct
 * codes, not a second map of every record. Otherwise the names are gathered as the plain formulation does.
 */
export function conflictKeys(sheets: readonly ReadSheet[]): [Set<string>, Set<string>] {
  const nameOfCode = new Map<string, string>();
  const codes = new Set<string>();
  const all = new Enterprises(sheets);
  // An enterprise's rows often follow one another (the energy ledger's months): a row like the last adds nothing.
  let lastKey = "";
  let lastCode = "";
  while (all.next()) {
    const { key, code } = all.at;
    if (key === lastKey && code === lastCode) continue;
    lastKey = key;
    lastCode = code;
    const key1 = nameOfCode.get(code);
    if (key1 === undefined) nameOfCode.set(code, key);
    else if (key1 !== key) codes.add(code);
  }
  return [codes.size === 0 ? sharedValues(nameOfCode) : namesWithTwoCodes(sheets), codes];
}

/** The values that two or more keys of the map share. */
function sharedValues(map: ReadonlyMap<string, string>): Set<string> {
  const seen = new Set<string>();
  const shared = new Set<string>();
  for (const v of map.values()) {
    if (seen.has(v)) shared.add(v);
    else seen.add(v);
  }
  return shared;
}

/** Names seen with two or more codes, by a map of each name's first code. */
function namesWithTwoCodes(sheets: readonly ReadSheet[]): Set<string> {
  const codeOfName = new Map<string, string>();
  const names = new Set<string>();
  const all = new Enterprises(sheets);
  while (all.next()) {
    const { key, code } = all.at;
    const code1 = codeOfName.get(key);
    if (code1 === undefined) codeOfName.set(key, code);
    else if (code1 !== code) names.add(key);
  }
  return names;
}

/** Where each `to` of a `from` in conflict was first seen: a pass over the workbook, only when there is a conflict. */
function buildPairings(sheets: readonly ReadSheet[]): [Index, Index] {
  const inConflict = conflictKeys(sheets);
  const found: [Index, Index] = [new Map(), new Map()];
  if (inConflict[0].size === 0 && inConflict[1].size === 0) return found;
  const all = new Enterprises(sheets);
  while (all.next()) {
    const e = all.at;
    for (const way of [0, 1] as const) {
      // Most enterprises are in no conflict: tested before anything is built for them.
      if (!inConflict[way].has(way === 0 ? e.key : e.code)) continue;
      const [from, to, text] = pick(e, way);
      let tos = found[way].get(from);
      if (!tos) found[way].set(from, (tos = new Map()));
      if (!tos.has(to)) tos.set(to, { sheet: (all.sheet as ReadSheet).sheet, row: (all.record as LedgerRecord).row, text });
    }
  }
  return found;
}

/**
 * One finding per sheet and distinct pairing, on its first row in the sheet, naming the other pairings and
 * where they were first seen.
 */
type ConflictParams = { name: "text"; code: "text"; others: "text" };

function conflicts<Id extends string>(
  ctx: RuleContext,
  rule: RuleDecl<Id, ConflictParams>,
  column: "uscc" | "name",
  way: Way,
): FindingOf<Id, { name: string; code: string; others: string }>[] {
  const col = nameColumn(ctx.sheet);
  if (col === null) return [];
  const index = pairings(ctx, way);
  // The usual workbook has no conflict: then there is no need to walk the sheet again.
  if (index.size === 0) return [];
  const seen = new Set<string>();
  const out: FindingOf<Id, { name: string; code: string; others: string }>[] = [];
  const all = new Enterprises([ctx.sheet]);
  while (all.next()) {
    const e = all.at;
    const tos = index.get(way === 0 ? e.key : e.code);
    if (!tos) continue;
    const [from, to] = pick(e, way);
    if (seen.has(`${from}\u0000${to}`)) continue;
    seen.add(`${from}\u0000${to}`);
    const others = [...tos.entries()]
      .filter(([k]) => k !== to)
      .map(([, place]) => `${place.text}（${place.sheet}!${place.row}）`)
      .join("、");
    out.push(
      cellFinding(ctx, rule, all.record as LedgerRecord, column === "name" ? col : "uscc", {
        params: { name: e.name, code: e.code, others },
      }),
    );
  }
  return out;
}

export const nameCode = defineRule({
  id: "xref.name-code",
  severity: "warning",
  scope: "workbook",
  params: { name: "text", code: "text", others: "text" },
  check: (ctx, rule) => conflicts(ctx, rule, "uscc", 0),
  words: {
    "zh-CN": {
      name: "一名多码",
      message: "企业“{name}”在工作簿中有不同的信用代码：本行 {code}，另有 {others}",
      hint: "统一该企业的信用代码",
      about: "同一企业名称对应不同信用代码",
    },
    "en-US": {
      name: "One name, two codes",
      message: "Enterprise “{name}” has other credit codes in the workbook: {code} here, also {others}",
      hint: "Use one credit code for the enterprise",
      about: "one enterprise name with two credit codes",
    },
  },
});

export const codeName = defineRule({
  id: "xref.code-name",
  severity: "warning",
  scope: "workbook",
  params: { code: "text", name: "text", others: "text" },
  check: (ctx, rule) => conflicts(ctx, rule, "name", 1),
  words: {
    "zh-CN": {
      name: "一码多名",
      message: "信用代码 {code} 对应不同的企业名称：本行“{name}”，另有 {others}",
      hint: "统一该企业的名称（以营业执照为准）",
      about: "同一信用代码对应不同企业名称",
    },
    "en-US": {
      name: "One code, two names",
      message: "Credit code {code} is carried under other names: “{name}” here, also {others}",
      hint: "Use one name for the enterprise (as on its licence)",
      about: "one credit code under two enterprise names",
    },
  },
});

/** Files checked together: the pipeline notes it (check of several files), no check of one sheet does. */
export const crossFile = defineRule({
  id: "xref.cross-file",
  severity: "warning",
  scope: "files",
  params: { files: "text" },
  words: {
    "zh-CN": {
      name: "跨文件重复",
      message: "该记录也出现在 {files} 中",
      variants: {
        enterprise: "信用代码 {value} 也出现在 {files} 中，同一企业可能被两个县区重复统计",
        project: "项目“{value}”也出现在 {files} 中，可能被两个县区重复统计",
      },
      hint: "与相关县区核实企业或项目的归属，避免重复统计",
      about: "同一企业或项目出现在两个文件中",
    },
    "en-US": {
      name: "In two files",
      message: "This record also appears in {files}",
      variants: {
        enterprise: "Credit code {value} also appears in {files}: an enterprise counted by two counties",
        project: "Project “{value}” also appears in {files}: counted by two counties",
      },
      hint: "Agree with the other county where it belongs, so it is counted once",
      about: "the same enterprise or project in two files",
    },
  },
});

export const XREF_RULES = [nameCode, codeName, crossFile] as const;
