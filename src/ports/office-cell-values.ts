/**
 * Excel's `values` → the core's cell values. Excel gives numbers (a date as its serial: the cell's number format
 * tells, see date-formats.ts), booleans, strings, "" for a blank, and an error as its name ("#N/A") — which a text
 * cell could hold too, so such strings are only suspects until their `valueTypes` says "Error".
 */

import type { CellValue } from "../core";
import { isPercentFormat, percentShown } from "./percent-format";
import { dateOfSerial, isDateFormat } from "./office-date-formats";

/** Every error value Excel shows. */
export const ERROR_NAMES: ReadonlySet<string> = new Set([
  "#NULL!", "#DIV/0!", "#VALUE!", "#REF!", "#NAME?", "#NUM!", "#N/A", "#GETTING_DATA",
  "#SPILL!", "#CONNECT!", "#BLOCKED!", "#UNKNOWN!", "#FIELD!", "#CALC!", "#BUSY!", "#PYTHON!",
]);

export interface ConvertedRows {
  /** Per row of the block: the sheet's own columns (leading blanks for the columns left of the range), or undefined when blank. */
  rows: (CellValue[] | undefined)[];
  /** Cells whose text is an error's name: [row offset in the block, 1-based column]. */
  suspects: [number, number][];
  /** Numbers whose format was not read with the block, so that they may still be dates: [row offset, 1-based column]. */
  unformatted: [number, number][];
  /** Per column of the block: whether it holds a number. */
  numbers: boolean[];
}

/**
 * The number format of the block's cell (row offset, column offset), or undefined where it was not read.
 * Formats are read for the columns that hold numbers only, to keep the response small.
 */
export type FormatAt = (row: number, col: number) => string | undefined;

function cell(v: unknown): CellValue {
  if (v === "" || v === null || v === undefined) return null;
  if (typeof v === "number") return Number.isFinite(v) ? v : null;
  if (typeof v === "string" || typeof v === "boolean") return v;
  return null;
}

/**
 * Numbers as the file port would hand them over, given their cells' formats (a block has few distinct ones):
 * a date as a date, a percentage as the text it shows (percent-format.ts).
 */
export function formatReader(): (n: number, format: string) => CellValue {
  const shown = new Map<string, "date" | "percent" | "number">();
  return (n, format) => {
    let as = shown.get(format);
    if (as === undefined) shown.set(format, (as = isDateFormat(format) ? "date" : isPercentFormat(format) ? "percent" : "number"));
    return as === "date" ? dateOfSerial(n) : as === "percent" ? percentShown(n) : n;
  };
}

/** A block of `values` whose first column is the sheet's column `left + 1`. */
export function convertBlock(values: readonly (readonly unknown[])[], left: number, formatAt: FormatAt): ConvertedRows {
  const rows: (CellValue[] | undefined)[] = [];
  const suspects: [number, number][] = [];
  const unformatted: [number, number][] = [];
  const numbers = new Array<boolean>(values[0]?.length ?? 0).fill(false);
  const withFormat = formatReader();
  values.forEach((raw, i) => {
    let last = -1;
    for (let j = raw.length - 1; j >= 0; j--) {
      if (cell(raw[j]) !== null) {
        last = j;
        break;
      }
    }
    if (last < 0) {
      rows.push(undefined);
      return;
    }
    const row = new Array<CellValue>(left + last + 1).fill(null);
    for (let j = 0; j <= last; j++) {
      let v = cell(raw[j]);
      if (typeof v === "number") {
        numbers[j] = true;
        const format = formatAt(i, j);
        if (format === undefined) unformatted.push([i, left + j + 1]);
        else v = withFormat(v, format);
      } else if (typeof v === "string" && ERROR_NAMES.has(v)) suspects.push([i, left + j + 1]);
      row[left + j] = v;
    }
    rows.push(row);
  });
  return { rows, suspects, unformatted, numbers };
}
