import { REPORT_TABS } from "../../src/core/reports";
import fc from "fast-check";
import { KINDS } from "../../src/core/ledgers";
import type { Noted as Finding } from "../../src/core/findings";
import { readWorkbook } from "../../src/core/read";
import { BUILTIN } from "../../src/core/rules/registry";
import type { ReadResult } from "../../src/core/read/result";
import type { CellValue, Merge, SheetData } from "../../src/core/read/types";
import { code, profile } from "./helpers";

const WORDS = [
  "企业名称", "统一社会信用代码", "所属县区", "本年营业收入(亿元)", "上年营业收入", "营业收入", "本年", "上年", "合计",
  "小计", "总计", "填表人", "序号", "审核说明", "是", "否", "张北", "-", "—", "/", "2022-03", "5.5%", "1,200万元",
  "#N/A", "项目名称", "建设单位", "建设阶段", "总投资", "技改方向", "改工艺、改装备", "__proto__", "{", "单位：元",
];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.constantFrom(...WORDS),
  fc.string({ maxLength: 12 }),
  fc.double(),
  fc.integer({ min: -1e6, max: 1e8 }),
  fc.boolean(),
  fc.date({ noInvalidDate: false }),
  fc.constantFrom({ error: "#N/A" }, { error: "#DIV/0!" }),
  fc.constant(code(3)),
  fc.constant({ weird: true } as unknown as CellValue),
);

const row = fc.oneof(fc.constant(undefined), fc.array(cell, { maxLength: 12 }));
const mergeArb: fc.Arbitrary<Merge> = fc.record({
  top: fc.integer({ min: -1, max: 25 }),
  left: fc.integer({ min: -1, max: 14 }),
  bottom: fc.integer({ min: -1, max: 30 }),
  right: fc.integer({ min: -1, max: 16 }),
});
const NAMES = ["重点企业", "培育库", "技改项目", "项目", "Sheet1", "校验结果(2)", "_gx", "审核说明", "能耗", "目标", "__proto__"];

const sheetArb: fc.Arbitrary<SheetData> = fc.record({
  name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ maxLength: 6 })),
  rows: fc.array(row, { maxLength: 30 }),
  merges: fc.array(mergeArb, { maxLength: 6 }),
});

/** Every finding points at a row (and cell) the sheet has; file-level ones carry no place at all. */
function assertPlaces(result: ReadResult, sheets: SheetData[]): void {
  const bySheet = new Map(sheets.map((s) => [s.name, s]));
  const check = (f: Finding): void => {
    if (f.sheet === undefined) {
      expect(f.row).toBeUndefined();
      return;
    }
    const s = bySheet.get(f.sheet) as SheetData;
    expect(s).toBeDefined();
    if (f.col !== undefined) expect(f.row).toBeDefined();
    if (f.row === undefined) return;
    expect(f.row).toBeGreaterThanOrEqual(1);
    expect(f.row).toBeLessThanOrEqual(s.rows.length);
    if (f.col === undefined) return;
    const width = Math.max(0, ...s.rows.map((r) => (Array.isArray(r) ? r.length : 0)));
    expect(f.col).toBeGreaterThanOrEqual(1);
    expect(f.col).toBeLessThanOrEqual(width);
  };
  result.findings.forEach(check);
  for (const f of result.findings.map(BUILTIN.rate)) expect(["error", "warning", "info"]).toContain(f.severity);
}

describe("the reader on arbitrary input", () => {
  test("arbitrary matrices never make it throw, and every finding points at an existing place", () => {
    fc.assert(
      fc.property(fc.array(sheetArb, { maxLength: 4 }), fc.dictionary(fc.constantFrom(...NAMES), fc.constantFrom("projects", "none", "energy")), (sheets, overrides) => {
        const unique = sheets.filter((s, i) => sheets.findIndex((t) => t.name === s.name) === i);
        const result = readWorkbook({ name: "f.xlsx", sheets: unique }, { kinds: KINDS, reportTabs: REPORT_TABS, profile, overrides: overrides as never });
        assertPlaces(result, unique);
        for (const s of result.sheets) for (const r of s.records) expect(r.row).toBeGreaterThan(s.headerRow);
      }),
      { numRuns: 300 },
    );
  });

  test("garbage where a workbook should be does not throw", () => {
    for (const wb of [null, {}, { sheets: null }, { sheets: [null, 1, { name: 5 }, { name: "x", rows: "no" }] }]) {
      expect(() => readWorkbook(wb as never, { kinds: KINDS, reportTabs: REPORT_TABS, profile })).not.toThrow();
    }
  });

  test("any permutation of a kind's headers is found, every column bound, whatever the data", () => {
    const kindArb = fc.constantFrom(...KINDS);
    fc.assert(
      fc.property(
        kindArb.chain((spec) =>
          fc.tuple(
            fc.constant(spec),
            fc.shuffledSubarray(spec.columns, { minLength: spec.columns.length, maxLength: spec.columns.length }),
            fc.array(fc.array(cell, { minLength: spec.columns.length, maxLength: spec.columns.length }), { maxLength: 15 }),
            fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }),
            fc.array(fc.nat(), { minLength: spec.columns.length, maxLength: spec.columns.length }),
          ),
        ),
        ([spec, columns, data, title, pick]) => {
          // Each header as its canonical name or one of its aliases.
          const header = columns.map((c, i) => [c.header, ...c.aliases][pick[i] % (c.aliases.length + 1)]);
          const titleRows = title.map((r) => r.map((v) => (typeof v === "string" ? "标题" : v)));
          const s: SheetData = { name: "Sheet1", rows: [...titleRows, header, ...data], merges: [] };
          const result = readWorkbook({ name: "p.xlsx", sheets: [s] }, { kinds: KINDS, reportTabs: REPORT_TABS, profile, overrides: { Sheet1: spec.kind } });
          assertPlaces(result, [s]);
          expect(result.sheets).toHaveLength(1);
          const read = result.sheets[0];
          expect(read.headerRow).toBe(titleRows.length + 1);
          expect(read.columns.map((c) => c.key).sort()).toEqual(spec.columns.map((c) => c.key).sort());
          expect(result.findings.filter((f) => f.rule.startsWith("header."))).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
