import { ENTERPRISE_NAME, enumValues, NOTE, regionColumn, SEQ, usccColumn } from "./columns";
import type { KindSpec } from "./types";

export const BATCH_CATEGORIES = { closure: "淘汰关停", relocation: "搬迁入园进区", upgrade: "就地改造提升" } as const;
export const BATCH_STATUS = { notStarted: "未启动", inProgress: "推进中", done: "已完成" } as const;

/** 三个一批 (plan 二.6). */
export const THREE_BATCHES: KindSpec = {
  kind: "three-batches",
  title: "三个一批",
  titleEn: "Three batches",
  sheetKeywords: ["三个一批", "搬迁", "改造提升", "淘汰关停"],
  specificity: 2,
  recordKey: ["uscc"],
  identity: "enterprise",
  sameRecord: "enterprise",
  columns: [
    SEQ,
    ENTERPRISE_NAME,
    usccColumn(false),
    regionColumn(true),
    {
      key: "category",
      header: "类别",
      aliases: ["类型", "三个一批类别"],
      type: "enum",
      required: true,
      values: enumValues(
        ["淘汰关停", "淘汰", "关停", "关停淘汰"],
        ["搬迁入园进区", "搬迁入园", "入园进区", "搬迁"],
        ["就地改造提升", "改造提升", "就地改造"],
      ),
    },
    {
      key: "status",
      header: "进展状态",
      aliases: ["进展情况", "推进状态"],
      type: "enum",
      required: true,
      values: enumValues(["未启动", "未开始"], ["推进中", "进行中", "实施中"], ["已完成", "完成"]),
    },
    { key: "doneDate", header: "完成时间", aliases: ["完成日期"], type: "date" },
    {
      key: "acceptance",
      header: "验收情况",
      aliases: ["是否验收"],
      type: "enum",
      values: enumValues(["已验收", "验收"], ["未验收", "待验收"]),
    },
    { key: "issues", header: "存在问题", aliases: ["存在困难"], type: "text" },
    NOTE,
  ],
};
