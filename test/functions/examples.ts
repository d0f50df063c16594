/**
 * The examples of FUNCTIONS.md as data, for every test that runs the functions: through the TypeScript
 * module, and through the built bundle. No test framework here, so any runner can import it.
 */

import type * as Functions from "../../src/functions/functions";

export type FunctionName = keyof typeof Functions;

/** An expected error element: the Excel error code. */
export interface ExpectedError {
  error: "#DIV/0!" | "#NUM!" | "#VALUE!" | "#N/A";
}

export type ExpectedCell = number | string | boolean | ExpectedError;

export interface FunctionExample {
  /** The formula as FUNCTIONS.md writes it. */
  formula: string;
  /** The export of src/functions/functions.ts behind it. */
  fn: FunctionName;
  /** Each argument as Excel passes it: a matrix; a blank cell is null. Optional arguments left out are absent. */
  args: unknown[][][];
  expected: ExpectedCell[][];
}

const cell = (v: unknown): unknown[][] => [[v]];

/** 100,000 rows of current and previous figures, none of them a zero base. */
const ROWS = 100_000;
const current = Array.from({ length: ROWS }, (_, i) => [1000 + ((i * 37) % 500)]);
const previous = Array.from({ length: ROWS }, (_, i) => [900 + ((i * 53) % 400)]);

export const examples: FunctionExample[] = [
  { formula: "=GX.YOY(120,100)", fn: "yoy", args: [cell(120), cell(100)], expected: [[0.2]] },
  { formula: "=GX.YOY(95,100)", fn: "yoy", args: [cell(95), cell(100)], expected: [[-0.05]] },
  { formula: "=GX.YOY(1,0)", fn: "yoy", args: [cell(1), cell(0)], expected: [[{ error: "#DIV/0!" }]] },
  { formula: "=GX.YOY(-5,-10)", fn: "yoy", args: [cell(-5), cell(-10)], expected: [[{ error: "#NUM!" }]] },
  { formula: "=GX.YOY(,100)", fn: "yoy", args: [cell(null), cell(100)], expected: [[""]] },
  { formula: "=GX.YOYTEXT(105.6,100)", fn: "yoyText", args: [cell(105.6), cell(100)], expected: [["增长5.6%"]] },
  { formula: "=GX.YOYTEXT(-5,-20)", fn: "yoyText", args: [cell(-5), cell(-20)], expected: [["减亏"]] },
  { formula: "=GX.ELAPSED(10)", fn: "elapsed", args: [cell(10)], expected: [[10 / 12]] },
  { formula: "=GX.PACE(77.2,100,8)", fn: "pace", args: [cell(77.2), cell(100), cell(8)], expected: [[0.772 - 8 / 12]] },
  {
    formula: "=GX.NEEDED(0.055,520,500,1000)",
    fn: "needed",
    args: [cell(0.055), cell(520), cell(500), cell(1000)],
    expected: [[0.07]],
  },
  {
    formula: "=GX.CONTRIB(30,20,130,100)",
    fn: "contrib",
    args: [cell(30), cell(20), cell(130), cell(100)],
    expected: [[1 / 3]],
  },
  { formula: "=GX.PULL(30,20,100)", fn: "pull", args: [cell(30), cell(20), cell(100)], expected: [[0.1]] },
  { formula: "=GX.SCALESTATUS(1500)", fn: "scaleStatus", args: [cell(1500)], expected: [["培育"]] },
  {
    formula: "=GX.PROJECTSTATUS(800,FALSE)",
    fn: "projectStatus",
    args: [cell(800), cell(false)],
    expected: [["应入统"]],
  },
  { formula: "=GX.INTENSITY(5200,10400)", fn: "intensity", args: [cell(5200), cell(10400)], expected: [[0.5]] },
  {
    formula: "=GX.YOY(C2:C100001,D2:D100001)",
    fn: "yoy",
    args: [current, previous],
    expected: current.map(([c], i) => [(c - previous[i][0]) / previous[i][0]]),
  },
];

/** Numbers within 1e-9 relative; an error by its code; anything else exactly. */
export function cellMatches(actual: unknown, expected: ExpectedCell): boolean {
  if (typeof expected === "number") {
    if (typeof actual !== "number") return false;
    return actual === expected || Math.abs(actual - expected) <= 1e-9 * Math.max(Math.abs(actual), Math.abs(expected));
  }
  if (typeof expected === "object") {
    return typeof actual === "object" && actual !== null && (actual as { code?: unknown }).code === expected.error;
  }
  return actual === expected;
}

/** Where a result differs from the expected matrix (shape first), or null when it matches. */
export function mismatch(actual: unknown, expected: ExpectedCell[][]): string | null {
  if (!Array.isArray(actual) || actual.length !== expected.length) {
    return `expected ${expected.length} rows, got ${Array.isArray(actual) ? actual.length : typeof actual}`;
  }
  for (let i = 0; i < expected.length; i++) {
    const row = actual[i];
    if (!Array.isArray(row) || row.length !== expected[i].length) return `row ${i}: expected ${expected[i].length} columns`;
    for (let j = 0; j < row.length; j++) {
      if (!cellMatches(row[j], expected[i][j])) {
        return `[${i}][${j}]: expected ${JSON.stringify(expected[i][j])}, got ${JSON.stringify(row[j])}`;
      }
    }
  }
  return null;
}
