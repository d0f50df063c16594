/** A finding in words: message and hint in the user's language, and where it is (A1 notation). */

import { zhCN } from "../i18n/catalog.zh-CN";
import { t } from "../i18n/translate";
import type { Lang } from "../i18n/types";
import type { Finding } from "./types";

/** 1 → A, 27 → AA. */
export function columnLetters(col: number): string {
  let s = "";
  for (let n = col; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** `C5` for a finding on a cell; null without a row and column. */
export function cellAddress(f: Pick<Finding, "row" | "col">): string | null {
  return f.row !== undefined && f.col !== undefined ? `${columnLetters(f.col)}${f.row}` : null;
}

function has(key: string): boolean {
  return Object.prototype.hasOwnProperty.call(zhCN, key);
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
  const message = t(lang, variant && has(variant) ? variant : `rule.${f.rule}`, params);
  const hintKey = [f.variant ? `hint.${f.rule}.${f.variant}` : null, `hint.${f.rule}`].find((k): k is string => k !== null && has(k));
  const out: FindingText = {
    message,
    cell: cellAddress(f),
    column: f.col !== undefined ? columnLetters(f.col) : null,
  };
  if (hintKey) out.hint = t(lang, hintKey, params);
  return out;
}

/**
 * The rule's short name in the user's language (信用代码校验码错误), as 校验结果's 规则 column shows it. Here the
 * catalogue's `about.<id>` words; the rule declarations (issue 11) give each rule its own short name.
 */
export function ruleShortName(id: string, lang: Lang): string {
  const key = `about.${id}`;
  return has(key) ? t(lang, key) : id;
}
