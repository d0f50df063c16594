/**
 * The rules of rolling county workbooks up into the city's (MERGE.md "Conflicts"). Their checks are
 * core/check/merge.ts, which compares files, not sheets.
 */

import { defineRule } from "./define";

export const mergeDuplicate = defineRule({
  id: "merge.duplicate",
  severity: "warning",
  scope: "files",
  params: { name: "text", others: "text" },
  words: {
    "zh-CN": {
      name: "跨县重复",
      message: "“{name}”也出现在 {others} 中，数值不同；两行都已保留",
      hint: "与相关县区核实归属，删去不该统计的一行",
      about: "同一企业或项目出现在两个县区的文件中，数值不同",
    },
    "en-US": {
      name: "In two counties",
      message: "“{name}” is also in {others} with different figures; both rows are kept",
      hint: "Ask the counties which one it belongs to and delete the other row",
      about: "The same enterprise or project in two counties' files, with different figures",
    },
  },
});

export const mergeIdentical = defineRule({
  id: "merge.identical",
  severity: "info",
  scope: "files",
  params: { name: "text", files: "text" },
  words: {
    "zh-CN": {
      name: "相同记录",
      message: "“{name}”在 {files} 中完全相同，只保留一行",
      hint: "无需处理；如两个县区都不该统计，请核实归属",
      about: "两个文件中的同一记录完全相同，汇总时只保留一行",
    },
    "en-US": {
      name: "Identical copies",
      message: "“{name}” is identical in {files}: kept once",
      hint: "Nothing to do; if it belongs to neither county, check where it belongs",
      about: "The same record, identical, in two files: kept once in the roll-up",
    },
  },
});

export const mergeForeignRegion = defineRule({
  id: "merge.foreign-region",
  severity: "warning",
  scope: "files",
  params: { region: "text", county: "text" },
  words: {
    "zh-CN": {
      name: "县区不符",
      message: "所属县区“{region}”与本文件的县区“{county}”不同",
      hint: "核实该记录应由哪个县区填报",
      about: "记录的所属县区与所在文件的县区不同",
    },
    "en-US": {
      name: "Another county",
      message: "County “{region}” is not this file's county “{county}”",
      hint: "Check which county should report this record",
      about: "A record whose county differs from its file's county",
    },
  },
});

export const mergePeriodDiffers = defineRule({
  id: "merge.period-differs",
  severity: "warning",
  scope: "files",
  params: { year: "number", period: "number", expectedYear: "number", expectedPeriod: "number" },
  words: {
    "zh-CN": {
      name: "报告期不一致",
      message: "报告期为 {year} 年 1–{period} 月，其他文件为 {expectedYear} 年 1–{expectedPeriod} 月",
      hint: "请该县区报送本期的台账",
      about: "文件的报告期或年度与其他文件不同",
    },
    "en-US": {
      name: "Another period",
      message: "The period is {year} months 1–{period}; the other files have {expectedYear} months 1–{expectedPeriod}",
      hint: "Ask the county for this period's ledgers",
      about: "A file whose period or year differs from the others'",
    },
  },
});

export const mergeUnreadable = defineRule({
  id: "merge.unreadable",
  severity: "error",
  scope: "files",
  params: { reason: "text" },
  words: {
    "zh-CN": {
      name: "文件无法读取",
      message: "无法读取：{reason}",
      hint: "请该县区重新报送可以打开的 .xlsx 文件",
      about: "文件无法读取，未汇总",
    },
    "en-US": {
      name: "Unreadable file",
      message: "Cannot be read: {reason}",
      hint: "Ask the county to send an .xlsx file that opens",
      about: "A file that cannot be read: not rolled up",
    },
  },
});

export const MERGE_RULES = [mergeDuplicate, mergeIdentical, mergeForeignRegion, mergePeriodDiffers, mergeUnreadable] as const;
