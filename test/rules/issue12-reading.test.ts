/**
 * Issue 12 through the engine, as a port hands a workbook over: each row is one item of the audit, a workbook
 * and what the findings of a row (or the workbook) must be. Every case failed before its fix.
 */

import { usccCheckChar } from "../../src/core/calc/uscc";
import type { CellValue, Merge, SheetData } from "../../src/core/read/types";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import type { Finding } from "../../src/core/rules/types";
import { uscc } from "./helpers";
import { KE_HEADER, keRow, sheetData, workbook } from "./workbook";

const TODAY = new Date(2022, 9, 15);
const PROJECT_HEADER: CellValue[] = ["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "开工时间", "竣工投产时间", "是否入统"];

function check(...sheets: SheetData[]): CheckResult {
  return checkWorkbook(workbook("t.xlsx", ...sheets), { today: TODAY, period: 10 });
}

const onRow = (r: CheckResult, row: number): Finding[] => r.findings.filter((f) => f.row === row);

const first17 = uscc(1).slice(0, 17);

describe("issue 12 through the engine", () => {
  test.each<[string, SheetData[], (r: CheckResult) => void]>([
    [
      "新建 with no 开工时间 → enum.invalid only, with the 建设性质 hint",
      [sheetData("工业项目", [PROJECT_HEADER, ["甲项目", "甲公司", "张北县", "新建", 800, 100, null, null, "是"]])],
      (r) => expect(onRow(r, 2)).toMatchObject([{ rule: "enum.invalid", variant: "nature", col: 4, value: "新建" }]),
    ],
    [
      "扩建 and 迁建 are 建设性质 too; 在建 and 建成投产 stay stages",
      [
        sheetData("工业项目", [
          PROJECT_HEADER,
          ["甲项目", "甲公司", "张北县", "扩建", 800, 100, "2021-05", null, "是"],
          ["乙项目", "乙公司", "张北县", "迁建", 800, 100, "2021-05", null, "是"],
          ["丙项目", "丙公司", "张北县", "在建", 800, 100, "2021-05", null, "是"],
          ["丁项目", "丁公司", "张北县", "建成投产", 800, 100, "2021-05", "2022-05", "是"],
        ]),
      ],
      (r) => {
        expect(r.findings.filter((f) => f.rule === "enum.invalid").map((f) => [f.row, f.variant])).toEqual([[2, "nature"], [3, "nature"]]);
        expect(r.sheets[0].records.map((x) => x.values.stage)).toEqual([null, null, "续建", "竣工投产"]);
      },
    ],
    [
      "a 2021-06 竣工投产 project of 800 万元, 否 → nothing",
      [sheetData("工业项目", [PROJECT_HEADER, ["旧项目", "甲公司", "张北县", "竣工投产", 800, 0, "2020-03", "2021-06", "否"]])],
      (r) => expect(onRow(r, 2)).toEqual([]),
    ],
    [
      "an illegal 18th character alone also gives the expected check character",
      [sheetData("百家重点企业台账", [KE_HEADER, keRow(1, 3000, 2500, { 1: `${first17}I` })])],
      (r) =>
        expect(onRow(r, 2)).toMatchObject([
          { rule: "uscc.format", variant: "check-char", params: { char: "I", position: 18, expected: usccCheckChar(first17) } },
        ]),
    ],
    [
      "workbook.no-ledgers is an error: the wrong file is never 可以报送",
      [sheetData("说明", [["本工作簿用于填报说明"]])],
      (r) => {
        expect(r.findings).toMatchObject([{ rule: "workbook.no-ledgers", severity: "error" }]);
        expect(r.summary).toMatchObject({ errors: 1, ready: false });
      },
    ],
  ])("%s", (_title, sheets, expectations) => {
    expectations(check(...sheets));
  });
});

const merge = (top: number, left: number, bottom: number, right: number): Merge => ({ top, left, bottom, right });

describe("issue 12: header variants real ledgers use", () => {
  test("营业收入（万元） merged over 本年 / 上年同期 binds both revenues", () => {
    const s: SheetData = {
      name: "百家重点企业台账",
      rows: [
        ["企业名称", "统一社会信用代码", "所属县区", "营业收入（万元）", null, "是否规上"],
        [null, null, null, "本年", "上年同期", null],
        ["企业1", uscc(1), "张北县", 3000, 2500, "是"],
      ],
      merges: [merge(1, 1, 2, 1), merge(1, 2, 2, 2), merge(1, 3, 2, 3), merge(1, 4, 1, 5), merge(1, 6, 2, 6)],
    };
    const r = check(s);
    expect(r.findings.filter((f) => f.rule.startsWith("header."))).toEqual([]);
    expect(r.sheets[0].records[0].values).toMatchObject({ revenue: 3000, revenuePrev: 2500 });
  });

  test.each<[string, string, string, string]>([
    ["2022年计划投资（万元） is 年度计划投资", "工业项目", "2022年计划投资（万元）", "annualPlan"],
    ["2021年营业收入 is 上年营业收入", "百家重点企业台账", "2021年营业收入", "revenuePrev"],
    ["2022年营业收入 is 本年营业收入", "百家重点企业台账", "2022年营业收入", "revenue"],
  ])("%s", (_title, name, header, key) => {
    const base = name === "工业项目" ? PROJECT_HEADER : KE_HEADER;
    const replaced = name === "工业项目" ? "总投资" : key === "revenue" ? "本年营业收入" : "上年营业收入";
    const rows: CellValue[][] =
      name === "工业项目"
        ? [[...base, header], ["甲项目", "甲公司", "张北县", "续建", 800, 100, "2021-05", null, "是", 300]]
        : [base.map((h) => (h === replaced ? header : h)), keRow(1)];
    const r = check(sheetData(name, rows));
    expect(r.findings.filter((f) => f.rule === "header.unknown" || f.rule === "header.missing")).toEqual([]);
    expect(r.sheets[0].columns.map((c) => c.key)).toContain(key);
  });

  test("a 2020年 header is neither 本年 nor 上年 of a 2022 profile", () => {
    const r = check(sheetData("百家重点企业台账", [KE_HEADER.map((h) => (h === "上年营业收入" ? "2020年营业收入" : h)), keRow(1)]));
    expect(r.findings.map((f) => f.rule)).toContain("header.unknown");
  });

  test("header.missing names the unknown header that resembles the missing column", () => {
    const r = check(sheetData("百家重点企业台账", [KE_HEADER.map((h) => (h === "所属县区" ? "所在区县名称" : h)), keRow(1)]));
    expect(r.findings.filter((f) => f.rule === "header.missing")).toMatchObject([
      { variant: "similar", params: { column: "所属县区", key: "region", header: "所在区县名称", cell: "C1" } },
    ]);
  });

  test("header.missing without a resembling header stays plain", () => {
    const r = check(sheetData("百家重点企业台账", [KE_HEADER.map((h) => (h === "所属县区" ? "联系人" : h)), keRow(1)]));
    const missing = r.findings.filter((f) => f.rule === "header.missing");
    expect(missing).toHaveLength(1);
    expect(missing[0].variant).toBeUndefined();
  });
});

describe("issue 12: total.mismatch and numbers stored as text", () => {
  test("a difference that equals the text-number cells names them", () => {
    // Excel's SUM skips "2500" and "500": the stated 合计 3000 is short of the records' 6000 by exactly those two.
    const r = check(
      sheetData("百家重点企业台账", [
        KE_HEADER,
        keRow(1, 3000, 2500),
        keRow(2, 0, 2000, { 5: "2500" }),
        keRow(3, 0, 400, { 5: "500" }),
        ["合计", null, null, null, null, 3000, 4900],
      ]),
    );
    expect(r.findings.filter((f) => f.rule === "total.mismatch")).toMatchObject([
      { row: 5, col: 6, variant: "text", params: { cells: "F3、F4", textSum: 3000 } },
    ]);
  });

  test("a difference the text cells do not explain stays plain", () => {
    const r = check(sheetData("百家重点企业台账", [KE_HEADER, keRow(1, 3000, 2500), keRow(2, 0, 2000, { 5: "2500" }), ["合计", null, null, null, null, 9999, 4500]]));
    const found = r.findings.filter((f) => f.rule === "total.mismatch");
    expect(found).toHaveLength(1);
    expect(found[0].variant).toBeUndefined();
  });
});
