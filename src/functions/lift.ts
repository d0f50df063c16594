/**
 * Lifting a scalar calc function over Excel ranges (FUNCTIONS.md, Conventions): broadcasting, blanks, numbers
 * written as text, and errors element by element, in one pass over the broadcast shape.
 */

import {
  CalcError,
  CalcResult,
  isBlank,
  isCalcError,
  NUM,
  parseBool,
  parseNumberText,
  quote,
  valueError,
} from "../core";
import { isInputError, passInputError, toExcelError } from "./runtime";
import { zh } from "./words";

/** What a function puts in a cell. */
export type Scalar = number | string | boolean;

/** One argument: the range as Excel passed it, how to read an element, and the value of a blank element. */
export interface Arg<T> {
  value: unknown;
  read: (v: unknown) => CalcResult<T>;
  /** For an optional argument: what a blank element (or the argument left out) stands for. Required if absent. */
  orElse?: T;
}

type ArgValues<A extends readonly Arg<unknown>[]> = { -readonly [K in keyof A]: A[K] extends Arg<infer T> ? T : never };

function readNumber(v: unknown): CalcResult<number> {
  if (typeof v === "number") return Number.isFinite(v) ? v : valueError(zh("fn.not-finite", { value: quote(v) }));
  if (typeof v === "string") return parseNumberText(v) ?? valueError(zh("fn.not-number", { value: quote(v) }));
  return valueError(zh("fn.not-number", { value: quote(v) }));
}

function readBool(v: unknown): CalcResult<boolean> {
  return parseBool(v) ?? valueError(zh("fn.not-bool", { value: quote(v) }));
}

/** Codes and names: text as written, numbers as numbers (a 6-digit region code, an industry code). */
function readText(v: unknown): CalcResult<string | number> {
  if (typeof v === "string") return v;
  if (typeof v === "number" && Number.isFinite(v)) return v;
  return valueError(zh("fn.not-text", { value: quote(v) }));
}

export const num = (value: unknown, orElse?: number): Arg<number> => ({ value, read: readNumber, orElse });
export const bool = (value: unknown, orElse?: boolean): Arg<boolean> => ({ value, read: readBool, orElse });
export const text = (value: unknown): Arg<string | number> => ({ value, read: readText });
/** An argument read by its own parser (a period, a basis). */
export const parsed = <T>(value: unknown, read: (v: unknown) => CalcResult<T>, orElse?: T): Arg<T> => ({
  value,
  read,
  orElse,
});

/** Excel passes `any[][]`; a script or another host may pass a scalar or a flat list. Left out = one blank. */
function toMatrix(v: unknown): readonly (readonly unknown[])[] {
  if (!Array.isArray(v)) return [[v]];
  if (v.length === 0) return [[undefined]];
  if (!v.every(Array.isArray)) return [v];
  return v.some((row: unknown[]) => row.length > 0) ? v : [[undefined]];
}

function width(m: readonly (readonly unknown[])[]): number {
  let w = 0;
  for (const row of m) if (row.length > w) w = row.length;
  return w;
}

/**
 * The broadcast shape, or null: a 1×1 argument pairs with anything; a row with a matrix of its width; a column
 * with a matrix of its height. A row and a column alone do not make a table.
 */
function broadcastShape(shapes: readonly [number, number][]): [number, number] | null {
  let rows = 1;
  let cols = 1;
  for (const [r, c] of shapes) {
    if (r > rows) rows = r;
    if (c > cols) cols = c;
  }
  for (const [r, c] of shapes) if ((r !== rows && r !== 1) || (c !== cols && c !== 1)) return null;
  if (rows > 1 && cols > 1 && !shapes.some(([r, c]) => r === rows && c === cols)) return null;
  return [rows, cols];
}

function shapeError(shapes: readonly [number, number][]): CalcError {
  const distinct = [...new Set(shapes.map(([r, c]) => `${r}×${c}`))];
  return valueError(zh("fn.shape-mismatch", { shapes: distinct.join(zh("fn.shape-sep")) }));
}

/**
 * Applies `compute` to every element of the broadcast arguments. Per element: an error in an input cell is
 * returned as it is (the first argument's first); an unreadable value gives #VALUE! naming it; a blank in a
 * required argument gives ""; else the computed value, a CalcError becoming the runtime's error (and a
 * result too large for a double, #NUM!).
 */
export function lift<const A extends readonly Arg<unknown>[]>(
  args: A,
  compute: (...values: ArgValues<A>) => CalcResult<Scalar>,
): unknown[][] {
  const n = args.length;
  const mats = args.map((a) => toMatrix(a.value));
  const shapes = mats.map((m): [number, number] => [m.length, width(m)]);
  const shape = broadcastShape(shapes);
  if (!shape) return [[toExcelError(shapeError(shapes))]];
  const [rows, cols] = shape;
  const rowStep = shapes.map(([r]) => r !== 1);
  const colStep = shapes.map(([, c]) => c !== 1);
  const values = new Array<unknown>(n) as ArgValues<A>;
  const out: unknown[][] = new Array(rows);

  for (let i = 0; i < rows; i++) {
    const line = new Array<unknown>(cols);
    for (let j = 0; j < cols; j++) {
      let result: unknown = undefined;
      let blank = false;
      for (let k = 0; k < n; k++) {
        const v = mats[k][rowStep[k] ? i : 0][colStep[k] ? j : 0];
        if (isInputError(v)) {
          result = passInputError(v);
          break;
        }
        const arg = args[k];
        if (isBlank(v)) {
          if (arg.orElse === undefined) blank = true;
          else values[k] = arg.orElse;
          continue;
        }
        const read = arg.read(v);
        if (isCalcError(read)) {
          result = toExcelError(read);
          break;
        }
        values[k] = read;
      }
      if (result === undefined) {
        if (blank) result = "";
        else {
          const r = compute(...values);
          // Excel has no infinities: an overflow is #NUM!, as in Excel's own arithmetic.
          result = isCalcError(r) ? toExcelError(r) : typeof r === "number" && !Number.isFinite(r) ? toExcelError(NUM) : r;
        }
      }
      line[j] = result;
    }
    out[i] = line;
  }
  return out;
}
