/** HISTORY.md "Explanations over time": thin explanations still count but get the info explanation.thin. */

import { checkWorkbook } from "../../src/core/check";
import { isThin } from "../../src/core/rules/explanation-quality";
import { KE_HEADER, keRow, sheetData, workbook } from "./workbook";

test.each([
  ["已核实", true],
  ["已核实。", true],
  ["数据 无误", true],
  ["无", true],
  ["属实", true],
  ["已核实修正数据", true],
  ["正常", true],
  ["新增产能投产，营业收入增长较快", false],
  ["上年基数低", false],
])("isThin(%j) is %s", (text, thin) => {
  expect(isThin(text)).toBe(thin);
});

function check(note: string) {
  const sheet = sheetData("百家重点企业台账", [KE_HEADER, keRow(1, 3000, 1000, { 9: note })]);
  return checkWorkbook(workbook("t.xlsx", sheet), { period: 10, today: new Date(Date.UTC(2022, 10, 5)) });
}

test("a thin explanation still explains the warning, and gets the info on the same cell", () => {
  const r = check("已核实");
  // The row's warning (growth); the sheet's ledger.count warning is not the row's.
  const warning = r.findings.find((f) => f.severity === "warning" && f.row === 2);
  expect(warning).toMatchObject({ explained: true, explanation: "已核实" });
  const thin = r.findings.filter((f) => f.rule === "explanation.thin");
  expect(thin).toEqual([expect.objectContaining({ severity: "info", row: warning?.row, col: warning?.col, value: "已核实", params: { rule: warning?.rule } })]);
});

test("a real reason: quiet", () => {
  expect(check("新增产能投产，营业收入增长较快").findings.filter((f) => f.rule === "explanation.thin")).toEqual([]);
});
