/** Which column of a ledger kind a header names: canonical header, alias or pattern, plus the user's mappings. */

import type { ColumnSpec, KindSpec } from "../ledgers/types";
import { headerKey, normaliseHeader } from "./header";

export interface KindMatcher {
  spec: KindSpec;
  byText: ReadonlyMap<string, ColumnSpec>;
  patterns: readonly { re: RegExp; column: ColumnSpec }[];
  requiredCount: number;
}

const cache = new WeakMap<KindSpec, KindMatcher>();

/** Built once per kind: canonical headers first, so that a canonical header wins over another column's alias. */
export function kindMatcher(spec: KindSpec): KindMatcher {
  const hit = cache.get(spec);
  if (hit) return hit;
  const byText = new Map<string, ColumnSpec>();
  const put = (text: string, column: ColumnSpec): void => {
    for (const key of normaliseHeader(text).candidates.slice(0, 2)) if (key !== "" && !byText.has(key)) byText.set(key, column);
  };
  for (const column of spec.columns) put(column.header, column);
  for (const column of spec.columns) for (const alias of column.aliases) put(alias, column);
  const patterns = spec.columns.flatMap((column) => (column.patterns ?? []).map((re) => ({ re, column })));
  const m: KindMatcher = { spec, byText, patterns, requiredCount: spec.columns.filter((c) => c.required).length };
  cache.set(spec, m);
  return m;
}

/** The user's mappings for one sheet (column key → the sheet's own header), as lookup texts of this kind. */
export function mappedTexts(spec: KindSpec, mapping: Readonly<Record<string, string>> | undefined): Map<string, ColumnSpec> {
  const out = new Map<string, ColumnSpec>();
  if (!mapping) return out;
  for (const column of spec.columns) {
    const text = Object.prototype.hasOwnProperty.call(mapping, column.key) ? mapping[column.key] : undefined;
    if (typeof text === "string" && headerKey(text) !== "") out.set(headerKey(text), column);
  }
  return out;
}

function testPattern(re: RegExp, s: string): boolean {
  re.lastIndex = 0; // a global or sticky pattern keeps state between calls
  return re.test(s);
}

/** The column named by the first candidate that matches anything (mapping, then names, then patterns). */
export function matchColumn(
  m: KindMatcher,
  mapped: ReadonlyMap<string, ColumnSpec>,
  candidates: readonly string[],
): ColumnSpec | undefined {
  for (const c of candidates) {
    const hit = mapped.get(c) ?? m.byText.get(c) ?? m.patterns.find((p) => testPattern(p.re, c))?.column;
    if (hit) return hit;
  }
  return undefined;
}
