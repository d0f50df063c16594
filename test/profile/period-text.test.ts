import { monthsInFileName, monthsInText } from "../../src/core/profile/period-text";

describe("a period written in a title or a header", () => {
  test.each([
    ["2022年1-3月重点企业台账", [3]],
    ["1～4月完成投资", [4]],
    ["1—12月", [12]],
    ["1至10月", [10]],
    ["１－３月", [3]],
    ["3月份", [3]],
    ["截至5月", [5]],
    ["6月末", [6]],
    ["11-12月", []],
    ["2022年", []],
    ["本年营业收入", []],
    ["1-13月", []],
  ])("%s → %p", (text, months) => {
    expect(monthsInText(text).map((m) => m.month)).toEqual(months);
  });
});

describe("a period written in the file name", () => {
  test.each([
    ["台账2022-3.xlsx", [3]],
    ["2022年3月台账.xlsx", [3]],
    ["2022年1-3月台账.xlsx", [3]],
    ["/home/u/台账2022_10.xlsx", [10]],
    ["台账.xlsx", []],
    ["2022-2023.xlsx", []],
  ])("%s → %p", (name, months) => {
    expect(monthsInFileName(name)).toEqual(months);
  });
});

test("a message quotes the text up to the period", () => {
  expect(monthsInText("2022年1-3月怀来县重点企业台账").map((m) => m.excerpt)).toEqual(["2022年1-3月…"]);
  expect(monthsInText(" 1-3月 ").map((m) => m.excerpt)).toEqual(["1-3月"]);
});
