import { TARGET_KEY } from "../profile/target-keys";
import { ENTERPRISE_NAME, GROWTH, NOTE, regionColumn, REVENUE, REVENUE_PREV, SEQ, usccColumn } from "./columns";
import type { KindSpec } from "./types";

/** 百家重点企业台账 (plan 二.1). */
export const KEY_ENTERPRISES: KindSpec = {
  kind: "key-enterprises",
  title: "百家重点企业台账",
  titleEn: "Key enterprises",
  sheetKeywords: ["重点企业"],
  specificity: 1,
  recordKey: ["uscc"],
  identity: "enterprise",
  sameRecord: "enterprise",
  countTarget: TARGET_KEY.keyEnterprises,
  columns: [
    SEQ,
    ENTERPRISE_NAME,
    usccColumn(true),
    regionColumn(true),
    { key: "industry", header: "所属产业", aliases: ["产业类别"], type: "enum", values: "industries" },
    { key: "industryCode", header: "行业代码", aliases: ["国民经济行业代码", "行业类别代码"], type: "industry" },
    REVENUE,
    REVENUE_PREV,
    GROWTH,
    { key: "scale", header: "是否规上", aliases: ["规上企业", "是否入统"], type: "bool" },
    { key: "liaison", header: "包联责任人", aliases: ["包联领导", "帮扶责任人"], type: "text" },
    NOTE,
  ],
};
