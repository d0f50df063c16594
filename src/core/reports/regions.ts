/**
 * 县区汇总: one row per region of the profile, 未识别 for records whose 所属县区 is blank or unknown, and 合计,
 * which is therefore the ledgers' totals. A chart of project investment by county.
 */

import { completion } from "../calc/growth";
import type { LedgerKind, LedgerRecord } from "../ledgers/types";
import { BATCH_STATUS } from "../ledgers/three-batches";
import { str } from "../rules/record-values";
import { scopeRegion } from "../profile/scope";
import type { ReportCheck } from "./check";
import { count, recordsOf, regionOfRecord, sum } from "./records";
import { figure } from "./target-cells";
import { reportFrame, words, type ReportContext } from "./context";
import type { ReportModel, ReportValue } from "./model";
import { shouldIncludeEnterprises } from "./scale-analysis";

export const REGIONS_TAB = "县区汇总";

/** The bucket of records whose region is blank or not a county of the profile. */
const UNKNOWN = "\u0000unknown";
/** Under a county scope, the bucket of other counties' records. */
const FOREIGN = "\u0000foreign";

function isEmpty(b: Bucket): boolean {
  return b.keyEnterprises + b.cultivation + b.shouldInclude + b.projects.length + b.techReform + b.batches.length + b.errors + b.warnings === 0;
}

interface Bucket {
  keyEnterprises: number;
  cultivation: number;
  shouldInclude: number;
  projects: LedgerRecord[];
  techReform: number;
  batches: LedgerRecord[];
  errors: number;
  warnings: number;
}

function emptyBucket(): Bucket {
  return { keyEnterprises: 0, cultivation: 0, shouldInclude: 0, projects: [], techReform: 0, batches: [], errors: 0, warnings: 0 };
}

function cells(b: Bucket): ReportValue[] {
  const done = count(b.batches, (r) => str(r, "status") === BATCH_STATUS.done);
  return [
    b.keyEnterprises,
    b.cultivation,
    b.shouldInclude,
    b.projects.length,
    sum(b.projects, "totalInvestment"),
    sum(b.projects, "ytdInvestment"),
    b.techReform,
    figure(completion(done, b.batches.length)),
    b.errors,
    b.warnings,
  ];
}

export function buildRegions(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  const regionOf = regionOfRecord(check.profile);
  // A county's workbook lists that county alone; another county's records (scope.foreign-region) get a row of
  // their own only when there are any, so that 合计 stays the ledgers' totals.
  const county = scopeRegion(check.profile);
  const buckets = new Map<string, Bucket>((county ? [county] : check.profile.regions).map((r) => [r.name, emptyBucket()]));
  const foreign = emptyBucket();
  if (county) buckets.set(FOREIGN, foreign);
  buckets.set(UNKNOWN, emptyBucket());
  const known = new Set(check.profile.regions.map((r) => r.name));
  const bucketOf = (region: string | null): Bucket =>
    buckets.get(region ?? UNKNOWN) ?? (region !== null && known.has(region) ? foreign : (buckets.get(UNKNOWN) as Bucket));
  const add = (kind: LedgerKind, put: (b: Bucket, r: LedgerRecord) => void): void => {
    for (const r of recordsOf(check, kind)) put(bucketOf(regionOf(r)), r);
  };
  add("key-enterprises", (b) => b.keyEnterprises++);
  add("cultivation", (b) => b.cultivation++);
  add("projects", (b, r) => b.projects.push(r));
  add("tech-reform", (b) => b.techReform++);
  add("three-batches", (b, r) => b.batches.push(r));
  for (const e of shouldIncludeEnterprises(check)) bucketOf(e.region).shouldInclude++;

  // Errors and warnings go to the region of the record they are on; the others (sheet-level, file-level,
  // records of sheets without a 所属县区 column) are left out and counted in a note.
  const place = new Map<string, Map<number, Bucket>>();
  for (const s of check.sheets) {
    if (!s.columns.some((c) => c.key === "region")) continue;
    place.set(s.sheet, new Map(s.records.map((r) => [r.row, bucketOf(regionOf(r))])));
  }
  let unplaced = 0;
  for (const f of check.findings) {
    if (f.severity === "info") continue;
    const b = f.sheet !== undefined && f.row !== undefined ? place.get(f.sheet)?.get(f.row) : undefined;
    if (!b) unplaced++;
    else if (f.severity === "error") b.errors++;
    else b.warnings++;
  }

  const all = emptyBucket();
  for (const b of buckets.values()) {
    all.keyEnterprises += b.keyEnterprises;
    all.cultivation += b.cultivation;
    all.shouldInclude += b.shouldInclude;
    for (const p of b.projects) all.projects.push(p);
    all.techReform += b.techReform;
    for (const x of b.batches) all.batches.push(x);
    all.errors += b.errors;
    all.warnings += b.warnings;
  }
  const shown = [...buckets].filter(([name, b]) => name !== FOREIGN || !isEmpty(b));
  const rows = shown.map(([name, b]) => [name === UNKNOWN ? w("unknownRegion") : name === FOREIGN ? w("otherRegions") : name, ...cells(b)]);

  return {
    ...reportFrame(check, REGIONS_TAB, ctx),
    sections: [
      {
        notes: [unplaced === 0 ? w("regions.note") : w("regions.noteLeftOut", { unplaced })],
        columns: [
          { header: w("col.region"), format: "text" },
          { header: w("col.keyEnterprises"), format: "count", unit: "家" },
          { header: w("col.cultivationEnterprises"), format: "count", unit: "家" },
          { header: w("col.shouldInclude"), format: "count", unit: "家" },
          { header: w("col.industrialProjects"), format: "count", unit: "项" },
          { header: w("col.projectInvestment"), format: "money" },
          { header: w("col.ytdInvestment"), format: "money" },
          { header: w("col.techReformProjects"), format: "count", unit: "项" },
          { header: w("col.batchCompletion"), format: "rate", dataBar: true },
          { header: w("col.errors"), format: "count", unit: "个" },
          { header: w("col.warnings"), format: "count", unit: "个" },
        ],
        rows,
        total: [w("total"), ...cells(all)],
      },
    ],
    charts: [{ kind: "column", title: w("regions.chart"), section: 0, categories: 0, series: [5, 6] }],
  };
}
