/**
 * 三个一批进展: by 类别 (with the profile's completion targets for 搬迁入园进区 and 就地改造提升 and the gap),
 * then by county. 完成率 = 已完成 ÷ all of the group, as ledgerFigures computes the targets' figures.
 */

import { completion, gap } from "../calc/growth";
import type { LedgerRecord } from "../ledgers/types";
import { BATCH_CATEGORIES, BATCH_STATUS } from "../ledgers/three-batches";
import { BATCH_RATIO_TARGETS } from "../rules/ledger-figures";
import { str } from "../rules/record-values";
import type { ReportCheck } from "./check";
import { count, groupRecords, recordsOf, regionOfRecord } from "./records";
import { figure } from "./target-cells";
import { reportFrame, words, type ReportContext, type Words } from "./context";
import type { ReportColumn, ReportModel, ReportSection, ReportValue } from "./model";

export const THREE_BATCHES_TAB = "三个一批进展";

const STATUSES = [BATCH_STATUS.done, BATCH_STATUS.inProgress, BATCH_STATUS.notStarted];
const CATEGORIES = Object.values(BATCH_CATEGORIES);

/** 总数 · 已完成 · 推进中 · 未启动 · 完成率 of a group. */
function progressCells(recs: readonly LedgerRecord[]): ReportValue[] {
  const byStatus = STATUSES.map((s) => count(recs, (r) => str(r, "status") === s));
  return [recs.length, ...byStatus, figure(completion(byStatus[0], recs.length))];
}

// 进展状态 and 类别 values are the ledgers' own words, kept as written in every language.
function progressColumns(w: Words, first: string): ReportColumn[] {
  return [
    { header: first, format: "text" },
    { header: w("col.total"), format: "count", unit: "个" },
    ...STATUSES.map((s): ReportColumn => ({ header: s, format: "count", unit: "个" })),
    { header: w("col.completion"), format: "rate", dataBar: true },
  ];
}

function byCategory(check: ReportCheck, recs: LedgerRecord[], w: Words): ReportSection {
  const groups = groupRecords(recs, (r) => str(r, "category"), CATEGORIES, w("blank"));
  const rows = groups.map((g) => {
    const key = BATCH_RATIO_TARGETS[g.label];
    const target = key === undefined ? undefined : check.profile.targets.find((t) => t.key === key);
    const cells = progressCells(g.items);
    const ratio = cells[cells.length - 1];
    return [
      g.label,
      ...cells,
      target?.target ?? null,
      target !== undefined && typeof ratio === "number" ? gap(ratio, target.target) : null,
    ];
  });
  return {
    heading: w("batches.byCategory"),
    notes: check.sheets.some((s) => s.kind === "three-batches") ? undefined : [w("noLedger")],
    columns: [
      ...progressColumns(w, w("col.batchCategory")),
      { header: w("col.target"), format: "rate" },
      { header: w("col.gap"), format: "rate" },
    ],
    rows,
    total: [w("total"), ...progressCells(recs), null, null],
  };
}

function byRegion(check: ReportCheck, recs: LedgerRecord[], w: Words): ReportSection {
  const regionOf = regionOfRecord(check.profile);
  // Only the counties that have records: a list of nineteen empty rows says nothing.
  const groups = groupRecords(recs, regionOf, [], w("unknownRegion"));
  const order = new Map(check.profile.regions.map((r, i) => [r.name, i]));
  groups.sort((a, b) => (order.get(a.label) ?? Infinity) - (order.get(b.label) ?? Infinity));
  const categoryCells = (list: LedgerRecord[]): ReportValue[] => CATEGORIES.map((c) => count(list, (r) => str(r, "category") === c));
  const [first, ...rest] = progressColumns(w, w("col.region"));
  return {
    heading: w("batches.byRegion"),
    columns: [first, ...CATEGORIES.map((c): ReportColumn => ({ header: c, format: "count", unit: "个" })), ...rest],
    rows: groups.map((g) => [g.label, ...categoryCells(g.items), ...progressCells(g.items)]),
    total: [w("total"), ...categoryCells(recs), ...progressCells(recs)],
  };
}

export function buildThreeBatches(check: ReportCheck, ctx: ReportContext): ReportModel {
  const w = words(ctx.lang);
  const recs = recordsOf(check, "three-batches");
  return {
    ...reportFrame(check, THREE_BATCHES_TAB, ctx),
    sections: [byCategory(check, recs, w), byRegion(check, recs, w)],
    charts: [],
  };
}
