import { foldWidth, isBlank, parseBool, parseNumberText } from "../../src/core/calc/parse";

describe("foldWidth", () => {
  test.each([
    ["１２３", "123"],
    ["（万元）", "(万元)"],
    ["５．５％", "5.5%"],
    ["１，２３４", "1,234"],
    ["ＡＢｃ", "ABc"],
    ["张北\u3000县", "张北 县"],
    ["已是半角 (x)", "已是半角 (x)"],
  ])("%s → %s", (input, folded) => expect(foldWidth(input)).toBe(folded));
});

describe("parseNumberText", () => {
  test.each<[string, number]>([
    ["1,234.5", 1234.5],
    ["１２３", 123],
    ["5.5%", 0.055],
    ["５．５％", 0.055],
    [" 42 ", 42],
    ["\u300042\u3000", 42],
    ["-3", -3],
    ["+3", 3],
    ["\u22123.5", -3.5],
    [".5", 0.5],
    ["1e3", 1000],
    ["12,345,678", 12345678],
    ["-1,234", -1234],
    ["5.5 %", 0.055],
    ["0", 0],
  ])("%j → %p", (text, n) => expect(parseNumberText(text)).toBeCloseTo(n, 12));

  test.each(["", " ", "abc", "1,2", "12,34", "1.2.3", "5%%", "%", "--1", "1 000", "Infinity", "NaN", "0x10", "1e999", "十"])(
    "%j is not a number",
    (text) => expect(parseNumberText(text)).toBeNull(),
  );
});

describe("parseBool", () => {
  test.each<[unknown, boolean]>([
    [true, true], [false, false],
    ["TRUE", true], ["false", false], ["True", true],
    ["是", true], ["否", false],
    ["Y", true], ["y", true], ["N", false], ["n", false],
    ["yes", true], ["No", false],
    ["√", true], ["×", false],
    ["1", true], ["0", false], [1, true], [0, false],
    [" 是 ", true], ["Ｙ", true], ["１", true],
  ])("%p → %p", (v, b) => expect(parseBool(v)).toBe(b));

  test.each<unknown>(["", "可能", "2", 2, 0.5, null, undefined, {}, "TRUE FALSE"])("%p → null", (v) =>
    expect(parseBool(v)).toBeNull(),
  );
});

describe("isBlank", () => {
  test.each<[unknown, boolean]>([
    [null, true], [undefined, true], ["", true], ["  ", true], ["\u3000", true],
    [0, false], ["0", false], [false, false], ["x", false],
  ])("%p → %p", (v, b) => expect(isBlank(v)).toBe(b));
});
