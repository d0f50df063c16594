/**
 * The names a finding's row is found by on the standalone page (企业名称, else 项目名称, 指标, 集群), and the rows
 * whose own 审核说明 cell explains them — looked up only for the rows findings name, sheet by sheet.
 */
import { labelKey, recordLabels } from "../../src/core";
import type { ReadSheet } from "../../src/core/read/result";

function sheet(name: string, records: ReadSheet["records"]): ReadSheet {
  return { sheet: name, kind: "key-enterprises", kindSource: "name", headerRow: 1, headerRows: 1, columns: [], records };
}

const SHEETS = [
  sheet("百家重点企业", [
    { row: 2, values: { name: " 怀来酿酒 " } },
    { row: 3, values: { name: "", project: "扩产项目" }, note: "已核实" },
    { row: 4, values: { name: "未被提及" } },
  ]),
  sheet("百项工业项目", [
    { row: 2, values: { project: "新材料基地" } },
    { row: 3, values: { indicator: 1200 } },
  ]),
];

test.each([
  ["a record's own name, trimmed", [{ sheet: "百家重点企业", row: 2 }], { [labelKey("百家重点企业", 2)]: "怀来酿酒" }, []],
  ["an empty name gives way to the next field; its own 审核说明 is noted", [{ sheet: "百家重点企业", row: 3 }], { [labelKey("百家重点企业", 3)]: "扩产项目" }, [labelKey("百家重点企业", 3)]],
  ["the same row number on another sheet is another record", [{ sheet: "百项工业项目", row: 2 }], { [labelKey("百项工业项目", 2)]: "新材料基地" }, []],
  ["a record with no text to name it has no name", [{ sheet: "百项工业项目", row: 3 }], {}, []],
  ["findings without a row, or on a sheet not read, name nothing", [{ sheet: "百家重点企业" }, { row: 2 }, { sheet: "其他", row: 2 }], {}, []],
])("%s", (_, rows, names, noted) => {
  expect(recordLabels(SHEETS, rows)).toEqual({ names, noted });
});

test("rows no finding names are not looked up", () => {
  expect(Object.keys(recordLabels(SHEETS, [{ sheet: "百家重点企业", row: 2 }]).names)).not.toContain(labelKey("百家重点企业", 4));
});
