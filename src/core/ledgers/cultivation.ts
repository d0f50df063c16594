import { TARGET_KEY } from "../profile/target-keys";
import { ENTERPRISE_NAME, enumValues, NOTE, regionColumn, SEQ, usccColumn } from "./columns";
import type { KindSpec } from "./types";

/** Values of 培育类别, in the plan's order. */
export const CULTIVATION_CATEGORIES = {
  newPlant: "新建投产",
  band: "营收1000-2000万",
  reentry: "退统再入",
  overScale: "超2000万未入统",
} as const;

/** Values of 入统状态. */
export const INCLUSION_STATUS = { not: "未入统", applied: "已申报", included: "已入统" } as const;

/** 规下企业培育库 (plan 二.2). 培育 is more specific than 重点企业: the plan's 重点企业培育库 is this library. */
export const CULTIVATION: KindSpec = {
  kind: "cultivation",
  title: "规下企业培育库",
  titleEn: "Cultivation library",
  sheetKeywords: ["培育"],
  specificity: 3,
  recordKey: ["uscc"],
  identity: "enterprise",
  sameRecord: "enterprise",
  countTarget: TARGET_KEY.cultivationLibrary,
  columns: [
    SEQ,
    ENTERPRISE_NAME,
    usccColumn(true),
    regionColumn(true),
    {
      key: "category",
      header: "培育类别",
      aliases: ["培育类型"],
      type: "enum",
      required: true,
      values: enumValues(
        ["新建投产", "新投产", "新建投产企业"],
        [
          "营收1000-2000万",
          "营收1000~2000万",
          "营收1000-2000万元",
          "营收1000~2000万元",
          "营业收入1000-2000万元",
          "营业收入1000~2000万元",
          "年营业收入1000-2000万元",
          "1000-2000万",
          "1000-2000万元",
        ],
        ["退统再入", "退统企业", "退规再入", "退库再入统"],
        [
          "超2000万未入统",
          "超2000万元未入统",
          "营收超2000万未入统",
          "年营业收入超2000万元但尚未入统",
          "营业收入超2000万元未入统",
        ],
      ),
    },
    {
      key: "revenueLastYear",
      header: "上年全年营业收入",
      aliases: ["2021年营业收入", "上年营业收入", "去年营业收入"],
      type: "money",
      required: true,
    },
    { key: "revenue", header: "本年营业收入", aliases: ["本年累计营业收入"], type: "money" },
    { key: "startDate", header: "投产时间", aliases: ["投产日期"], type: "date" },
    { key: "expectedDate", header: "预计入统时间", aliases: ["计划入统时间", "预计入统日期"], type: "date" },
    { key: "plan", header: "培育方案", aliases: ["一企一策", "培育措施"], type: "plan" },
    {
      key: "status",
      header: "入统状态",
      aliases: ["入统情况"],
      type: "enum",
      required: true,
      values: enumValues(["未入统", "尚未入统"], ["已申报", "申报中"], ["已入统", "入统"]),
    },
    { key: "unit", header: "责任单位", aliases: ["包联单位"], type: "text" },
    NOTE,
  ],
};
