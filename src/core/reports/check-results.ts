/** 校验结果: the summary line and every finding, errors first, each linked to its cell. */

import { describeFinding } from "../rules/describe";
import { sortFindings } from "../check/order";
import type { Finding } from "../rules/types";
import type { ReportCheck } from "./check";
import { reportSubtitle, reportTitle, words, type ReportContext, type Words } from "./context";
import type { ReportCell, ReportModel, ReportValue } from "./model";

export const CHECK_RESULTS_TAB = "校验结果";

/** 单元格: the cell (C5), else the row (第5行, linked to its column A), else the whole sheet (linked to A1). */
function cellOf(f: Finding, cell: string | null, w: Words): ReportCell {
  if (f.sheet === undefined) return { value: null };
  if (cell !== null) return { value: cell, link: { sheet: f.sheet, cell } };
  if (f.row !== undefined) return { value: w("checks.row", { row: f.row }), link: { sheet: f.sheet, cell: `A${f.row}` } };
  return { value: w("checks.sheetLevel"), link: { sheet: f.sheet, cell: "A1" } };
}

function valueOf(v: Finding["value"], w: Words): ReportValue {
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean") return w(v ? "yes" : "no");
  return v;
}

export function buildCheckResults(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  const s = check.summary;
  const summary = w("checks.summary", {
    errors: s.errors,
    warnings: s.warnings,
    explained: s.explained,
    infos: s.infos,
    status: w(s.ready ? "checks.ready" : "checks.notReady"),
  });
  // The check already sorts; sorting again keeps that order and makes the tab's order its own promise.
  const findings = [...check.findings];
  sortFindings(findings, new Map(check.sheets.map((sh, i) => [sh.sheet, i])));
  const rows = findings.map((f): (ReportValue | ReportCell)[] => {
    const text = describeFinding(f, ctx.lang);
    return [
      w(`severity.${f.severity}`),
      f.sheet ?? null,
      cellOf(f, text.cell, w),
      f.rule,
      text.message,
      valueOf(f.value, w),
      text.hint ?? null,
      f.explanation ?? (f.explained ? w("checks.explained") : null),
    ];
  });
  return {
    tab: CHECK_RESULTS_TAB,
    title: reportTitle(check, CHECK_RESULTS_TAB, ctx.lang),
    subtitle: reportSubtitle(check, ctx),
    sections: [
      {
        notes: rows.length === 0 ? [summary, w("checks.none")] : [summary],
        columns: [
          { header: w("col.severity"), format: "text" },
          { header: w("col.sheet"), format: "text" },
          { header: w("col.cell"), format: "text" },
          { header: w("col.rule"), format: "text" },
          { header: w("col.message"), format: "text", width: 50 },
          { header: w("col.value"), format: "number" },
          { header: w("col.hint"), format: "text", width: 40 },
          { header: w("col.explanation"), format: "text" },
        ],
        rows,
        asTable: true,
      },
    ],
    charts: [],
  };
}
