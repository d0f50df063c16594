/**
 * The reading rules (emitted by the reader, declared in the catalogue): for each, a small workbook that fires
 * it; TIDY keeps every one of them quiet. reading-rules.test.ts runs them through checkWorkbook.
 */

import type { CellValue, SheetData } from "../../src/core/read/types";
import { uscc } from "./helpers";
import { KE_HEADER, keRow, keSheet, settingsSheet, sheetData } from "./workbook";

const BATCH_HEADER: CellValue[] = ["企业名称", "所属县区", "类别", "进展状态", "完成时间", "验收情况"];
const batchSheet = (done: CellValue): SheetData =>
  sheetData("三个一批", [BATCH_HEADER, ["戊公司", "张北县", "淘汰关停", "已完成", done, "已验收"]]);

/** The key-enterprises sheet with row 2's cell `col` (0-based) replaced. */
const ke = (col: number, v: CellValue): SheetData => sheetData("百家重点企业台账", [KE_HEADER, keRow(1, 3000, 2500, { [col]: v }), keRow(2)]);
const withoutColumn = (col: number): SheetData => {
  const s = keSheet(2);
  return { ...s, rows: s.rows.map((r) => (r ?? []).filter((_, i) => i !== col)) };
};

/** A ledger with a title row above its header: the key-enterprises columns under another sheet name. */
const titled = (title: string, name: string): SheetData => ({ ...keSheet(2, name), rows: [[title], ...keSheet(2, name).rows] });

const lowerCode = uscc(1).toLowerCase();
const badCheck = uscc(1).slice(0, 17) + (uscc(1).endsWith("0") ? "1" : "0");

export const READING_FIRE: [string, string, SheetData[]][] = [
  ["header.missing", "no 所属县区 column", [withoutColumn(2)]],
  ["header.unknown", "a 备注 column", [sheetData("百家重点企业台账", [[...KE_HEADER, "备注"], [...keRow(1), "x"]])]],
  ["header.duplicate", "企业名称 twice", [sheetData("百家重点企业台账", [[...KE_HEADER, "企业名称"], [...keRow(1), "企业1"]])]],
  ["row.blank", "a blank row between records", [sheetData("百家重点企业台账", [KE_HEADER, keRow(1), [], keRow(2)])]],
  ["total.mismatch", "a 合计 of 9999", [sheetData("百家重点企业台账", [KE_HEADER, keRow(1), keRow(2), ["合计", null, null, null, null, 9999, 5000]])]],
  ["cell.required", "a blank 企业名称", [ke(0, null)]],
  ["cell.error", "#N/A in 本年营业收入", [ke(5, { error: "#N/A" })]],
  ["cell.malformed", "a number cell holding 12abc in 本年营业收入", [ke(5, { error: "12abc", malformed: "number" })]],
  ["number.invalid", "text in 本年营业收入", [ke(5, "三千")]],
  ["number.negative", "a negative revenue", [ke(5, -5)]],
  ["number.text", "a revenue stored as text", [ke(5, "3000")]],
  ["uscc.format", "a code of 3 characters", [ke(1, "123")]],
  ["uscc.checksum", "a wrong check character", [ke(1, badCheck)]],
  ["uscc.case", "a code in lower case", [ke(1, lowerCode)]],
  ["region.unknown", "an unknown county", [ke(2, "火星县")]],
  ["enum.invalid", "an unknown industry", [ke(3, "纺织")]],
  ["date.invalid", "a 完成时间 that is no date", [keSheet(2), batchSheet("明天")]],
  ["bool.invalid", "是否规上 maybe", [ke(8, "也许")]],
  ["industry.invalid", "industry code 99", [ke(4, "99")]],
  ["industry.non-industrial", "a wholesale code", [ke(4, "5111")]],
  ["settings.invalid", "_gx is not JSON", [keSheet(2), settingsSheet("{not json")]],
  ["explanation.thin", "a growth warning explained only by 已核实", [sheetData("百家重点企业台账", [KE_HEADER, keRow(1, 3000, 1000, { 9: "已核实" }), keRow(2)])]],
  ["workbook.no-ledgers", "only a sheet of notes", [sheetData("说明", [["本工作簿用于填报说明"]])]],
  ["period.conflict", "titles of 1-3月 and 1-4月", [titled("2022年1-3月百家重点企业台账", "百家重点企业台账"), titled("2022年1-4月下滑企业台账", "下滑企业")]],
  ["scope.county", "a workbook stored as 张北县's", [keSheet(2), settingsSheet(JSON.stringify({ profile: { scope: "130722" } }))]],
  ["profile.invalid", "_gx holds a negative threshold", [keSheet(2), settingsSheet(JSON.stringify({ profile: { thresholds: { scaleRevenue: -1 } } }))]],
];

export const TIDY = [keSheet(2), batchSheet(new Date(Date.UTC(2022, 4, 10)))];
