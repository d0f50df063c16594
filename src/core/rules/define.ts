/**
 * A rule is one declaration (ARCHITECTURE.md): its id, default severity, where it applies, the types of its
 * params, its check and its words in both languages. The registry, the `RuleId` and `Finding` types, the
 * `gx-ledger rules` listing, the profile's override keys and docs/RULES.md are all derived from declarations.
 */

import type { FindingOf, Severity } from "../findings";
import type { Lang } from "../i18n/types";
import type { LedgerKind } from "../ledgers/types";
import type { RuleContext } from "./context";

/**
 * Where a rule looks: `reading` rules are noted by the reader (src/core/read) while it types the cells; `cell`,
 * `row` and `sheet` rules by a check of one sheet; `workbook` and `files` rules across sheets or files.
 */
export type RuleScope = "reading" | "cell" | "row" | "sheet" | "workbook" | "files";

/** A param's type: `text`, `number`, or either; a trailing `?` when only some variants carry it. */
type ParamKind = "text" | "number" | "text|number";
export type ParamType = ParamKind | `${ParamKind}?`;
export type ParamSpec = Readonly<Record<string, ParamType>>;

type ValueOf<T extends ParamType> = T extends "text" | "text?" ? string : T extends "number" | "number?" ? number : string | number;
type Optional<S extends ParamSpec> = { [K in keyof S]: S[K] extends `${string}?` ? K : never }[keyof S];

/** The params object a finding of a rule with spec `S` carries. */
export type ParamsOf<S extends ParamSpec> = { [K in Exclude<keyof S, Optional<S>>]: ValueOf<S[K]> } & {
  [K in Optional<S>]?: ValueOf<S[K]>;
};

/**
 * A rule's words in one language. `{name}` placeholders are filled from the finding's params, `{value}` from
 * its value and `{row}` from its row; a variant's message replaces `message` for findings of that variant.
 */
export interface RuleWords<V extends string = string> {
  /** The short name a column of the 校验结果 tab shows: 信用代码校验码 / Credit code check character. */
  name: string;
  message: string;
  variants?: { readonly [K in V]: string };
  hint?: string;
  /** A variant's hint, where it needs another one than `hint`. */
  hintVariants?: { readonly [K in V]?: string };
  /** What the rule means, in a line (`gx-ledger rules`, the pane's rule filter, the docs). */
  about: string;
}

export interface RuleDecl<Id extends string = string, S extends ParamSpec = ParamSpec, V extends string = string> {
  id: Id;
  severity: Severity;
  scope: RuleScope;
  /** The ledger kinds its check runs on; absent = every kind (reading rules, and the checks any sheet can take). */
  kinds?: readonly LedgerKind[];
  params: S;
  /** The findings of one sheet. Absent for rules the reader or the pipeline notes (reading, workbook, files). */
  check?(ctx: RuleContext, rule: RuleDecl<Id, S, V>): FindingOf<Id, ParamsOf<S>>[];
  words: Readonly<Record<Lang, RuleWords<V>>>;
}

/** Any rule's declaration, where the list is not known at compile time (the registry, docs, a fixture). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- a check of any params: see RuleDecl.check
export type AnyRule = RuleDecl<string, ParamSpec, any>;

/** The finding type of a declaration (a union, for a union of declarations). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- any variants
export type FindingFor<D> = D extends RuleDecl<infer Id, infer S, any> ? FindingOf<Id, ParamsOf<S>> : never;

/** Declares a rule; the literal id, params and variants stay in its type. */
export function defineRule<const Id extends string, const S extends ParamSpec, V extends string = never>(
  decl: RuleDecl<Id, S, V>,
): RuleDecl<Id, S, V> {
  return decl;
}
