/**
 * The 审核说明 column of the tabs 校验结果 and 与上期对比: the explanation that counts; else one of an earlier
 * period whose value has changed (上期说明（数值已变）) or the previous workbook's, each said not to count.
 */

import type { Lang } from "../i18n";
import type { Finding } from "../rules/registry";
import { type Words, words } from "./context";

export function explanationCell(f: Finding, w: Words): string | null {
  if (f.explained) return f.explanation ?? w("checks.explained");
  if (f.staleExplanation) return w("checks.staleExplanation", { ...f.staleExplanation });
  const p = f.previousExplanation;
  if (p) return w(p.valueChanged ? "checks.previousExplanationChanged" : "checks.previousExplanation", { text: p.text, period: p.period, value: p.value });
  return null;
}

/** The same words for a face that lists findings (the pane's 审核说明 line), in `lang`. */
export function explanationText(f: Finding, lang: Lang): string | null {
  return explanationCell(f, words(lang));
}
