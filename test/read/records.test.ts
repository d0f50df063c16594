import fc from "fast-check";
import { code, KE_HEADER, keRow, merge, only, readOne, rules, sheet } from "./helpers";

describe("records", () => {
  test("blank rows inside the data are skipped and reported; trailing ones are not", () => {
    const rows = [KE_HEADER, keRow(1), [], [null, "  "], keRow(2), [], undefined, []];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(s.records.map((r) => r.row)).toEqual([2, 5]);
    expect(only(findings, "row.blank").map((f) => f.row)).toEqual([3, 4]);
    expect(only(findings, "row.blank")[0]).toMatchObject({ severity: "info", sheet: "重点企业" });
  });

  test("a row with only its 序号 filled is blank (pre-numbered template rows)", () => {
    const rows = [KE_HEADER, keRow(1), [2], [3], keRow(4)];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(s.records.map((r) => r.row)).toEqual([2, 5]);
    expect(only(findings, "row.blank").map((f) => f.row)).toEqual([3, 4]);
  });

  test("合计 with the right sums; footers below it are not records", () => {
    const rows = [KE_HEADER, keRow(1, 100, 90), keRow(2, 200, 180), [null, "合 计", null, null, 300, 270], [], ["填表人：张三", null, "审核人：李四"]];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(s.records).toHaveLength(2);
    expect(findings).toEqual([]);
  });

  test("合计 with a wrong sum → total.mismatch at the cell, beyond the tolerance only", () => {
    const rows = [KE_HEADER, keRow(1, 100, 90), keRow(2, 200, 180), ["合计", null, null, null, 301, 270.4]];
    const { findings } = readOne(sheet("重点企业", rows));
    expect(only(findings, "total.mismatch")).toEqual([
      {
        rule: "total.mismatch",
        severity: "warning",
        sheet: "重点企业",
        row: 4,
        col: 5,
        value: 301,
        params: { column: "本年营业收入", total: "合计", expected: 300, actual: 301 },
      },
    ]);
  });

  test("小计 sums the records since the previous 小计; 总计 sums every record", () => {
    const rows = [
      KE_HEADER,
      keRow(1, 10, 1),
      keRow(2, 20, 2),
      ["张北县小计", null, null, null, 30, 3],
      keRow(3, 40, 4),
      [null, "小计", null, null, 41, 4],
      ["总计", null, null, null, 70, 7],
    ];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(s.records.map((r) => r.row)).toEqual([2, 3, 5]);
    expect(only(findings, "total.mismatch").map((f) => [f.row, f.col, f.params?.total, f.params?.expected, f.params?.actual])).toEqual([
      [6, 5, "小计", 40, 41],
    ]);
    const wrongGrand = rows.map((r, i) => (i === 6 ? ["总计", null, null, null, 71, 7] : r));
    expect(only(readOne(sheet("重点企业", wrongGrand)).findings, "total.mismatch").map((f) => [f.row, f.params?.total, f.params?.expected])).toEqual([
      [6, "小计", 40],
      [7, "总计", 70],
    ]);
  });

  test("a 合计 above the records sums the records below it and does not end the data", () => {
    const rows = [KE_HEADER, ["合计", null, null, null, 300, 999], keRow(1, 100, 90), keRow(2, 200, 180)];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(s.records.map((r) => r.row)).toEqual([3, 4]);
    expect(only(findings, "total.mismatch").map((f) => [f.row, f.col, f.params?.expected])).toEqual([[2, 6, 270]]);
  });

  test("without a 合计 the data ends at the last non-blank row; a footer line also ends it", () => {
    const rows = [KE_HEADER, keRow(1), keRow(2), [], ["注：本表由县区工信局填报"], ["anything"]];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(s.records).toHaveLength(2);
    expect(findings).toEqual([]);
  });

  test("unknown columns are info at the header cell; a repeated column is info and the first is used", () => {
    const header = [...KE_HEADER, "联系电话", "本年营业收入"];
    const rows = [["标题"], header, [...keRow(1, 100), "0313-1234567", 999]];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(only(findings, "header.unknown")).toEqual([
      { rule: "header.unknown", severity: "info", sheet: "重点企业", row: 2, col: 9, value: "联系电话", params: { header: "联系电话" } },
    ]);
    expect(only(findings, "header.duplicate")).toEqual([
      {
        rule: "header.duplicate",
        severity: "info",
        sheet: "重点企业",
        row: 2,
        col: 10,
        value: "本年营业收入",
        params: { column: "本年营业收入", first: "E" },
      },
    ]);
    expect(s.records[0].values.revenue).toBe(100);
  });

  test("a missing required column is a sheet-level error naming it", () => {
    const header = KE_HEADER.filter((h) => h !== "上年营业收入");
    const { findings } = readOne(sheet("重点企业", [header, [1, "甲", code(1), "张北", 10]]));
    expect(only(findings, "header.missing")).toEqual([
      { rule: "header.missing", severity: "error", sheet: "重点企业", params: { column: "上年营业收入" } },
    ]);
  });

  test("cell findings carry sheet, row, column and the value as written", () => {
    const rows = [KE_HEADER, [1, "甲", code(1).toLowerCase(), "石家庄", "1,200", -5, "也许", null]];
    const { findings } = readOne(sheet("重点企业", rows));
    expect(findings.map((f) => [f.rule, f.row, f.col, f.value])).toEqual([
      ["uscc.case", 2, 3, code(1).toLowerCase()],
      ["region.unknown", 2, 4, "石家庄"],
      ["number.text", 2, 5, "1,200"],
      ["number.negative", 2, 6, -5],
      ["bool.invalid", 2, 7, "也许"],
    ]);
  });

  test("an Excel error in a used cell is cell.error naming the error", () => {
    const rows = [KE_HEADER, [1, "甲", code(1), "张北", { error: "#N/A" }, 1, "是"]];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows));
    expect(findings).toEqual([
      { rule: "cell.error", severity: "error", sheet: "重点企业", row: 2, col: 5, value: "#N/A", params: { error: "#N/A", column: "本年营业收入" } },
    ]);
    expect(s.records[0].values.revenue).toBeNull();
  });

  test("the 审核说明 column becomes the record's note", () => {
    const rows = [KE_HEADER, [...keRow(1).slice(0, 7), "  增长因新产线投产 "], keRow(2)];
    const { sheet: s } = readOne(sheet("重点企业", rows));
    expect(s.records[0].note).toBe("增长因新产线投产");
    expect(s.records[1].note).toBeUndefined();
  });

  test("a cell merged down over several records gives each its value, judged once", () => {
    const rows = [KE_HEADER, [1, "甲", code(1), "张北", 1, 1, "是"], [2, "乙", code(2), null, 1, 1, "是"], [3, "丙", code(3), null, 1, 1, "是"]];
    const { sheet: s, findings } = readOne(sheet("重点企业", rows, [merge(2, 4, 4, 4)]));
    expect(s.records.map((r) => r.values.region)).toEqual(["张北县", "张北县", "张北县"]);
    expect(findings).toEqual([]);
    const bad = readOne(sheet("重点企业", rows.map((r, i) => (i === 1 ? [...r.slice(0, 3), "石家庄", ...r.slice(4)] : r)), [merge(2, 4, 4, 4)]));
    expect(rules(bad.findings)).toEqual(["region.unknown"]);
  });

  test("required blanks are cell.required, per cell", () => {
    const rows = [KE_HEADER, [1, null, code(1), "张北", null, 1]];
    const { findings } = readOne(sheet("重点企业", rows));
    expect(findings.map((f) => [f.rule, f.col, f.params?.column])).toEqual([
      ["cell.required", 2, "企业名称"],
      ["cell.required", 5, "本年营业收入"],
    ]);
  });

  test("records hold only the bound columns' keys", () => {
    const { sheet: s } = readOne(sheet("重点企业", [KE_HEADER, keRow(1)]));
    expect(Object.keys(s.records[0].values).sort()).toEqual(["name", "note", "region", "revenue", "revenuePrev", "scale", "seq", "uscc"]);
  });
});

describe("record values", () => {
  test("every record of a sheet has its columns' keys, in the header's order, whatever that order", () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(KE_HEADER.map((_, i) => i), { minLength: KE_HEADER.length }), fc.integer({ min: 1, max: 4 }), (order, n) => {
        const rows = [order.map((i) => KE_HEADER[i]), ...Array.from({ length: n }, (_, r) => order.map((i) => keRow(r + 1)[i] ?? null))];
        const { sheet: s } = readOne(sheet("重点企业", rows));
        const keys = s.columns.map((c) => c.key);
        for (const rec of s.records) expect(Object.keys(rec.values)).toEqual(keys);
      }),
      { numRuns: 50 },
    );
  });
});
