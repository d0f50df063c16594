/** A finding in words: message and hint in the user's language from its rule's declaration, and where it is. */

import type { Noted, Place } from "../findings";
import { cellName, columnLetters } from "../sheet";
import type { MessageKey } from "../i18n/catalog.zh-CN";
import { fill, finiteParams, t } from "../i18n/translate";
import type { Lang, MessageParams } from "../i18n/types";
import type { AnyRule, RuleWords } from "./define";
import { BUILTIN, type RuleRegistry } from "./registry";

/** `C5` for a finding on a cell; null without a row and column. */
export function cellAddress(f: Pick<Place, "row" | "col">): string | null {
  return f.row !== undefined && f.col !== undefined ? cellName(f.row, f.col) : null;
}

export interface FindingText {
  message: string;
  hint?: string;
  cell: string | null;
  column: string | null;
}

/** A rule's words in `lang` (Chinese where a language lacks them); undefined for an id no declaration has. */
function wordsOf(id: string, lang: Lang, registry: RuleRegistry<AnyRule>): RuleWords | undefined {
  const decl = registry.get(id);
  return decl?.words[lang] ?? decl?.words["zh-CN"];
}

/**
 * The message of the finding's variant (else the rule's message) with the finding's params and `{value}`, and
 * the hint where the rule has one. A param `detailKey` names a catalogue message rendered first into
 * `{detail}` (profile.invalid carries the profile issue that way). An undeclared rule shows its id.
 */
export function describeFinding(f: Noted, lang: Lang, registry: RuleRegistry<AnyRule> = BUILTIN): FindingText {
  const raw: Record<string, string | number> = { value: f.value === null || f.value === undefined ? "" : typeof f.value === "number" ? f.value : String(f.value) };
  if (f.row !== undefined) raw.row = f.row;
  Object.assign(raw, f.params);
  const params: Record<string, string | number> = { ...finiteParams(lang, raw) };
  // Only profile.invalid sets detailKey, to a key of the profile's issues (ProfileIssue.key).
  if (typeof params.detailKey === "string") params.detail = t(lang, params.detailKey as MessageKey, params);
  const words = wordsOf(f.rule, lang, registry);
  const variants: Readonly<Record<string, string>> | undefined = words?.variants;
  const variant = f.variant !== undefined && variants !== undefined && Object.prototype.hasOwnProperty.call(variants, f.variant) ? variants[f.variant] : undefined;
  const out: FindingText = {
    message: words ? fill(variant ?? words.message, params) : f.rule,
    cell: cellAddress(f),
    column: f.col !== undefined ? columnLetters(f.col) : null,
  };
  const hintVariants: Readonly<Record<string, string | undefined>> | undefined = words?.hintVariants;
  const hint = (f.variant !== undefined && hintVariants !== undefined && Object.prototype.hasOwnProperty.call(hintVariants, f.variant) ? hintVariants[f.variant] : undefined) ?? words?.hint;
  if (hint !== undefined) out.hint = fill(hint, params);
  return out;
}

/** A rule's short name (信用代码校验码 / Credit code check character): the 校验结果 tab's rule column. */
export function ruleShortName(id: string, lang: Lang, registry: RuleRegistry<AnyRule> = BUILTIN): string {
  return wordsOf(id, lang, registry)?.name ?? id;
}

/** What a rule means, in a line: `gx-ledger rules`, the pane's rule filter and settings. */
export function ruleAbout(id: string, lang: Lang, registry: RuleRegistry<AnyRule> = BUILTIN): string {
  return wordsOf(id, lang, registry)?.about ?? id;
}

/** A rule's message without a finding (its placeholders filled from `params`), as tests and docs show it. */
export function ruleMessage(id: string, lang: Lang, params?: MessageParams, registry: RuleRegistry<AnyRule> = BUILTIN): string {
  const words = wordsOf(id, lang, registry);
  return words ? fill(words.message, params) : id;
}
