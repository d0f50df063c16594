/**
 * The tab 汇总说明 of a merged workbook (MERGE.md): one row per source (文件 · 县区 · 报告期 · 台账 · 记录数 · 错误 ·
 * 警告 · 状态, and the columns and sheets it had that were not carried), then the conflicts, one row each. A report tab like
 * the others: a table model that any writer lays down.
 */

import { t, type Lang } from "../i18n";
import { signOffLine, words } from "../reports/context";
import type { ReportModel, ReportValue } from "../reports/model";
import { describeFinding, ruleShortName } from "../rules/describe";
import { MERGE_SUMMARY_TAB } from "../read/sheet-role";
import type { MergeResult, SourceLine } from "./merge";


function pad2(n: number): string {
  return String(n).padStart(2, "0");
}

function showTime(d: Date): string {
  return `${d.getFullYear()}-${pad2(d.getMonth() + 1)}-${pad2(d.getDate())} ${pad2(d.getHours())}:${pad2(d.getMinutes())}`;
}

export function buildMergeSummary(result: MergeResult, lang: Lang, now: Date): ReportModel {
  const w = words(lang);
  const period = (year: number | null, p: number | null) => (year === null || p === null ? null : w("merge.period", { year, period: p }));
  const status = (s: SourceLine): string =>
    s.status === "unreadable" ? w("merge.unreadable", { reason: s.reason ?? "" }) : w(s.status === "ready" ? "checks.ready" : "checks.notReady");
  const sep = t(lang, "cli.text.sep");
  const sourceRows = result.sources.map((s): ReportValue[] => [
    s.file,
    s.county,
    period(s.year, s.period),
    s.ledgers.join(sep),
    s.status === "unreadable" ? null : s.records,
    s.status === "unreadable" ? null : s.errors,
    s.status === "unreadable" ? null : s.warnings,
    status(s),
    [...s.unknown.map((u) => `${u.sheet}：${u.headers.join(sep)}`), ...s.ignored.map((sheet) => w("merge.ignored-sheet", { sheet }))].join("；") || null,
  ]);
  const conflictRows = result.conflicts.map(({ file, finding }): ReportValue[] => [
    file,
    finding.sheet === undefined ? null : finding.row === undefined ? finding.sheet : w("merge.row", { sheet: finding.sheet, row: finding.row }),
    w(`severity.${finding.severity}`),
    describeFinding(finding, lang).message,
    ruleShortName(finding.rule, lang),
  ]);
  const title = result.period === 1 ? "title.single" : "title";
  return {
    tab: MERGE_SUMMARY_TAB,
    title: w(title, { year: result.profile.year, period: result.period, tab: MERGE_SUMMARY_TAB }),
    subtitle: w("merge.subtitle", { files: result.files.length, year: result.profile.year, time: showTime(now) }),
    signOff: signOffLine(result.profile, lang, now),
    sections: [
      {
        heading: w("merge.a", { n: result.sources.length }),
        // Widths keep both tables on one landscape page; file names, ledger lists, reasons and messages wrap.
        columns: [
          { header: w("merge.col.file"), format: "text", wrap: true, width: 24 },
          { header: w("col.region"), format: "text", wrap: true, width: 18 },
          { header: w("merge.col.period"), format: "text", width: 14 },
          { header: w("merge.col.ledgers"), format: "text", wrap: true, width: 30 },
          { header: w("merge.col.records"), format: "count" },
          { header: w("col.errors"), format: "count" },
          { header: w("col.warnings"), format: "count" },
          { header: w("merge.col.status"), format: "text", wrap: true, width: 30 },
          { header: w("merge.col.unknown"), format: "text", wrap: true, width: 30 },
        ],
        rows: sourceRows,
        asTable: true,
      },
      {
        heading: w("merge.b", { n: conflictRows.length }),
        // Where first, as a list of places to look at; each column under one of the table above as wide.
        columns: [
          { header: w("merge.col.file"), format: "text", wrap: true, width: 24 },
          { header: w("merge.col.where"), format: "text", wrap: true, width: 18 },
          { header: w("col.severity"), format: "text" },
          { header: w("col.message"), format: "text", wrap: true, width: 30 },
          { header: w("col.rule"), format: "text", wrap: true, width: 10 },
        ],
        rows: conflictRows,
        asTable: conflictRows.length > 0,
      },
    ],
    charts: [],
  };
}
