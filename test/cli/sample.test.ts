import { readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { basename, dirname, join } from "path";
import { t } from "../../src/core/i18n";
import { ALL_REPORT_TABS, isReportTab } from "../../src/core/reports";
import { readXlsx } from "../../src/ports/file/shared/read";
import { makeSample, type PlantedDefect } from "../../scripts/make-sample";
import { tempDir } from "../ports/file/fixtures";
import { run } from "./helpers";

/** The sample that `gx-ledger demo` checks: its findings are exactly the defects planted in it. */

const ROOT = join(__dirname, "..", "..");
const SAMPLE = join(ROOT, "samples", "样例台账.xlsx");
const planted: PlantedDefect[] = JSON.parse(readFileSync(join(ROOT, "scripts", "sample-defects.json"), "utf8"));

const where = (i: { rule: string; severity: string; sheet: string | null; cell: string | null; row: number | null; explained: boolean }) =>
  JSON.stringify([i.rule, i.severity, i.sheet, i.cell, i.row, i.explained]);

jest.setTimeout(30000);

test("checking the sample reports exactly the planted defects, no more, no fewer", async () => {
  const r = await run(["check", SAMPLE, "--format", "json"]);
  const file = JSON.parse(r.stdout).files[0];
  expect(file.issues.map(where).sort()).toEqual(planted.map(where).sort());
  expect(file.profile).toEqual({ year: 2022, period: 10, source: "built-in", periodSource: "targets", scope: "city" });
  expect(file.ignoredSheets).toEqual(["填报说明"]);
  expect(file.sheets.map((s: { kind: string }) => s.kind)).toEqual([
    "key-enterprises", "cultivation", "declining", "projects", "tech-reform", "three-batches", "clusters", "energy", "targets",
  ]);
  expect(r.status).toBe(1);
});

test("the sample has what a real ledger has: titles, a two-row header, aliases, a 合计 row, a few hundred records", async () => {
  const wb = await readXlsx(readFileSync(SAMPLE), "样例台账.xlsx");
  const key = wb.sheets.find((s) => s.name === "百家重点企业")!;
  expect(key.rows[0]?.[0]).toBe("2022年1-10月百家重点企业台账");
  expect(key.merges).toContainEqual({ top: 1, left: 1, bottom: 1, right: 12 });
  expect(key.merges).toContainEqual({ top: 3, left: 7, bottom: 3, right: 8 }); // 营业收入 over 本年 / 上年
  expect(key.rows[2]).toContain("企业全称");
  expect(key.rows[2]).toContain("信用代码");
  expect(key.rows.some((r) => r?.[0] === "合计")).toBe(true);
  const out = JSON.parse((await run(["check", SAMPLE, "--format", "json"])).stdout);
  const records = out.files[0].sheets.reduce((n: number, s: { records: number }) => n + s.records, 0);
  expect(records).toBeGreaterThan(500);
});

describe("demo", () => {
  const tmp = tempDir();
  afterAll(() => tmp.remove());
  const tabsOf = async (file: string) => (await readXlsx(readFileSync(file), basename(file))).sheets.map((s) => s.name).filter(isReportTab);

  test("checks the sample, prints the table and writes the report to --out DIR; planted defects do not fail it", async () => {
    const dir = tmp.path("演示");
    const r = await run(["demo", "--out", dir]);
    expect(r.status).toBe(0);
    for (const d of planted) expect(r.stdout).toContain(d.rule);
    expect(r.stdout).toContain("不可报送");
    const report = join(dir, "样例台账-报表.xlsx");
    // Compared with last month's sample: its planted changes, and the tab 与上期对比 beside the seven.
    expect(r.stdout).toContain("上期：samples/样例台账-上月.xlsx（2022年1-9月，全面对比）");
    for (const rule of ["history.ytd-decreased", "history.month-jump", "history.status-regressed", "history.removed", "history.added"]) expect(r.stdout).toContain(rule);
    // Last month's explanation of a warning that stands now is listed, not counted.
    expect(r.stdout).toContain("（上期说明：“计量表更换，当月按估算填报”，1-9月，可沿用）");
    expect(r.stdout).toContain(t("zh-CN", "cli.report.written", { file: report, count: 8, tabs: ALL_REPORT_TABS.join("、") }));
    expect(await tabsOf(report)).toEqual(ALL_REPORT_TABS);
    // Run again: the report is there, so only --force replaces it.
    expect((await run(["demo", "--out", dir])).status).toBe(2);
    expect((await run(["demo", "--out", dir, "--force"])).status).toBe(0);
  });

  test("without --out, a new directory under the system's temp directory, never the project", async () => {
    const r = await run(["demo"]);
    expect(r.status).toBe(0);
    const report = /(\S+样例台账-报表\.xlsx)/.exec(r.stdout)?.[1] as string;
    try {
      expect(report.startsWith(join(tmpdir(), "gx-ledger-demo-"))).toBe(true);
      expect(await tabsOf(report)).toEqual(ALL_REPORT_TABS);
    } finally {
      rmSync(dirname(report), { recursive: true, force: true });
    }
    expect(readdirSync(join(ROOT, "samples")).filter((f) => f.includes("报表"))).toEqual([]);
  });

  test("--format json: stdout is the JSON alone, where the report went is on stderr", async () => {
    const dir = tmp.path("json");
    const r = await run(["demo", "--out", dir, "--format", "json"]);
    expect(r.status).toBe(0);
    expect(JSON.parse(r.stdout).files[0].summary.ready).toBe(false);
    expect(r.stderr).toContain(join(dir, "样例台账-报表.xlsx"));
  });
});

test("the generator is deterministic: it makes the committed sample again", async () => {
  const again = await makeSample();
  expect(again.defects).toEqual(planted);
  expect(Buffer.from(again.workbook).equals(readFileSync(SAMPLE))).toBe(true);
});
