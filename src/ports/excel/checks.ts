/**
 * Second looks at cells whose `values` alone do not tell what they hold: text that reads like an error's name
 * (its `valueTypes` tells) and numbers whose number format was not read with their block (it tells a date). The
 * cells are read as column ranges, one per run of nearby cells: a gap costs its cells' bytes, a range costs an
 * operation, and no range is so long that it fills a request by itself.
 */

import { OP_OVERHEAD } from "./request";

export type CheckProperty = "valueTypes" | "numberFormat";

/** What one cell costs in the response: a value type ("Double", "Error") or a number format ("#,##0.00"), generously. */
export const CELL_BYTES: Readonly<Record<CheckProperty, number>> = { valueTypes: 12, numberFormat: 32 };

/** One column range to read: 1-based sheet rows top..bottom of column `col`, and the cells in it that asked. */
export interface Span {
  prop: CheckProperty;
  col: number;
  top: number;
  bottom: number;
  rows: number[];
}

/** What reading a span costs a request, in bytes (the response and the operation). */
export function spanBytes(s: Span): number {
  return (s.bottom - s.top + 1) * CELL_BYTES[s.prop] + OP_OVERHEAD;
}

/** The spans that read `cells` ({row, col}, 1-based), none costing more than half of `budget` bytes. */
export function planSpans(prop: CheckProperty, cells: readonly { row: number; col: number }[], budget: number): Span[] {
  const perCell = CELL_BYTES[prop];
  const gap = Math.ceil(OP_OVERHEAD / perCell);
  const longest = Math.max(1, Math.floor(budget / 2 / perCell));
  const byCol = new Map<number, number[]>();
  for (const { row, col } of cells) {
    const rows = byCol.get(col);
    if (rows) rows.push(row);
    else byCol.set(col, [row]);
  }
  const spans: Span[] = [];
  for (const [col, rows] of byCol) {
    rows.sort((a, b) => a - b);
    let span: Span | null = null;
    for (const row of rows) {
      if (span && row - span.bottom <= gap && row - span.top < longest) {
        span.bottom = row;
        span.rows.push(row);
      } else {
        span = { prop, col, top: row, bottom: row, rows: [row] };
        spans.push(span);
      }
    }
  }
  return spans;
}
