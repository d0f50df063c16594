import { NOTE, SEQ } from "./columns";
import type { KindSpec } from "./types";

/** 目标任务 (plan 一 and 二). */
export const TARGETS: KindSpec = {
  kind: "targets",
  title: "目标任务",
  titleEn: "Targets",
  sheetKeywords: ["目标"],
  specificity: 1,
  recordKey: ["indicator"],
  sameRecord: "target",
  columns: [
    SEQ,
    { key: "indicator", header: "指标名称", aliases: ["指标", "目标任务"], type: "name", required: true },
    { key: "target", header: "目标值", aliases: ["目标", "年度目标"], type: "number", required: true, unitColumn: "unit" },
    { key: "unit", header: "单位", aliases: ["计量单位"], type: "text" },
    { key: "actual", header: "实际完成", aliases: ["完成值", "本期实际"], type: "number", required: true, blankIsRule: "target.missing-actual", unitColumn: "unit" },
    // An int 1–12; the reader also takes a date, 10月 or 1-10月 and keeps the month (LEDGERS.md: "int 1–12 or a date").
    { key: "asOf", header: "截止月份", aliases: ["截至月份", "统计截止月份"], type: "int", min: 1, max: 12 },
    NOTE,
  ],
};
