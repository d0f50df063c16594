/**
 * 五个百进展: one row per programme (its ledger's records against the target, its errors and warnings), then
 * each programme's breakdown. Counts are the ledgers' records, as the targets and ledger.count count them.
 */

import { CULTIVATION_CATEGORIES, INCLUSION_STATUS } from "../ledgers/cultivation";
import { DECLINE_TYPES } from "../ledgers/declining";
import { STAGES } from "../ledgers/projects";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
import { PROGRAMMES } from "../ledgers";
import { ledgerFigures } from "../rules/ledger-figures";
import { bool, num, planMissing, str } from "../rules/record-values";
import { type ColumnKey } from "../ledgers/types";
import type { ReportCheck } from "./check";
import { sameBasis } from "../rules/scale";
import { count, groupRecords, recordsOf, sum } from "./records";
import { targetCell } from "./target-cells";
import { reportFrame, words, type ReportContext, type ReportWordKey, type Words } from "./context";
import type { ReportCell, ReportColumn, ReportModel, ReportSection, ReportValue } from "./model";

export const FIVE_HUNDREDS_TAB = "五个百进展";

/** The programmes are the kinds with a count target (KindSpec.countTarget); each has its words. */
type Programme = "key-enterprises" | "cultivation" | "declining" | "projects" | "tech-reform";
const programme = (kind: LedgerKind): ReportWordKey => `programme.${kind as Programme}`;

type Row = (ReportValue | ReportCell)[];

function overview(check: ReportCheck, w: Words): ReportSection {
  const figures = ledgerFigures(check.sheets);
  const rows: Row[] = [];
  let totalCount = 0;
  let totalTarget = 0;
  let totalErrors = 0;
  let totalWarnings = 0;
  for (const { kind, countTarget } of PROGRAMMES) {
    const key = countTarget ?? "";
    const target = check.profile.targets.find((t) => t.key === key);
    const sheets = new Set(check.sheets.filter((s) => s.kind === kind).map((s) => s.sheet));
    const errors = check.findings.filter((f) => f.severity === "error" && f.sheet !== undefined && sheets.has(f.sheet)).length;
    const warnings = check.findings.filter((f) => f.severity === "warning" && f.sheet !== undefined && sheets.has(f.sheet)).length;
    const n = figures[key] ?? null;
    rows.push([w(programme(kind)), n, target ? targetCell(target) : null, errors, warnings]);
    totalCount += n ?? 0;
    totalTarget += target?.target ?? 0;
    totalErrors += errors;
    totalWarnings += warnings;
  }
  return {
    heading: w("five.overview"),
    columns: [
      { header: w("col.programme"), format: "text" },
      // Enterprises (家) and projects (项) together: the header names no unit.
      { header: w("col.ledgerCount"), format: "count" },
      { header: w("col.target"), format: "count" },
      { header: w("col.errors"), format: "count", unit: "个" },
      { header: w("col.warnings"), format: "count", unit: "个" },
    ],
    rows,
    total: [w("total"), totalCount, totalTarget, totalErrors, totalWarnings],
  };
}

/** A breakdown of one programme: its groups as rows (every known group, even empty), and a 合计 of all records. */
function breakdown(
  check: ReportCheck,
  w: Words,
  kind: Programme,
  groupKey: ColumnKey,
  labels: readonly string[],
  columns: ReportColumn[],
  cells: (recs: LedgerRecord[]) => ReportValue[],
  notes?: string[],
): ReportSection {
  const heading = w(`five.${kind}`);
  if (!check.sheets.some((s) => s.kind === kind)) return { heading, empty: w("noLedger"), columns, rows: [] };
  const recs = recordsOf(check, kind);
  const groups = groupRecords(recs, (r) => str(r, groupKey), labels, w("blank"));
  const section: ReportSection = {
    heading,
    columns,
    rows: groups.map((g) => [g.label, ...cells(g.items)]),
    total: [w("total"), ...cells(recs)],
  };
  if (notes) section.notes = notes;
  return section;
}

/** 扭亏: a loss last year, a profit in 1–m月. */
function turnedAround(r: LedgerRecord): boolean {
  const last = num(r, "profitPrev");
  const now = num(r, "profit");
  return last !== null && now !== null && last < 0 && now > 0;
}

/** 增效: more profit in 1–m月 than in the same months of last year. */
function improved(r: LedgerRecord): boolean {
  const now = num(r, "profit");
  const before = num(r, "profitSamePeriod");
  return now !== null && before !== null && now > before;
}

/**
 * Declining enterprises by 下滑类型; where the optional 本年利润总额 is filled, also 扭亏 and 增效 (the plan's
 * 扭转效益下滑, LEDGERS.md).
 */
function declining(check: ReportCheck, w: Words): ReportSection {
  const withProfit = recordsOf(check, "declining").some((r) => num(r, "profit") !== null);
  const columns: ReportColumn[] = [
    { header: w("col.declineType"), format: "text" },
    { header: w("col.enterprises"), format: "count", unit: "家" },
    { header: w("col.profitPrev"), format: "money" },
    { header: w("col.profitPrev2"), format: "money" },
    { header: w("col.withPlan"), format: "count", unit: "家" },
  ];
  if (withProfit) columns.push({ header: w("col.turnedAround"), format: "count", unit: "家" }, { header: w("col.improved"), format: "count", unit: "家" });
  return breakdown(check, w, "declining", "type", Object.values(DECLINE_TYPES), columns, (recs) => {
    const cells: ReportValue[] = [recs.length, sum(recs, "profitPrev"), sum(recs, "profitPrev2"), count(recs, (r) => !planMissing(r, "plan"))];
    if (withProfit) cells.push(count(recs, turnedAround), count(recs, improved));
    return cells;
  });
}

export function buildFiveHundreds(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  const projectColumns = (first: string): ReportColumn[] => [
    { header: first, format: "text" },
    { header: w("col.projects"), format: "count", unit: "项" },
    { header: w("col.totalInvestment"), format: "money" },
    { header: w("col.ytdInvestment"), format: "money" },
    { header: w("col.included"), format: "count", unit: "项" },
  ];
  const projectCells = (recs: LedgerRecord[]): ReportValue[] => [
    recs.length,
    sum(recs, "totalInvestment"),
    sum(recs, "ytdInvestment"),
    count(recs, (r) => bool(r, "included") === true),
  ];
  const stages = Object.values(STAGES);
  const statuses = Object.values(INCLUSION_STATUS);

  const sections: ReportSection[] = [
    overview(check, w),
    breakdown(
      check,
      w,
      "key-enterprises",
      "industry",
      check.profile.industries.map((i) => i.name),
      [
        { header: w("col.industry"), format: "text" },
        { header: w("col.enterprises"), format: "count", unit: "家" },
        { header: w("col.revenue"), format: "money" },
        { header: w("col.revenuePrev"), format: "money" },
        { header: w("col.growth"), format: "rate" },
        { header: w("col.leftOut"), format: "count", unit: "家" },
        { header: w("col.scaleCount"), format: "count", unit: "家" },
      ],
      // 同口径: both sums over the records that have both years, so that the growth is that of the sums shown.
      (recs) => {
        const b = sameBasis(recs);
        return [recs.length, b.current, b.previous, b.growth, b.leftOut, count(recs, (r) => bool(r, "scale") === true)];
      },
      [w("five.sameBasisNote")],
    ),
    breakdown(
      check,
      w,
      "cultivation",
      "category",
      Object.values(CULTIVATION_CATEGORIES),
      [
        { header: w("col.category"), format: "text" },
        { header: w("col.enterprises"), format: "count", unit: "家" },
        // 入统状态 values are the ledgers' own words, kept as written in every language.
        ...statuses.map((s): ReportColumn => ({ header: s, format: "count", unit: "家" })),
        { header: w("col.revenueLastYear"), format: "money" },
        { header: w("col.revenue"), format: "money" },
      ],
      (recs) => [
        recs.length,
        ...statuses.map((s) => count(recs, (r) => str(r, "status") === s)),
        sum(recs, "revenueLastYear"),
        sum(recs, "revenue"),
      ],
    ),
    declining(check, w),
    breakdown(check, w, "projects", "stage", stages, projectColumns(w("col.stage")), projectCells),
    breakdown(check, w, "tech-reform", "stage", stages, projectColumns(w("col.stage")), projectCells),
  ];
  return {
    ...reportFrame(check, FIVE_HUNDREDS_TAB, ctx),
    sections,
    charts: [],
  };
}
