import fc from "fast-check";
import { cellName, columnLetters, columnNumber, parseCellName, rangeName } from "../../src/core/sheet";

describe("A1 notation", () => {
  test.each([
    [1, "A"],
    [26, "Z"],
    [27, "AA"],
    [52, "AZ"],
    [703, "AAA"],
    [16384, "XFD"],
  ])("column %i is %s", (col, letters) => {
    expect(columnLetters(col)).toBe(letters);
    expect(columnNumber(letters)).toBe(col);
    expect(columnNumber(letters.toLowerCase())).toBe(col);
  });

  test("letters and numbers are each other's inverse for every Excel column", () => {
    fc.assert(fc.property(fc.integer({ min: 1, max: 16384 }), (col) => columnNumber(columnLetters(col)) === col));
  });

  test("a cell and a range by name", () => {
    expect(cellName(5, 3)).toBe("C5");
    expect(rangeName({ top: 5, left: 3, bottom: 5, right: 3 })).toBe("C5");
    expect(rangeName({ top: 2, left: 2, bottom: 5, right: 4 })).toBe("B2:D5");
  });

  test.each([
    ["AB12", { row: 12, col: 28 }],
    ["$c$5", { row: 5, col: 3 }],
    [" A1 ", { row: 1, col: 1 }],
    ["A", null],
    ["12", null],
    ["A1:B2", null],
    ["ABCD1", null],
  ])("%j is read as %j", (a1, cell) => {
    expect(parseCellName(a1)).toEqual(cell);
  });
});
