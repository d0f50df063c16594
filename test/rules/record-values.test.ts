import fc from "fast-check";
import { nameKey, str } from "../../src/core/rules/record-values";

const rec = (v: string) => ({ row: 2, values: { name: v } });

describe("str", () => {
  test.each([
    ["  华北制药 ", "华北制药"],
    ["\u3000华北制药\u00a0", "华北制药"],
    ["\ufeffABC\u2028", "ABC"],
    ["华北制药", "华北制药"],
    ["   ", null],
    ["", null],
  ])("%j → %j", (v, expected) => expect(str(rec(v), "name")).toBe(expected));

  test("is the trimmed text, or null when nothing is left, for any text", () => {
    const unit = fc.constantFrom(..."aZ1 中\u3000\u00a0\u1680\u2000\u200a\u200b\u2028\u202f\u205f\ufeff\t\n~\u007f\u0080");
    fc.assert(
      fc.property(fc.string({ unit }), (v) => {
        const t = v.trim();
        expect(str(rec(v), "name")).toBe(t === "" ? null : t);
      }),
    );
  });
});

describe("nameKey", () => {
  test("drops spaces and folds width", () => expect(nameKey("华北 制药（集团）")).toBe("华北制药(集团)"));
});
