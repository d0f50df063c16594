/**
 * What a check result needs again after the check (crossFile, a new explanation): the explanations read and the
 * workbook's sheet order. Kept beside the result, not in it, so that the result stays the plain data the faces
 * print and serialise; a result made from another one (withExplanation) must carry it over.
 */

import type { Explanation } from "../read/result";
import type { PreviousExplanations } from "./carry-over";
import type { CheckResult } from "./check-workbook";

export interface KeptState {
  explanations: Explanation[];
  sheetOrder: Map<string, number>;
  /** After a comparison: the previous workbook's explanations, offered on the warnings they match. */
  previous?: PreviousExplanations;
}

const state = new WeakMap<CheckResult, KeptState>();

export function keep(result: CheckResult, kept: KeptState): void {
  state.set(result, kept);
}

export function kept(result: CheckResult): KeptState | undefined {
  return state.get(result);
}
