/**
 * The rules of rolling county workbooks up into the city's (MERGE.md "Conflicts"): their declarations and their
 * words, in one place (the checks themselves are core/check/merge.ts, which compares files, not sheets).
 */

import type { RuleDecl } from "./types";

export const MERGE_RULES: readonly RuleDecl[] = [
  { id: "merge.duplicate", severity: "warning", scope: "files" },
  { id: "merge.identical", severity: "info", scope: "files" },
  { id: "merge.foreign-region", severity: "warning", scope: "files" },
  { id: "merge.period-differs", severity: "warning", scope: "files" },
  { id: "merge.unreadable", severity: "error", scope: "files" },
];

export const MERGE_WORDS: Record<"zh-CN" | "en-US", Record<string, string>> = {
  "zh-CN": {
    "about.merge.duplicate": "同一企业或项目出现在两个县区的文件中，数值不同",
    "about.merge.foreign-region": "记录的所属县区与所在文件的县区不同",
    "about.merge.identical": "两个文件中的同一记录完全相同，汇总时只保留一行",
    "about.merge.period-differs": "文件的报告期或年度与其他文件不同",
    "about.merge.unreadable": "文件无法读取，未汇总",
    "hint.merge.duplicate": "与相关县区核实归属，删去不该统计的一行",
    "hint.merge.foreign-region": "核实该记录应由哪个县区填报",
    "hint.merge.identical": "无需处理；如两个县区都不该统计，请核实归属",
    "hint.merge.period-differs": "请该县区报送本期的台账",
    "hint.merge.unreadable": "请该县区重新报送可以打开的 .xlsx 文件",
    "rule.merge.duplicate": "“{name}”也出现在 {others} 中，数值不同；两行都已保留",
    "rule.merge.foreign-region": "所属县区“{region}”与本文件的县区“{county}”不同",
    "rule.merge.identical": "“{name}”在 {files} 中完全相同，只保留一行",
    "rule.merge.period-differs": "报告期为 {year} 年 1–{period} 月，其他文件为 {expectedYear} 年 1–{expectedPeriod} 月",
    "rule.merge.unreadable": "无法读取：{reason}",
  },
  "en-US": {
    "about.merge.duplicate": "The same enterprise or project in two counties' files, with different figures",
    "about.merge.foreign-region": "A record whose county differs from its file's county",
    "about.merge.identical": "The same record, identical, in two files: kept once in the roll-up",
    "about.merge.period-differs": "A file whose period or year differs from the others'",
    "about.merge.unreadable": "A file that cannot be read: not rolled up",
    "hint.merge.duplicate": "Ask the counties which one it belongs to and delete the other row",
    "hint.merge.foreign-region": "Check which county should report this record",
    "hint.merge.identical": "Nothing to do; if it belongs to neither county, check where it belongs",
    "hint.merge.period-differs": "Ask the county for this period's ledgers",
    "hint.merge.unreadable": "Ask the county to send an .xlsx file that opens",
    "rule.merge.duplicate": "“{name}” is also in {others} with different figures; both rows are kept",
    "rule.merge.foreign-region": "County “{region}” is not this file's county “{county}”",
    "rule.merge.identical": "“{name}” is identical in {files}: kept once",
    "rule.merge.period-differs": "The period is {year} months 1–{period}; the other files have {expectedYear} months 1–{expectedPeriod}",
    "rule.merge.unreadable": "Cannot be read: {reason}",
  },
};
