/**
 * A warning explained, re-explained or withdrawn after the check (the task pane's 说明): the result again, as the
 * check would give it now.
 */

import type { Explanation } from "../read/result";
import { explainsSame } from "../rules/explanations";
import { type CheckResult, finish } from "./check-workbook";
import { keep, kept } from "./kept";

/**
 * A new result whose explanations are the old ones less the entries `e` rewrites, plus `add`; its findings copied
 * and finished again. The kept state goes with it, so a later crossFile still knows every explanation and the
 * sheet order.
 */
function reexplained(result: CheckResult, e: Explanation, add: readonly Explanation[]): CheckResult {
  const state = kept(result);
  const explanations = (state?.explanations ?? []).filter((x) => !explainsSame(x, e));
  const next: CheckResult = { ...result, findings: result.findings.map((f) => ({ ...f })) };
  keep(next, { explanations: [...explanations, ...add], sheetOrder: state?.sheetOrder ?? new Map() });
  finish(next);
  return next;
}

/** `e` among the explanations, replacing the entry it rewrites (as the 审核说明 sheet does). */
export function withExplanation(result: CheckResult, e: Explanation): CheckResult {
  return reexplained(result, e, [e]);
}

/** The entry `e` withdrawn from the explanations: the warnings it explained count again. */
export function withoutExplanation(result: CheckResult, e: Explanation): CheckResult {
  return reexplained(result, e, []);
}
