/** A finding in words: message and hint in the user's language, and where it is (A1 notation). */

import { hasMessage, t } from "../i18n/translate";
import type { Lang } from "../i18n/types";
import { cellName, columnLetters } from "../sheet";
import type { Finding } from "./types";

/** `C5` for a finding on a cell; null without a row and column. */
export function cellAddress(f: Pick<Finding, "row" | "col">): string | null {
  return f.row !== undefined && f.col !== undefined ? cellName(f.row, f.col) : null;
}

export interface FindingText {
  message: string;
  hint?: string;
  cell: string | null;
  column: string | null;
}

/**
 * The message from `rule.<id>.<variant>` (else `rule.<id>`) with the finding's params and `{value}`; the hint
 * from `hint.<id>.<variant>` or `hint.<id>` where the catalogue has one. A param `detailKey` names a message
 * rendered first into `{detail}` (profile.invalid carries the profile issue that way).
 */
export function describeFinding(f: Finding, lang: Lang): FindingText {
  const params: Record<string, string | number> = { value: f.value === null || f.value === undefined ? "" : String(f.value) };
  if (f.row !== undefined) params.row = f.row;
  Object.assign(params, f.params);
  if (typeof params.detailKey === "string") params.detail = t(lang, params.detailKey, params);
  const variant = f.variant ? `rule.${f.rule}.${f.variant}` : null;
  const message = t(lang, variant && hasMessage(variant) ? variant : `rule.${f.rule}`, params);
  const hintKey = [f.variant ? `hint.${f.rule}.${f.variant}` : null, `hint.${f.rule}`].find((k): k is string => k !== null && hasMessage(k));
  const out: FindingText = {
    message,
    cell: cellAddress(f),
    column: f.col !== undefined ? columnLetters(f.col) : null,
  };
  if (hintKey) out.hint = t(lang, hintKey, params);
  return out;
}
