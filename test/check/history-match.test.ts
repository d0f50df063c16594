/**
 * HISTORY.md "Matching records", the fast path: keys as slots (key-slots.ts, pair-table.ts) and one byte of state
 * per key pair the records exactly as the plain formulation does, with keys.ts's strings in Maps (what withHistory
 * did before), for any records of any kind.
 */

import fc from "fast-check";
import { matchKind, type Met } from "../../src/core/check/history-match";
import { foldName, recordMatcher } from "../../src/core/check/keys";
import { PairTable } from "../../src/core/check/pair-table";
import type { LedgerKind, LedgerRecord, Typed } from "../../src/core/ledgers/types";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { ReadSheet } from "../../src/core/read/result";
import { uscc } from "../rules/helpers";

const KINDS: LedgerKind[] = ["key-enterprises", "cultivation", "declining", "three-batches", "projects", "tech-reform", "clusters", "energy", "targets"];

const target = BUILTIN_PROFILE.targets[0];
/** Few values each, so that keys repeat, match, fall back to names and collide in every way keys.ts allows. */
const POOLS: Record<string, Typed[]> = {
  uscc: [uscc(1), uscc(1).toLowerCase(), ` ${uscc(1).slice(0, 9)} ${uscc(1).slice(9)}`, uscc(2), uscc(3), `${uscc(3).slice(0, 17)}X`, "1234", "", "  ", null, 123456789012345],
  name: ["甲公司", "甲 公司", "甲公司 ", "Ａ公司", "a公司", "A公司", "乙公司", "丙", "", "  ", null, 42, true],
  builder: ["甲公司", "甲公司 ", "Ａ公司", "a公司", "乙公司", "", null, 7],
  project: ["年产10万吨项目", "年产１０万吨项目", "年产10万吨 项目", "技改", "Z", "z", "", null],
  cluster: ["葡萄酒集群", "葡萄酒 集群", "冰雪集群", "", null],
  indicator: [target.name, target.key, ...target.aliases, BUILTIN_PROFILE.targets[1].name, "自填指标", "自填 指标", "", null],
  month: [
    { y: 2022, m: 1 },
    { y: 2022, m: 1, d: 5 },
    { y: 2022, m: 2 },
    { y: 2021, m: 12 },
    { y: 2021, m: 13 },
    { y: 2022, m: 100 },
    { y: 2022, m: 0 },
    { y: -3, m: 1 },
    { y: 2022.5, m: 1 },
    "2022-01",
    null,
  ],
  status: ["已入统", "已申报", "未入统", null],
};

const value = (key: string): fc.Arbitrary<Typed> => fc.constantFrom(...POOLS[key]);
const record: fc.Arbitrary<Record<string, Typed>> = fc.record(Object.fromEntries(Object.keys(POOLS).map((k) => [k, value(k)])));

/** Up to three sheets, each of the kind compared or (to be passed over) another. */
function sheets(kind: LedgerKind, prefix: string): fc.Arbitrary<ReadSheet[]> {
  return fc.array(fc.tuple(fc.boolean(), fc.array(record, { maxLength: 25 })), { maxLength: 3 }).map((list) =>
    list.map(([other, values], i): ReadSheet => ({
      sheet: `${prefix}${i}`,
      kind: other ? (kind === "energy" ? "clusters" : "energy") : kind,
      kindSource: "name",
      headerRow: 1,
      headerRows: 1,
      columns: [],
      records: values.map((v, r) => ({ row: r + 2, values: v })),
    })),
  );
}

const at = (sheet: ReadSheet | null | undefined, rec: LedgerRecord | null | undefined) => (sheet && rec ? `${sheet.sheet}:${rec.row}` : "-");

/** What withHistory did before the fast path, as a log of what it met. */
function plain(kind: LedgerKind, current: ReadSheet[], previous: ReadSheet[]): string[] {
  interface Entry {
    sheet: ReadSheet;
    rec: LedgerRecord;
    key: string;
  }
  const log: string[] = [];
  const match = recordMatcher(kind, BUILTIN_PROFILE);
  const enterprise = ["key-enterprises", "cultivation", "declining", "three-batches"].includes(kind);
  const prevFirst = new Map<string, Entry>();
  for (const sheet of previous) {
    if (sheet.kind !== kind) continue;
    for (const rec of sheet.records) {
      const k = match(rec);
      if (k !== null && !prevFirst.has(k)) prevFirst.set(k, { sheet, rec, key: k });
    }
  }
  let prevByName: Map<string, Entry> | null = null;
  const byName = (): Map<string, Entry> => {
    if (prevByName === null) {
      prevByName = new Map();
      for (const e of prevFirst.values()) {
        const name = e.rec.values.name;
        if (typeof name !== "string" || name.trim() === "") continue;
        const folded = foldName(name);
        if (!prevByName.has(folded)) prevByName.set(folded, e);
      }
    }
    return prevByName;
  };
  const seen = new Set<string>();
  for (const sheet of current) {
    if (sheet.kind !== kind) continue;
    for (const rec of sheet.records) {
      const k = match(rec);
      if (k === null || seen.has(k)) continue;
      seen.add(k);
      let prev = prevFirst.get(k);
      let by: Met = "key";
      if (prev === undefined && enterprise) {
        const name = rec.values.name;
        prev = typeof name === "string" ? byName().get(foldName(name)) : undefined;
        by = "name";
      }
      if (prev === undefined || prevFirst.get(prev.key) !== prev) {
        log.push(`met ${at(sheet, rec)} ${at(prev?.sheet, prev?.rec)} none`);
        continue;
      }
      prevFirst.delete(prev.key);
      log.push(`met ${at(sheet, rec)} ${at(prev.sheet, prev.rec)} ${by}`);
    }
  }
  for (const prev of prevFirst.values()) log.push(`gone ${at(prev.sheet, prev.rec)}`);
  return log;
}

function fast(kind: LedgerKind, current: ReadSheet[], previous: ReadSheet[]): string[] {
  const log: string[] = [];
  matchKind(kind, current, previous, BUILTIN_PROFILE, {
    met: (sheet, rec, prevSheet, prev, how) => log.push(`met ${at(sheet, rec)} ${at(prevSheet, prev)} ${how}`),
    gone: (sheet, rec) => log.push(`gone ${at(sheet, rec)}`),
  });
  return log;
}

describe("matching records by slots", () => {
  test("pairs, adds and removes exactly as matching by key strings does, for every kind", () => {
    const pairs = fc.constantFrom(...KINDS).chain((kind) => fc.tuple(fc.constant(kind), sheets(kind, "本期"), sheets(kind, "上期")));
    fc.assert(
      fc.property(pairs, ([kind, current, previous]) => {
        expect(fast(kind, current, previous)).toEqual(plain(kind, current, previous));
      }),
      { numRuns: 1500 },
    );
  });

  test("a code changed with the name kept is the same enterprise, paired by its name", () => {
    const sheet = (name: string, code: string): ReadSheet => ({
      sheet: name,
      kind: "key-enterprises",
      kindSource: "name",
      headerRow: 1,
      headerRows: 1,
      columns: [],
      records: [{ row: 2, values: { uscc: code, name: "甲公司" } }],
    });
    expect(fast("key-enterprises", [sheet("本期", uscc(1))], [sheet("上期", uscc(2))])).toEqual(["met 本期:2 上期:2 name"]);
  });
});

describe("PairTable", () => {
  test("gives each pair of 32-bit integers one value, the one it was first given, like a Map of their text", () => {
    const int = fc.oneof(fc.integer({ min: -3, max: 3 }), fc.integer({ min: -(2 ** 31), max: 2 ** 31 - 1 }));
    fc.assert(
      fc.property(fc.array(fc.tuple(int, int), { maxLength: 300 }), (pairs) => {
        const table = new PairTable(4);
        const map = new Map<string, number>();
        pairs.forEach(([a, b], i) => {
          const key = `${a},${b}`;
          if (!map.has(key)) map.set(key, i);
          expect(table.getOrAdd(a, b, i)).toBe(map.get(key));
        });
      }),
    );
  });
});
