/** Where a finding points, as a spreadsheet shows it: column letters and A1 addresses. */

import type { Place } from "./types";

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `C5` for a finding on a cell; null without a row and column. */
export function cellAddress(f: Pick<Place, "row" | "col">): string | null {
  return f.row !== undefined && f.col !== undefined ? `${columnLetters(f.col)}${f.row}` : null;
}
