/**
 * 五个百进展: one row per programme (its ledger's records against the target, its errors and warnings), then
 * each programme's breakdown. Counts are the ledgers' records, as the targets and ledger.count count them.
 */

import { CULTIVATION_CATEGORIES, INCLUSION_STATUS } from "../ledgers/cultivation";
import { DECLINE_TYPES } from "../ledgers/declining";
import { STAGES } from "../ledgers/projects";
import type { ColumnKey, LedgerKind, LedgerRecord } from "../ledgers/types";
import { LEDGER_COUNT_TARGETS, ledgerFigures } from "../rules/ledger-figures";
import { bool, planMissing, str } from "../rules/record-values";
import type { ReportCheck } from "./check";
import { groupGrowth } from "../rules/scale";
import { count, groupRecords, recordsOf, sum, targetCell } from "./common";
import { reportSubtitle, reportTitle, words, type ReportContext, type Words } from "./context";
import type { ReportCell, ReportColumn, ReportModel, ReportSection, ReportValue } from "./model";

export const FIVE_HUNDREDS_TAB = "五个百进展";

/** The five programmes of plan 二.1–二.5, in the plan's order. */
const PROGRAMMES = ["key-enterprises", "cultivation", "declining", "projects", "tech-reform"] as const satisfies readonly LedgerKind[];
type Programme = (typeof PROGRAMMES)[number];

type Row = (ReportValue | ReportCell)[];

function overview(check: ReportCheck, w: Words): ReportSection {
  const figures = ledgerFigures(check.sheets);
  const rows: Row[] = [];
  let totalCount = 0;
  let totalTarget = 0;
  let totalErrors = 0;
  let totalWarnings = 0;
  for (const kind of PROGRAMMES) {
    const key = LEDGER_COUNT_TARGETS[kind] ?? "";
    const target = check.profile.targets.find((t) => t.key === key);
    const sheets = new Set(check.sheets.filter((s) => s.kind === kind).map((s) => s.sheet));
    const errors = check.findings.filter((f) => f.severity === "error" && f.sheet !== undefined && sheets.has(f.sheet)).length;
    const warnings = check.findings.filter((f) => f.severity === "warning" && f.sheet !== undefined && sheets.has(f.sheet)).length;
    const n = figures[key] ?? null;
    rows.push([w(`programme.${kind}`), n, target ? targetCell(target) : null, errors, warnings]);
    totalCount += n ?? 0;
    totalTarget += target?.target ?? 0;
    totalErrors += errors;
    totalWarnings += warnings;
  }
  return {
    heading: w("five.overview"),
    columns: [
      { header: w("col.programme"), format: "text" },
      { header: w("col.ledgerCount"), format: "count" },
      { header: w("col.target"), format: "count" },
      { header: w("col.errors"), format: "count" },
      { header: w("col.warnings"), format: "count" },
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
): ReportSection {
  const heading = w(`five.${kind}`);
  if (!check.sheets.some((s) => s.kind === kind)) return { heading, notes: [w("noLedger")], columns, rows: [] };
  const recs = recordsOf(check, kind);
  const groups = groupRecords(recs, (r) => str(r, groupKey), labels, w("blank"));
  return {
    heading,
    columns,
    rows: groups.map((g) => [g.label, ...cells(g.items)]),
    total: [w("total"), ...cells(recs)],
  };
}

export function buildFiveHundreds(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  const projectColumns = (first: string): ReportColumn[] => [
    { header: first, format: "text" },
    { header: w("col.projects"), format: "count" },
    { header: w("col.totalInvestment"), format: "money" },
    { header: w("col.ytdInvestment"), format: "money" },
    { header: w("col.included"), format: "count" },
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
        { header: w("col.enterprises"), format: "count" },
        { header: w("col.revenue"), format: "money" },
        { header: w("col.revenuePrev"), format: "money" },
        { header: w("col.growth"), format: "rate" },
        { header: w("col.scaleCount"), format: "count" },
      ],
      (recs) => [recs.length, sum(recs, "revenue"), sum(recs, "revenuePrev"), groupGrowth(recs), count(recs, (r) => bool(r, "scale") === true)],
    ),
    breakdown(
      check,
      w,
      "cultivation",
      "category",
      Object.values(CULTIVATION_CATEGORIES),
      [
        { header: w("col.category"), format: "text" },
        { header: w("col.enterprises"), format: "count" },
        // 入统状态 values are the ledgers' own words, kept as written in every language.
        ...statuses.map((s): ReportColumn => ({ header: s, format: "count" })),
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
    breakdown(
      check,
      w,
      "declining",
      "type",
      Object.values(DECLINE_TYPES),
      [
        { header: w("col.declineType"), format: "text" },
        { header: w("col.enterprises"), format: "count" },
        { header: w("col.profitPrev"), format: "money" },
        { header: w("col.profitPrev2"), format: "money" },
        { header: w("col.withPlan"), format: "count" },
      ],
      (recs) => [recs.length, sum(recs, "profitPrev"), sum(recs, "profitPrev2"), count(recs, (r) => !planMissing(r, "plan"))],
    ),
    breakdown(check, w, "projects", "stage", stages, projectColumns(w("col.stage")), projectCells),
    breakdown(check, w, "tech-reform", "stage", stages, projectColumns(w("col.stage")), projectCells),
  ];
  return {
    tab: FIVE_HUNDREDS_TAB,
    title: reportTitle(check, FIVE_HUNDREDS_TAB, ctx.lang),
    subtitle: reportSubtitle(check, ctx),
    sections,
    charts: [],
  };
}
