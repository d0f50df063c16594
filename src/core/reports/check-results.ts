/** 校验结果: the summary line and every finding, errors first, each linked to its cell. */

import { t } from "../i18n";
import { describeFinding } from "../rules/describe";
import { sortFindings } from "../check/order";
import { kindSpec } from "../ledgers";
import { type LedgerRecord } from "../ledgers/types";
import { ruleShortName } from "../rules/describe";
import type { Finding } from "../rules/types";
import type { ReportCheck } from "./check";
import { reportFrame, words, type ReportContext, type Words } from "./context";
import type { ReportCell, ReportFormat, ReportModel, ReportValue } from "./model";
import { str } from "../rules/record-values";
import { explanationCell } from "./explanation-cell";

export const CHECK_RESULTS_TAB = "校验结果";

/** 单元格: the cell (C5), else the row (第5行, linked to its column A), else the whole sheet (linked to A1). */
function cellOf(f: Finding, cell: string | null, w: Words): ReportCell {
  if (f.sheet === undefined) return { value: null };
  if (cell !== null) return { value: cell, link: { sheet: f.sheet, cell } };
  if (f.row !== undefined) return { value: w("checks.row", { row: f.row }), link: { sheet: f.sheet, cell: `A${f.row}` } };
  return { value: w("checks.sheetLevel"), link: { sheet: f.sheet, cell: "A1" } };
}

/** How a ledger column's values are shown in 当前值: rates as %, money with two decimals, dates as dates. */
const COLUMN_FORMATS: Partial<Record<string, ReportFormat>> = { money: "money", rate: "rate", int: "count", date: "date" };

interface SheetIndex {
  records: Map<number, LedgerRecord>;
  /** 1-based column → its format. */
  columns: Map<number, ReportFormat>;
}

function indexSheets(check: ReportCheck): Map<string, SheetIndex> {
  const out = new Map<string, SheetIndex>();
  for (const s of check.sheets) {
    const types = new Map(kindSpec(s.kind).columns.map((c) => [c.key, c.type]));
    const columns = new Map<number, ReportFormat>();
    for (const b of s.columns) {
      const format = COLUMN_FORMATS[types.get(b.key) ?? ""];
      if (format) columns.set(b.col, format);
    }
    out.set(s.sheet, { records: new Map(s.records.map((r) => [r.row, r])), columns });
  }
  return out;
}

/** 当前值 formatted as its column: a number of a rate column as a percentage, of a money column with two decimals. */
function valueOf(f: Finding, at: SheetIndex | undefined, w: Words): ReportValue | ReportCell {
  const v = f.value;
  if (v === undefined || v === null) return null;
  if (typeof v === "boolean") return w(v ? "yes" : "no");
  // A finding's value is the typed value: a rate is already a fraction, whatever its header said.
  const column = f.col === undefined ? undefined : at?.columns.get(f.col);
  if (typeof v !== "number" || !column) return v;
  return { value: v, format: column };
}

/** 对象: the record's 企业名称 or 项目名称 (else its 指标名称). */
function objectOf(f: Finding, at: SheetIndex | undefined): string | null {
  const rec = f.row === undefined ? undefined : at?.records.get(f.row);
  if (!rec) return null;
  return str(rec, "name") ?? str(rec, "project") ?? str(rec, "indicator");
}

/** 报告期 1–3 月（取自标题“2022年1-3月…”）: where the period came from, when the check says. */
function periodNote(check: ReportCheck, ctx: ReportContext): string[] {
  if (check.periodSource === undefined) return [];
  const from = t(ctx.lang, `period.source.${check.periodSource}`, { text: check.periodText ?? "" });
  return [words(ctx.lang)("checks.period", { period: check.period, from })];
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
  const sheets = indexSheets(check);
  const rows = findings.map((f): (ReportValue | ReportCell)[] => {
    const text = describeFinding(f, ctx.lang);
    const at = f.sheet === undefined ? undefined : sheets.get(f.sheet);
    return [
      w(`severity.${f.severity}`),
      f.sheet ?? null,
      cellOf(f, text.cell, w),
      objectOf(f, at),
      ruleShortName(f.rule, ctx.lang),
      text.message,
      valueOf(f, at, w),
      text.hint ?? null,
      explanationCell(f, w),
      f.rule,
    ];
  });
  return {
    ...reportFrame(check, CHECK_RESULTS_TAB, ctx),
    sections: [
      {
        // One line: a note row more would move the table every writer and reader expects at its place.
        notes: [[summary, ...periodNote(check, ctx)].join(" · ")],
        empty: w("checks.none"),
        // Widths keep the ten columns readable on one landscape page; the long texts wrap.
        columns: [
          { header: w("col.severity"), format: "text" },
          { header: w("col.sheet"), format: "text", wrap: true, width: 14 },
          { header: w("col.cell"), format: "text" },
          { header: w("col.object"), format: "text", wrap: true, width: 24 },
          { header: w("col.rule"), format: "text", wrap: true, width: 20 },
          { header: w("col.message"), format: "text", wrap: true, width: 40 },
          { header: w("col.value"), format: "number", wrap: true, width: 14 },
          { header: w("col.hint"), format: "text", wrap: true, width: 30 },
          { header: w("col.explanation"), format: "text", wrap: true, width: 20 },
          { header: w("col.ruleId"), format: "text", wrap: true, width: 14 },
        ],
        rows,
        asTable: true,
      },
    ],
    charts: [],
  };
}
