import type { ReportCell, ReportModel, ReportValue } from "./model";

/**
 * A report's model with every number a double cannot hold (a sum of absurd values, a rate over zero) replaced by
 * `word` (超出范围): Excel has no cell for Infinity — a file holding one is damaged — and a statistician should
 * read a word, never "Infinity" or "NaN".
 */
export function finiteModel(model: ReportModel, word: string): ReportModel {
  const value = (v: ReportValue): ReportValue => (typeof v === "number" && !Number.isFinite(v) ? word : v);
  const cell = (c: ReportValue | ReportCell): ReportValue | ReportCell => (c !== null && typeof c === "object" ? { ...c, value: value(c.value) } : value(c));
  return {
    ...model,
    sections: model.sections.map((s) => ({ ...s, rows: s.rows.map((r) => r.map(cell)), ...(s.total ? { total: s.total.map(cell) } : {}) })),
  };
}
