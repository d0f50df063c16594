/** A warning explained after the check (the task pane's 说明): the result again, as the check would give it now. */

import type { Explanation } from "../read/result";
import { explainsSame } from "../rules/explanations";
import { type CheckResult, finish } from "./check-workbook";
import { keep, kept } from "./kept";

/**
 * A new result with `e` among the explanations (replacing the entry it rewrites, as the 审核说明 sheet does), its
 * findings copied and finished again. The kept state goes with it, so a later crossFile still knows every
 * explanation and the sheet order.
 */
export function withExplanation(result: CheckResult, e: Explanation): CheckResult {
  const state = kept(result);
  const explanations = (state?.explanations ?? []).filter((x) => !explainsSame(x, e));
  const next: CheckResult = { ...result, findings: result.findings.map((f) => ({ ...f })) };
  keep(next, { explanations: [...explanations, e], sheetOrder: state?.sheetOrder ?? new Map() });
  finish(next);
  return next;
}
