import fc from "fast-check";
import { foldWidth } from "../../src/core/calc/parse";
import { foldName, keyText, recordMatcher } from "../../src/core/check/keys";
import { kindSpec } from "../../src/core/ledgers";
import type { KindSpec, LedgerKind, Typed } from "../../src/core/ledgers/types";
import { BUILTIN_PROFILE } from "../../src/core/profile";

const key = (kind: LedgerKind, values: Record<string, Typed>) => recordMatcher(kind, BUILTIN_PROFILE)({ row: 2, values });

describe("record keys shared by merge and history (HISTORY.md: Matching records)", () => {
  test.each<[string, LedgerKind, Record<string, Typed>, Record<string, Typed>, boolean]>([
    ["the same code, lower case and spaces", "key-enterprises", { uscc: "91130700MA0A1B2C3D", name: "甲" }, { uscc: "91130700ma0a 1b2c3d", name: "乙" }, true],
    ["different codes, same name", "cultivation", { uscc: "91130700MA0A1B2C3D", name: "甲" }, { uscc: "91130700MA0A1B2C4D", name: "甲" }, false],
    ["a malformed code falls back to the name", "declining", { uscc: "1234", name: "Ａ 公司" }, { uscc: null, name: "a公司" }, true],
    ["a bad check character still names the enterprise", "key-enterprises", { uscc: "91130700MA0A1B2C3X", name: "甲" }, { uscc: "91130700MA0A1B2C3X", name: "乙" }, true],
    ["a project by name and builder", "projects", { project: "年产10万吨项目", builder: "甲公司" }, { project: "年产１０万吨项目 ", builder: "甲公司" }, true],
    ["another builder is another project", "tech-reform", { project: "技改", builder: "甲公司" }, { project: "技改", builder: "乙公司" }, false],
    ["a cluster by name", "clusters", { cluster: "怀来葡萄酒集群" }, { cluster: "怀来 葡萄酒集群" }, true],
    ["energy: the same enterprise and month", "energy", { uscc: "91130700MA0A1B2C3D", month: { y: 2022, m: 3 } }, { uscc: "91130700MA0A1B2C3D", month: { y: 2022, m: 3, d: 1 } }, true],
    ["energy: another month", "energy", { uscc: "91130700MA0A1B2C3D", month: { y: 2022, m: 3 } }, { uscc: "91130700MA0A1B2C3D", month: { y: 2022, m: 4 } }, false],
    ["three batches by code", "three-batches", { uscc: "91130700MA0A1B2C3D", name: "甲" }, { uscc: "91130700MA0A1B2C3D", name: "甲（新名）" }, true],
    ["energy without a code: the enterprise's name and month", "energy", { uscc: null, name: "甲公司", month: { y: 2022, m: 3 } }, { uscc: "", name: "甲 公司", month: { y: 2022, m: 3 } }, true],
    ["a target by its alias or name", "targets", { indicator: BUILTIN_PROFILE.targets[0].name }, { indicator: BUILTIN_PROFILE.targets[0].key }, true],
  ])("%s", (_, kind, a, b, same) => {
    const ka = key(kind, a);
    expect(ka).not.toBeNull();
    expect(ka === key(kind, b)).toBe(same);
  });

  test.each<[LedgerKind, KindSpec["sameRecord"]]>([
    ["key-enterprises", "enterprise"],
    ["cultivation", "enterprise"],
    ["declining", "enterprise"],
    ["three-batches", "enterprise"],
    ["projects", "project"],
    ["tech-reform", "project"],
    ["clusters", "cluster"],
    ["energy", "enterprise-month"],
    ["targets", "target"],
  ])("%s: a record is the same %s in another file or period, as its declaration says", (kind, same) => {
    expect(kindSpec(kind).sameRecord).toBe(same);
  });

  test("a record without what its key needs matches nothing", () => {
    expect(key("projects", { project: "只有名称", builder: null })).toBeNull();
    expect(key("key-enterprises", { uscc: null, name: "  " })).toBeNull();
    expect(key("energy", { uscc: "91130700MA0A1B2C3D", month: null })).toBeNull();
  });
});

describe("foldName", () => {
  /** The plain formulation, which foldName skips for text that has nothing to fold. */
  const plainFold = (s: string) => foldWidth(s.normalize("NFKC")).replace(/\s+/g, "").toLowerCase();

  test("folds every UTF-16 code unit as the plain formulation does", () => {
    const wrong: string[] = [];
    for (let c = 0; c <= 0xffff; c++) {
      const s = String.fromCharCode(c);
      if (foldName(s) !== plainFold(s)) wrong.push(c.toString(16));
    }
    expect(wrong).toEqual([]);
  });

  test("folds any text as the plain formulation does, names of ASCII and CJK ideographs above all", () => {
    const unit = fc.oneof(
      fc.integer({ min: 0x21, max: 0x7e }).map((c) => String.fromCharCode(c)),
      fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
      fc.constantFrom(" ", "\u3000", "Ａ", "（", "）", "·", "\u00a0", "\t", "e\u0301", "\ufa10", "\u2f00"),
    );
    fc.assert(fc.property(fc.array(unit, { maxLength: 20 }).map((u) => u.join("")), (s) => expect(foldName(s)).toBe(plainFold(s))));
    fc.assert(fc.property(fc.string({ unit: "binary", maxLength: 12 }), (s) => expect(foldName(s)).toBe(plainFold(s))));
  });
});

describe("keyText", () => {
  test("is the cell's text trimmed (a number as written), null when blank, whatever the text", () => {
    const plainText = (v: Typed): string | null => (typeof v === "number" ? String(v) : typeof v !== "string" || v.trim() === "" ? null : v.trim());
    const edge = fc.constantFrom(" ", "\u3000", "\u00a0", "\ufeff", "\u2028", "\t", "\u200b", "甲", "a", "\u3001");
    const text = fc.oneof(fc.string({ unit: "binary", maxLength: 6 }), fc.tuple(edge, fc.string({ maxLength: 4 }), edge).map((p) => p.join("")));
    const value = fc.oneof(text, fc.double(), fc.constant(null), fc.boolean());
    fc.assert(fc.property(value, (v) => expect(keyText({ row: 2, values: { name: v } }, "name")).toBe(plainText(v))));
  });
});
