/**
 * 项目入统: A. the projects under construction of both project ledgers with 总投资 ≥ projectInvestment that
 * are not included; B. by 建设阶段 and by 产业类别 with their 入统率. A project listed in both ledgers
 * (same 项目名称 and 建设单位) is one project here.
 */

import { completion } from "../calc/growth";
import { STAGES } from "../ledgers/projects";
import type { LedgerRecord } from "../ledgers/types";
import { projectKey } from "../rules/projects";
import { isUnderConstruction } from "../rules/under-construction";
import { bool, num, str } from "../rules/values";
import type { ReportCheck } from "./check";
import { count, groupRecords, placedRecordsOf, regionOfRecord, sum } from "./records";
import { figure } from "./target-cells";
import { reportSubtitle, reportTitle, words, type ReportContext, type Words } from "./context";
import type { ReportColumn, ReportModel, ReportSection, ReportValue } from "./model";

export const PROJECT_INCLUSION_TAB = "项目入统";

/** The projects of both ledgers, each once (its first record), in sheet order. */
function projects(check: ReportCheck): LedgerRecord[] {
  const seen = new Set<string>();
  const out: LedgerRecord[] = [];
  for (const { rec } of placedRecordsOf(check, "projects", "tech-reform")) {
    const key = projectKey(rec);
    if (key !== null) {
      if (seen.has(key)) continue;
      seen.add(key);
    }
    out.push(rec);
  }
  return out;
}

/** Fixed-asset-investment statistics must count it: under construction and 总投资 at the threshold. */
function mustCount(check: ReportCheck): (r: LedgerRecord) => boolean {
  const threshold = check.profile.thresholds.projectInvestment;
  return (r) => {
    const total = num(r, "totalInvestment");
    return total !== null && total >= threshold && isUnderConstruction(r, check.profile.year, check.period);
  };
}

function partA(check: ReportCheck, recs: LedgerRecord[], w: Words): ReportSection {
  const counts = mustCount(check);
  const regionOf = regionOfRecord(check.profile);
  const list = recs.filter((r) => counts(r) && bool(r, "included") === false);
  const threshold = check.profile.thresholds.projectInvestment;
  return {
    heading: w("projects.a", { threshold }),
    notes: list.length === 0 ? [w("none")] : undefined,
    columns: [
      { header: w("col.project"), format: "text" },
      { header: w("col.builder"), format: "text" },
      { header: w("col.region"), format: "text" },
      { header: w("col.totalInvestment"), format: "money" },
      { header: w("col.stage"), format: "text" },
      { header: w("col.reason"), format: "text" },
      { header: w("col.status"), format: "text" },
    ],
    rows: list.map((r) => {
      const reason = str(r, "notIncludedReason");
      return [
        str(r, "project"),
        str(r, "builder"),
        regionOf(r),
        num(r, "totalInvestment"),
        str(r, "stage"),
        reason,
        w(reason === null ? "projects.mustInclude" : "projects.blocked"),
      ];
    }),
    asTable: true,
  };
}

function grouped(check: ReportCheck, recs: LedgerRecord[], w: Words, by: "stage" | "industry"): ReportSection {
  const counts = mustCount(check);
  const cells = (list: LedgerRecord[]): ReportValue[] => {
    const due = list.filter(counts);
    return [
      list.length,
      sum(list, "totalInvestment"),
      sum(list, "ytdInvestment"),
      figure(completion(count(due, (r) => bool(r, "included") === true), due.length)),
    ];
  };
  const labels = by === "stage" ? Object.values(STAGES) : check.profile.industries.map((i) => i.name);
  const groups = groupRecords(recs, (r) => str(r, by), labels, w("blank"));
  const columns: ReportColumn[] = [
    { header: w(by === "stage" ? "col.stage" : "col.projectIndustry"), format: "text" },
    { header: w("col.projects"), format: "count" },
    { header: w("col.totalInvestment"), format: "money" },
    { header: w("col.ytdInvestment"), format: "money" },
    { header: w("col.inclusionRate"), format: "rate", dataBar: true },
  ];
  return {
    heading: w(by === "stage" ? "projects.byStage" : "projects.byIndustry"),
    notes: by === "stage" ? [w("projects.rateNote", { threshold: check.profile.thresholds.projectInvestment })] : undefined,
    columns,
    rows: groups.map((g) => [g.label, ...cells(g.items)]),
    total: [w("total"), ...cells(recs)],
  };
}

export function buildProjectInclusion(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  const recs = projects(check);
  return {
    tab: PROJECT_INCLUSION_TAB,
    title: reportTitle(check, PROJECT_INCLUSION_TAB, ctx.lang),
    subtitle: reportSubtitle(check, ctx),
    sections: [partA(check, recs, w), grouped(check, recs, w, "stage"), grouped(check, recs, w, "industry")],
    charts: [],
  };
}
