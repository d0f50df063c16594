/**
 * Which column of a ledger kind a header names (canonical header, alias or pattern, plus the user's mappings),
 * and so which candidate header layout names a kind best: the one naming most of its columns, required ones
 * counting double.
 */

import type { ColumnSpec, KindSpec } from "../../ledgers/types";
import type { HeaderCell, HeaderLayout, HeaderSearch } from "./header-rows";
import { headerKey, normaliseHeader, type HeaderInfo } from "./header-text";

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
function mappedTexts(spec: KindSpec, mapping: Readonly<Record<string, string>> | undefined): Map<string, ColumnSpec> {
  const out = new Map<string, ColumnSpec>();
  if (!mapping) return out;
  for (const column of spec.columns) {
    const text = Object.prototype.hasOwnProperty.call(mapping, column.key) ? mapping[column.key] : undefined;
    if (typeof text === "string" && headerKey(text) !== "") out.set(headerKey(text), column);
  }
  return out;
}

/** A column's pattern tried on a lookup text. */
export function testPattern(re: RegExp, s: string): boolean {
  re.lastIndex = 0; // a global or sticky pattern keeps state between calls
  return re.test(s);
}

/** The column named by the first candidate that matches anything (mapping, then names, then patterns). */
function matchColumn(
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

export interface CellMatch {
  cell: HeaderCell;
  column: ColumnSpec | undefined;
  /** The reading that matched (the joined header or the child alone): its unit applies. */
  info: HeaderInfo;
}

export interface ScoredLayout {
  layout: HeaderLayout;
  matches: CellMatch[];
  score: number;
  matched: number;
  requiredMatched: number;
}


/** How well a layout names a kind's columns: each column once, required ones double. */
function scoreLayout(layout: HeaderLayout, m: KindMatcher, mapped: ReadonlyMap<string, ColumnSpec>): ScoredLayout {
  const seen = new Set<string>();
  let score = 0;
  let requiredMatched = 0;
  const matches = layout.cells.map((cell): CellMatch => {
    let column = matchColumn(m, mapped, cell.lookups);
    let info = cell.info;
    if (!column && cell.alone) {
      column = matchColumn(m, mapped, cell.alone.candidates);
      info = cell.alone;
    }
    if (column && !seen.has(column.key)) {
      seen.add(column.key);
      score += column.required ? 2 : 1;
      if (column.required) requiredMatched++;
    }
    return { cell, column, info };
  });
  return { layout, matches, score, matched: seen.size, requiredMatched };
}

function better(a: ScoredLayout, b: ScoredLayout): boolean {
  if (a.score !== b.score) return a.score > b.score;
  // The same header with its units row below: the units row is header, not data.
  if (Boolean(a.layout.unitsRow) !== Boolean(b.layout.unitsRow)) return Boolean(a.layout.unitsRow);
  if (a.layout.rows !== b.layout.rows) return a.layout.rows < b.layout.rows;
  return a.layout.row < b.layout.row;
}

/**
 * The best layout for a kind; with nothing matching at all, the first non-blank row (so that the sheet still
 * has a header to map columns from). Undefined for a sheet whose first rows are empty.
 */
function bestLayout(
  layouts: readonly HeaderLayout[],
  m: KindMatcher,
  mapped: ReadonlyMap<string, ColumnSpec>,
): ScoredLayout | undefined {
  let best: ScoredLayout | undefined;
  for (const layout of layouts) {
    const s = scoreLayout(layout, m, mapped);
    if (s.score > 0 && (!best || better(s, best))) best = s;
  }
  if (best) return best;
  const first = layouts.find((l) => l.rows === 1);
  return first ? scoreLayout(first, m, mapped) : undefined;
}

export interface KindChoice {
  spec: KindSpec;
  scored: ScoredLayout;
  mapped: Map<string, ColumnSpec>;
}

/**
 * The kind's best header, with the user's mappings for this sheet. The candidates hold only the cells that can
 * name something, which scores the same; the winner is scored again with all its cells, for the bindings.
 */
export function layoutFor(
  spec: KindSpec,
  search: HeaderSearch,
  mapping: Readonly<Record<string, string>> | undefined,
): KindChoice | undefined {
  const mapped = mappedTexts(spec, mapping);
  const m = kindMatcher(spec);
  const best = bestLayout(search.layouts, m, mapped);
  return best ? { spec, scored: scoreLayout(search.full(best.layout), m, mapped), mapped } : undefined;
}
