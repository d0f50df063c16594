import { isIndustrialDivision, parseIndustry, sectionOfDivision, SECTIONS, sectorText } from "../../src/core/calc/industry";

describe("the 门类 table", () => {
  test("covers 大类 01–97 without gaps or overlaps", () => {
    let next = 1;
    for (const s of SECTIONS) {
      expect(s.from).toBe(next);
      next = s.to + 1;
    }
    expect(next).toBe(98);
  });

  test.each<[number, string]>([
    [1, "A"], [5, "A"], [6, "B"], [12, "B"], [13, "C"], [43, "C"], [44, "D"], [46, "D"], [47, "E"], [50, "E"],
    [51, "F"], [53, "G"], [60, "G"], [61, "H"], [63, "I"], [66, "J"], [70, "K"], [71, "L"], [73, "M"], [76, "N"],
    [80, "O"], [83, "P"], [84, "Q"], [86, "R"], [91, "S"], [96, "S"], [97, "T"],
  ])("大类 %p is in 门类 %s", (d, letter) => expect(sectionOfDivision(d)?.letter).toBe(letter));

  test.each<string | number>([0, "00", 98, "98", 99, "7", "130"])("%p is not a 大类", (d) => expect(sectionOfDivision(d)).toBeNull());
});

describe("parseIndustry", () => {
  test.each<[string | number, string, string, string]>([
    ["13", "13", "C", "C 制造业"],
    ["3612", "36", "C", "C 制造业"],
    ["C3612", "36", "C", "C 制造业"],
    ["c3612", "36", "C", "C 制造业"],
    ["C 3612", "36", "C", "C 制造业"],
    ["Ｃ３６１２", "36", "C", "C 制造业"],
    ["0610", "06", "B", "B 采矿业"],
    ["061", "06", "B", "B 采矿业"],
    ["4411", "44", "D", "D 电力、热力、燃气及水生产和供应业"],
    ["6513", "65", "I", "I 信息传输、软件和信息技术服务业"],
    ["97", "97", "T", "T 国际组织"],
    ["A0111", "01", "A", "A 农、林、牧、渔业"],
    [3612, "36", "C", "C 制造业"],
    [612, "61", "H", "H 住宿和餐饮业"], // a 3-digit number is a 中类 as it stands
    [6, "06", "B", "B 采矿业"], // a 1-digit number lost its leading zero
    [13, "13", "C", "C 制造业"],
  ])("%p → 大类 %s, %s", (input, division, section, text) => {
    const code = parseIndustry(input);
    expect(code).toMatchObject({ division, section });
    expect(code && sectorText(code)).toBe(text);
  });

  test("the digits are kept as given", () => expect(parseIndustry("0610")?.code).toBe("0610"));

  test.each<string | number>([
    "A3612", "B13", "00", "98", "9901", "1", "6", "36121", "C", "", "制造业", "36.12", "C-3612", "X13",
    0, 98, 99999, 36.5, -13,
  ])("%p is not a valid code", (input) => expect(parseIndustry(input)).toBeNull());
});

describe("isIndustrialDivision", () => {
  test.each<[string | number, boolean]>([
    ["05", false], ["06", true], [6, true], ["13", true], ["46", true], [46, true], ["47", false], ["97", false], ["x", false],
  ])("%p → %p", (d, b) => expect(isIndustrialDivision(d)).toBe(b));
});
