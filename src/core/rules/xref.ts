/** Enterprises across the workbook's sheets: one name, one code. */

import type { LedgerRecord } from "../ledgers/types";
import type { ReadSheet } from "../read/result";
import type { Finding } from "./types";
import { cellFinding, columnOf, type RuleCheck, type RuleContext } from "./context";
import { usccOf } from "./common";
import { nameKey, str } from "./values";

/** The column holding the enterprise's name: 建设单位 in the project ledgers. */
function nameColumn(sheet: ReadSheet): string | null {
  if (columnOf(sheet, "uscc") === undefined) return null;
  for (const key of ["name", "builder"]) if (columnOf(sheet, key) !== undefined) return key;
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

function enterpriseOf(r: LedgerRecord, nameCol: string): Enterprise | null {
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
 * A first pass keeps each `from`'s first `to` (a string: 100,000 enterprises make no object each), which is all
 * a workbook without a conflict, the usual one, needs; a second pass, only when there are conflicts, gathers where
 * each `to` of a `from` in conflict was first seen.
 */
function buildPairings(sheets: readonly ReadSheet[]): Map<Pick, Index> {
  const picks = [nameToCode, codeToName];
  const firstTo = picks.map(() => new Map<string, string>());
  const inConflict = picks.map(() => new Set<string>());
  eachEnterprise(sheets, (e) => {
    for (let i = 0; i < picks.length; i++) {
      const p = picks[i](e);
      const had = firstTo[i].get(p[0]);
      if (had === undefined) firstTo[i].set(p[0], p[1]);
      else if (had !== p[1]) inConflict[i].add(p[0]);
    }
  });
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
function conflicts(ctx: RuleContext, rule: string, column: "uscc" | "name", pick: Pick): Finding[] {
  const col = nameColumn(ctx.sheet);
  if (col === null) return [];
  const index = pairings(ctx, pick);
  // The usual workbook has no conflict: then there is no need to walk the sheet again.
  if (index.size === 0) return [];
  const seen = new Set<string>();
  const out: Finding[] = [];
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

export const nameCode: RuleCheck = {
  id: "xref.name-code",
  check: (ctx) => conflicts(ctx, "xref.name-code", "uscc", nameToCode),
};

export const codeName: RuleCheck = {
  id: "xref.code-name",
  check: (ctx) => conflicts(ctx, "xref.code-name", "name", codeToName),
};
