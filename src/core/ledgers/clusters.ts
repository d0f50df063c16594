import { GROWTH, NOTE, regionColumn, REVENUE, REVENUE_PREV, SEQ } from "./columns";
import type { KindSpec } from "./types";

/** 县域特色产业集群 (plan 二.7). Revenue is often written in 亿元; the header unit converts. */
export const CLUSTERS: KindSpec = {
  kind: "clusters",
  title: "县域特色产业集群",
  titleEn: "Industrial clusters",
  sheetKeywords: ["集群"],
  specificity: 2,
  recordKey: ["cluster"],
  sameRecord: "cluster",
  columns: [
    SEQ,
    { key: "cluster", header: "集群名称", aliases: ["产业集群", "产业集群名称"], type: "name", required: true },
    regionColumn(true),
    { key: "headFirms", header: "头部企业数", aliases: ["头部企业数量", "头部企业"], type: "int" },
    REVENUE,
    REVENUE_PREV,
    GROWTH,
    NOTE,
  ],
};
