/**
 * The indicators the ledgers themselves give (REPORTS.md, 目标完成情况: 台账计算): the five programmes'
 * counts, the 三个一批 completion ratios and the clusters' revenue growth. The check (target.ledger-differs,
 * ledger.count) and the report use this one computation.
 */

import { PROGRAMMES } from "../ledgers";
import type { LedgerKind } from "../ledgers/types";
import { TARGET_KEY, type TargetKey } from "../profile/target-keys";
import { BATCH_CATEGORIES, BATCH_STATUS } from "../ledgers/three-batches";
import type { ReadSheet } from "../read/result";
import { groupGrowth } from "./scale";
import { str } from "./record-values";

/** Profile target key of each programme whose target is its ledger's number of records (KindSpec.countTarget). */
export const LEDGER_COUNT_TARGETS: Partial<Record<LedgerKind, TargetKey>> = Object.fromEntries(PROGRAMMES.map((k) => [k.kind, k.countTarget]));

/** Profile target key of the completion ratio of each 三个一批 category that has one. */
export const BATCH_RATIO_TARGETS: Record<string, TargetKey> = {
  [BATCH_CATEGORIES.relocation]: TARGET_KEY.relocationCompletion,
  [BATCH_CATEGORIES.upgrade]: TARGET_KEY.upgradeCompletion,
};

export const CLUSTER_GROWTH_TARGET = TARGET_KEY.clusterRevenueGrowth;

/**
 * Target key → the figure the workbook's ledgers give. A key is present only when its ledger is: no
 * three-batches sheet (or no record of the category) gives no ratio, no cluster with both revenues no growth.
 * Records of several sheets of one kind are added up.
 */
export function ledgerFigures(sheets: readonly ReadSheet[]): Record<string, number> {
  const figures: Record<string, number> = {};
  for (const s of sheets) {
    const key = LEDGER_COUNT_TARGETS[s.kind];
    if (key !== undefined) figures[key] = (figures[key] ?? 0) + s.records.length;
  }

  const batches = sheets.filter((s) => s.kind === "three-batches").flatMap((s) => s.records);
  for (const [category, key] of Object.entries(BATCH_RATIO_TARGETS)) {
    const all = batches.filter((r) => str(r, "category") === category);
    if (all.length > 0) figures[key] = all.filter((r) => str(r, "status") === BATCH_STATUS.done).length / all.length;
  }

  const clusters = sheets.filter((s) => s.kind === "clusters").flatMap((s) => s.records);
  const growth = groupGrowth(clusters);
  if (growth !== null) figures[CLUSTER_GROWTH_TARGET] = growth;
  return figures;
}
