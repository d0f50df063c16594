/**
 * MERGE.md "Nothing lost", for all inputs: county workbooks generated as .xlsx files (enterprises and projects that
 * recur across counties, identically or with other figures, numbers typed as text, repeats inside a file), merged
 * through the file port and read back. Every readable source record appears in the output exactly once (an
 * identical copy once, naming both sources) with the values its own file gave; every money column's sum is kept;
 * the sources' bytes are unchanged.
 */

import ExcelJS from "exceljs";
import fc from "fast-check";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { SOURCE_FILE_HEADER, SOURCE_ROW_HEADER } from "../../src/core/check/merge-cells";
import { buildMergedOutput } from "../../src/core/check/merge-output";
import { kindSpec } from "../../src/core/ledgers";
import type { LedgerKind, LedgerRecord } from "../../src/core/ledgers/types";
import type { WorkbookData } from "../../src/core/read/types";
import { checkWorkbook } from "../../src/core/check";
import { readSource } from "../../src/cli/merge-read";
import { writeMergedBytes } from "../../src/ports/file/shared/merge-writer";
import { readXlsx } from "../../src/ports/file/shared/read";
import { uscc } from "../rules/helpers";

const TODAY = new Date(Date.UTC(2022, 10, 5));
const REGIONS = [["张北县", "130722"], ["蔚县", "130726"], ["宣化区", "130705"]] as const;

interface Entry {
  /** Which enterprise or project (few, so that they recur across files). */
  id: number;
  /** Other figures than the enterprise's usual ones: a duplicate that differs. */
  tweak: boolean;
  /** Revenue typed as text with a thousands separator. */
  asText: boolean;
}

const entry = fc.record({ id: fc.nat(11), tweak: fc.boolean(), asText: fc.boolean() });
const county = fc.record({ enterprises: fc.array(entry, { maxLength: 7 }), projects: fc.array(entry, { maxLength: 5 }) });

function money(id: number, tweak: boolean): number {
  return id * 1000 + 12.34 + (tweak ? 1 : 0);
}

async function countyFile(path: string, c: { enterprises: Entry[]; projects: Entry[] }): Promise<void> {
  const wb = new ExcelJS.Workbook();
  const ke = wb.addWorksheet("百家重点企业台账");
  ke.addRow(["企业名称", "统一社会信用代码", "所属县区", "本年营业收入", "上年营业收入", "是否规上"]);
  for (const e of c.enterprises) {
    const [region, code] = REGIONS[e.id % 3];
    const revenue = money(e.id, e.tweak);
    ke.addRow([`企业${e.id}`, uscc(e.id + 1, code), region, e.asText ? revenue.toLocaleString("en-US") : revenue, 2000 + e.id, "是"]);
  }
  const pr = wb.addWorksheet("百项工业项目库");
  pr.addRow(["项目名称", "建设单位", "所属县区", "建设阶段", "总投资", "本年完成投资", "开工时间", "是否入统"]);
  for (const p of c.projects) {
    pr.addRow([`项目${p.id}`, `企业${p.id}`, REGIONS[p.id % 3][0], "续建", money(p.id, false) + 500, money(p.id, p.tweak), new Date(Date.UTC(2021, 3, 1)), "是"]);
  }
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
}

const MONEY: Partial<Record<LedgerKind, string[]>> = {
  "key-enterprises": ["revenue", "revenuePrev"],
  projects: ["totalInvestment", "ytdInvestment"],
};

/** The checked records of a workbook, per kind, with the place they sit (sheet row) and the provenance cells. */
function records(wb: WorkbookData) {
  const check = checkWorkbook(wb, { period: 10, today: TODAY });
  return check.sheets
    .filter((s) => s.kind !== "targets")
    .map((s) => {
      const rows = wb.sheets.find((x) => x.name === s.sheet)?.rows ?? [];
      const header = rows[0] ?? [];
      const fileCol = header.indexOf(SOURCE_FILE_HEADER);
      const rowCol = header.indexOf(SOURCE_ROW_HEADER);
      return {
        kind: s.kind,
        records: s.records.map((r) => ({
          rec: r,
          files: fileCol < 0 ? [] : String(rows[r.row - 1]?.[fileCol] ?? "").split("; "),
          rows: rowCol < 0 ? [] : String(rows[r.row - 1]?.[rowCol] ?? "").split("; ").map(Number),
        })),
      };
    });
}

function canonical(kind: LedgerKind, rec: LedgerRecord): string {
  return JSON.stringify(kindSpec(kind).columns.filter((c) => c.key !== "seq").map((c) => rec.values[c.key] ?? null));
}

test("every readable source record appears exactly once, money sums are kept, sources are unchanged", async () => {
  const dir = mkdtempSync(join(tmpdir(), "gx-merge-prop-"));
  try {
    await fc.assert(
      fc.asyncProperty(fc.array(county, { minLength: 2, maxLength: 4 }), async (counties) => {
        const files = counties.map((_, i) => join(dir, `县区${i + 1}.xlsx`));
        await Promise.all(counties.map((c, i) => countyFile(files[i], c)));
        const before = files.map((f) => readFileSync(f));
        const inputs = [];
        for (const path of files) inputs.push(await readSource({ path, period: 10, today: TODAY.getTime(), lang: "zh-CN" }));
        const out = buildMergedOutput(inputs, { lang: "zh-CN", now: TODAY, name: "全市.xlsx" });
        const merged = records(await readXlsx(await writeMergedBytes(out), "全市.xlsx"));

        // Each source record → its canonical values, by file and row.
        const expected = new Map<string, { kind: LedgerKind; values: string; money: Record<string, number | null> }>();
        for (const path of files) {
          const name = path.slice(dir.length + 1);
          for (const s of records(await readXlsx(readFileSync(path), name))) {
            for (const { rec } of s.records) {
              const money = Object.fromEntries((MONEY[s.kind] ?? []).map((k) => [k, typeof rec.values[k] === "number" ? (rec.values[k] as number) : null]));
              expected.set(`${s.kind}|${name}|${rec.row}`, { kind: s.kind, values: canonical(s.kind, rec), money });
            }
          }
        }
        const seen = new Map<string, number>();
        const sums = new Map<string, number>();
        for (const s of merged) {
          for (const { rec, files: from, rows } of s.records) {
            expect(from.length).toBe(rows.length);
            from.forEach((file, i) => {
              const k = `${s.kind}|${file}|${rows[i]}`;
              seen.set(k, (seen.get(k) ?? 0) + 1);
              // The output row carries exactly the values its source gave (an identical copy's too).
              expect(canonical(s.kind, rec)).toBe(expected.get(k)?.values);
            });
            for (const key of MONEY[s.kind] ?? []) {
              const v = rec.values[key];
              // An identical row stands for each of its sources.
              if (typeof v === "number") sums.set(`${s.kind}|${key}`, (sums.get(`${s.kind}|${key}`) ?? 0) + v * from.length);
            }
          }
        }
        expect([...seen.keys()].sort()).toEqual([...expected.keys()].sort());
        expect([...seen.values()].every((n) => n === 1)).toBe(true);
        const sourceSums = new Map<string, number>();
        for (const e of expected.values()) {
          for (const [key, v] of Object.entries(e.money)) if (v !== null) sourceSums.set(`${e.kind}|${key}`, (sourceSums.get(`${e.kind}|${key}`) ?? 0) + v);
        }
        for (const [k, v] of sourceSums) expect(sums.get(k)).toBeCloseTo(v, 6);
        files.forEach((f, i) => expect(readFileSync(f).equals(before[i])).toBe(true));
      }),
      { numRuns: 25 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}, 300_000);
