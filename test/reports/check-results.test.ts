import { buildCheckResults } from "../../src/core/reports/check-results";
import type { ReportCell } from "../../src/core/reports/model";
import { kindSpec } from "../../src/core/ledgers";
import { describeFinding, ruleShortName } from "../../src/core/rules/describe";
import { body, CTX, CTX_EN, FINDINGS, headers, KEY, makeCheck } from "./fixtures";

describe("校验结果", () => {
  const model = buildCheckResults(makeCheck(), CTX);
  const [section] = model.sections;

  test("is one table with the summary line above it", () => {
    expect(model.tab).toBe("校验结果");
    expect(model.title).toBe("2022年1-10月 校验结果");
    expect(model.subtitle).toBe("填报单位：________ · 工作簿：张家口台账.xlsx · 方案：2022年工作方案（内置） · 生成时间：2022-11-05 14:30");
    expect(model.sections).toHaveLength(1);
    expect(section.notes).toEqual(["错误 3 · 警告 3（已说明 1）· 提示 1 · 状态 不可报送"]);
    expect(headers(section)).toEqual(["级别", "工作表", "单元格", "对象", "规则", "问题说明", "当前值", "修改建议", "审核说明", "规则编号"]);
    expect(section.asTable).toBe(true);
    expect(section.total).toBeUndefined();
  });

  test("lists errors first, then by sheet (file-level first) and row", () => {
    expect(body(section).map((r) => [r[0], r[1], r[2], r[9]])).toEqual([
      ["错误", "重点企业", "C3", "uscc.checksum"],
      ["错误", "重点企业", "D5", "region.unknown"],
      ["错误", "工业项目", "M2", "project.must-include"],
      ["警告", null, null, "settings.invalid"],
      ["警告", "重点企业", "整表", "ledger.count"],
      ["警告", "重点企业", "J3", "scale.should-include"],
      ["提示", "培育库", "G2", "number.text"],
    ]);
  });

  test("对象 is the record's 企业名称 or 项目名称; 规则 the rule's short name, its id last", () => {
    const rows = body(section);
    expect(rows.map((r) => r[3])).toEqual(["乙企业", "丁企业", "项目一", null, null, "乙企业", "乙企业"]);
    expect(rows.map((r) => r[4])).toEqual(rows.map((r) => ruleShortName(r[9] as string, "zh-CN")));
    // A short name in words, never the id.
    for (const r of rows) expect(r[4]).not.toBe(r[9]);
  });

  test("当前值 is formatted as its column: money with two decimals, rates as percentages", () => {
    const revenueCol = KEY.columns.find((c) => c.key === "revenue")!.col;
    const growth = { ...KEY, sheet: "增速表", columns: [...KEY.columns, { key: "growth" as const, col: 40, header: "增长率", factor: 1, percent: false }] };
    const check = makeCheck({
      sheets: [KEY, growth],
      findings: [
        { rule: "number.negative", severity: "error", sheet: "重点企业", row: 2, col: revenueCol, value: 3000 },
        { rule: "number.negative", severity: "error", sheet: "增速表", row: 2, col: 40, value: 0.737 },
      ],
    });
    expect(kindSpec("key-enterprises").columns.find((c) => c.key === "revenue")?.type).toBe("money");
    const values = buildCheckResults(check, CTX).sections[0].rows.map((r) => r[6]);
    expect(values).toContainEqual({ value: 3000, format: "money" });
    expect(values).toContainEqual({ value: 0.737, format: "rate" });
  });

  test("each 单元格 links to its cell; a sheet-level finding to A1; a file-level one to nothing", () => {
    const cells = section.rows.map((r) => r[2] as ReportCell);
    expect(cells[0]).toEqual({ value: "C3", link: { sheet: "重点企业", cell: "C3" } });
    expect(cells[2]).toEqual({ value: "M2", link: { sheet: "工业项目", cell: "M2" } });
    expect(cells[3]).toEqual({ value: null });
    expect(cells[4]).toEqual({ value: "整表", link: { sheet: "重点企业", cell: "A1" } });
  });

  test("message and hint are the finding's words; the value as the user knows it; the explanation", () => {
    const checksum = FINDINGS.find((f) => f.rule === "uscc.checksum");
    const text = describeFinding(checksum!, "zh-CN");
    const [first] = body(section);
    expect(first[5]).toBe(text.message);
    expect(first[5]).not.toBe("rule.uscc.checksum");
    expect(first[6]).toBe("91130726MA0000002X");
    expect(first[7]).toBe(text.hint ?? null);
    const explained = body(section)[5];
    expect(explained[6]).toBe("否");
    expect(explained[8]).toBe("已在办理");
  });

  test("a value that looks like a formula is passed on as the text it is (the writers force text)", () => {
    expect(body(section)[1][6]).toBe("=火星县");
  });

  test("a clean workbook says so", () => {
    const clean = buildCheckResults(makeCheck({ findings: [], summary: { errors: 0, warnings: 0, explained: 0, infos: 0, ready: true } }), CTX);
    expect(clean.sections[0].notes).toEqual(["错误 0 · 警告 0（已说明 0）· 提示 0 · 状态 可以报送"]);
    expect(clean.sections[0].empty).toBe("未发现问题");
    expect(clean.sections[0].rows).toEqual([]);
  });

  test("in English the words change, the tab name does not", () => {
    const en = buildCheckResults(makeCheck(), CTX_EN);
    expect(en.tab).toBe("校验结果");
    expect(en.title).toBe("校验结果, 2022 months 1-10");
    expect(en.subtitle).toBe("Reporting unit: ________ · Workbook: 张家口台账.xlsx · Profile: 2022 plan (built-in) · Generated: 2022-11-05 14:30");
    expect(en.sections[0].notes).toEqual(["Errors 3 · Warnings 3 (1 explained) · Infos 1 · Status not ready to submit"]);
    expect(headers(en.sections[0])).toEqual(["Severity", "Sheet", "Cell", "Record", "Rule", "Problem", "Value", "How to fix", "Explanation", "Rule id"]);
    expect(body(en.sections[0])[0][0]).toBe("Error");
  });
});

test("the summary line says where the period came from, when the check says", () => {
  const model = buildCheckResults(makeCheck({ period: 3, periodSource: "title", periodText: "2022年1-3月…" }), CTX);
  expect(model.sections[0].notes).toEqual(["错误 3 · 警告 3（已说明 1）· 提示 1 · 状态 不可报送 · 报告期 1–3 月（取自标题“2022年1-3月…”）"]);
  const en = buildCheckResults(makeCheck({ period: 3, periodSource: "file-name", periodText: "台账2022-3.xlsx" }), CTX_EN);
  expect(en.sections[0].notes?.[0]).toContain("Period months 1–3 (from the file name “台账2022-3.xlsx”)");
});
