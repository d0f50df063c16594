/** Where an explanation goes in 审核说明 (both ports follow this plan): the same finding's entry, or a new row. */

import type { CellValue, SheetData } from "../../src/core/read/types";
import { planExplanation } from "../../src/core/rules/explanation-write";

const HEADER = ["工作表", "对象", "规则", "单元格", "说明"];
const sheetOf = (rows: (CellValue[] | undefined)[]): SheetData => ({ name: "审核说明", rows, merges: [] });
const entry = { sheet: "百家重点企业", key: "91130800MA0000001X", rule: "growth.review", cell: "F5", text: "新的说明" };

describe("explaining a finding that the sheet already explains replaces that entry's text", () => {
  test.each([
    ["the same sheet, record, rule and cell", ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "旧说明"]],
    ["the record now on another row (the engine matches records by key)", ["百家重点企业", "91130800MA0000001X", "growth.review", "F9", "旧说明"]],
    ["the key typed in lower case, full width, with spaces", ["百家重点企业 ", "９１１３０８００ma0000001x ", "growth.review", "F5", "旧说明"]],
  ])("%s", (_, row) => {
    const plan = planExplanation(sheetOf([HEADER, ["其他表", "x", "growth.review", "F5", "别的"], row as CellValue[]]), entry);
    expect(plan).toEqual({ addHeader: false, shiftDown: false, row: 3, replaces: true, cells: [{ col: 5, text: "新的说明" }] });
  });

  test("a finding without a record key is told by its cell", () => {
    const rows = [HEADER, ["百家重点企业", "", "growth.review", "F6", "旧"], ["百家重点企业", "", "growth.review", "F5", "旧"]];
    expect(planExplanation(sheetOf(rows), { ...entry, key: "" })).toMatchObject({ row: 3, replaces: true });
  });

  test("the first entry for the finding is the one replaced: it is the one the engine reads", () => {
    const old = ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "旧"];
    expect(planExplanation(sheetOf([HEADER, old, old]), entry)).toMatchObject({ row: 2, replaces: true });
  });

  test("in the user's own columns, the columns the header lacks read blank on both sides", () => {
    const rows = [["说明", "规则", "工作表"], ["旧", "growth.review", "百家重点企业"]];
    expect(planExplanation(sheetOf(rows), entry)).toEqual({ addHeader: false, shiftDown: false, row: 2, replaces: true, cells: [{ col: 1, text: "新的说明" }] });
  });
});

describe("another finding gets a row of its own below the sheet's rows", () => {
  test.each([
    ["another rule", ["百家重点企业", "91130800MA0000001X", "number.negative", "F5", "旧"]],
    ["another record", ["百家重点企业", "91130800MA0000002X", "growth.review", "F5", "旧"]],
    ["another sheet", ["项目库", "91130800MA0000001X", "growth.review", "F5", "旧"]],
    ["an entry without a record key, for a finding with one", ["百家重点企业", "", "growth.review", "F5", "旧"]],
    ["a row without an explanation (not an entry)", ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", ""]],
  ])("%s", (_, row) => {
    expect(planExplanation(sheetOf([HEADER, row as CellValue[], undefined, ["备注"]]), entry)).toEqual({
      addHeader: false,
      shiftDown: false,
      row: 5,
      replaces: false,
      cells: HEADER.map((_, i) => ({ col: i + 1, text: Object.values(entry)[i] })),
    });
  });

  test("fields without a column, or blank, are left out", () => {
    const plan = planExplanation(sheetOf([["说明", "规则", "工作表"]]), { ...entry, cell: undefined });
    expect(plan.cells).toEqual([
      { col: 3, text: "百家重点企业" },
      { col: 2, text: "growth.review" },
      { col: 1, text: "新的说明" },
    ]);
    expect(plan.row).toBe(2);
  });
});

describe("a sheet to start", () => {
  test("no sheet: the standard header in row 1, the entry in row 2", () => {
    expect(planExplanation(undefined, entry)).toMatchObject({ addHeader: true, shiftDown: false, row: 2, replaces: false });
  });

  test("a sheet without a header: its rows move down under the standard header", () => {
    expect(planExplanation(sheetOf([["随手记的话"], undefined, ["又一行"]]), entry)).toMatchObject({ addHeader: true, shiftDown: true, row: 5 });
  });
});
