/**
 * The rules of comparing a workbook with an earlier period's (HISTORY.md "Rules"). Their checks are
 * core/check/history.ts, which compares two workbooks' records, not one sheet. Every finding names the previous
 * file, sheet and row and carries the previous value in `params.previous`.
 */

import { defineRule } from "./define";

/** Where the record stood in the previous workbook (absent for workbook-level findings). */
const PREVIOUS = { file: "text", previousSheet: "text?", previousRow: "number?", previous: "text|number?" } as const;

export const historyRemoved = defineRule({
  id: "history.removed",
  severity: "warning",
  scope: "files",
  params: { ...PREVIOUS, name: "text", record: "text" },
  words: {
    "zh-CN": {
      name: "本期移出",
      message: "上期（{file} {previousSheet} 第 {previousRow} 行）的“{name}”（{record}）本期不在台账中",
      hint: "核实该记录是否应移出；如系漏填，请补回",
      about: "上期台账中的记录本期已没有",
    },
    "en-US": {
      name: "Removed",
      message: "“{name}” ({record}), in the previous file ({file} {previousSheet} row {previousRow}), is not in the ledger now",
      hint: "Check that it should have left the ledger; if it was left out by mistake, add it back",
      about: "A record of the previous period's ledger that is gone now",
    },
  },
});

export const historyGraduated = defineRule({
  id: "history.graduated",
  severity: "info",
  scope: "files",
  params: { ...PREVIOUS, name: "text", record: "text" },
  words: {
    "zh-CN": {
      name: "入统毕业",
      message: "“{name}”已移出培育库（已入统）",
      variants: { scale: "“{name}”已移出培育库，现为重点企业台账中的规上企业", included: "“{name}”已移出培育库，上期入统状态为已入统" },
      hint: "无需处理",
      about: "培育库企业入统后移出：不算移出",
    },
    "en-US": {
      name: "Graduated",
      message: "“{name}” has left the cultivation ledger (now counted)",
      variants: {
        scale: "“{name}” has left the cultivation ledger and is now a counted (规上) key enterprise",
        included: "“{name}” has left the cultivation ledger; it was already counted (已入统) last period",
      },
      hint: "Nothing to do",
      about: "A cultivation record that left after being counted: not a removal",
    },
  },
});

export const historyAdded = defineRule({
  id: "history.added",
  severity: "info",
  scope: "files",
  params: { file: "text", name: "text" },
  words: {
    "zh-CN": {
      name: "本期新增",
      message: "“{name}”为本期新增，上期（{file}）没有",
      hint: "核实新增是否符合入库条件",
      about: "上期台账中没有的记录",
    },
    "en-US": {
      name: "Added",
      message: "“{name}” is new this period: not in the previous file ({file})",
      hint: "Check that it qualifies for the ledger",
      about: "A record the previous period's ledger did not have",
    },
  },
});

export const historyYtdDecreased = defineRule({
  id: "history.ytd-decreased",
  severity: "warning",
  scope: "files",
  params: { ...PREVIOUS, column: "text" },
  words: {
    "zh-CN": {
      name: "累计数下降",
      message: "{column}由上期 {previous} 万元降至 {value} 万元；累计数不应下降",
      hint: "如系修订上期数据，请填写审核说明",
      about: "本年累计的营业收入或完成投资低于上期",
    },
    "en-US": {
      name: "Cumulative fell",
      message: "{column} fell from {previous} (previous period) to {value} 10k yuan; a cumulative figure cannot fall",
      hint: "If last period's figure was revised, explain it",
      about: "A year-to-date revenue or investment lower than the previous period's",
    },
  },
});

export const historyMonthJump = defineRule({
  id: "history.month-jump",
  severity: "warning",
  scope: "files",
  params: { ...PREVIOUS, column: "text", monthly: "text", before: "text" },
  words: {
    "zh-CN": {
      name: "月度跳变",
      message: "{column}上期 {previous}、本期 {value} 万元：此后月均 {monthly} 万元，此前月均 {before} 万元",
      variants: {
        high: "{column}上期 {previous}、本期 {value} 万元：此后月均 {monthly} 万元，远高于此前月均 {before} 万元",
        low: "{column}上期 {previous}、本期 {value} 万元：此后月均 {monthly} 万元，远低于此前月均 {before} 万元",
      },
      hint: "核实是否多填或漏填了月份、单位是否一致",
      about: "累计数的月均增量与上期相比跳变",
    },
    "en-US": {
      name: "Monthly jump",
      message: "{column} {previous} last period, {value} now: {monthly} a month since, {before} a month before",
      variants: {
        high: "{column} {previous} last period, {value} now: {monthly} a month since, far above {before} a month before",
        low: "{column} {previous} last period, {value} now: {monthly} a month since, far below {before} a month before",
      },
      hint: "Check for a month counted twice or left out, and for the unit",
      about: "A cumulative figure whose monthly increase jumps compared with before",
    },
  },
});

export const historyStatusRegressed = defineRule({
  id: "history.status-regressed",
  severity: "warning",
  scope: "files",
  params: { ...PREVIOUS, column: "text" },
  words: {
    "zh-CN": {
      name: "状态倒退",
      message: "{column}由上期“{previous}”变为“{value}”",
      variants: { scale: "是否规上由上期“是”变为“否”，可能退统" },
      hint: "核实状态变化的原因并填写审核说明",
      about: "是否规上、入统状态、是否入统、建设阶段或进展状态较上期倒退",
    },
    "en-US": {
      name: "Status went back",
      message: "{column} went from “{previous}” last period to “{value}”",
      variants: { scale: "是否规上 went from 是 to 否: the enterprise may have left the statistics" },
      hint: "Check why and explain it",
      about: "A status (规上, 入统, stage, progress) that went backwards since the previous period",
    },
  },
});

export const historyFixedChanged = defineRule({
  id: "history.fixed-changed",
  severity: "warning",
  scope: "files",
  params: { ...PREVIOUS, column: "text" },
  words: {
    "zh-CN": {
      name: "年度固定值变化",
      message: "{column}由上期“{previous}”变为“{value}”，该值本年内应不变",
      hint: "核实哪一期填写正确",
      about: "所属县区、总投资、开工时间等本年固定的数值与上期不同",
    },
    "en-US": {
      name: "Fixed figure changed",
      message: "{column} changed from “{previous}” last period to “{value}”; it is fixed for the year",
      hint: "Check which period's figure is right",
      about: "A figure fixed for the year (county, total investment, start date…) differs from the previous period's",
    },
  },
});

export const historyIdentityChanged = defineRule({
  id: "history.identity-changed",
  severity: "info",
  scope: "files",
  params: { ...PREVIOUS, column: "text" },
  words: {
    "zh-CN": {
      name: "名称或代码变更",
      message: "{column}由上期“{previous}”变为“{value}”，按同一记录比较",
      variants: { name: "企业名称由上期“{previous}”变为“{value}”（更名），按同一企业比较" },
      hint: "如系更名或代码更正无需处理，否则请核实",
      about: "同一记录的企业名称或信用代码与上期不同",
    },
    "en-US": {
      name: "Renamed or recoded",
      message: "{column} changed from “{previous}” to “{value}”; compared as the same record",
      variants: { name: "The name changed from “{previous}” to “{value}” (renamed); compared as the same enterprise" },
      hint: "Nothing to do for a rename or a corrected code; otherwise check it",
      about: "The same record under another name or credit code than last period",
    },
  },
});

export const historyEnergyRevised = defineRule({
  id: "history.energy-revised",
  severity: "warning",
  scope: "files",
  params: { ...PREVIOUS, month: "text" },
  words: {
    "zh-CN": {
      name: "往月能耗修订",
      message: "{month} 的综合能耗由上期 {previous} 改为 {value}",
      hint: "往月数据已报送，如确需修订请填写审核说明",
      about: "上期已有月份的综合能耗被改动",
    },
    "en-US": {
      name: "Past month revised",
      message: "The energy use of {month} changed from {previous} (previous file) to {value}",
      hint: "Past months were already reported: explain a revision",
      about: "A past month's energy use differs from the previous file's",
    },
  },
});

export const historyTargetChanged = defineRule({
  id: "history.target-changed",
  severity: "warning",
  scope: "files",
  params: { ...PREVIOUS, indicator: "text" },
  words: {
    "zh-CN": {
      name: "目标值变化",
      message: "“{indicator}”的目标值由上期 {previous} 变为 {value}",
      hint: "年度目标本年内应不变；如已调整请填写审核说明",
      about: "目标任务的目标值与上期不同",
    },
    "en-US": {
      name: "Target changed",
      message: "The target of “{indicator}” changed from {previous} to {value}",
      hint: "A year's target does not change; explain an adjustment",
      about: "A target value that differs from the previous period's",
    },
  },
});

export const historyNoPrevious = defineRule({
  id: "history.no-previous",
  severity: "info",
  scope: "files",
  params: { dir: "text" },
  words: {
    "zh-CN": {
      name: "无上期文件",
      message: "{dir} 中没有同名的上期文件，本文件未作历史对比",
      hint: "如需对比，请把上期文件以相同文件名放入该目录",
      about: "批量对比时找不到同名的上期文件",
    },
    "en-US": {
      name: "No previous file",
      message: "{dir} holds no previous file of this name: not compared",
      hint: "To compare, put last period's file under the same name in that folder",
      about: "Batch comparison: no previous file of the same name",
    },
  },
});

export const HISTORY_RULES = [
  historyRemoved,
  historyGraduated,
  historyAdded,
  historyYtdDecreased,
  historyMonthJump,
  historyStatusRegressed,
  historyFixedChanged,
  historyIdentityChanged,
  historyEnergyRevised,
  historyTargetChanged,
  historyNoPrevious,
] as const;
