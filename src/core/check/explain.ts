/**
 * Warnings explained, re-explained or withdrawn after the check (the task pane's 说明, 沿用上期说明): the result
 * again, as the check would give it now.
 */

import type { Explanation } from "../read/result";
import { explainsSame } from "../rules/explanations";
import { type CheckResult, finish } from "./check-workbook";
import { keep, kept } from "./kept";

/**
 * A new result whose explanations are the old ones less the entries `drop` rewrites, plus `add`; its findings
 * copied and finished again once. The kept state goes with it, so a later crossFile still knows every
 * explanation, the sheet order and the previous workbook's explanations.
 */
function reexplained(result: CheckResult, drop: readonly Explanation[], add: readonly Explanation[]): CheckResult {
  const state = kept(result);
  const explanations = (state?.explanations ?? []).filter((x) => !drop.some((e) => explainsSame(x, e)));
  const next: CheckResult = { ...result, findings: result.findings.map((f) => ({ ...f })) };
  keep(next, { ...state, explanations: [...explanations, ...add], sheetOrder: state?.sheetOrder ?? new Map() });
  finish(next);
  return next;
}

/** `es` among the explanations, each replacing the entry it rewrites (as the 审核说明 sheet does). */
export function withExplanations(result: CheckResult, es: readonly Explanation[]): CheckResult {
  return reexplained(result, es, es);
}

/** `withExplanations` for one. */
export function withExplanation(result: CheckResult, e: Explanation): CheckResult {
  return withExplanations(result, [e]);
}

/** The entry `e` withdrawn from the explanations: the warnings it explained count again. */
export function withoutExplanation(result: CheckResult, e: Explanation): CheckResult {
  return reexplained(result, [e], []);
}
