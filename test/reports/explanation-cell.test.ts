/**
 * The 审核说明 column of 校验结果 and 与上期对比 (HISTORY.md "Explanations over time"): an explanation of an
 * earlier period whose value has changed shows as 上期说明（数值已变）, the previous workbook's as 上期说明, both
 * said not to count.
 */

import { checkWorkbook } from "../../src/core/check";
import { isRefusal, withHistory, type HistoryOutcome } from "../../src/core/check/history";
import type { CellValue } from "../../src/core/read/types";
import { buildCheckResults } from "../../src/core/reports/check-results";
import { explanationText } from "../../src/core/reports/explanation-cell";
import { buildHistory } from "../../src/core/reports/history";
import { sheetData, workbook } from "../rules/workbook";
import { body, CTX, CTX_EN } from "./fixtures";

const TODAY = new Date(Date.UTC(2022, 10, 5));
const SHEET = "百项工业项目库";
const PROJ = ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "是否入统", "审核说明"];
const proj = (name: string, stage: string, ytd: number, note: string | null = null): CellValue[] => [name, `${name}公司`, "张北县", stage, 50000, ytd, "是", note];
const EXPLAINED = ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"];

/** 甲 fell from 800 to 700 (history.ytd-decreased); 乙 went back 续建 → 前期 (history.status-regressed). */
function compared(entries: CellValue[][], previousNote: string | null = null) {
  const previous = checkWorkbook(workbook("9月.xlsx", sheetData(SHEET, [PROJ, proj("甲", "续建", 800, previousNote), proj("乙", "续建", 500)])), { period: 9, today: TODAY });
  const current = checkWorkbook(
    workbook("10月.xlsx", sheetData(SHEET, [PROJ, proj("甲", "续建", 700), proj("乙", "前期", 520)]), sheetData("审核说明", [EXPLAINED, ...entries])),
    { period: 10, today: TODAY },
  );
  const history = withHistory(current, previous);
  if (isRefusal(history)) throw new Error("refused");
  return { current, history: history as HistoryOutcome };
}

const column = (rows: unknown[][], index: number, label: string) => rows.find((r) => JSON.stringify(r).includes(label))?.[index];

test("an entry written for 1-9月 at another value: 上期说明（数值已变） in both tabs, and the warning stays unexplained", () => {
  const { current, history } = compared([[SHEET, "乙 / 乙公司", "history.status-regressed", "", "论证后重新立项", "1-9月", "新开工"]]);
  const expected = "上期说明（数值已变，未计入）：论证后重新立项（1-9月当时数值 新开工）";
  expect(column(body(buildHistory(current, { ...CTX, history })!.sections[1]), 6, "状态倒退")).toBe(expected);
  expect(column(body(buildCheckResults(current, CTX).sections[0]), 8, "history.status-regressed")).toBe(expected);
  const finding = current.findings.find((f) => f.rule === "history.status-regressed")!;
  expect(finding.explained).toBeUndefined();
  // The pane's line for the finding says the same.
  expect(explanationText(finding, "zh-CN")).toBe(expected);
  expect(column(body(buildHistory(current, { ...CTX_EN, history })!.sections[1]), 6, "论证后重新立项")).toBe(
    "Explanation of an earlier period (value changed, not counted): 论证后重新立项 (1-9月 at value 新开工)",
  );
});

test("an entry written for 1-9月 at the same value explains, as any explanation", () => {
  const { current, history } = compared([[SHEET, "乙 / 乙公司", "history.status-regressed", "", "论证后重新立项", "1-9月", "前期"]]);
  expect(column(body(buildHistory(current, { ...CTX, history })!.sections[1]), 6, "状态倒退")).toBe("论证后重新立项");
});

test("the previous workbook's explanation of a warning that stands now: 上期说明, not counted", () => {
  // 甲's own 审核说明 cell explained last month's ytd figure; this month 乙's regression is new.
  const previousCheck = checkWorkbook(
    workbook("9月.xlsx", sheetData(SHEET, [PROJ, proj("甲", "续建", 800), proj("乙", "续建", 500)]), sheetData("审核说明", [EXPLAINED, [SHEET, "", "ledger.count", "", "其余项目下月补录", "1-9月", ""]])),
    { period: 9, today: TODAY },
  );
  const current = checkWorkbook(workbook("10月.xlsx", sheetData(SHEET, [PROJ, proj("甲", "续建", 700), proj("乙", "前期", 520)])), { period: 10, today: TODAY });
  withHistory(current, previousCheck);
  const rows = body(buildCheckResults(current, CTX).sections[0]);
  expect(column(rows, 8, "ledger.count")).toBe("上期说明（未计入，可沿用）：其余项目下月补录（1-9月）");
});
