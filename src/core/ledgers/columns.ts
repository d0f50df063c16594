/** Columns that several ledger kinds share (LEDGERS.md writes them once and says "as above"). */

import type { ColumnSpec, EnumValue } from "./types";

export function enumValues(...values: [string, ...string[]][]): EnumValue[] {
  return values.map(([value, ...synonyms]) => ({ value, synonyms }));
}

/** 序号: kept so that it is not reported as an unknown column; no rule reads it. */
export const SEQ: ColumnSpec = { key: "seq", header: "序号", aliases: ["编号"], type: "text" };

export const ENTERPRISE_NAME: ColumnSpec = {
  key: "name",
  header: "企业名称",
  aliases: ["企业全称", "单位名称"],
  type: "name",
  required: true,
};

export function usccColumn(required: boolean): ColumnSpec {
  return {
    key: "uscc",
    header: "统一社会信用代码",
    aliases: ["信用代码", "社会信用代码"],
    type: "uscc",
    required,
  };
}

export function regionColumn(required: boolean): ColumnSpec {
  return {
    key: "region",
    header: "所属县区",
    aliases: ["县区", "所在县区", "属地"],
    type: "region",
    required,
  };
}

/** 1–m月 to date, as 本年营业收入 or 1-10月营业收入. */
export const REVENUE: ColumnSpec = {
  key: "revenue",
  header: "本年营业收入",
  aliases: ["营业收入·本年", "本年营收", "主营业务收入"],
  patterns: [/^(?:20\d\d年)?1[-－—~～至到]\d{1,2}月(?:累计)?(?:营业收入|主营业务收入)$/],
  type: "money",
  required: true,
};

/** The same months of last year. */
export const REVENUE_PREV: ColumnSpec = {
  key: "revenuePrev",
  header: "上年营业收入",
  aliases: ["营业收入·上年", "上年同期营业收入", "去年同期营业收入"],
  type: "money",
  required: true,
};

export const GROWTH: ColumnSpec = { key: "growth", header: "增长率", aliases: ["同比增长", "增速"], type: "rate" };

/** The row's explanation: a non-empty cell explains every warning of its row. */
export const NOTE: ColumnSpec = { key: "note", header: "审核说明", aliases: ["核实说明"], type: "text" };

/**
 * The provenance columns of a merged workbook (MERGE.md: 来源文件, 来源行): known to the reader, so that the roll-up
 * checks clean, yet no ledger column.
 */
export const PROVENANCE_HEADERS: readonly string[] = ["来源文件", "来源行"];
