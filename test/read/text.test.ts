import fc from "fast-check";
import { isBlankCell, oneLine } from "../../src/core/read/text";

// Every kind of character the helpers treat apart: plain, spaces of every sort, zero-width, CJK, full width.
const unit = fc.constantFrom(..."aZ1~ 中\u3000\u3001\u00a0\u1680\u2000\u200a\u200b\u200d\u2028\u202f\u205f\u2060\ufeff\uff01\t\n\r\u007f\u0085");

describe("oneLine", () => {
  test.each([
    ["华北制药", "华北制药"],
    ["  华北\n\n制药\u3000", "华北 制药"],
    ["华北\u200b制药", "华北 制药"],
    ["", ""],
  ])("%j → %j", (v, expected) => expect(oneLine(v)).toBe(expected));

  test("runs of spaces and zero-width characters made one space, trimmed, for any text", () => {
    fc.assert(fc.property(fc.string({ unit }), (v) => expect(oneLine(v)).toBe(v.replace(/[\s\u200b-\u200d\u2060\ufeff]+/g, " ").trim())));
  });
});

describe("isBlankCell", () => {
  test.each([
    [null, true],
    [undefined, true],
    ["", true],
    [" \u3000\u200b\n", true],
    ["华", false],
    [" x", false],
    [0, false],
  ])("%j → %p", (v, expected) => expect(isBlankCell(v)).toBe(expected));

  test("blank exactly when nothing visible is left, for any text", () => {
    fc.assert(fc.property(fc.string({ unit }), (v) => expect(isBlankCell(v)).toBe(!/[^\s\u200b-\u200d\u2060\ufeff]/.test(v))));
  });
});
