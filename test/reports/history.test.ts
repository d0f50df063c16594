/** HISTORY.md "The tab 与上期对比": Part A by ledger, Part B per history finding; only with a previous workbook. */

import { checkWorkbook } from "../../src/core/check";
import { isRefusal, withHistory, type HistoryOutcome } from "../../src/core/check/history";
import type { CellValue } from "../../src/core/read/types";
import { ALL_REPORT_TABS, buildReports, HISTORY_TAB, layoutReport, REPORT_TABS } from "../../src/core/reports";
import { buildHistory } from "../../src/core/reports/history";
import { uscc } from "../rules/helpers";
import { sheetData, workbook } from "../rules/workbook";
import { body, CTX, CTX_EN, headers } from "./fixtures";

const TODAY = new Date(Date.UTC(2022, 10, 5));
const PROJ = ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "是否入统", "审核说明"];
const proj = (name: string, stage: string, ytd: number, note: string | null = null): CellValue[] => [name, `${name}公司`, "张北县", stage, 50000, ytd, "是", note];

function compared(yearStart = false) {
  const previous = checkWorkbook(workbook("9月.xlsx", sheetData("百项工业项目库", [PROJ, proj("甲", "续建", 800), proj("乙", "续建", 500), proj("丙", "续建", 100)])), {
    period: yearStart ? 12 : 9,
    today: TODAY,
  });
  const current = checkWorkbook(
    workbook("10月.xlsx", sheetData("百项工业项目库", [PROJ, proj("甲", "续建", 700, "财务口径调整，已核实"), proj("乙", "前期", 520), proj("丁", "新开工", 50)])),
    { period: 10, today: TODAY },
  );
  const history = withHistory(current, previous, yearStart ? { previousYear: 2021 } : {});
  if (isRefusal(history)) throw new Error("refused");
  return { current, history: history as HistoryOutcome };
}

test("the title names both periods", () => {
  const { current, history } = compared();
  expect(buildHistory(current, { ...CTX, history })?.title).toBe("2022年1-10月 与上期（1-9月）对比");
  const ys = compared(true);
  expect(buildHistory(ys.current, { ...CTX, history: ys.history })?.title).toBe("2022年1-10月 与上期（2021年1-12月）对比");
});

test("Part A counts each ledger's records and changes", () => {
  const { current, history } = compared();
  const [a] = buildHistory(current, { ...CTX, history })!.sections;
  expect(headers(a)).toEqual(["台账", "上期条数", "本期条数", "新增", "移出", "入统（毕业）", "状态倒退", "累计下降", "跳变"]);
  expect(body(a)).toEqual([["百项工业项目库", 3, 3, 1, 1, 0, 1, 1, 0]]);
});

test("Part B lists each history finding with its previous and current value and its explanation", () => {
  const { current, history } = compared();
  const b = buildHistory(current, { ...CTX, history })!.sections[1];
  expect(headers(b)).toEqual(["台账", "对象", "名称", "变动", "上期", "本期", "审核说明"]);
  const rows = body(b);
  expect(rows).toContainEqual(["百项工业项目库", "甲 / 甲公司", "甲", "累计数下降", 800, 700, "财务口径调整，已核实"]);
  expect(rows).toContainEqual(["百项工业项目库", "乙 / 乙公司", "乙", "状态倒退", "续建", "前期", null]);
  expect(rows).toContainEqual(["百项工业项目库", "丙 / 丙公司", "丙", "本期移出", null, null, null]);
  expect(rows).toContainEqual(["百项工业项目库", "丁 / 丁公司", "丁", "本期新增", null, "丁", null]);
  // Each row links to the record's cell in the ledger.
  const first = b.rows.find((r) => (r[3] as string) === "累计数下降")!;
  expect(first[1]).toMatchObject({ link: { sheet: "百项工业项目库", cell: "F2" } });
});

test("in English, the same tab with English words", () => {
  const { current, history } = compared();
  const model = buildHistory(current, { ...CTX_EN, history })!;
  expect(headers(model.sections[0])[1]).toBe("Previous records");
  expect(model.sections[1].rows.some((r) => r[3] === "Cumulative fell")).toBe(true);
});

test("written only when a previous workbook was given; the reader never takes it for a ledger", () => {
  const { current, history } = compared();
  expect(buildReports(current, CTX, ALL_REPORT_TABS).map((m) => m.tab)).toEqual([...REPORT_TABS]);
  expect(buildReports(current, { ...CTX, history }, ALL_REPORT_TABS).map((m) => m.tab)).toEqual([...REPORT_TABS, HISTORY_TAB]);
  const layout = layoutReport(buildHistory(current, { ...CTX, history })!);
  const rows: CellValue[][] = [];
  for (const c of layout.cells) (rows[c.row - 1] ??= [])[c.col - 1] = c.value as CellValue;
  const again = checkWorkbook(workbook("10月.xlsx", sheetData(HISTORY_TAB, rows.map((r) => Array.from(r ?? [], (v) => v ?? null)))), { period: 10, today: TODAY });
  // Skipped by name as the add-in's own tab: neither a ledger nor an ignored sheet of the user's.
  expect(again.sheets).toEqual([]);
  expect(again.ignoredSheets).toEqual([]);
});

describe("入统分析 Part C: 培育库本年新入统 with the year-start comparison", () => {
  const CULT = ["企业名称", "统一社会信用代码", "所属县区", "培育类别", "上年全年营业收入", "本年营业收入", "入统状态"];
  const row = (n: number, status: string): CellValue[] => [`企业${n}`, uscc(n), "张北县", "营收1000-2000万", 1500, 1400, status];
  const targets = (asOf: number) => sheetData("目标任务", [["指标名称", "目标值", "单位", "实际完成", "截止月份"], ["净增规模以上工业企业", 35, "家", 10, asOf]]);

  function partC(yearStart: boolean) {
    const previous = checkWorkbook(workbook("上年.xlsx", sheetData("培育库", [CULT, row(1, "未入统"), row(2, "已入统"), row(4, "已申报")]), targets(12)), {
      period: yearStart ? 12 : 9,
      today: TODAY,
    });
    const current = checkWorkbook(workbook("本期.xlsx", sheetData("培育库", [CULT, row(1, "已入统"), row(2, "已入统"), row(3, "已入统"), row(4, "已申报")]), targets(10)), {
      period: 10,
      today: TODAY,
    });
    const history = withHistory(current, previous, yearStart ? { previousYear: 2021 } : {});
    if (isRefusal(history)) throw new Error("refused");
    const model = buildReports(current, { ...CTX, history }, ["入统分析"])[0];
    return model.sections[2];
  }

  test("counts the records 已入统 now that were not at the year's start, or were absent", () => {
    const c = partC(true);
    expect(headers(c)[headers(c).length - 1]).toBe("培育库本年新入统");
    expect(body(c)[0][body(c)[0].length - 1]).toBe(2);
  });

  test("not shown for the full comparison", () => {
    expect(headers(partC(false))).not.toContain("培育库本年新入统");
  });
});
