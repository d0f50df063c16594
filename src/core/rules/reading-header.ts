/** Rules the reader notes while it finds the header and the records: columns, blank rows, totals (src/core/read). */

import { defineRule } from "./define";

export const headerMissing = defineRule({
  id: "header.missing",
  severity: "error",
  scope: "reading",
  params: { column: "text", key: "text?", header: "text?", cell: "text?" },
  words: {
    "zh-CN": {
      name: "缺少必填列",
      message: "缺少必填列“{column}”",
      variants: {
        similar: "缺少必填列“{column}”；表头“{header}”（{cell}）可能就是它",
      },
      hint: "在表头中补上该列，或在任务窗格中把本表已有的某列对应到它",
      hintVariants: {
        similar: "如“{header}”就是“{column}”，在任务窗格中一键对应；否则在表头中补上该列",
      },
      about: "缺少必填列",
    },
    "en-US": {
      name: "Missing column",
      message: "Required column “{column}” is missing",
      variants: {
        similar: "Required column “{column}” is missing; the header “{header}” ({cell}) may be it",
      },
      hint: "Add the column, or map one of the sheet's own headers to it in the task pane",
      hintVariants: {
        similar: "If “{header}” is “{column}”, map it in one click in the task pane; otherwise add the column",
      },
      about: "a required column is missing",
    },
  },
});

export const headerUnknown = defineRule({
  id: "header.unknown",
  severity: "info",
  scope: "reading",
  params: { header: "text" },
  words: {
    "zh-CN": {
      name: "未识别的列",
      message: "未识别的列“{header}”，已忽略",
      hint: "不影响校验；如是台账应有的列，请改用标准列名",
      about: "未识别的列（忽略）",
    },
    "en-US": {
      name: "Unknown column",
      message: "Unknown column “{header}” ignored",
      hint: "It does not affect the check; if it is a ledger column, use its standard name",
      about: "an unknown column (ignored)",
    },
  },
});

export const headerDuplicate = defineRule({
  id: "header.duplicate",
  severity: "info",
  scope: "reading",
  params: { column: "text", first: "text" },
  words: {
    "zh-CN": {
      name: "重复的列",
      message: "“{column}”列出现两次，使用第一列（{first} 列）",
      hint: "删除或改名重复的列",
      about: "同一列出现两次（使用第一列）",
    },
    "en-US": {
      name: "Duplicate column",
      message: "Column “{column}” appears twice; the first one (column {first}) is used",
      hint: "Delete or rename the repeated column",
      about: "the same column twice (the first one is used)",
    },
  },
});

export const rowBlank = defineRule({
  id: "row.blank",
  severity: "info",
  scope: "reading",
  params: {},
  words: {
    "zh-CN": {
      name: "空行",
      message: "空行，已跳过",
      hint: "可删除空行",
      about: "数据中的空行（跳过）",
    },
    "en-US": {
      name: "Blank row",
      message: "Blank row skipped",
      hint: "The blank row can be deleted",
      about: "a blank row inside the data (skipped)",
    },
  },
});

export const totalMismatch = defineRule({
  id: "total.mismatch",
  severity: "warning",
  scope: "reading",
  params: { total: "text", column: "text", actual: "text", expected: "text", cells: "text?", textSum: "text?" },
  words: {
    "zh-CN": {
      name: "合计不符",
      message: "{total}行的“{column}”为 {actual}，与明细之和 {expected} 不符",
      variants: {
        text: "{total}行的“{column}”为 {actual}，与明细之和 {expected} 不符：差额 {textSum} 正是以文本存储的数字（{cells}），Excel 的求和会跳过它们",
      },
      hint: "核对合计行的公式或明细数据",
      hintVariants: {
        text: "把这些单元格改为数值（如“分列”或乘以 1），合计即会相符",
      },
      about: "合计、小计行与明细之和不符",
    },
    "en-US": {
      name: "Total mismatch",
      message: "The {total} row's “{column}” is {actual}, not the sum of its records, {expected}",
      variants: {
        text: "The {total} row's “{column}” is {actual}, not the sum of its records, {expected}: the difference, {textSum}, is the numbers stored as text ({cells}), which Excel's SUM skips",
      },
      hint: "Check the total row's formula or the records",
      hintVariants: {
        text: "Turn those cells into numbers (e.g. Text to Columns, or multiply by 1) and the total will agree",
      },
      about: "a 合计/小计 row that does not equal the sum of its records",
    },
  },
});

export const READING_HEADER_RULES = [headerMissing, headerUnknown, headerDuplicate, rowBlank, totalMismatch] as const;
