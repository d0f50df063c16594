/**
 * The chosen header → column bindings: each kind column bound once (the user's mapping first, else the first
 * header naming it), the header's unit read, and the header findings: unknown columns and repeated ones
 * (info), required columns not found (error).
 */

import { PROVENANCE_HEADERS } from "../../ledgers/columns";
import type { ColumnSpec } from "../../ledgers/types";
import { columnLetters } from "../../sheet";
import { type Noted } from "../../findings";
import { finding } from "../findings";
import { cellAt, cellText, compact, isBlankCell } from "../text";
import type { SheetData } from "../types";
import { headerKey, MONEY_UNITS } from "./header-text";
import type { CellMatch, ScoredLayout } from "./match";

export interface Bound {
  column: ColumnSpec;
  col: number;
  header: string;
  factor: number;
  percent: boolean;
  mapped: boolean;
}

// Characters that say nothing about which column a header names.
const FILLER = new Set([..."的及和与或·()（）[]【】年月日本上去同期累计元万亿%名称"]);

function keyChars(text: string): Set<string> {
  return new Set([...headerKey(text)].filter((c) => !FILLER.has(c)));
}

/**
 * The unknown header that most resembles a missing column (LEDGERS.md, Unknown columns): it shares at least two
 * key characters with the column's header or an alias, and at least half of the shorter one's (所在区县 for
 * 所属县区). Undefined when none does.
 */
function resembling(column: ColumnSpec, unknown: readonly CellMatch[]): CellMatch | undefined {
  const names = [column.header, ...column.aliases].map(keyChars);
  let best: CellMatch | undefined;
  let bestShared = 0;
  for (const m of unknown) {
    const chars = keyChars(m.info.text);
    for (const name of names) {
      let shared = 0;
      for (const c of chars) if (name.has(c)) shared++;
      if (shared >= 2 && shared * 2 >= Math.min(chars.size, name.size) && shared > bestShared) {
        best = m;
        bestShared = shared;
      }
    }
  }
  return best;
}

function isMapped(m: CellMatch, mapped: ReadonlyMap<string, ColumnSpec>): boolean {
  return m.info.candidates.concat(m.cell.lookups).some((t) => mapped.get(t) === m.column);
}

function factorOf(column: ColumnSpec, m: CellMatch, sheetFactor: number): number {
  if (column.type !== "money" || column.keepUnit) return 1;
  return m.info.factor ?? sheetFactor;
}

export function bindColumns(
  sheet: string,
  columns: readonly ColumnSpec[],
  scored: ScoredLayout,
  mapped: ReadonlyMap<string, ColumnSpec>,
  sheetFactor: number,
  findings: Noted[],
): Bound[] {
  const byKey = new Map<string, Bound>();
  const flagged = scored.matches.map((m) => (m.column ? isMapped(m, mapped) : false));
  // Mapped headers first: the user's choice wins over a header that merely looks right.
  const order = scored.matches.map((_, i) => i).sort((a, b) => Number(flagged[b]) - Number(flagged[a]) || a - b);
  for (const i of order) {
    const m = scored.matches[i];
    const at = { sheet, row: m.cell.row, col: m.cell.textCol, value: m.cell.display };
    if (!m.column) {
      if (PROVENANCE_HEADERS.includes(m.cell.display)) continue;
      findings.push(finding("header.unknown", { ...at, params: { header: m.cell.display } }));
      continue;
    }
    const first = byKey.get(m.column.key);
    if (first) {
      findings.push(finding("header.duplicate", { ...at, params: { column: m.column.header, first: columnLetters(first.col) } }));
      continue;
    }
    byKey.set(m.column.key, {
      column: m.column,
      col: m.cell.col,
      header: m.cell.display,
      factor: factorOf(m.column, m, sheetFactor),
      percent: (m.column.type === "rate" || m.column.type === "number") && m.info.percent,
      mapped: flagged[i],
    });
  }
  const unknown = scored.matches.filter((m) => !m.column);
  for (const column of columns) {
    if (!column.required || byKey.has(column.key)) continue;
    const like = resembling(column, unknown);
    if (!like) {
      findings.push(finding("header.missing", { sheet, params: { column: column.header } }));
      continue;
    }
    // Name the header the user most likely meant, so that the pane can map it in one click.
    const cell = `${columnLetters(like.cell.textCol)}${like.cell.row}`;
    findings.push(
      finding("header.missing", {
        sheet,
        variant: "similar",
        params: { column: column.header, key: column.key, header: like.cell.display, cell },
      }),
    );
  }
  return [...byKey.values()].sort((a, b) => a.col - b.col);
}

const UNIT_LINE = /单位[:：]?(亿元|百万元|千元|万元|元)/;

/**
 * A line `单位：亿元` above the header sets the unit of money columns whose header names none. Only title
 * rows are read (above the header), so a data cell never changes units.
 */
export function sheetUnitFactor(sheet: SheetData, aboveRow: number): number {
  for (let r = 1; r < aboveRow && r <= sheet.rows.length; r++) {
    const row = sheet.rows[r - 1];
    if (!Array.isArray(row)) continue;
    for (let c = 1; c <= row.length; c++) {
      const v = cellAt(row, c);
      if (isBlankCell(v) || typeof v !== "string") continue;
      const m = UNIT_LINE.exec(compact(cellText(v)));
      if (m) return MONEY_UNITS.get(m[1]) as number;
    }
  }
  return 1;
}
