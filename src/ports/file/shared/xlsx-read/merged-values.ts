import { type CellValue, LIMITS, type Merge } from "../../../../core";
import type { CellBudget } from "../cells";

type Rows = (CellValue[] | undefined)[];

/** Merges no larger than a full row are kept as written; a larger one is clipped to the used range (ExcelJS's reader did the same). */
const KEEP_AS_IS = LIMITS.excelColumns;

/**
 * The merges a sheet hands the core: each larger than a full row clipped to the cells the sheet holds (beyond
 * them nothing is read or shown); one left covering a single cell or none is no merge.
 */
export function clippedMerges(merges: readonly Merge[], maxRow: number, maxCol: number): Merge[] {
  const out: Merge[] = [];
  for (const m of merges) {
    if ((m.bottom - m.top + 1) * (m.right - m.left + 1) <= KEEP_AS_IS) {
      out.push(m);
      continue;
    }
    const c = { ...m, bottom: Math.min(m.bottom, maxRow), right: Math.min(m.right, maxCol) };
    if (c.bottom < c.top || c.right < c.left || (c.bottom === c.top && c.right === c.left)) continue;
    out.push(c);
  }
  return out;
}

/**
 * Excel shows a merged area's value once, in its top-left cell; a value the file holds in another of its cells is
 * not shown, so it is dropped (and given back to the cell budget), as ExcelJS's reader dropped it. One sweep down
 * the rows with a count per column of the merges covering it: linear in the cells read plus each merge's width,
 * never by a merge's area.
 */
export function dropHiddenValues(rows: Rows, merges: readonly Merge[], budget: CellBudget): Rows {
  if (merges.length === 0) return rows;
  const width = LIMITS.columns;
  const cover = new Int32Array(width + 2);
  const byTop = merges.filter((m) => m.left <= width).sort((a, b) => a.top - b.top);
  const byBottom = [...byTop].sort((a, b) => a.bottom - b.bottom);
  const topLefts = new Map<number, number>();
  for (const m of byTop) {
    const key = m.top * (width + 1) + m.left;
    topLefts.set(key, (topLefts.get(key) ?? 0) + 1);
  }
  const add = (m: Merge, by: number): void => {
    for (let c = m.left, end = Math.min(m.right, width); c <= end; c++) cover[c] += by;
  };
  let opened = 0;
  let closed = 0;
  for (let r = 1; r <= rows.length; r++) {
    while (opened < byTop.length && byTop[opened].top <= r) add(byTop[opened++], 1);
    while (closed < byBottom.length && byBottom[closed].bottom < r) add(byBottom[closed++], -1);
    const row = rows[r - 1];
    if (!row || opened === closed) continue;
    for (let c = 1; c <= row.length; c++) {
      if (row[c - 1] === null || row[c - 1] === undefined) continue;
      if (cover[c] > (topLefts.get(r * (width + 1) + c) ?? 0)) {
        row[c - 1] = null;
        budget.used--;
      }
    }
    while (row.length > 0 && row[row.length - 1] === null) row.pop();
    if (row.length === 0) rows[r - 1] = undefined;
  }
  let last = rows.length;
  while (last > 0 && rows[last - 1] === undefined) last--;
  return rows.slice(0, last);
}
