import { NUM } from "../../src/core/calc/errors";
import { elapsed, excelSerialToDate, pace, parseBasis, toPeriod } from "../../src/core/calc/pace";

const isError = (v: unknown, code: string) => typeof v === "object" && v !== null && (v as { error: string }).error === code;

describe("elapsed by month", () => {
  test.each(Array.from({ length: 12 }, (_, i) => i + 1))("month %i → m/12", (m) => {
    expect(elapsed(m)).toBeCloseTo(m / 12, 15);
  });

  test.each<[string | number | Date, number]>([
    ["10", 10],
    ["10月", 10],
    ["１０月", 10],
    ["1-10月", 10],
    ["1～10月", 10],
    ["1—10月", 10],
    ["1至10月", 10],
    ["2022年10月", 10],
    ["2022-10", 10],
    ["2022.10", 10],
    ["2022/3", 3],
    ["2022-10-31", 10],
    ["2022/3/15", 3],
    ["2022.3.15", 3],
    ["2022年3月15日", 3],
    [44865, 10], // 2022-10-31 as an Excel serial
    [44865.75, 10], // with a time of day
    [new Date(Date.UTC(2022, 2, 15)), 3],
  ])("%p is month %p", (period, m) => expect(elapsed(period)).toBeCloseTo(m / 12, 15));

  test.each<unknown>([0, 13, 60, -1, 10.5, 3e6, "0月", "13月", "2022-13", "2022-02-30"])("%p → #NUM!", (p) => {
    expect(elapsed(p as number)).toEqual(NUM);
  });

  test.each(["十月", "abc", "3-10月", ""])("%p → #VALUE! with a message", (p) => {
    const v = elapsed(p);
    expect(isError(v, "#VALUE!")).toBe(true);
    expect((v as { message: string }).message).toContain(p);
  });

  test("an invalid Date → #VALUE!", () => expect(isError(elapsed(new Date(NaN)), "#VALUE!")).toBe(true));
});

describe("elapsed by day", () => {
  test.each<[string | number | Date, number]>([
    ["2022-01-01", 1 / 365],
    ["2022-12-31", 1],
    ["2024-12-31", 1],
    ["2024-03-01", 61 / 366], // leap year: 31 + 29 + 1
    ["2022-03-01", 60 / 365],
    [44865, 304 / 365], // 2022-10-31
    [new Date(Date.UTC(2022, 9, 31)), 304 / 365],
  ])("%p → %p", (period, share) => expect(elapsed(period, "day")).toBeCloseTo(share, 15));

  test.each<string | number>([10, "10月", "2022-10"])("%p has no day → #VALUE!", (p) => {
    expect(isError(elapsed(p, "day"), "#VALUE!")).toBe(true);
  });
});

describe("excelSerialToDate and toPeriod", () => {
  test.each<[number, [number, number, number] | null]>([
    [61, [1900, 3, 1]],
    [44562, [2022, 1, 1]],
    [45658, [2025, 1, 1]],
    [2958465, [9999, 12, 31]],
    [60, null],
    [2958466, null],
  ])("serial %p → %p", (serial, ymd) => {
    const d = excelSerialToDate(serial);
    expect(d && [d.year, d.month, d.day]).toEqual(ymd);
  });

  test("a date keeps its day, a month does not invent one", () => {
    expect(toPeriod("2022-10-31")).toEqual({ year: 2022, month: 10, day: 31 });
    expect(toPeriod("2022-10")).toEqual({ year: 2022, month: 10 });
    expect(toPeriod(10)).toEqual({ month: 10 });
  });
});

describe("parseBasis", () => {
  test.each<[string, string | null]>([
    ["month", "month"], ["MONTH", "month"], ["月", "month"], ["m", "month"],
    ["day", "day"], ["Day", "day"], ["日", "day"], ["天", "day"], [" d ", "day"],
    ["week", null], ["", null],
  ])("%p → %p", (s, b) => expect(parseBasis(s)).toBe(b));
});

describe("pace", () => {
  test("FUNCTIONS.md: 97.2 % at 1–10月 is 13.867 points ahead (the function does not round the elapsed share)", () => {
    expect(pace(0.972, 1, 10)).toBeCloseTo(0.13867, 5);
    expect(pace(77.2, 100, 8)).toBeCloseTo(0.772 - 8 / 12, 15);
  });

  test("behind schedule is negative", () => expect(pace(50, 100, 9)).toBeCloseTo(-0.25, 15));

  test("errors of the completion come first, then those of the period", () => {
    expect(isError(pace(1, 0, 10), "#DIV/0!")).toBe(true);
    expect(pace(1, -1, 10)).toEqual(NUM);
    expect(pace(1, 2, 13)).toEqual(NUM);
    expect(isError(pace(1, 2, 10, "day"), "#VALUE!")).toBe(true);
  });
});
