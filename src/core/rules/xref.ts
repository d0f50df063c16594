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

function enterpriseOf(r: LedgerRecord, nameCol: ColumnKey): Enterprise | null {
  const name = str(r, nameCol);
  const code = usccOf(r);
  return name === null || code === null ? null : { name, key: nameKey(name), code };
}

/** A pairing: [from, to, to as first written]. */
type Pick = (e: Enterprise) => [string, string, string];

const nameToCode: Pick = (e) => [e.key, e.code, e.code];
const codeToName: Pick = (e) => [e.code, e.key, e.name];

/** For each `from` seen with two or more different `to`s: every one of them, in the order first seen. */
type Index = Map<string, Map<string, Place>>;

// Both pairings are built together, once per check (not once per sheet).
const indexes = new WeakMap<readonly ReadSheet[], Map<Pick, Index>>();

/**
 * For the pairing `from` → `to` (name → code or code → name): for each `from` in conflict, where each different
 * `to` was first seen. The workbook's sheets are read in order.
 */
function pairings(ctx: RuleContext, pick: Pick): Index {
  let byPick = indexes.get(ctx.sheets);
  if (!byPick) indexes.set(ctx.sheets, (byPick = buildPairings(ctx.sheets)));
  return byPick.get(pick) as Index;
}

function eachEnterprise(sheets: readonly ReadSheet[], visit: (e: Enterprise, sheet: string, row: number) => void): void {
  for (const s of sheets) {
    const col = nameColumn(s);
    if (col === null) continue;
    for (const r of s.records) {
      const e = enterpriseOf(r, col);
      if (e !== null) visit(e, s.sheet, r.row);
    }
  }
}

/**
 * What is in conflict: [names seen with two or more codes, codes seen with two or more names]. A first pass keeps
 * each code's first name (a string: 100,000 enterprises make no object each). When no code has two names, the
 * usual workbook, a name has two codes exactly when it is the first name of two codes: a look over the distinct
 * codes, not a second map of every record. Otherwise the names are gathered as the plain formulation does. The
 * first pass is written out (no closure): it runs over every enterprise of the workbook.
 */
export function conflictKeys(sheets: readonly ReadSheet[]): [Set<string>, Set<string>] {
  const nameOfCode = new Map<string, string>();
  const codes = new Set<string>();
  for (const s of sheets) {
    const col = nameColumn(s);
    if (col === null) continue;
    for (const r of s.records) {
      const name = str(r, col);
      const code = name === null ? null : usccOf(r);
      if (name === null || code === null) continue;
      const key = nameKey(name);
      const key1 = nameOfCode.get(code);
      if (key1 === undefined) nameOfCode.set(code, key);
      else if (key1 !== key) codes.add(code);
    }
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
  eachEnterprise(sheets, (e) => {
    const code1 = codeOfName.get(e.key);
    if (code1 === undefined) codeOfName.set(e.key, e.code);
    else if (code1 !== e.code) names.add(e.key);
  });
  return names;
}

/** Where each `to` of a `from` in conflict was first seen: a pass over the workbook, only when there is a conflict. */
function buildPairings(sheets: readonly ReadSheet[]): Map<Pick, Index> {
  const picks = [nameToCode, codeToName];
  const inConflict = conflictKeys(sheets);
  const found = picks.map((): Index => new Map());
  if (inConflict.some((c) => c.size > 0)) {
    eachEnterprise(sheets, (e, sheet, row) => {
      for (let i = 0; i < picks.length; i++) {
        const p = picks[i](e);
        if (!inConflict[i].has(p[0])) continue;
        let tos = found[i].get(p[0]);
        if (!tos) found[i].set(p[0], (tos = new Map()));
        if (!tos.has(p[1])) tos.set(p[1], { sheet, row, text: p[2] });
      }
    });
  }
  return new Map(picks.map((p, i) => [p, found[i]]));
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
  pick: Pick,
): FindingOf<Id, { name: string; code: string; others: string }>[] {
  const col = nameColumn(ctx.sheet);
  if (col === null) return [];
  const index = pairings(ctx, pick);
  // The usual workbook has no conflict: then there is no need to walk the sheet again.
  if (index.size === 0) return [];
  const seen = new Set<string>();
  const out: FindingOf<Id, { name: string; code: string; others: string }>[] = [];
  for (const r of ctx.sheet.records) {
    const e = enterpriseOf(r, col);
    if (e === null) continue;
    const [from, to] = pick(e);
    const tos = index.get(from);
    if (!tos || seen.has(`${from}\u0000${to}`)) continue;
    seen.add(`${from}\u0000${to}`);
    const others = [...tos.entries()]
      .filter(([k]) => k !== to)
      .map(([, place]) => `${place.text}（${place.sheet}!${place.row}）`)
      .join("、");
    out.push(
      cellFinding(ctx, rule, r, column === "name" ? col : "uscc", {
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
  check: (ctx, rule) => conflicts(ctx, rule, "uscc", nameToCode),
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
  check: (ctx, rule) => conflicts(ctx, rule, "name", codeToName),
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
