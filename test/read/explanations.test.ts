import { read, sheet } from "./helpers";

describe("the 审核说明 sheet", () => {
  test("rows with a rule and an explanation become explanations; the sheet is never a ledger", () => {
    const rows = [
      ["审核说明"],
      ["工作表", "对象", "规则", "单元格", "说明"],
      ["重点企业", "91130722MA0000001X", "growth.review", "F5", "新产线投产，增长属实"],
      ["项目库", "一号项目 / 甲公司", "project.ytd-exceeds-plan", null, " 年中调增计划 "],
      [],
      ["重点企业", "x", "growth.review", "F6", null],
    ];
    const r = read([sheet("审核说明", rows)]);
    expect(r.explanations).toEqual([
      { sheet: "重点企业", key: "91130722MA0000001X", rule: "growth.review", cell: "F5", text: "新产线投产，增长属实" },
      { sheet: "项目库", key: "一号项目 / 甲公司", rule: "project.ytd-exceeds-plan", text: "年中调增计划" },
    ]);
    expect(r.sheets).toEqual([]);
    expect(r.ignoredSheets).toEqual([]);
  });

  test("columns in another order are found by their headers", () => {
    const r = read([sheet("审核说明", [["说明", "规则", "工作表"], ["属实", "growth.review", "重点企业"]])]);
    expect(r.explanations).toEqual([{ sheet: "重点企业", key: "", rule: "growth.review", text: "属实" }]);
  });

  test("no such sheet, or no header: no explanations", () => {
    expect(read([]).explanations).toEqual([]);
    expect(read([sheet("审核说明", [["随便"], ["写写"]])]).explanations).toEqual([]);
  });
});
