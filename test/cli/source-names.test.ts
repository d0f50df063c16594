/** The names sources go by in a roll-up (source-files.ts sourceNames): unique, and as short as tells them apart. */

import fc from "fast-check";
import { sep } from "path";
import { sourceNames } from "../../src/cli/source-files";

const p = (...parts: string[]) => sep + parts.join(sep);
const n = (...parts: string[]) => parts.join(sep);

describe("sourceNames", () => {
  test.each<[string, string[], string[]]>([
    ["different file names: the names alone", [p("各县", "宣化区.xlsx"), p("别处", "桥东区.xlsx")], ["宣化区.xlsx", "桥东区.xlsx"]],
    ["each county's 台账.xlsx: with its folder", [p("收件", "东区", "台账.xlsx"), p("收件", "西区", "台账.xlsx")], [n("东区", "台账.xlsx"), n("西区", "台账.xlsx")]],
    [
      "only the sources that share a name get folders, as many as tell them apart",
      [p("甲", "东区", "台账.xlsx"), p("乙", "东区", "台账.xlsx"), p("乙", "西区", "台账.xlsx"), p("乙", "说明.xlsx")],
      [n("甲", "东区", "台账.xlsx"), n("乙", "东区", "台账.xlsx"), n("西区", "台账.xlsx"), "说明.xlsx"],
    ],
  ])("%s", (_, paths, names) => {
    expect(sourceNames(paths)).toEqual(names);
  });

  test("distinct paths get distinct names, each its path's end", () => {
    const segment = fc.constantFrom("东区", "西区", "台账.xlsx", "a", "b");
    fc.assert(
      fc.property(fc.uniqueArray(fc.array(segment, { minLength: 1, maxLength: 4 }), { selector: (x) => x.join(sep), maxLength: 8 }), (paths) => {
        const names = sourceNames(paths.map((parts) => p(...parts)));
        expect(new Set(names).size).toBe(paths.length);
        names.forEach((name, i) => expect(p(...paths[i]).endsWith(sep + name)).toBe(true));
      }),
    );
  });
});
