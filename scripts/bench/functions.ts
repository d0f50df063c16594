/**
 * The functions measure: GX.YOY and GX.USCC over 100,000-row ranges, called as Excel calls them (any[][]), with
 * the CustomFunctions stand-in the function tests use in place of Excel's global.
 */

import { installCustomFunctionsStandIn } from "../../test/functions/custom-functions-stand-in";
import { usccCheckChar } from "../../src/core/calc/uscc";
import { Draw, round2 } from "../synthetic/random";
import { median, round } from "./timing";

export interface FunctionFigures {
  rows: number;
  yoy100kMs: number;
  uscc100kMs: number;
  runs: number;
}

const FUNCTION_ROWS = 100000;

function timedMs(fn: () => unknown, runs: number): number {
  fn();
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t = performance.now();
    fn();
    times.push(performance.now() - t);
  }
  return round(median(times), 1);
}

export function measureFunctions(runs: number): FunctionFigures {
  installCustomFunctionsStandIn();
  // Loaded after the stand-in, as Excel loads the bundle after its runtime.
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- must load after the stand-in, synchronously
  const gx = require("../../src/functions/functions") as typeof import("../../src/functions/functions");
  const d = new Draw(7);
  const current: number[][] = [];
  const previous: number[][] = [];
  const codes: string[][] = [];
  for (let i = 0; i < FUNCTION_ROWS; i++) {
    const prev = round2(d.between(100, 100000));
    previous.push([prev]);
    current.push([round2(prev * d.between(0.7, 1.4))]);
    const first17 = `91130702MA0${String(i).padStart(6, "0")}`;
    codes.push([first17 + usccCheckChar(first17)]);
  }
  return {
    rows: FUNCTION_ROWS,
    yoy100kMs: timedMs(() => gx.yoy(current, previous), runs),
    uscc100kMs: timedMs(() => gx.uscc(codes), runs),
    runs,
  };
}
