import { ENTERPRISE_NAME, NOTE, regionColumn, SEQ, usccColumn } from "./columns";
import type { KindSpec } from "./types";

/** 重点用能企业能耗监测 (plan 二.8): one row per enterprise and month, that month's figures. */
export const ENERGY: KindSpec = {
  kind: "energy",
  title: "重点用能企业能耗监测",
  titleEn: "Key energy users",
  sheetKeywords: ["能耗", "用能"],
  specificity: 2,
  recordKey: ["uscc"],
  identity: "enterprise",
  sameRecord: "enterprise-month",
  columns: [
    SEQ,
    ENTERPRISE_NAME,
    usccColumn(true),
    regionColumn(false),
    { key: "month", header: "月份", aliases: ["统计月份", "期别"], type: "date", required: true },
    // 吨标准煤 is not money: the unit in the header must not convert it.
    {
      key: "energy",
      header: "综合能耗",
      aliases: ["综合能源消费量", "当月综合能耗"],
      type: "money",
      required: true,
      keepUnit: true,
    },
    { key: "valueAdded", header: "工业增加值", aliases: ["当月工业增加值"], type: "money" },
    { key: "intensity", header: "万元增加值能耗", aliases: ["单位增加值能耗", "万元工业增加值能耗"], type: "number" },
    NOTE,
  ],
};
