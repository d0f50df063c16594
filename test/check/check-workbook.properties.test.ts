import fc from "fast-check";
import { KINDS } from "../../src/core/ledgers";
import type { CellValue, SheetData } from "../../src/core/read/types";
import { checkWorkbook, crossFile } from "../../src/core/check";
import { uscc } from "../rules/helpers";

const NAMES = KINDS.map((k) => k.title);
const HEADERS = [...new Set(KINDS.flatMap((k) => k.columns.flatMap((c) => [c.header, ...c.aliases.slice(0, 1)])))];

const cell: fc.Arbitrary<CellValue> = fc.oneof(
  fc.constant(null),
  fc.string({ maxLength: 8 }),
  fc.integer({ min: -5000, max: 50000 }),
  fc.double({ noNaN: false }),
  fc.boolean(),
  fc.date({ min: new Date(Date.UTC(2019, 0, 1)), max: new Date(Date.UTC(2024, 11, 31)), noInvalidDate: true }),
  fc.constantFrom<CellValue>({ error: "#N/A" }, "合计", "小计", "是", "否", "张北县", "续建", "已完成", "2022年3月", uscc(1), uscc(2, "130723"), "9113"),
);

const sheet: fc.Arbitrary<SheetData> = fc
  .record({
    name: fc.oneof(fc.constantFrom(...NAMES), fc.string({ minLength: 1, maxLength: 6 })),
    title: fc.boolean(),
    header: fc.shuffledSubarray(HEADERS, { minLength: 0, maxLength: 10 }),
    rows: fc.array(fc.array(cell, { maxLength: 11 }), { maxLength: 12 }),
  })
  .map(({ name, title, header, rows }) => ({
    name,
    rows: [...(title ? [["2022年台账"] as CellValue[]] : []), header as CellValue[], ...rows],
    merges: [],
  }));

const workbookArb = fc.uniqueArray(sheet, { maxLength: 4, selector: (s) => s.name }).map((sheets) => ({ name: "fuzz.xlsx", sheets }));

describe("the engine on arbitrary matrices", () => {
  test("never throws, and every finding points at a sheet, row and column that exist", () => {
    fc.assert(
      fc.property(workbookArb, fc.integer({ min: 1, max: 12 }), (wb, period) => {
        const result = checkWorkbook(wb, { period, today: new Date(2022, 9, 15) });
        for (const f of result.findings) {
          if (f.sheet === undefined) continue;
          const s = wb.sheets.find((x) => x.name === f.sheet);
          expect(s).toBeDefined();
          if (f.row !== undefined) {
            expect(f.row).toBeGreaterThanOrEqual(1);
            expect(f.row).toBeLessThanOrEqual(s?.rows.length ?? 0);
          }
          if (f.col !== undefined) {
            expect(f.col).toBeGreaterThanOrEqual(1);
            expect(f.col).toBeLessThanOrEqual(Math.max(0, ...(s?.rows ?? []).map((r) => r?.length ?? 0)));
          }
        }
        expect(result.summary.ready).toBe(result.summary.errors === 0 && result.summary.explained === result.summary.warnings);
        crossFile([result, checkWorkbook(wb, { period, today: new Date(2022, 9, 15) })]);
      }),
      { numRuns: 150 },
    );
  });
});
