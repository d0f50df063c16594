/** 目标完成情况: one row per profile target, with a chart of 完成率 against 序时进度. */

import type { ReportCheck } from "./check";
import { targetCell, targetFormat } from "./target-cells";
import { reportFrame, words, type ReportContext } from "./context";
import type { ReportModel } from "./model";
import { sourceText, statusText, targetProgress } from "./target-progress";

export const TARGETS_TAB = "目标完成情况";

export function buildTargets(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  const rows = targetProgress(check).map((p, i) => [
    i + 1,
    p.target.name,
    p.target.unit,
    p.status === "noTarget" ? null : targetCell(p.target),
    { value: p.actual, format: targetFormat(p.target) },
    p.completion,
    p.elapsed,
    // 进度差 of a count is 完成率 − 序时进度; of a rate, the gap to the target: both read as percentages.
    p.gap,
    statusText(p, w),
    sourceText(p, w),
    p.target.clause,
  ]);
  return {
    ...reportFrame(check, TARGETS_TAB, ctx),
    sections: [
      {
        columns: [
          { header: w("col.seq"), format: "count" },
          { header: w("col.indicator"), format: "text", wrap: true, width: 30 },
          { header: w("col.unit"), format: "text" },
          { header: w("col.target"), format: "number" },
          { header: w("col.actual"), format: "number" },
          { header: w("col.completion"), format: "rate", dataBar: true },
          { header: w("col.elapsed"), format: "rate" },
          { header: w("col.paceGap"), format: "rate" },
          { header: w("col.status"), format: "text" },
          { header: w("col.source"), format: "text" },
          { header: w("col.clause"), format: "text" },
        ],
        rows,
        asTable: true,
      },
    ],
    charts: [{ kind: "column", title: w("targets.chart"), section: 0, categories: 1, series: [5, 6] }],
  };
}
