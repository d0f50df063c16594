/** Merged ranges, seen from a cell: which cells a merge covers, and what a covered cell shows. */

import type { CellValue, Merge, SheetData } from "./types";

function validMerge(m: unknown): m is Merge {
  if (typeof m !== "object" || m === null) return false;
  const { top, left, bottom, right } = m as Merge;
  return [top, left, bottom, right].every((n) => Number.isSafeInteger(n) && n >= 1) && bottom >= top && right >= left;
}

/** The sheet's merges that make sense (ports and fuzzers may hand over odd ones). */
export function sheetMerges(sheet: SheetData): Merge[] {
  return Array.isArray(sheet.merges) ? sheet.merges.filter(validMerge) : [];
}

/**
 * The merges over rows 1..lastRow, cell by cell, within `width` columns: the merge covering each cell.
 * Only the header area is indexed this way (a few rows), so the size stays small.
 */
export class HeaderMerges {
  private readonly at = new Map<number, Merge>();

  constructor(merges: readonly Merge[], lastRow: number, width: number) {
    for (const m of merges) {
      if (m.top > lastRow || m.left > width || (m.top === m.bottom && m.left === m.right)) continue;
      for (let r = m.top; r <= Math.min(m.bottom, lastRow); r++) {
        for (let c = m.left; c <= Math.min(m.right, width); c++) {
          const k = r * 16385 + c;
          if (!this.at.has(k)) this.at.set(k, m);
        }
      }
    }
  }

  covering(row: number, col: number): Merge | undefined {
    return this.at.get(row * 16385 + col);
  }
}

export interface Fill {
  col: number;
  value: CellValue;
}

/**
 * Below the header, a merged cell (所属县区 merged over its enterprises) shows its value on every row it
 * spans: those rows get the value in the merge's first column. Keyed by row; work is linear in merged rows.
 */
export function dataFills(
  merges: readonly Merge[],
  rows: SheetData["rows"],
  firstRow: number,
): Map<number, Fill[]> {
  const fills = new Map<number, Fill[]>();
  for (const m of merges) {
    if (m.top < firstRow || m.top >= m.bottom || m.top > rows.length) continue;
    const top = rows[m.top - 1];
    const value = Array.isArray(top) ? top[m.left - 1] : undefined;
    if (value === undefined || value === null) continue;
    for (let r = m.top + 1; r <= Math.min(m.bottom, rows.length); r++) {
      const list = fills.get(r);
      if (list) list.push({ col: m.left, value });
      else fills.set(r, [{ col: m.left, value }]);
    }
  }
  return fills;
}
