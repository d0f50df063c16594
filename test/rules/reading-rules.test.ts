import { checkWorkbook } from "../../src/core/check";
import { READING_FIRE, TIDY } from "./reading-cases";
import { uscc } from "./helpers";
import { KE_HEADER, keRow, sheetData, TARGET_HEADER, workbook } from "./workbook";

const TODAY = new Date(2022, 9, 15);

describe("reading rules through the engine", () => {
  test.each(READING_FIRE)("%s fires: %s", (id, _title, sheets) => {
    const result = checkWorkbook(workbook("t.xlsx", ...sheets), { today: TODAY });
    expect(result.findings.map((f) => f.rule)).toContain(id);
  });

  test.each(READING_FIRE.map(([id]) => [id]))("%s keeps quiet on a tidy workbook", (id) => {
    const result = checkWorkbook(workbook("t.xlsx", ...TIDY), { today: TODAY });
    expect(result.findings.filter((f) => f.rule === id)).toEqual([]);
  });

  test("a finding on a record's cell carries the record's key, for explanations", () => {
    const sheet = sheetData("百家重点企业台账", [KE_HEADER, keRow(1, 3000, 2500, { 5: "3000" })]);
    const result = checkWorkbook(workbook("t.xlsx", sheet), { today: TODAY });
    expect(result.findings.find((f) => f.rule === "number.text")).toMatchObject({ sheet: "百家重点企业台账", row: 2, col: 6, key: uscc(1) });
  });

  test("a blank 实际完成 is not yet reported (an info), not a required cell left blank", () => {
    const sheet = sheetData("目标任务", [TARGET_HEADER, ["净增规模以上工业企业", 35, "家", null, 10, null]]);
    const result = checkWorkbook(workbook("t.xlsx", sheet), { today: TODAY });
    const onActual = result.findings.filter((f) => f.row === 2 && f.col === 4);
    expect(onActual.map((f) => [f.rule, f.severity])).toEqual([["target.missing-actual", "info"]]);
    expect(result.summary.errors).toBe(0);
  });
});
