import { isPeriod, resolvePeriod, type PeriodInput, type ResolvedPeriod } from "../../src/core/profile";

const oct2022 = new Date(2022, 9, 20);

describe("resolvePeriod", () => {
  const table: [string, PeriodInput, ResolvedPeriod][] = [
    ["the option wins over everything", { option: 3, profilePeriod: 6, targetsSheetMonths: [9], year: 2022, today: oct2022 }, { period: 3, source: "option" }],
    ["then the profile's period", { profilePeriod: 6, targetsSheetMonths: [9], year: 2022, today: oct2022 }, { period: 6, source: "option" }],
    ["a period stored with the workbook's profile", { profilePeriod: 6, profileStored: true, targetsSheetMonths: [9], year: 2022, today: oct2022 }, { period: 6, source: "workbook" }],
    ["the targets sheet wins over a written period", { targetsSheetMonths: [9], written: [{ month: 3, source: "title", text: "1-3月" }], year: 2022, today: oct2022 }, { period: 9, source: "targets" }],
    ["then the month written most, named by its first mention", { written: [{ month: 4, source: "title", text: "1-4月", sheet: "a" }, { month: 3, source: "header", text: "1-3月完成投资", sheet: "b" }, { month: 3, source: "file-name", text: "台账2022-3.xlsx" }], year: 2022, today: oct2022 }, { period: 3, source: "header", text: "1-3月完成投资", sheet: "b" }],
    ["a tie goes to the later month", { written: [{ month: 3, source: "title", text: "1-3月" }, { month: 4, source: "title", text: "1-4月" }], year: 2022, today: oct2022 }, { period: 4, source: "title", text: "1-4月" }],
    ["the file name alone", { written: [{ month: 3, source: "file-name", text: "台账2022-3.xlsx" }], year: 2022, today: oct2022 }, { period: 3, source: "file-name", text: "台账2022-3.xlsx" }],
    ["then the largest 截止月份 of the targets sheet", { targetsSheetMonths: [8, 9, 7], year: 2022, today: oct2022 }, { period: 9, source: "targets" }],
    ["months that are no month are passed over", { targetsSheetMonths: [0, 13, 4.5, NaN, 5], year: 2022, today: oct2022 }, { period: 5, source: "targets" }],
    ["a targets sheet without months falls through", { targetsSheetMonths: [], year: 2021, today: oct2022 }, { period: 12, source: "default" }],
    ["12 when the profile year is past", { year: 2022, today: new Date(2023, 1, 10) }, { period: 12, source: "default" }],
    ["else the current month", { year: 2022, today: oct2022 }, { period: 10, source: "default" }],
    ["January in the current year", { year: 2022, today: new Date(2022, 0, 1) }, { period: 1, source: "default" }],
    ["December 31 in the current year", { year: 2022, today: new Date(2022, 11, 31, 23, 59) }, { period: 12, source: "default" }],
    ["1 for a year still to come", { year: 2023, today: oct2022 }, { period: 1, source: "default" }],
    ["an option out of range is passed over", { option: 13, profilePeriod: 6, year: 2022, today: oct2022 }, { period: 6, source: "option" }],
    ["a fractional profile period is passed over", { profilePeriod: 6.5, year: 2022, today: oct2022 }, { period: 10, source: "default" }],
    ["period 12 by option", { option: 12, year: 2022, today: new Date(2022, 2, 1) }, { period: 12, source: "option" }],
  ];

  test.each(table)("%s", (_what, input, expected) => {
    expect(resolvePeriod(input)).toEqual(expected);
  });
});

test.each([
  [1, true],
  [12, true],
  [0, false],
  [13, false],
  [2.5, false],
  ["3", false],
  [undefined, false],
])("isPeriod(%p) is %p", (value, expected) => {
  expect(isPeriod(value)).toBe(expected);
});
