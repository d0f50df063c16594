/** 县域特色产业集群 (plan 二.7): growth, and the plan's 18 clusters with 44 head firms as a reference. */

import { countyCount, scopeRegion } from "../profile/scope";
import type { Profile } from "../profile/types";
import { hasColumn, sheetFinding } from "./context";
import { defineRule } from "./define";
import { num } from "./record-values";

/** The city's reference figure, or a county's share of it where decomposed (none otherwise). */
function referenceInScope(profile: Profile, key: "clusters" | "clusterHeadFirms"): number | undefined {
  return scopeRegion(profile) === undefined ? profile.reference[key] : countyCount(profile, key);
}

export const count = defineRule({
  id: "clusters.count",
  severity: "info",
  scope: "sheet",
  kinds: ["clusters"],
  params: { count: "number", expected: "number" },
  check(ctx, rule) {
    const n = ctx.sheet.records.length;
    const expected = referenceInScope(ctx.profile, "clusters");
    if (expected === undefined) return [];
    return n === expected ? [] : [sheetFinding(ctx, rule, { value: n, params: { count: n, expected } })];
  },
  words: {
    "zh-CN": {
      name: "集群数量",
      message: "产业集群共 {count} 个，方案为 {expected} 个",
      hint: "提示：方案确定 18 个县域特色产业集群",
      about: "产业集群数量与方案不同",
    },
    "en-US": {
      name: "Cluster count",
      message: "{count} clusters; the plan has {expected}",
      hint: "For reference: the plan names 18 county clusters",
      about: "the number of clusters differs from the plan",
    },
  },
});

export const headCount = defineRule({
  id: "clusters.head-count",
  severity: "info",
  scope: "sheet",
  kinds: ["clusters"],
  params: { sum: "number", expected: "number" },
  check(ctx, rule) {
    if (!hasColumn(ctx.sheet, "headFirms")) return [];
    const sum = ctx.sheet.records.reduce((s, r) => s + (num(r, "headFirms") ?? 0), 0);
    const expected = referenceInScope(ctx.profile, "clusterHeadFirms");
    if (expected === undefined) return [];
    return sum === expected ? [] : [sheetFinding(ctx, rule, { value: sum, params: { sum, expected } })];
  },
  words: {
    "zh-CN": {
      name: "头部企业数",
      message: "头部企业数合计 {sum} 家，方案为 {expected} 家",
      hint: "提示：方案确定 44 家头部企业",
      about: "头部企业数合计与方案不同",
    },
    "en-US": {
      name: "Head firm count",
      message: "Head firms add up to {sum}; the plan has {expected}",
      hint: "For reference: the plan names 44 head firms",
      about: "the head firms do not add up to the plan's",
    },
  },
});

export const CLUSTER_RULES = [count, headCount] as const;
