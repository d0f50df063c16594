/**
 * 沿用上期说明 (HISTORY.md): the previous workbook's explanation of a warning that stands now is offered on it —
 * never counted until it is written into this workbook's 审核说明 — and the 历史 filter.
 */

import { carriedExplanations, checkWorkbook, isHistoryFinding, withExplanations } from "../../src/core/check";
import { isRefusal, withHistory } from "../../src/core/check/history";
import type { CellValue } from "../../src/core/read/types";
import { uscc } from "../rules/helpers";
import { KE_HEADER, keRow, sheetData, workbook } from "../rules/workbook";

const TODAY = new Date(Date.UTC(2022, 10, 5));
const HEADER = ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"];
const COUNT: CellValue[] = ["", "", "ledger.count", "", "其余企业下月补录"];

/**
 * 企业1 and 企业2 grow by `g1`, `g2` (growth.review), with revenues of 1-9月 (1-10月 in 本期.xlsx, a tenth more:
 * no history.month-jump); `entries` of its 审核说明 (sheet `sheet`), `note` 企业1's own 审核说明 cell.
 */
function book(name: string, sheet: string, g1: number, g2: number, entries: CellValue[][], note?: string) {
  const base = name === "本期.xlsx" ? 1000 * (10 / 9) : 1000;
  const row = (n: number, g: number) => keRow(n, Math.round(base * (1 + g)), Math.round(base), { 7: g, ...(n === 1 && note ? { 9: note } : {}) });
  return workbook(name, sheetData(sheet, [KE_HEADER, row(1, g1), row(2, g2)]), sheetData("审核说明", [HEADER, [sheet, ...COUNT.slice(1)], ...entries]));
}

function compared(previous: ReturnType<typeof book>, current: ReturnType<typeof book>) {
  const prev = checkWorkbook(previous, { period: 9, today: TODAY });
  const cur = checkWorkbook(current, { period: 10, today: TODAY });
  const outcome = withHistory(cur, prev);
  if (isRefusal(outcome)) throw new Error("refused");
  return cur;
}

const reviewOf = (r: ReturnType<typeof compared>, n: number) => r.findings.find((f) => f.rule === "growth.review" && f.key === uscc(n));

test("last month's explanation is offered on the same warning now, with its period and value, and not counted", () => {
  const prev = book("上期.xlsx", "重点企业9月", 0.737, 0.9, [["重点企业9月", uscc(1), "growth.review", "", "新投产线", "1-9月", "0.737"]]);
  // Sheets are renamed month by month: the warning is the same by ledger kind, record key and rule.
  const cur = compared(prev, book("本期.xlsx", "重点企业10月", 0.737, 0.9, []));
  expect(reviewOf(cur, 1)).toMatchObject({
    previousExplanation: { text: "新投产线", period: "1-9月", value: "0.737", file: "上期.xlsx", valueChanged: false },
  });
  expect(reviewOf(cur, 1)?.explained).toBeUndefined();
  // 企业2 was not explained last month: nothing to offer.
  expect(reviewOf(cur, 2)?.previousExplanation).toBeUndefined();
  expect(cur.summary).toMatchObject({ explained: 1, ready: false });
});

test("the value changed since: offered all the same, saying so", () => {
  const prev = book("上期.xlsx", "重点企业", 0.737, 0.9, [["重点企业", uscc(1), "growth.review", "", "新投产线", "1-9月", "0.737"]]);
  const cur = compared(prev, book("本期.xlsx", "重点企业", 0.8, 0.9, []));
  expect(reviewOf(cur, 1)?.previousExplanation).toMatchObject({ value: "0.737", valueChanged: true });
});

test("a row's own 审核说明 cell last month is offered too", () => {
  const prev = book("上期.xlsx", "重点企业", 0.737, 0.9, [], "订单增加");
  const cur = compared(prev, book("本期.xlsx", "重点企业", 0.737, 0.9, []));
  expect(reviewOf(cur, 1)?.previousExplanation).toMatchObject({ text: "订单增加", period: "1-9月" });
});

test("a warning explained now is offered nothing", () => {
  const entry = ["重点企业", uscc(1), "growth.review", "", "新投产线", "1-9月", "0.737"];
  const prev = book("上期.xlsx", "重点企业", 0.737, 0.9, [entry]);
  const cur = compared(prev, book("本期.xlsx", "重点企业", 0.737, 0.9, [entry]));
  expect(reviewOf(cur, 1)).toMatchObject({ explained: true, explanation: "新投产线" });
  expect(reviewOf(cur, 1)?.previousExplanation).toBeUndefined();
});

test("沿用上期说明 for all: entries for this period with today's values; once applied every such warning is explained", () => {
  const prev = book("上期.xlsx", "重点企业", 0.737, 0.9, [
    ["重点企业", uscc(1), "growth.review", "", "新投产线", "1-9月", "0.737"],
    ["重点企业", uscc(2), "growth.review", "", "兼并重组", "1-9月", "0.9"],
  ]);
  const cur = compared(prev, book("本期.xlsx", "重点企业", 0.737, 0.95, []));
  const carried = carriedExplanations(cur);
  expect(carried).toEqual([
    { sheet: "重点企业", key: uscc(1), rule: "growth.review", cell: "H2", text: "新投产线", period: "1-10月", value: "0.737" },
    { sheet: "重点企业", key: uscc(2), rule: "growth.review", cell: "H3", text: "兼并重组", period: "1-10月", value: "0.95" },
  ]);
  const done = withExplanations(cur, carried);
  expect(done.summary).toMatchObject({ explained: done.summary.warnings, ready: true });
  expect(done.findings.some((f) => f.previousExplanation !== undefined)).toBe(false);
  // The history findings stay where they were.
  expect(done.findings.filter(isHistoryFinding)).toEqual(cur.findings.filter(isHistoryFinding));
});

test("历史: only the comparison's findings", () => {
  const prev = book("上期.xlsx", "重点企业", 0.737, 0.9, []);
  const cur = compared(prev, workbook("本期.xlsx", sheetData("重点企业", [KE_HEADER, keRow(1, 1930, 1111, { 7: 0.737 }), keRow(3)])));
  expect(cur.findings.filter(isHistoryFinding).map((f) => f.rule).sort()).toEqual(["history.added", "history.removed"]);
  expect(cur.findings.some((f) => !isHistoryFinding(f))).toBe(true);
});
