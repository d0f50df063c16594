/** 县域特色产业集群 (plan 二.7): growth, and the plan's 18 clusters with 44 head firms as a reference. */

import { hasColumn, type RuleCheck, sheetFinding } from "./context";
import { growthMismatch, growthReview } from "./common";
import { num } from "./values";

const count: RuleCheck = {
  id: "clusters.count",
  check(ctx) {
    const n = ctx.sheet.records.length;
    const expected = ctx.profile.reference.clusters;
    return n === expected ? [] : [sheetFinding(ctx, "clusters.count", { value: n, params: { count: n, expected } })];
  },
};

const headCount: RuleCheck = {
  id: "clusters.head-count",
  check(ctx) {
    if (!hasColumn(ctx.sheet, "headFirms")) return [];
    const sum = ctx.sheet.records.reduce((s, r) => s + (num(r, "headFirms") ?? 0), 0);
    const expected = ctx.profile.reference.clusterHeadFirms;
    return sum === expected ? [] : [sheetFinding(ctx, "clusters.head-count", { value: sum, params: { sum, expected } })];
  },
};

export const CLUSTER_RULES: RuleCheck[] = [growthMismatch, growthReview, count, headCount];
