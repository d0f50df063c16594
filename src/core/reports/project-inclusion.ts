/**
 * 项目入统: A. the projects under construction of both project ledgers with 总投资 ≥ projectInvestment that
 * are not included; B. by 建设阶段, by 产业类别 and for 两新一重 projects, with their 入统率. A project listed in both ledgers
 * (same 项目名称 and 建设单位) is one project here.
 */

import { completion } from "../calc/growth";
import { STAGES } from "../ledgers/projects";
import type { LedgerRecord } from "../ledgers/types";
import { projectKey } from "../rules/projects";
import { isUnderConstruction } from "../rules/under-construction";
import { bool, num, str } from "../rules/record-values";
import type { ReportCheck } from "./check";
import { count, groupRecords, placedRecordsOf, regionOfRecord, sum } from "./records";
import { figure } from "./target-cells";
import { reportFrame, words, type ReportContext, type ReportWordKey, type Words } from "./context";
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
    empty: w("none"),
    columns: [
      { header: w("col.project"), format: "text", wrap: true, width: 30 },
      { header: w("col.builder"), format: "text", wrap: true, width: 24 },
      { header: w("col.region"), format: "text" },
      { header: w("col.totalInvestment"), format: "money" },
      { header: w("col.stage"), format: "text" },
      { header: w("col.reason"), format: "text", wrap: true },
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

/** The groups of part B: by 建设阶段, by 产业类别, and 两新一重 against the other projects. */
type Grouping = "stage" | "industry" | "twoNewOneHeavy";

function groupOf(w: Words, by: Grouping): (r: LedgerRecord) => string | null {
  if (by !== "twoNewOneHeavy") return (r) => str(r, by);
  return (r) => w(bool(r, by) === true ? "projects.twoNewOneHeavy" : "projects.otherProjects");
}

const GROUP_WORDS: Record<Grouping, { column: ReportWordKey; heading: ReportWordKey }> = {
  stage: { column: "col.stage", heading: "projects.byStage" },
  industry: { column: "col.projectIndustry", heading: "projects.byIndustry" },
  twoNewOneHeavy: { column: "col.twoNewOneHeavy", heading: "projects.byTwoNewOneHeavy" },
};

function grouped(check: ReportCheck, recs: LedgerRecord[], w: Words, by: Grouping): ReportSection {
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
  const labels =
    by === "stage"
      ? Object.values(STAGES)
      : by === "industry"
        ? check.profile.industries.map((i) => i.name)
        : [w("projects.twoNewOneHeavy"), w("projects.otherProjects")];
  const groups = groupRecords(recs, groupOf(w, by), labels, w("blank"));
  const columns: ReportColumn[] = [
    { header: w(GROUP_WORDS[by].column), format: "text" },
    { header: w("col.projects"), format: "count", unit: "项" },
    { header: w("col.totalInvestment"), format: "money" },
    { header: w("col.ytdInvestment"), format: "money" },
    { header: w("col.inclusionRate"), format: "rate", dataBar: true },
  ];
  return {
    heading: w(GROUP_WORDS[by].heading),
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
    ...reportFrame(check, PROJECT_INCLUSION_TAB, ctx),
    sections: [
      partA(check, recs, w),
      grouped(check, recs, w, "stage"),
      grouped(check, recs, w, "industry"),
      grouped(check, recs, w, "twoNewOneHeavy"),
    ],
    charts: [],
  };
}
