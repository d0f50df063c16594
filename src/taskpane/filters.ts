/** Which findings the 校验 list shows: by severity, sheet and rule, or only the comparison's (历史). */
import { type Finding, isHistoryFinding, type Severity } from "../core";

export interface Filters {
  severities: Record<Severity, boolean>;
  /** "" = every sheet. */
  sheet: string;
  /** "" = every rule. */
  rule: string;
  /** Only the findings of the comparison with the previous workbook (history.*). */
  history: boolean;
}

export const ALL_FINDINGS: Filters = { severities: { error: true, warning: true, info: true }, sheet: "", rule: "", history: false };

export function applyFilters(findings: readonly Finding[], filters: Filters): Finding[] {
  return findings.filter(
    (f) =>
      filters.severities[f.severity] &&
      (filters.sheet === "" || f.sheet === filters.sheet) &&
      (filters.rule === "" || f.rule === filters.rule) &&
      (!filters.history || isHistoryFinding(f)),
  );
}

/** The values a filter can take, each with how many findings have it, in first-seen (engine) order. */
export function facetCounts(findings: readonly Finding[], facet: (f: Finding) => string | undefined): { value: string; count: number }[] {
  const counts = new Map<string, number>();
  for (const f of findings) {
    const v = facet(f);
    if (v !== undefined) counts.set(v, (counts.get(v) ?? 0) + 1);
  }
  return [...counts].map(([value, count]) => ({ value, count }));
}

/** A new check keeps the filters that still make sense: a sheet or rule it no longer has falls back to all. */
export function keepFilters(filters: Filters, findings: readonly Finding[]): Filters {
  const has = (test: (f: Finding) => boolean): boolean => findings.some(test);
  return {
    severities: filters.severities,
    sheet: filters.sheet !== "" && has((f) => f.sheet === filters.sheet) ? filters.sheet : "",
    rule: filters.rule !== "" && has((f) => f.rule === filters.rule) ? filters.rule : "",
    history: filters.history && has(isHistoryFinding),
  };
}

/** Two filters with the same key show the same findings. */
export function filterKey(filters: Filters): string {
  const { error, warning, info } = filters.severities;
  return JSON.stringify([error, warning, info, filters.sheet, filters.rule, filters.history]);
}
