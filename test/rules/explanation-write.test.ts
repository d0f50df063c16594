/** Where an explanation goes in 审核说明 (both ports follow this plan): the same finding's entry, or a new row. */

import type { CellValue, SheetData } from "../../src/core/read/types";
import { planExplanation, planExplanations } from "../../src/core/rules/explanation-write";

const HEADER = ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"];
/** A sheet written before 报告期 and 当时数值. */
const OLD_HEADER = HEADER.slice(0, 5);
const ADDED_TO_OLD = [
  { row: 1, col: 6, text: "报告期", width: 10 },
  { row: 1, col: 7, text: "当时数值", width: 14 },
];
const sheetOf = (rows: (CellValue[] | undefined)[]): SheetData => ({ name: "审核说明", rows, merges: [] });
const entry = { sheet: "百家重点企业", key: "91130800MA0000001X", rule: "growth.review", cell: "F5", text: "新的说明", period: "1-10月", value: "0.8" };
const replaced = [
  { col: 5, text: "新的说明" },
  { col: 6, text: "1-10月" },
  { col: 7, text: "0.8" },
];

describe("explaining a finding that the sheet already explains replaces that entry's text, 报告期 and 当时数值", () => {
  test.each([
    ["the same sheet, record, rule and cell", ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "旧说明", "1-9月", "0.737"]],
    ["the record now on another row (the engine matches records by key)", ["百家重点企业", "91130800MA0000001X", "growth.review", "F9", "旧说明", "1-9月", "0.737"]],
    ["the key typed in lower case, full width, with spaces", ["百家重点企业 ", "９１１３０８００ma0000001x ", "growth.review", "F5", "旧说明"]],
  ])("%s", (_, row) => {
    const plan = planExplanation(sheetOf([HEADER, ["其他表", "x", "growth.review", "F5", "别的"], row as CellValue[]]), entry);
    expect(plan).toEqual({ shiftDown: false, header: [], row: 3, replaces: true, cells: replaced });
  });

  test("an entry confirmed without a period or value: the old period's are cleared, not left beside the new text", () => {
    const rows = [HEADER, ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "旧说明", "1-9月", "0.737"]];
    expect(planExplanation(sheetOf(rows), { ...entry, period: undefined, value: undefined }).cells).toEqual([
      { col: 5, text: "新的说明" },
      { col: 6, text: "" },
      { col: 7, text: "" },
    ]);
  });

  test("a finding without a record key is told by its cell", () => {
    const rows = [HEADER, ["百家重点企业", "", "growth.review", "F6", "旧"], ["百家重点企业", "", "growth.review", "F5", "旧"]];
    expect(planExplanation(sheetOf(rows), { ...entry, key: "" })).toMatchObject({ row: 3, replaces: true });
  });

  test("the first entry for the finding is the one replaced: it is the one the engine reads", () => {
    const old = ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "旧"];
    expect(planExplanation(sheetOf([HEADER, old, old]), entry)).toMatchObject({ row: 2, replaces: true });
  });

  test("in the user's own columns, the columns the header lacks read blank on both sides; 报告期 and 当时数值 go right of them", () => {
    const rows = [["说明", "规则", "工作表"], ["旧", "growth.review", "百家重点企业"]];
    expect(planExplanation(sheetOf(rows), entry)).toEqual({
      shiftDown: false,
      header: [
        { row: 1, col: 4, text: "报告期", width: 10 },
        { row: 1, col: 5, text: "当时数值", width: 14 },
      ],
      row: 2,
      replaces: true,
      cells: [
        { col: 1, text: "新的说明" },
        { col: 4, text: "1-10月" },
        { col: 5, text: "0.8" },
      ],
    });
  });
});

describe("a sheet older than 报告期 and 当时数值 gets the two columns when an entry is written", () => {
  test("replacing an entry: the header gains them, the entry is confirmed for now", () => {
    const rows = [OLD_HEADER, ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "旧说明"]];
    expect(planExplanation(sheetOf(rows), entry)).toEqual({ shiftDown: false, header: ADDED_TO_OLD, row: 2, replaces: true, cells: replaced });
  });

  test("a new entry: all seven fields, below the rows", () => {
    const rows = [OLD_HEADER, ["项目库", "x", "growth.review", "F5", "旧说明"]];
    expect(planExplanation(sheetOf(rows), entry)).toEqual({
      shiftDown: false,
      header: ADDED_TO_OLD,
      row: 3,
      replaces: false,
      cells: HEADER.map((_, i) => ({ col: i + 1, text: Object.values(entry)[i] })),
    });
  });

  test("what the user keeps to the right of the header stays: the columns go beyond the last one used", () => {
    const rows = [OLD_HEADER, ["项目库", "x", "growth.review", "F5", "旧说明", null, "我的备注"]];
    const plan = planExplanation(sheetOf(rows), entry);
    expect(plan.header.map((h) => [h.col, h.text])).toEqual([
      [8, "报告期"],
      [9, "当时数值"],
    ]);
    expect(plan.cells.filter((c) => c.col >= 6)).toEqual([
      { col: 8, text: "1-10月" },
      { col: 9, text: "0.8" },
    ]);
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
      shiftDown: false,
      header: [],
      row: 5,
      replaces: false,
      cells: HEADER.map((_, i) => ({ col: i + 1, text: Object.values(entry)[i] })),
    });
  });

  test("fields without a column, or blank, are left out", () => {
    const plan = planExplanation(sheetOf([["说明", "规则", "工作表", "报告期", "当时数值"]]), { ...entry, cell: undefined, value: "" });
    expect(plan.cells).toEqual([
      { col: 3, text: "百家重点企业" },
      { col: 2, text: "growth.review" },
      { col: 1, text: "新的说明" },
      { col: 4, text: "1-10月" },
    ]);
    expect(plan.row).toBe(2);
  });
});

describe("a sheet to start", () => {
  const standard = HEADER.map((text, i) => ({ row: 1, col: i + 1, text, width: [16, 28, 22, 10, 48, 10, 14][i] }));

  test("no sheet: the standard header in row 1, the entry in row 2", () => {
    expect(planExplanation(undefined, entry)).toMatchObject({ header: standard, shiftDown: false, row: 2, replaces: false });
  });

  test("a sheet without a header: its rows move down under the standard header", () => {
    expect(planExplanation(sheetOf([["随手记的话"], undefined, ["又一行"]]), entry)).toMatchObject({ header: standard, shiftDown: true, row: 5 });
  });
});

describe("several at once (沿用上期说明 for all): each plan sees the sheet as the ones before leave it", () => {
  const second = { ...entry, key: "91130800MA0000002X", text: "兼并重组", value: "0.9" };

  test("no sheet: the header once, then one row each", () => {
    const plans = planExplanations(undefined, [entry, second]);
    expect(plans.map((p) => [p.header.length, p.shiftDown, p.row, p.replaces])).toEqual([
      [7, false, 2, false],
      [0, false, 3, false],
    ]);
  });

  test("an older header gains its two columns once; the same finding twice rewrites its one entry", () => {
    const rows = [OLD_HEADER, ["百家重点企业", "91130800MA0000001X", "growth.review", "F5", "旧说明"]];
    const plans = planExplanations(sheetOf(rows), [second, entry, { ...entry, text: "再改" }]);
    expect(plans.map((p) => [p.header.length, p.row, p.replaces])).toEqual([
      [2, 3, false],
      [0, 2, true],
      [0, 2, true],
    ]);
    expect(plans[2].cells).toEqual([
      { col: 5, text: "再改" },
      { col: 6, text: "1-10月" },
      { col: 7, text: "0.8" },
    ]);
  });

  test("a sheet without a header moves down once", () => {
    const plans = planExplanations(sheetOf([["随手记的话"]]), [entry, second]);
    expect(plans.map((p) => [p.shiftDown, p.header.length, p.row])).toEqual([
      [true, 7, 3],
      [false, 0, 4],
    ]);
  });
});
