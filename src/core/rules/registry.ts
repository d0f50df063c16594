/**
 * The registry: everything that is known about rules, derived from a list of declarations (the built-in one by
 * default; a test adds its own): the ids, each rule's default severity, the checks each ledger kind runs, and
 * the rating of what the reader and the pipeline note.
 */

import { rated, type Noted, type Severity } from "../findings";
import type { LedgerKind } from "../ledgers/types";
import { BUILTIN_RULES, type BuiltinRule } from "./builtin";
import type { RuleContext } from "./context";
import type { AnyRule, FindingFor } from "./define";

/** A rule's check, ready to run on a sheet. */
export interface SheetCheck<F> {
  id: string;
  run(ctx: RuleContext): F[];
}

export interface RuleRegistry<D extends AnyRule = AnyRule> {
  readonly rules: readonly D[];
  readonly ids: readonly D["id"][];
  /** The declaration of an id; undefined for an id no declaration has. */
  get(id: string): D | undefined;
  /** The default severity of a rule id; an id not declared is a programming error. */
  severity(id: string): Severity;
  /** The checks that run on a sheet of `kind`, in declaration order. */
  checksFor(kind: LedgerKind): readonly SheetCheck<FindingFor<D>>[];
  /** A noted finding with its rule's default severity (the profile's override comes later, in the pipeline). */
  rate(f: Noted): FindingFor<D>;
}

export function ruleRegistry<D extends AnyRule>(rules: readonly D[]): RuleRegistry<D> {
  const byId = new Map<string, D>();
  for (const r of rules) {
    if (byId.has(r.id)) throw new Error(`rule ${r.id} is declared twice`);
    byId.set(r.id, r);
  }
  const checks = new Map<LedgerKind, SheetCheck<FindingFor<D>>[]>();
  const sheetCheck = (r: D): SheetCheck<FindingFor<D>> => ({
    id: r.id,
    // A check returns findings of its own rule, one of D's.
    run: (ctx) => (r.check?.(ctx, r) ?? []) as FindingFor<D>[],
  });
  const severity = (id: string): Severity => {
    const decl = byId.get(id);
    if (!decl) throw new Error(`rule ${id} is not declared`);
    return decl.severity;
  };
  return {
    rules,
    ids: rules.map((r) => r.id),
    get: (id) => byId.get(id),
    severity,
    checksFor(kind) {
      let list = checks.get(kind);
      if (!list) {
        const runs = rules.filter((r) => r.check !== undefined && (r.kinds === undefined || r.kinds.includes(kind)));
        checks.set(kind, (list = runs.map(sheetCheck)));
      }
      return list;
    },
    // The id was just looked up among the declarations: the finding is one of theirs.
    rate: (f) => rated(f, severity(f.rule)) as FindingFor<D>,
  };
}

/** The rules the product ships. */
export const BUILTIN: RuleRegistry<BuiltinRule> = ruleRegistry(BUILTIN_RULES);

/** The id of a built-in rule: a misspelt id is a compile error. */
export type RuleId = BuiltinRule["id"];

/** A finding of a built-in rule: a union keyed by `rule`, each with its own params. */
export type Finding = FindingFor<BuiltinRule>;

/** Every built-in rule id, for the profile's `rules` overrides. */
export const RULE_IDS: readonly RuleId[] = BUILTIN.ids;
