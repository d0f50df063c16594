import fc from "fast-check";
import { checkUscc, normaliseUscc, usccCheckChar, usccCode, usccRegion, usccRegionNumber, USCC_WEIGHTS } from "../../src/core/calc/uscc";

/** An independent check character, written from the standard's tables as FUNCTIONS.md prints them. */
const ALPHABET = "0123456789ABCDEFGHJKLMNPQRTUWXY";
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
function referenceCheckChar(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += ALPHABET.indexOf(first17[i]) * WEIGHTS[i];
  return ALPHABET[(31 - (sum % 31)) % 31];
}

/** Published codes of real organisations. */
const REAL_CODES = ["91350100M000100Y43", "91110000802100433B", "91440300708461136T"];

describe("check character", () => {
  test("the weights are 3^(i−1) mod 31 as the standard tabulates them", () => {
    expect(USCC_WEIGHTS).toEqual(WEIGHTS);
  });

  test.each(REAL_CODES)("real code %s is valid", (code) => {
    expect(checkUscc(code)).toEqual({ ok: true, code });
    expect(usccCheckChar(code.slice(0, 17))).toBe(code[17]);
  });

  test("agrees with the reference on generated bodies", () => {
    const body = (seed: number) =>
      "9" + "1" + String(130700 + (seed % 80)) + Array.from({ length: 9 }, (_, i) => ALPHABET[(seed * 7 + i * 13) % 31]).join("");
    for (let seed = 0; seed < 500; seed++) {
      const first17 = body(seed);
      expect(usccCheckChar(first17)).toBe(referenceCheckChar(first17));
      expect(checkUscc(first17 + referenceCheckChar(first17)).ok).toBe(true);
    }
  });

  test("usccCheckChar needs 17 characters of the alphabet", () => {
    expect(usccCheckChar("9135010")).toBeNull();
    expect(usccCheckChar("91350100M000100YI")).toBeNull();
  });
});

describe("checkUscc reasons, first failure wins", () => {
  test.each<[string, object]>([
    ["911101087519133390", { reason: "checksum", char: "0", expected: "U" }],
    ["91350100M000100Y4", { reason: "length", length: 17 }],
    ["91350100M000100Y433", { reason: "length", length: 19 }],
    ["", { reason: "length", length: 0 }],
    ["91350100M000I00Y43", { reason: "char", char: "I", position: 13 }],
    ["91350100M000100Y4I", { reason: "char", char: "I", position: 18, expected: "3" }],
    ["91350100M0001O0Y43", { reason: "char", char: "O", position: 14 }],
    ["9135010-M000100Y43", { reason: "char", char: "-", position: 8 }],
    ["913501🙂0M000100Y43", { reason: "char", char: "🙂", position: 7 }],
    ["91A50100M000100Y43", { reason: "region-digits", char: "A", position: 3 }],
    ["913501A0M000100Y43", { reason: "region-digits", char: "A", position: 7 }],
    ["91350100M000100Y44", { reason: "checksum", char: "4", expected: "3" }],
  ])("%s", (code, failure) => expect(checkUscc(code)).toMatchObject({ ok: false, ...failure }));

  test("an illegal character before the 18th: no check character can be given", () => {
    expect(checkUscc("91350100M000I00Y4I")).not.toHaveProperty("expected");
  });

  test("lower case, spaces and full width are normalised before the check", () => {
    expect(checkUscc(" 91350100m000100y43 ")).toEqual({ ok: true, code: "91350100M000100Y43" });
    expect(checkUscc("9135 0100 M000 100Y 43")).toEqual({ ok: true, code: "91350100M000100Y43" });
    expect(checkUscc("９１３５０１００Ｍ０００１００Ｙ４３")).toEqual({ ok: true, code: "91350100M000100Y43" });
  });

  test("a code stored as a number: exact while it is a safe integer, else its digits are gone", () => {
    expect(checkUscc(911101087519133390)).toEqual({ ok: false, code: "911101087519133400", reason: "number" });
    expect(checkUscc(1234567)).toMatchObject({ reason: "length", length: 7 });
  });
});

describe("normaliseUscc", () => {
  test.each<[string, string, boolean, boolean, boolean]>([
    ["91350100M000100Y43", "91350100M000100Y43", false, false, false],
    ["91350100m000100y43", "91350100M000100Y43", true, false, false],
    [" 91350100M000100Y43\t", "91350100M000100Y43", false, true, false],
    ["91350100M000100Y43\u3000", "91350100M000100Y43", false, true, true],
    ["９１350100M000100Y43", "91350100M000100Y43", false, false, true],
  ])("%j → %s (lower case %p, spaces %p, full width %p)", (raw, code, lowerCase, spaces, fullWidth) => {
    expect(normaliseUscc(raw)).toEqual({ code, changed: lowerCase || spaces || fullWidth, lowerCase, spaces, fullWidth });
  });
});

describe("usccRegion", () => {
  test("positions 3–8", () => {
    expect(usccRegion("91350100M000100Y43")).toBe("350100");
    expect(usccRegion(" 91130722mA0XXXXX ")).toBe("130722");
    expect(usccRegion("91A50100M000100Y43")).toBeNull();
    expect(usccRegion("9113")).toBeNull();
  });

  test("as a number: the same digits, −1 where usccRegion gives null", () => {
    expect(usccRegionNumber("91013072MA0XXXXX")).toBe(13072);
    expect(usccRegionNumber("91A50100M000100Y43")).toBe(-1);
    expect(usccRegionNumber("9113072")).toBe(-1);
    fc.assert(
      fc.property(fc.string({ unit: fc.constantFrom(..."0123456789AZaz ９\u3000-") }), (raw) => {
        const digits = usccRegion(raw);
        const n = usccRegionNumber(usccCode(raw));
        expect(n).toBe(digits === null ? -1 : Number(digits));
      }),
    );
  });
});

describe("usccCode", () => {
  test("is normaliseUscc's code", () => {
    fc.assert(fc.property(fc.string({ unit: fc.constantFrom(..."09AZaz ９Ａａ\u3000\t中") }), (raw) => expect(usccCode(raw)).toBe(normaliseUscc(raw).code)));
  });
});
