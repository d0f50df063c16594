/**
 * The chosen header → column bindings: each kind column bound once (the user's mapping first, else the first
 * header naming it), the header's unit read, and the header findings: unknown columns and repeated ones
 * (info), required columns not found (error).
 */

import { PROVENANCE_HEADERS } from "../ledgers/columns";
import type { ColumnSpec } from "../ledgers/types";
import { columnLetters } from "../sheet";
import { type Noted } from "../findings";
import type { CellMatch, ScoredLayout } from "./find-header";
import { finding } from "./findings";
import { MONEY_UNITS } from "./header";
import { cellAt, cellText, compact, isBlankCell } from "./text";
import type { SheetData } from "./types";

export interface Bound {
  column: ColumnSpec;
  col: number;
  header: string;
  factor: number;
  percent: boolean;
  mapped: boolean;
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
  for (const column of columns) {
    if (column.required && !byKey.has(column.key)) {
      findings.push(finding("header.missing", { sheet, params: { column: column.header } }));
    }
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
