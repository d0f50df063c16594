/**
 * Explanations over time (HISTORY.md): an entry of 审核说明 written for an earlier period (报告期) still explains
 * the same warning while the finding's value is its 当时数值; once the value has changed it no longer counts and
 * the warning shows it as 上期说明（数值已变）.
 */

import { carriedExplanation, checkWorkbook, withExplanation } from "../../src/core/check";
import type { CellValue } from "../../src/core/read/types";
import { parsePeriodText, periodText } from "../../src/core/rules/explanation-period";
import { uscc } from "../rules/helpers";
import { KE_HEADER, keRow, sheetData, workbook } from "../rules/workbook";

const TODAY = new Date(Date.UTC(2022, 10, 5));
const KE = "百家重点企业台账";
const HEADER = ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"];

/** 企业1 grows 73.7 % (or `growth`) over last year: growth.review, its value the 增长率 cell. */
function checked(entries: CellValue[][], growth = 0.737, period = 10, header: CellValue[] = HEADER) {
  const revenue = Math.round(1000 * (1 + growth));
  const wb = workbook(
    "本期.xlsx",
    sheetData(KE, [KE_HEADER, keRow(1, revenue, 1000, { 7: growth })]),
    // The sheet's one record is far fewer than the plan's: ledger.count, explained once for all periods.
    sheetData("审核说明", [header, [KE, "", "ledger.count", "", "其余企业下月补录"], ...entries]),
  );
  const result = checkWorkbook(wb, { period, today: TODAY });
  const review = result.findings.find((f) => f.rule === "growth.review");
  if (!review) throw new Error("growth.review expected");
  return { result, review };
}

const entry = (text: string, period: CellValue, value: CellValue): CellValue[] => [KE, uscc(1), "growth.review", "", text, period, value];

describe("an entry of an earlier period counts while the value is unchanged", () => {
  test.each<[string, CellValue[], number, number]>([
    ["written for 1-9月 at 73.7 %, still 73.7 % at 1-10月", entry("新投产线", "1-9月", "0.737"), 0.737, 10],
    ["当时数值 typed as a percentage", entry("新投产线", "1-9月", "73.7%"), 0.737, 10],
    ["当时数值 typed as a number", entry("新投产线", "1-9月", 0.737), 0.737, 10],
    ["报告期 with the year and another dash", entry("新投产线", "2022年1—9月", "0.737"), 0.737, 10],
    ["written for this period, the value changed since", entry("新投产线", "1-10月", "0.737"), 0.8, 10],
    ["no 当时数值 recorded: nothing to compare", entry("新投产线", "1-9月", null), 0.8, 10],
    ["no 报告期 (typed by hand)", entry("新投产线", null, "0.737"), 0.8, 10],
  ])("%s → explained", (_, row, growth, period) => {
    const { result, review } = checked([row], growth, period);
    expect(review).toMatchObject({ explained: true, explanation: "新投产线" });
    expect(review.staleExplanation).toBeUndefined();
    expect(result.summary).toMatchObject({ warnings: 2, explained: 2, ready: true });
  });

  test("a sheet older than 报告期 and 当时数值 still explains", () => {
    const { review } = checked([[KE, uscc(1), "growth.review", "", "新投产线"]], 0.8, 10, HEADER.slice(0, 5));
    expect(review).toMatchObject({ explained: true, explanation: "新投产线" });
  });

  test("“已核实” at an unchanged value explains, with explanation.thin", () => {
    const { result, review } = checked([entry("已核实", "1-9月", "0.737")]);
    expect(review).toMatchObject({ explained: true, explanation: "已核实" });
    expect(result.findings.filter((f) => f.rule === "explanation.thin")).toHaveLength(1);
  });
});

describe("an entry of an earlier period whose value has changed: 上期说明（数值已变）, not counted", () => {
  test.each<[string, CellValue[], number, number]>([
    ["written for 1-9月 at 73.7 %, 80 % at 1-10月", entry("新投产线", "1-9月", "0.737"), 0.8, 10],
    ["last year's December entry in a January workbook", entry("新投产线", "1-12月", "0.737"), 0.8, 1],
    ["an entry of another year for the same months", entry("新投产线", "2021年1-10月", "0.737"), 0.8, 10],
  ])("%s", (_, row, growth, period) => {
    const { result, review } = checked([row], growth, period);
    expect(review.explained).toBeUndefined();
    expect(review.staleExplanation).toEqual({ text: "新投产线", period: String(row[5]), value: "0.737" });
    expect(result.summary).toMatchObject({ warnings: 2, explained: 1, ready: false });
    // Not counted, so not judged thin either.
    expect(result.findings.some((f) => f.rule === "explanation.thin")).toBe(false);
  });

  test("an entry for this period below the stale one explains", () => {
    const { review } = checked([entry("旧的说明", "1-9月", "0.737"), entry("产能扩大", "1-10月", "0.8")], 0.8);
    expect(review).toMatchObject({ explained: true, explanation: "产能扩大" });
    expect(review.staleExplanation).toBeUndefined();
  });

  test("confirming it (沿用) writes it for now with the value now, and the warning is explained", () => {
    const { result, review } = checked([entry("新投产线", "1-9月", "0.737")], 0.8);
    const e = carriedExplanation(result, review);
    expect(e).toEqual({ sheet: KE, key: review.key, rule: "growth.review", cell: "H2", text: "新投产线", period: "1-10月", value: "0.8" });
    const confirmed = withExplanation(result, e!);
    expect(confirmed.findings.find((f) => f.rule === "growth.review")).toMatchObject({ explained: true, explanation: "新投产线" });
    expect(confirmed.summary.ready).toBe(true);
  });
});

describe("报告期 as written and read", () => {
  test.each([
    [1, "1月"],
    [10, "1-10月"],
  ])("period %i is written %s and reads back", (p, text) => {
    expect(periodText(p)).toBe(text);
    expect(parsePeriodText(text)).toEqual({ period: p });
  });

  test.each([
    ["2022年1-10月", { year: 2022, period: 10 }],
    ["１－１０月", { period: 10 }],
    ["10月份", { period: 10 }],
    ["10", { period: 10 }],
    ["1至3月", { period: 3 }],
    ["13月", null],
    ["上月", null],
    ["", null],
  ])("%s → %j", (text, expected) => {
    expect(parsePeriodText(text)).toEqual(expected);
  });
});
