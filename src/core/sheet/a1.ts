/** A1 notation: column letters, cell and range names, and back. One spelling for every layer. */

/** A rectangle of cells, 1-based and inclusive. */
export interface Rect {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

/** 1 → A, 28 → AB. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** "AB" → 28 (case-insensitive); the caller checks that it holds letters only. */
export function columnNumber(letters: string): number {
  let col = 0;
  for (const ch of letters.toUpperCase()) col = col * 26 + ch.charCodeAt(0) - 64;
  return col;
}

/** (5, 3) → "C5". */
export function cellName(row: number, col: number): string {
  return `${columnLetters(col)}${row}`;
}

/** "C5" for one cell, "B2:D5" for a larger rectangle. */
export function rangeName(r: Rect): string {
  const from = cellName(r.top, r.left);
  return r.top === r.bottom && r.left === r.right ? from : `${from}:${cellName(r.bottom, r.right)}`;
}

/** "AB12" (with or without $) → {row: 12, col: 28}; null when it is not a cell address. */
export function parseCellName(a1: string): { row: number; col: number } | null {
  const m = /^\$?([A-Za-z]{1,3})\$?(\d+)$/.exec(a1.trim());
  return m ? { row: Number(m[2]), col: columnNumber(m[1]) } : null;
}
