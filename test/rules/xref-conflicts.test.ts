import fc from "fast-check";
import type { ColumnKey, LedgerKind, LedgerRecord } from "../../src/core/ledgers/types";
import type { ReadSheet } from "../../src/core/read/result";
import { conflictKeys } from "../../src/core/rules/xref";
import { usccOf } from "../../src/core/rules/duplicates";
import { nameKey, str } from "../../src/core/rules/record-values";

function sheet(name: string, kind: LedgerKind, nameCol: ColumnKey, records: LedgerRecord[]): ReadSheet {
  const columns = ([nameCol, "uscc"] as const).map((key, i) => ({ key, col: i + 1, header: key, factor: 1, percent: false }));
  return { sheet: name, kind, kindSource: "name", headerRow: 1, headerRows: 1, columns, records };
}

/** The plain formulation: every name's codes and every code's names, then those with two or more. */
function plainConflicts(sheets: readonly ReadSheet[]): [Set<string>, Set<string>] {
  const codesOf = new Map<string, Set<string>>();
  const namesOf = new Map<string, Set<string>>();
  for (const s of sheets) {
    const col = s.columns.some((c) => c.key === "name") ? "name" : "builder";
    for (const r of s.records) {
      const name = str(r, col);
      const code = usccOf(r);
      if (name === null || code === null) continue;
      const key = nameKey(name);
      if (!codesOf.has(key)) codesOf.set(key, new Set());
      codesOf.get(key)?.add(code);
      if (!namesOf.has(code)) namesOf.set(code, new Set());
      namesOf.get(code)?.add(key);
    }
  }
  const many = (m: Map<string, Set<string>>) => new Set([...m].filter(([, v]) => v.size > 1).map(([k]) => k));
  return [many(codesOf), many(namesOf)];
}

describe("conflictKeys", () => {
  test("names with two codes and codes with two names, as the plain formulation finds them", () => {
    // Few names and codes, so that conflicts of both kinds, and none, all come up; blanks and spaced names too.
    const value = fc.option(fc.constantFrom("甲", "乙", "丙", " 甲", "甲 ", "Ａ公司", "A公司", "   "), { nil: null });
    const code = fc.option(fc.constantFrom("91130700MA0A0A0A0A", "91130700ma0a0a0a0a", "92130700MA0A0A0A0B", "93130700MA0A0A0A0C", ""), { nil: null });
    const record = fc.tuple(value, code);
    const sheets = fc.array(fc.tuple(fc.boolean(), fc.array(record, { maxLength: 12 })), { maxLength: 3 });
    fc.assert(
      fc.property(sheets, (specs) => {
        const read = specs.map(([projects, rows], i) =>
          sheet(`表${i}`, projects ? "projects" : "key-enterprises", projects ? "builder" : "name",
            rows.map(([n, c], r) => ({ row: r + 2, values: { [projects ? "builder" : "name"]: n, uscc: c } }))),
        );
        expect(conflictKeys(read)).toEqual(plainConflicts(read));
      }),
      { numRuns: 500 },
    );
  });

  test("a name under two codes, with no code under two names, is in conflict", () => {
    const rec = (row: number, name: string, code: string) => ({ row, values: { name, uscc: code } });
    const s = sheet("表", "key-enterprises", "name", [rec(2, "甲", "91130700MA0A0A0A0A"), rec(3, "甲", "92130700MA0A0A0A0B")]);
    expect(conflictKeys([s])).toEqual([new Set(["甲"]), new Set()]);
  });
});
