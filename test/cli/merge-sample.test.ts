/**
 * MERGE.md: the shipped sample split by county (one workbook per county, made here) and merged again gives back
 * the sample's records and its 县区汇总.
 */

import ExcelJS from "exceljs";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { kindSpec } from "../../src/core/ledgers";
import { buildReports, layoutReport } from "../../src/core/reports";
import type { CheckResult } from "../../src/core/check";
import { checkWorkbook } from "../../src/core/check";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { run } from "./helpers";

jest.setTimeout(300_000);

const SAMPLE = join(__dirname, "../../samples/样例台账.xlsx");
const TODAY = new Date(2022, 10, 15);
const UNKNOWN = "未识别";

let dir: string;
let sample: CheckResult;
let merged: CheckResult;
let files: string[];

/** The sample's rows by county: each county's workbook keeps every other row (titles, headers, totals, footers) and its own records. */
async function split(check: CheckResult): Promise<string[]> {
  const counties = new Map<string, Map<string, Set<number>>>();
  for (const s of check.sheets) {
    if (s.kind === "targets") continue;
    for (const r of s.records) {
      const c = typeof r.values.region === "string" ? r.values.region : UNKNOWN;
      const sheets = counties.get(c) ?? counties.set(c, new Map()).get(c)!;
      (sheets.get(s.sheet) ?? sheets.set(s.sheet, new Set()).get(s.sheet)!).add(r.row);
    }
  }
  const all = new Map(check.sheets.filter((s) => s.kind !== "targets").map((s) => [s.sheet, new Set(s.records.map((r) => r.row))]));
  const out: string[] = [];
  for (const [county, own] of counties) {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    for (const [sheet, rows] of all) {
      const ws = wb.getWorksheet(sheet)!;
      const keep = own.get(sheet) ?? new Set<number>();
      // Bottom up, so that the rows still to delete keep their numbers.
      for (const row of [...rows].sort((a, b) => b - a)) if (!keep.has(row)) ws.spliceRows(row, 1);
    }
    const path = join(dir, `${county}.xlsx`);
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    out.push(path);
  }
  return out;
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gx-merge-sample-"));
  sample = checkWorkbook(await readXlsxFile(SAMPLE), { today: TODAY });
  files = await split(sample);
  const r = await run(["merge", ...files, "--out", join(dir, "全市台账.xlsx"), "--with-reports"]);
  expect(r.stderr).toBe("");
  // Records the sample places in another county than most of a file's: none, the split is by county.
  expect(r.stdout).not.toContain("merge.foreign-region");
  merged = checkWorkbook(await readXlsxFile(join(dir, "全市台账.xlsx")), { today: TODAY });
});

afterAll(() => rmSync(dir, { recursive: true, force: true }));

/** The records of each kind as the check read them, every column but 序号, in a stable order. */
function recordsOf(check: CheckResult): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const s of check.sheets) {
    if (s.kind === "targets") continue;
    const keys = kindSpec(s.kind).columns.map((c) => c.key).filter((k) => k !== "seq");
    (out[s.kind] ??= []).push(...s.records.map((r) => JSON.stringify(keys.map((k) => r.values[k] ?? null))));
  }
  for (const list of Object.values(out)) list.sort();
  return out;
}

function regionsTab(check: CheckResult): unknown[][] {
  const layout = layoutReport(buildReports(check, { lang: "zh-CN", now: TODAY, workbookName: "x" }, ["县区汇总"])[0]);
  // Rows 1 and 2 are the title and the subtitle (the workbook's name and the time).
  const rows: unknown[][] = [];
  // The sample's 合计 row has a finding (total.mismatch) that belongs to no record; the roll-up holds records
  // only, so the note that counts such findings is compared without that clause.
  const note = (v: unknown) => (typeof v === "string" ? v.replace(/，不属于某条记录的 \d+ 条未计入$/, "") : v);
  for (const c of layout.cells) if (c.row > 2) (rows[c.row - 3] ??= [])[c.col - 1] = note(c.value);
  return rows;
}

test("the split gives one workbook per county", () => {
  expect(files.length).toBeGreaterThan(5);
});

test("gives back the same records", () => {
  expect(recordsOf(merged)).toEqual(recordsOf(sample));
});

test("gives back the same 县区汇总", () => {
  expect(regionsTab(merged)).toEqual(regionsTab(sample));
});
