import { recordMatcher } from "../../src/core/check/keys";
import type { LedgerKind, Typed } from "../../src/core/ledgers/types";
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
    ["a target by its alias or name", "targets", { indicator: BUILTIN_PROFILE.targets[0].name }, { indicator: BUILTIN_PROFILE.targets[0].key }, true],
  ])("%s", (_, kind, a, b, same) => {
    const ka = key(kind, a);
    expect(ka).not.toBeNull();
    expect(ka === key(kind, b)).toBe(same);
  });

  test("a record without what its key needs matches nothing", () => {
    expect(key("projects", { project: "只有名称", builder: null })).toBeNull();
    expect(key("key-enterprises", { uscc: null, name: "  " })).toBeNull();
    expect(key("energy", { uscc: "91130700MA0A1B2C3D", month: null })).toBeNull();
  });
});
