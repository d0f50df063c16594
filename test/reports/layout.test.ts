import { layoutReport, MAX_WIDTH, MIN_WIDTH } from "../../src/core/reports/layout";
import type { LaidCell } from "../../src/core/reports/layout-types";
import type { ReportModel } from "../../src/core/reports/model";
import { isFormulaLike } from "../../src/core/reports/text-safe";

const model: ReportModel = {
  tab: "测试",
  title: "2022年1-10月 测试",
  subtitle: "工作簿：x.xlsx",
  signOff: "单位负责人：________",
  sections: [
    {
      heading: "A. 第一部分",
      notes: ["说明一"],
      columns: [
        { header: "名称", format: "text" },
        { header: "金额", format: "money" },
        { header: "比率", format: "rate", dataBar: true },
      ],
      rows: [
        ["甲", 1234.5, 0.5],
        [{ value: "C3", link: { sheet: "重点企业", cell: "C3" } }, null, { value: 3, format: "count" }],
      ],
      total: ["合计", 1234.5, null],
      asTable: true,
    },
    {
      columns: [
        { header: "县区", format: "text" },
        { header: "数", format: "count" },
        { header: "宽", format: "text", width: 30 },
        { header: "y", format: "number" },
      ],
      rows: [["张北县", 2, "a", 1]],
    },
  ],
  charts: [
    { kind: "column", title: "图", section: 0, categories: 0, series: [1, 2] },
    { kind: "bar", title: "图二", section: 1, categories: 0, series: [1] },
  ],
};

const layout = layoutReport(model);
const at = (row: number, col: number): LaidCell | undefined => layout.cells.find((c) => c.row === row && c.col === col);

describe("layoutReport", () => {
  test("title and subtitle on rows 1 and 2, merged across the widest section", () => {
    expect(layout.cols).toBe(4);
    expect(at(1, 1)).toEqual({ row: 1, col: 1, value: "2022年1-10月 测试", numFmt: "@", style: "title" });
    expect(at(2, 1)).toMatchObject({ value: "工作簿：x.xlsx", style: "subtitle" });
    expect(layout.merges).toEqual([
      { top: 1, left: 1, bottom: 1, right: 4 },
      { top: 2, left: 1, bottom: 2, right: 4 },
      { top: 3, left: 1, bottom: 3, right: 4 },
      { top: 4, left: 1, bottom: 4, right: 4 },
      { top: 13, left: 1, bottom: 13, right: 4 },
    ]);
  });

  test("each section: heading, notes, header, rows, total; a blank row between sections", () => {
    expect(at(3, 1)).toMatchObject({ value: "A. 第一部分", style: "heading" });
    expect(at(4, 1)).toMatchObject({ value: "说明一", style: "note" });
    expect([1, 2, 3].map((c) => at(5, c))).toEqual([
      { row: 5, col: 1, value: "名称", numFmt: "@", style: "header" },
      { row: 5, col: 2, value: "金额（万元）", numFmt: "@", style: "header" },
      { row: 5, col: 3, value: "比率（%）", numFmt: "@", style: "header" },
    ]);
    expect(at(6, 2)).toEqual({ row: 6, col: 2, value: 1234.5, numFmt: "#,##0.00", style: "body" });
    expect(at(6, 3)).toMatchObject({ value: 0.5, numFmt: "0.0%" });
    expect(at(8, 1)).toMatchObject({ value: "合计", style: "total" });
    expect(at(8, 3)).toEqual({ row: 8, col: 3, value: null, numFmt: "0.0%", style: "total" });
    expect(layout.cells.filter((c) => c.row === 9)).toEqual([]);
    expect(at(10, 1)).toMatchObject({ value: "县区", style: "header" });
    expect(at(11, 4)).toMatchObject({ value: 1, numFmt: "General", style: "body" });
    expect(layout.rows).toBe(13);
  });

  test("units end the headers: money 万元, rates %, a column's own unit; none where the column names none", () => {
    const units = layoutReport({
      ...model,
      sections: [{ columns: [{ header: "企业数", format: "count", unit: "家" }, { header: "名称", format: "text" }, { header: "率", format: "rate" }], rows: [[1, "x", 0.1]] }],
      charts: [],
    });
    expect(units.cells.filter((c) => c.style === "header").map((c) => c.value)).toEqual(["企业数（家）", "名称", "率（%）"]);
  });

  test("under the table, after a blank row, the sign-off line across the table", () => {
    expect(layout.cells.filter((c) => c.row === 12)).toEqual([]);
    expect(at(13, 1)).toMatchObject({ value: "单位负责人：________", style: "signOff" });
  });

  test("the first table's header row is printed atop every page", () => {
    expect(layout.printTitles).toEqual({ top: 5, bottom: 5 });
  });

  test("an empty part is one line, heading and 无, with no header row; the next part follows", () => {
    const parts = layoutReport({
      ...model,
      sections: [{ ...model.sections[0], rows: [], total: undefined, empty: "无" }, model.sections[1]],
      charts: [],
    });
    const line3 = parts.cells.filter((c) => c.row === 3);
    expect(line3).toEqual([{ row: 3, col: 1, value: "A. 第一部分：无", numFmt: "@", style: "heading" }]);
    // No note, no header: the blank row, then the next part's header.
    expect(parts.cells.filter((c) => c.row === 4)).toEqual([]);
    expect(parts.cells.find((c) => c.row === 5 && c.col === 1)).toMatchObject({ value: "县区", style: "header" });
    expect(parts.cells.filter((c) => c.style === "header" && c.value === "名称")).toEqual([]);
  });

  test("long text wraps in wrap columns, and its rows get the lines it needs", () => {
    const text = "字".repeat(30); // 60 wide in a column of 22: 3 lines of 20
    const wrapped = layoutReport({
      ...model,
      sections: [{ columns: [{ header: "问题说明", format: "text", wrap: true, width: 22 }, { header: "x", format: "count" }], rows: [[text, 1], ["短", 2]] }],
      charts: [],
    });
    expect(wrapped.cells.find((c) => c.value === text)).toMatchObject({ wrap: true, style: "body" });
    expect(wrapped.cells.find((c) => c.value === 1)?.wrap).toBeUndefined();
    expect(wrapped.rowLines).toEqual([{ row: 4, lines: 3 }]);
  });

  test("a cell's own format wins over its column's; links are kept; blanks are cells too", () => {
    expect(at(7, 3)).toMatchObject({ value: 3, numFmt: "0" });
    expect(at(7, 1)).toEqual({ row: 7, col: 1, value: "C3", numFmt: "@", style: "body", link: { sheet: "重点企业", cell: "C3" } });
    expect(at(7, 2)).toEqual({ row: 7, col: 2, value: null, numFmt: "#,##0.00", style: "body" });
  });

  test("frozen through the first section's header row", () => {
    expect(layout.frozenRows).toBe(5);
    const plain = layoutReport({ ...model, sections: [{ ...model.sections[0], heading: undefined, notes: undefined }] });
    expect(plain.frozenRows).toBe(3);
  });

  test("widths from the content (CJK counts 2, formats applied, 2 of padding), at least 6, unless given", () => {
    // 张北县 = 6; 1,234.50 = 8; given 30; "1" → the minimum
    // 金额（万元） = 12 (the header with its unit is the widest)
    expect(layout.widths).toEqual([8, 14, 30, MIN_WIDTH]);
    const long = layoutReport({ ...model, sections: [{ columns: [{ header: "长", format: "text" }], rows: [["字".repeat(50)]] }] });
    expect(long.widths).toEqual([MAX_WIDTH]);
  });

  test("data bars over the body rows of dataBar columns; tables over header and body of asTable sections", () => {
    expect(layout.dataBars).toEqual([{ top: 6, left: 3, bottom: 7, right: 3 }]);
    expect(layout.tables).toEqual([{ top: 5, left: 1, bottom: 7, right: 3 }]);
  });

  test("charts map to the section's body rows (never its total)", () => {
    expect(layout.charts).toEqual([
      {
        kind: "column",
        title: "图",
        categories: { top: 6, left: 1, bottom: 7, right: 1 },
        series: [
          { top: 6, left: 2, bottom: 7, right: 2 },
          { top: 6, left: 3, bottom: 7, right: 3 },
        ],
        seriesNames: ["金额", "比率"],
      },
      {
        kind: "bar",
        title: "图二",
        categories: { top: 11, left: 1, bottom: 11, right: 1 },
        series: [{ top: 11, left: 2, bottom: 11, right: 2 }],
        seriesNames: ["数"],
      },
    ]);
  });

  test("an empty section has its header but no data bar, table or chart", () => {
    const empty = layoutReport({ ...model, sections: [{ ...model.sections[0], rows: [], total: undefined }] });
    expect(empty.dataBars).toEqual([]);
    expect(empty.tables).toEqual([]);
    expect(empty.charts).toEqual([]);
    expect(empty.cells.find((c) => c.row === 5 && c.col === 1)).toMatchObject({ value: "名称", style: "header" });
    expect(empty.rows).toBe(7);
  });

  test("a one-column tab merges nothing", () => {
    const narrow = layoutReport({ ...model, sections: [{ columns: [{ header: "甲", format: "text" }], rows: [] }], charts: [] });
    expect(narrow.merges).toEqual([]);
  });
});

describe("isFormulaLike", () => {
  test.each([
    ["=SUM(A1)", true],
    ["+86 123", true],
    ["-5", true],
    ["@cmd", true],
    ["\tx", true],
    ["\rx", true],
    ["张北县", false],
    ["a=b", false],
    [" =x", false],
    ["", false],
  ])("%j → %s", (s, expected) => {
    expect(isFormulaLike(s)).toBe(expected);
  });
});
