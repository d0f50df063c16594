/** MERGE.md: the roll-up of county workbooks, its order, its values and its five conflicts. */

import { mergedRowCells } from "../../src/core/check/merge-cells";
import { deserialize, serialize } from "v8";
import { mergeSource, shareStrings, type MergeInput, type MergeSource } from "../../src/core/check/merge-source";
import { mergeClean, mergeWorkbooks, type MergeResult } from "../../src/core/check/merge";
import type { CellValue } from "../../src/core/read/types";
import { describeFinding } from "../../src/core/rules/describe";
import { checkWorkbook } from "../../src/core/check";
import { MERGE_RULES } from "../../src/core/rules/merge";
import { buildMergeSummary } from "../../src/core/check/merge-summary";
import { layoutReport } from "../../src/core/reports/layout";
import { uscc } from "../rules/helpers";
import { KE_HEADER, sheetData, workbook } from "../rules/workbook";

const TODAY = new Date(Date.UTC(2022, 10, 5));

/** A key-enterprises row: name, code n (registered in the county), county, revenue. */
function ke(n: number, county: string, revenue: CellValue = 3000, code = "130722"): CellValue[] {
  return [`企业${n}`, uscc(n, code), county, "冰雪装备", "C3512", revenue, 2500, null, "是", null];
}

function source(file: string, rows: CellValue[][], period = 10): MergeInput {
  const wb = workbook(file, sheetData("百家重点企业台账", [KE_HEADER, ...rows]));
  return mergeSource(wb, checkWorkbook(wb, { period, today: TODAY }));
}

const rules = (r: MergeResult) => r.conflicts.map((c) => `${c.finding.rule}@${c.file}:${c.finding.row ?? "-"}`).sort();
const cells = (r: MergeResult) => r.sheets[0].rows.map((row, i) => mergedRowCells(r, r.sheets[0], row, i));

describe("mergeWorkbooks", () => {
  test("orders by the profile's regions (unknown last), then by source; carries 来源文件 and 来源行", () => {
    const r = mergeWorkbooks([source("蔚县.xlsx", [ke(1, "蔚县"), ke(2, "不存在县")]), source("张北.xlsx", [ke(3, "张北县")])]);
    const out = cells(r);
    expect(out.map((c) => c[1])).toEqual(["企业3", "企业1", "企业2"]);
    expect(out.map((c) => [c[c.length - 2], c[c.length - 1]])).toEqual([["张北.xlsx", 2], ["蔚县.xlsx", 2], ["蔚县.xlsx", 3]]);
    // 序号 is the merged order.
    expect(out.map((c) => c[0])).toEqual([1, 2, 3]);
  });

  test("values are the values read: 亿元 converted, text numbers as numbers, 是 as 是", () => {
    const header = KE_HEADER.map((h) => (h === "本年营业收入" ? "本年营业收入(亿元)" : h));
    const wb = workbook("a.xlsx", sheetData("百家重点企业台账", [header, ke(1, "张北县", "0.3")]));
    const r = mergeWorkbooks([mergeSource(wb, checkWorkbook(wb, { period: 10, today: TODAY }))]);
    const row = cells(r)[0];
    expect(row[6]).toBe(3000);
    expect(row[9]).toBe("是");
  });

  test("merge.duplicate: the same code in two files with different values keeps both rows", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县", 3000)]), source("b.xlsx", [ke(1, "张北县", 3100), ke(2, "张北县")])]);
    expect(r.sheets[0].rows).toHaveLength(3);
    expect(rules(r)).toEqual(["merge.duplicate@a.xlsx:2", "merge.duplicate@b.xlsx:2"]);
    expect(r.conflicts[0].finding.severity).toBe("warning");
    expect(String((r.conflicts[0].finding.params as { others?: string } | undefined)?.others)).toContain("b.xlsx");
    expect(mergeClean(r)).toBe(false);
  });

  test("merge.identical: every value equal keeps one row naming both sources", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")]), source("b.xlsx", [ke(2, "张北县"), ke(1, "张北县")])]);
    expect(r.sheets[0].rows).toHaveLength(2);
    expect(rules(r)).toEqual(["merge.identical@a.xlsx:2"]);
    const row = cells(r).find((c) => c[1] === "企业1") as CellValue[];
    expect(row.slice(-2)).toEqual(["a.xlsx; b.xlsx", "2; 3"]);
    expect(mergeClean(r)).toBe(true);
  });

  test("a key repeated inside one file is that file's own error, not a conflict", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县"), ke(1, "张北县")]), source("b.xlsx", [ke(2, "张北县")])]);
    expect(r.sheets[0].rows).toHaveLength(3);
    expect(rules(r)).toEqual([]);
  });

  test("merge.foreign-region: a record of another county than its file's", () => {
    const r = mergeWorkbooks([source("张北.xlsx", [ke(1, "张北县"), ke(2, "张北县"), ke(3, "蔚县")])]);
    expect(rules(r)).toEqual(["merge.foreign-region@张北.xlsx:4"]);
    expect(r.conflicts[0].finding.params).toEqual({ region: "蔚县", county: "张北县" });
    expect(r.sources[0].county).toBe("张北县");
  });

  test("merge.period-differs: a county that sent last month's file", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")]), source("b.xlsx", [ke(2, "张北县")]), source("c.xlsx", [ke(3, "张北县")], 9)]);
    expect(rules(r)).toEqual(["merge.period-differs@c.xlsx:-"]);
    expect(r.period).toBe(10);
  });

  test("a file without ledger records (a pay sheet, a blank workbook) neither sets the usual period nor is told it differs", () => {
    const none = (file: string) => {
      const wb = workbook(file, sheetData("工资表", [["姓名", "工资"], ["张三", 5000]]));
      return mergeSource(wb, checkWorkbook(wb, { today: TODAY }));
    };
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")]), none("工资.xlsx"), none("空白.xlsx")]);
    expect(rules(r)).toEqual([]);
    expect(r.period).toBe(10);
    const last = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")]), source("b.xlsx", [ke(2, "张北县")], 9), none("工资.xlsx"), none("空白.xlsx")]);
    expect(rules(last)).toEqual(["merge.period-differs@b.xlsx:-"]);
  });

  test("the roll-up is the city's, also when the counties' workbooks carry their own scope (template --scope)", () => {
    const scoped = (file: string, n: number) => {
      const wb = workbook(file, sheetData("百家重点企业台账", [KE_HEADER, ke(n, "张北县")]));
      return mergeSource(wb, checkWorkbook(wb, { period: 10, today: TODAY, scope: "130722" }));
    };
    const county = scoped("a.xlsx", 1) as MergeSource;
    expect(county.profile.scope).toBe("130722");
    const r = mergeWorkbooks([county, scoped("b.xlsx", 2)]);
    expect(r.profile.scope).toBeUndefined();
    // The targets sheet with the city's targets, as for workbooks without a scope.
    expect(r.targets).toEqual(mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")])]).targets);
  });

  test("merge.unreadable: listed with its reason, the others merged", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")]), { file: "b.xlsx", error: "文件已损坏" }]);
    expect(rules(r)).toEqual(["merge.unreadable@b.xlsx:-"]);
    expect(r.conflicts[0].finding.severity).toBe("error");
    expect(r.sheets[0].rows).toHaveLength(1);
    expect(r.sources[1]).toMatchObject({ file: "b.xlsx", status: "unreadable", reason: "文件已损坏" });
    expect(mergeClean(r)).toBe(false);
  });

  test("clean sources give no conflict", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")]), source("b.xlsx", [ke(2, "蔚县", 3000, "130726")])]);
    expect(rules(r)).toEqual([]);
    expect(mergeClean(r)).toBe(true);
  });

  test("a value the check could not use is carried as written", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县", "三千")])]);
    expect(cells(r)[0][6]).toBe("三千");
  });

  test("unknown columns are not carried and are listed per file", () => {
    const wb = workbook("a.xlsx", sheetData("百家重点企业台账", [[...KE_HEADER, "联系人"], [...ke(1, "张北县"), "王"]]));
    const r = mergeWorkbooks([mergeSource(wb, checkWorkbook(wb, { period: 10, today: TODAY }))]);
    expect(r.sources[0].unknown).toEqual([{ sheet: "百家重点企业台账", headers: ["联系人"] }]);
    expect(cells(r)[0]).not.toContain("王");
  });

  test("the targets sheet is the template's, 截止月份 the period", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")])]);
    expect(r.targets.rows.length).toBe(r.profile.targets.length);
    const asOf = r.targets.columns.find((c) => c.key === "asOf")?.col;
    expect(r.targets.rows.every((row) => row.cells.some((c) => c.col === asOf && c.value === 10))).toBe(true);
  });
});

describe("the merge rules' words", () => {
  const placeholders = (s: string) => [...s.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort();
  test("are in both languages with the same placeholders", () => {
    for (const rule of MERGE_RULES) {
      const zh = rule.words["zh-CN"], en = rule.words["en-US"];
      expect(placeholders(en.message)).toEqual(placeholders(zh.message));
      expect(placeholders(en.hint ?? "")).toEqual(placeholders(zh.hint ?? ""));
    }
  });

  test("describe a conflict with its hint", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县")]), { file: "b.xlsx", error: "文件已损坏" }]);
    const text = describeFinding(r.conflicts[0].finding, "zh-CN");
    expect(text.message).toBe("无法读取：文件已损坏");
    expect(text.hint).toContain(".xlsx");
  });
});

describe("shareStrings", () => {
  test("a source that crossed threads keeps every value when its few-valued columns share their strings", () => {
    const rows = [ke(1, "张北县"), ke(2, "张北县", "三千"), ke(3, "不存在县"), ke(4, "张北县", 12.5)];
    const inputs = [source("a.xlsx", rows), source("b.xlsx", [ke(5, "蔚县"), ke(6, "张北县")]), { file: "c.xlsx", error: "无法读取" }];
    const crossed = inputs.map((i) => deserialize(serialize(i)) as MergeInput);
    const shared = new Map<string, string>();
    for (const i of crossed) shareStrings(i, shared);
    // Compared as data: the keys' Float64Array crossed into this test's realm.
    const plain = (x: unknown) => JSON.stringify(x, (_, v) => (ArrayBuffer.isView(v) ? Array.from(v as Float64Array) : v));
    expect(plain(crossed)).toBe(plain(inputs));
    expect([...shared.keys()]).toEqual(expect.arrayContaining(["张北县", "蔚县", "冰雪装备"]));
    expect(shared.has("企业1")).toBe(false);
  });
});

describe("keys as hashes", () => {
  test("records whose keys' hashes meet are compared by their keys: different enterprises stay apart", () => {
    const a = source("a.xlsx", [ke(1, "张北县"), ke(2, "张北县")]) as MergeSource;
    const b = source("b.xlsx", [ke(3, "张北县", 4000), ke(2, "张北县", 5000)]) as MergeSource;
    // 企业3 given 企业1's hash, as a collision would.
    b.ledgers[0].keys[0] = a.ledgers[0].keys[0];
    const r = mergeWorkbooks([a, b]);
    expect(rules(r)).toEqual(["merge.duplicate@a.xlsx:3", "merge.duplicate@b.xlsx:3"]);
    expect(r.sheets[0].rows).toHaveLength(4);
  });
});

describe("the tab 汇总说明", () => {
  test("names a sheet with content that no ledger kind fits, which the roll-up does not carry; an empty sheet is not named", () => {
    const wb = workbook(
      "a.xlsx",
      sheetData("百家重点企业台账", [KE_HEADER, ke(1, "张北县")]),
      sheetData("补充企业", [["单位", "代码"], ["张北补充有限公司", "91130722MA0A1B2C3D"]]),
      sheetData("Sheet3", []),
    );
    const r = mergeWorkbooks([mergeSource(wb, checkWorkbook(wb, { period: 10, today: TODAY })), source("b.xlsx", [ke(2, "张北县")])]);
    expect(r.sources.map((s) => s.ignored)).toEqual([["补充企业"], []]);
    const layout = layoutReport(buildMergeSummary(r, "zh-CN", TODAY));
    const notCarried = layout.cells.filter((c) => typeof c.value === "string" && c.value.includes("补充企业")).map((c) => c.value);
    expect(notCarried).toEqual(["工作表“补充企业”（未识别为台账，整张未汇总）"]);
  });

  test("is never read as a ledger nor named as not carried, also when `_gx` no longer lists it (after gx-ledger report)", () => {
    const wb = workbook("全市.xlsx", sheetData("百家重点企业台账", [KE_HEADER, ke(1, "张北县")]), sheetData("汇总说明", [["文件", "县区"], ["a.xlsx", "张北县"]]));
    const check = checkWorkbook(wb, { period: 10, today: TODAY });
    expect(check.ignoredSheets).toEqual([]);
    expect(check.sheets.map((s) => s.sheet)).toEqual(["百家重点企业台账"]);
    expect(mergeWorkbooks([mergeSource(wb, check)]).sources[0].ignored).toEqual([]);
  });


  test("lists the files, then each conflict where first; long texts wrap so that it prints one page wide", () => {
    const r = mergeWorkbooks([source("a.xlsx", [ke(1, "张北县", 3000)]), source("b.xlsx", [ke(1, "张北县", 3100)])]);
    const layout = layoutReport(buildMergeSummary(r, "zh-CN", TODAY));
    const header = (text: string) => layout.cells.find((c) => c.style === "header" && c.value === text)!;
    const rowOf = (text: string) => layout.cells.filter((c) => c.row === header(text).row && c.style === "header").map((c) => c.value);
    expect(rowOf("台账")).toEqual(["文件", "县区", "报告期", "台账", "记录数", "错误", "警告", "状态", "未汇总的列和工作表"]);
    expect(rowOf("问题说明")).toEqual(["文件", "位置", "级别", "问题说明", "规则"]);
    const conflict = layout.cells.filter((c) => c.row === header("问题说明").row + 1).map((c) => c.value);
    expect(conflict.slice(0, 3)).toEqual(["a.xlsx", "百家重点企业台账 第2行", "警告"]);
    // Every column of text that can run long wraps, and no column is wider than REPORTS.md's 50.
    for (const text of ["文件", "台账", "状态", "问题说明", "位置"]) {
      expect({ text, wrap: layout.cells.filter((c) => c.col === header(text).col && c.style === "body" && typeof c.value === "string").every((c) => c.wrap) }).toEqual({ text, wrap: true });
    }
    expect(Math.max(...layout.widths)).toBeLessThanOrEqual(50);
    expect(layout.widths.reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(200);
  });
});
