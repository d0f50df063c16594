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

type Pick = (r: LedgerRecord, nameCol: string) => [string, string, string] | null;
type Index = Map<string, Map<string, Place>>;

// Built once per workbook and pairing, not once per sheet.
const indexes = new WeakMap<readonly ReadSheet[], Map<Pick, Index>>();

/**
 * For the pairing `from` → `to` (name → code or code → name): for each `from`, where each different `to` was
 * first seen. The workbook's sheets are read in order.
 */
function pairings(ctx: RuleContext, pick: Pick): Index {
  let byPick = indexes.get(ctx.sheets);
  if (!byPick) indexes.set(ctx.sheets, (byPick = new Map()));
  const cached = byPick.get(pick);
  if (cached) return cached;
  const index: Index = new Map();
  for (const s of ctx.sheets) {
    const col = nameColumn(s);
    if (col === null) continue;
    for (const r of s.records) {
      const p = pick(r, col);
      if (p === null) continue;
      const [from, to, text] = p;
      let tos = index.get(from);
      if (!tos) index.set(from, (tos = new Map()));
      if (!tos.has(to)) tos.set(to, { sheet: s.sheet, row: r.row, text });
    }
  }
  byPick.set(pick, index);
  return index;
}

/**
 * One finding per sheet and distinct pairing, on its first row in the sheet, naming the other pairings and
 * where they were first seen.
 */
function conflicts(ctx: RuleContext, rule: string, column: "uscc" | "name", pick: Pick): Finding[] {
  const col = nameColumn(ctx.sheet);
  if (col === null) return [];
  const index = pairings(ctx, pick);
  const seen = new Set<string>();
  const out: Finding[] = [];
  for (const r of ctx.sheet.records) {
    const p = pick(r, col);
    if (p === null) continue;
    const [from, to] = p;
    const tos = index.get(from);
    if (!tos || tos.size < 2 || seen.has(`${from}\u0000${to}`)) continue;
    seen.add(`${from}\u0000${to}`);
    const others = [...tos.entries()]
      .filter(([k]) => k !== to)
      .map(([, place]) => `${place.text}（${place.sheet}!${place.row}）`)
      .join("、");
    const name = str(r, col) ?? "";
    out.push(
      cellFinding(ctx, rule, r, column === "name" ? col : "uscc", {
        params: { name, code: usccOf(r) ?? "", others },
      }),
    );
  }
  return out;
}

const nameToCode: Pick = (r, col) => {
  const name = str(r, col);
  const code = usccOf(r);
  return name === null || code === null ? null : [nameKey(name), code, code];
};

const codeToName: Pick = (r, col) => {
  const name = str(r, col);
  const code = usccOf(r);
  return name === null || code === null ? null : [code, nameKey(name), name];
};

export const nameCode: RuleCheck = {
  id: "xref.name-code",
  check: (ctx) => conflicts(ctx, "xref.name-code", "uscc", nameToCode),
};

export const codeName: RuleCheck = {
  id: "xref.code-name",
  check: (ctx) => conflicts(ctx, "xref.code-name", "name", codeToName),
};
