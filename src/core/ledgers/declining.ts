import { TARGET_KEY } from "../profile/target-keys";
import { ENTERPRISE_NAME, enumValues, NOTE, regionColumn, SEQ, usccColumn } from "./columns";
import type { KindSpec } from "./types";

export const DECLINE_TYPES = { loss: "亏损", decline: "效益下滑" } as const;

/** 下滑企业增效台账 (plan 二.3). */
export const DECLINING: KindSpec = {
  kind: "declining",
  title: "下滑企业增效台账",
  titleEn: "Declining enterprises",
  sheetKeywords: ["下滑", "亏损"],
  specificity: 2,
  recordKey: ["uscc"],
  identity: "enterprise",
  sameRecord: "enterprise",
  countTarget: TARGET_KEY.decliningEnterprises,
  columns: [
    SEQ,
    ENTERPRISE_NAME,
    usccColumn(true),
    regionColumn(true),
    {
      key: "type",
      header: "下滑类型",
      aliases: ["类型"],
      type: "enum",
      required: true,
      values: enumValues(["亏损", "亏损企业"], ["效益下滑", "下滑", "效益下滑企业"]),
    },
    {
      key: "profitPrev",
      header: "上年利润总额",
      aliases: ["利润总额·上年"],
      type: "money",
      required: true,
      negatives: true,
    },
    {
      key: "profitPrev2",
      header: "前年利润总额",
      aliases: ["利润总额·前年"],
      type: "money",
      required: true,
      negatives: true,
    },
    { key: "revenuePrev", header: "上年营业收入", aliases: ["营业收入·上年"], type: "money" },
    // 1–m月 to date and the same months of last year: 五个百进展 counts 扭亏 and 增效 from them.
    {
      key: "profit",
      header: "本年利润总额",
      aliases: ["本年累计利润总额", "利润总额·本年"],
      patterns: [/^(?:20\d\d年)?1[-－—~～至到]\d{1,2}月(?:累计)?利润总额$/],
      type: "money",
      negatives: true,
    },
    {
      key: "profitSamePeriod",
      header: "上年同期利润总额",
      aliases: ["去年同期利润总额", "利润总额·上年同期", "利润总额·去年同期"],
      type: "money",
      negatives: true,
    },
    { key: "revenuePrev2", header: "前年营业收入", aliases: ["营业收入·前年"], type: "money" },
    { key: "plan", header: "扭亏增效方案", aliases: ["扭亏方案", "增效方案"], type: "plan" },
    { key: "measures", header: "帮扶措施", aliases: [], type: "text" },
    { key: "progress", header: "进展情况", aliases: [], type: "text" },
    NOTE,
  ],
};
