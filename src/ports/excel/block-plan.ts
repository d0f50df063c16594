/**
 * How many rows a read block takes: as many as keep the response under the payload budget and the cell budget.
 * Before any row of a sheet is read, a row is guessed at 40 bytes a cell, and 12 for its number format (a sheet's
 * first block reads every column's); after a block, its measured size (with a margin, as later rows may be
 * fuller) sizes the next one.
 */

import { PAYLOAD_BUDGET } from "./request";

export interface ReadBudget {
  /** Bytes of values one response may carry (Office refuses 5 MB). */
  bytes: number;
  /** Cells one response may carry (Office refuses a read of 5,000,000). */
  cells: number;
}

export const READ_BUDGET: ReadBudget = { bytes: PAYLOAD_BUDGET, cells: 1_000_000 };

const GUESS_PER_CELL = 40;
const GUESS_PER_FORMAT = 12;
const MARGIN = 1.5;
/** The least a cell costs in JSON: "" and a comma. */
const MIN_PER_CELL = 3;

export function guessRowBytes(cols: number): number {
  return cols * (GUESS_PER_CELL + GUESS_PER_FORMAT) + 2;
}

/** A row's size for the next block, from what `rows` rows of the last block really took; `cells` read a row. */
export function measuredRowBytes(bytes: number, rows: number, cells: number): number {
  return Math.max(cells * MIN_PER_CELL + 2, Math.ceil((bytes / rows) * MARGIN));
}

/** The rows of a full block, `cells` read a row (values and formats). */
export function blockRows(rowBytes: number, cells: number, budget: ReadBudget): number {
  return Math.max(1, Math.min(Math.floor(budget.bytes / rowBytes), Math.floor(budget.cells / cells)));
}
