/** Which number formats make a number a date, and the date an Excel serial stands for (Excel port). */

import { readDate } from "../../../src/core/read";
import { planSpans } from "../../../src/ports/excel/checks";
import { dateOfSerial, isDateFormat } from "../../../src/ports/office-date-formats";

describe("a number format shows a date", () => {
  test.each([
    ["yyyy-mm-dd", true],
    ["yyyy/m/d", true],
    ["m/d/yyyy", true],
    ['yyyy"年"m"月"d"日"', true],
    ['[DBNum1][$-804]yyyy"年"m"月"d"日"', true],
    ["[$-F800]dddd, mmmm dd, yyyy", true],
    ["h:mm AM/PM", true],
    ["[h]:mm:ss", true],
    ["YYYY-MM-DD", true],
    ["General", false],
    ["@", false],
    ["0.00", false],
    ["#,##0.00_);[Red](#,##0.00)", false],
    ['_ * #,##0.00_ ;_ * -#,##0.00_ ;_ * "-"??_ ;_ @_ ', false],
    ['#,##0.00 "万元"', false],
    ["[$¥-804]#,##0.00", false],
    ["0.00E+00", false],
    ["0.0%", false],
    ["0\\h", false],
  ])("%s → %s", (format, date) => {
    expect(isDateFormat(format)).toBe(date);
  });

  test.each(["yyyy-mm-dd", "m/d/yyyy", "General", "0.00", "#,##0.00_);[Red](#,##0.00)", '#,##0.00 "万元"', "h:mm AM/PM"])(
    "%s: as the file port's ExcelJS decides",
    (format) => {
      // ExcelJS exports no typing for its utils; the file port's dates come from this very function.
      // eslint-disable-next-line @typescript-eslint/no-require-imports -- an untyped internal module of ExcelJS
      const utils = require("exceljs/lib/utils/utils") as { isDateFmt(f: string): boolean };
      expect(isDateFormat(format)).toBe(utils.isDateFmt(format));
    },
  );
});

describe("the date of a serial, in Excel's 1900 date system", () => {
  test.each([
    [1, "1900-01-01T00:00:00.000Z"],
    [59, "1900-02-28T00:00:00.000Z"],
    [61, "1900-03-01T00:00:00.000Z"],
    [44865, "2022-10-31T00:00:00.000Z"],
    [44865.5, "2022-10-31T12:00:00.000Z"],
    [73050, "2099-12-31T00:00:00.000Z"],
  ])("%d → %s (UTC, as the file port hands dates over)", (serial, iso) => {
    const d = dateOfSerial(serial);
    expect(d).toBeInstanceOf(Date);
    expect((d as Date).toISOString()).toBe(iso);
  });

  test("serial 60, the 29 February 1900 Excel counts but no calendar has, is handed over as the text Excel shows", () => {
    expect(dateOfSerial(60)).toBe("1900-02-29");
    expect(readDate(dateOfSerial(60))).toBeNull();
  });

  test("the reader takes the dates as the days Excel shows", () => {
    expect(readDate(dateOfSerial(44865))).toEqual({ y: 2022, m: 10, d: 31 });
    expect(readDate(dateOfSerial(59))).toEqual({ y: 1900, m: 2, d: 28 });
  });
});

describe("the ranges a second look reads", () => {
  const cells = (col: number, rows: number[]) => rows.map((row) => ({ row, col }));

  test("nearby cells share a range, far ones get their own, and columns are apart", () => {
    const spans = planSpans("numberFormat", [...cells(3, [10, 12, 15, 500]), ...cells(5, [11])], 4 * 1024 * 1024);
    expect(spans.map((s) => [s.col, s.top, s.bottom, s.rows])).toEqual([
      [3, 10, 15, [10, 12, 15]],
      [3, 500, 500, [500]],
      [5, 11, 11, [11]],
    ]);
  });

  test("no range is so long that it fills a request by itself", () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => i + 1);
    const spans = planSpans("valueTypes", cells(1, rows), 64 * 1024);
    expect(spans.length).toBeGreaterThan(1);
    for (const s of spans) expect((s.bottom - s.top + 1) * 12).toBeLessThanOrEqual(32 * 1024);
    expect(spans.flatMap((s) => s.rows)).toEqual(rows);
  });
});
