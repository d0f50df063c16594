/**
 * 入统分析: A. the enterprises that reach the 规上 threshold but are not included (once each, by 信用代码);
 * B. the cultivation library by 培育类别 × 入统状态; C. 净增规模以上工业企业 against its target.
 */

import { CULTIVATION_CATEGORIES, INCLUSION_STATUS } from "../ledgers/cultivation";
import type { LedgerRecord } from "../ledgers/types";
import { qualifyingRevenue } from "../rules/scale";
import { bool, str } from "../rules/record-values";
import type { ReportCheck } from "./check";
import { count, enterpriseKey, groupRecords, placedRecordsOf, recordsOf, regionOfRecord } from "./records";
import { targetCell, targetFormat } from "./target-cells";
import { reportFrame, words, type ReportContext, type Words } from "./context";
import type { ReportModel, ReportSection, ReportValue } from "./model";
import { sourceText, statusText, targetProgress } from "./target-progress";

export const SCALE_ANALYSIS_TAB = "入统分析";

const NET_NEW_TARGET = "netNewScaleEnterprises";

export interface ShouldInclude {
  name: string | null;
  uscc: string | null;
  region: string | null;
  revenue: number;
  /** The sheets that list it, in sheet order. */
  sources: string[];
}

/** The enterprise is known to be included: 是否规上 = 是 in the key-enterprises ledger, or 已入统 in the library. */
function isIncluded(kind: string, rec: LedgerRecord): boolean {
  return kind === "key-enterprises" ? bool(rec, "scale") === true : str(rec, "status") === INCLUSION_STATUS.included;
}

/**
 * 应入统企业 of the key-enterprises and cultivation ledgers, each enterprise once (by 信用代码, else name);
 * an enterprise that any ledger shows as included is not listed. 县区汇总 counts the same list.
 */
export function shouldIncludeEnterprises(check: Pick<ReportCheck, "sheets" | "profile">): ShouldInclude[] {
  const profile = check.profile;
  const regionOf = regionOfRecord(profile);
  const placed = placedRecordsOf(check, "key-enterprises", "cultivation");
  const included = new Set<string>();
  for (const { sheet, rec } of placed) {
    const key = enterpriseKey(rec);
    if (key !== null && isIncluded(sheet.kind, rec)) included.add(key);
  }
  const found = new Map<string, ShouldInclude>();
  const out: ShouldInclude[] = [];
  for (const { sheet, rec } of placed) {
    const revenue = qualifyingRevenue(sheet.kind, rec, profile.thresholds.scaleRevenue);
    const key = enterpriseKey(rec);
    if (revenue === null || (key !== null && included.has(key))) continue;
    const seen = key === null ? undefined : found.get(key);
    if (seen) {
      if (!seen.sources.includes(sheet.sheet)) seen.sources.push(sheet.sheet);
      continue;
    }
    const e: ShouldInclude = { name: str(rec, "name"), uscc: str(rec, "uscc"), region: regionOf(rec), revenue, sources: [sheet.sheet] };
    if (key !== null) found.set(key, e);
    out.push(e);
  }
  return out;
}

function partA(check: ReportCheck, w: Words): ReportSection {
  const list = shouldIncludeEnterprises(check);
  const note = w("scale.aNote", { threshold: check.profile.thresholds.scaleRevenue });
  return {
    heading: w("scale.a"),
    notes: [note],
    empty: w("none"),
    columns: [
      { header: w("col.name"), format: "text", wrap: true, width: 30 },
      { header: w("col.uscc"), format: "text" },
      { header: w("col.region"), format: "text" },
      { header: w("col.anyRevenue"), format: "money" },
      { header: w("col.source"), format: "text", wrap: true },
      { header: w("col.advice"), format: "text", wrap: true },
    ],
    rows: list.map((e) => [e.name, e.uscc, e.region, e.revenue, e.sources.join("、"), w("scale.advice")]),
    asTable: true,
  };
}

function partB(check: ReportCheck, w: Words): ReportSection {
  const statuses = Object.values(INCLUSION_STATUS);
  const recs = recordsOf(check, "cultivation");
  const cells = (list: LedgerRecord[]): ReportValue[] => [...statuses.map((s) => count(list, (r) => str(r, "status") === s)), list.length];
  const groups = groupRecords(recs, (r) => str(r, "category"), Object.values(CULTIVATION_CATEGORIES), w("blank"));
  return {
    heading: w("scale.b"),
    notes: check.sheets.some((s) => s.kind === "cultivation") ? undefined : [w("noLedger")],
    columns: [
      { header: w("col.category"), format: "text" },
      // 入统状态 values are the ledgers' own words, kept as written in every language.
      ...statuses.map((s) => ({ header: s, format: "count" as const, unit: "家" })),
      { header: w("total"), format: "count", unit: "家" },
    ],
    rows: groups.map((g) => [g.label, ...cells(g.items)]),
    total: [w("total"), ...cells(recs)],
  };
}

/** C, with 培育库本年新入统 beside the typed figure when the workbook was compared with last year's (HISTORY.md). */
function partC(check: ReportCheck, w: Words, newlyIncluded: number | null): ReportSection {
  const columns: ReportSection["columns"] = [
    { header: w("col.indicator"), format: "text", wrap: true },
    { header: w("col.target"), format: "count", unit: "家" },
    { header: w("col.actual"), format: "count", unit: "家" },
    { header: w("col.completion"), format: "rate", dataBar: true },
    { header: w("col.elapsed"), format: "rate" },
    { header: w("col.paceGap"), format: "rate" },
    { header: w("col.status"), format: "text" },
    { header: w("col.source"), format: "text" },
    { header: w("col.libraryIncluded"), format: "count", unit: "家" },
    { header: w("col.libraryApplied"), format: "count", unit: "家" },
    ...(newlyIncluded === null ? [] : [{ header: w("col.newlyIncluded"), format: "count" as const, unit: "家" }]),
  ];
  const p = targetProgress(check).find((x) => x.target.key === NET_NEW_TARGET);
  if (!p) return { heading: w("scale.c"), empty: w("noTarget"), columns, rows: [] };
  const library = recordsOf(check, "cultivation");
  return {
    heading: w("scale.c"),
    columns,
    rows: [
      [
        p.target.name,
        targetCell(p.target),
        { value: p.actual, format: targetFormat(p.target) },
        p.completion,
        p.elapsed,
        p.gap,
        statusText(p, w),
        sourceText(p, w),
        count(library, (r) => str(r, "status") === INCLUSION_STATUS.included),
        count(library, (r) => str(r, "status") === INCLUSION_STATUS.applied),
        ...(newlyIncluded === null ? [] : [newlyIncluded]),
      ],
    ],
  };
}

export function buildScaleAnalysis(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  return {
    ...reportFrame(check, SCALE_ANALYSIS_TAB, ctx),
    sections: [partA(check, w), partB(check, w), partC(check, w, ctx.history?.newlyIncluded ?? null)],
    charts: [],
  };
}
