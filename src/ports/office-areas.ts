/** A1 addresses for the Excel port: areas to text and back, cells grouped into rectangles, long lists cut into chunks. */

import { columnNumber, type Merge, rangeName } from "../core";

/** A rectangle of cells, 1-based and inclusive (the core's Merge has the same shape). */
export type Area = Merge;

const MAX_ROWS = 1048576;
const MAX_COLS = 16384;

/** "B2", "B2:D5", "3:5" (whole rows), "B:D" (whole columns), with or without $; null when it is none of those. */
export function parseArea(a1: string): Area | null {
  const m = /^\$?([A-Za-z]{0,3})\$?(\d*)(?::\$?([A-Za-z]{0,3})\$?(\d*))?$/.exec(a1.trim());
  if (!m) return null;
  const [, c1, r1, c2 = c1, r2 = r1] = m;
  if ((c1 === "") !== (c2 === "") || (r1 === "") !== (r2 === "") || (c1 === "" && r1 === "")) return null;
  const top = r1 ? Number(r1) : 1;
  const bottom = r2 ? Number(r2) : MAX_ROWS;
  const left = c1 ? columnNumber(c1) : 1;
  const right = c2 ? columnNumber(c2) : MAX_COLS;
  return { top: Math.min(top, bottom), left: Math.min(left, right), bottom: Math.max(top, bottom), right: Math.max(left, right) };
}

/** A RangeAreas address ("Sheet1!A1:B2, 'My, sheet'!C3") → its areas; sheet names may be quoted and hold commas. */
export function parseAreasAddress(address: string): Area[] {
  const out: Area[] = [];
  for (const m of address.matchAll(/(?:'(?:[^']|'')*'|[^',!]+)!([$A-Za-z0-9:]+)/g)) {
    const area = parseArea(m[1]);
    if (area) out.push(area);
  }
  return out;
}

/**
 * Cells grouped into few rectangles: runs of adjacent columns in a row, then runs with the same columns in
 * adjacent rows (a column of errors is one area, so is a whole row). `cells` maps a row to its columns.
 */
export function rectangles(cells: ReadonlyMap<number, Iterable<number>>): Area[] {
  const done: Area[] = [];
  let open = new Map<string, Area>();
  for (const row of [...cells.keys()].sort((a, b) => a - b)) {
    const cols = [...new Set(cells.get(row))].sort((a, b) => a - b);
    const next = new Map<string, Area>();
    for (let i = 0; i < cols.length; ) {
      let j = i;
      while (j + 1 < cols.length && cols[j + 1] === cols[j] + 1) j++;
      const key = `${cols[i]}:${cols[j]}`;
      const above = open.get(key);
      if (above && above.bottom === row - 1) {
        above.bottom = row;
        open.delete(key);
        next.set(key, above);
      } else next.set(key, { top: row, left: cols[i], bottom: row, right: cols[j] });
      i = j + 1;
    }
    for (const r of open.values()) done.push(r);
    open = next;
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * Areas as comma-separated address strings for Worksheet.getRanges, each at most `maxChars` long and of at most
 * `maxAreas` areas: Office documents no limit but fails on long ones (office-js issue 5198, failures from about
 * 500 areas or 8,000 characters).
 */
export function addressChunks(areas: readonly Area[], maxChars: number, maxAreas: number): string[] {
  const out: string[] = [];
  let parts: string[] = [];
  let length = 0;
  for (const a of areas) {
    const s = rangeName(a);
    if (parts.length > 0 && (parts.length >= maxAreas || length + 1 + s.length > maxChars)) {
      out.push(parts.join(","));
      parts = [];
      length = 0;
    }
    length += (parts.length > 0 ? 1 : 0) + s.length;
    parts.push(s);
  }
  if (parts.length > 0) out.push(parts.join(","));
  return out;
}

export function cellCount(a: Area): number {
  return (a.bottom - a.top + 1) * (a.right - a.left + 1);
}
