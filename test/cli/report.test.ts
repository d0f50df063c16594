import { createHash } from "crypto";
import { linkSync, mkdirSync, readdirSync, readFileSync, symlinkSync, writeFileSync } from "fs";
import { basename } from "path";
import ExcelJS from "exceljs";
import { t, type MessageKey } from "../../src/core/i18n";
import { REPORT_TABS } from "../../src/core/reports";
import type { WorkbookData } from "../../src/core/read/types";
import { readXlsx } from "../../src/ports/file/shared/read";
import { tempDir } from "../ports/file/fixtures";
import { FAULTY, run, writeBatches } from "./helpers";

/** `gx-ledger report FILE --out OUT`: a copy of the workbook with the report tabs; FILE is never written. */

const tmp = tempDir();
const input = tmp.path("宣化区.xlsx");
afterAll(() => tmp.remove());

beforeAll(async () => {
  await writeBatches(input, FAULTY);
});

jest.setTimeout(30000);

const sha = (x: unknown) => createHash("sha256").update(typeof x === "string" || x instanceof Buffer ? x : JSON.stringify(x)).digest("hex");
const bytesOf = (path: string) => sha(readFileSync(path));

function book(path: string): Promise<WorkbookData> {
  return readXlsx(readFileSync(path), basename(path));
}

const names = (wb: WorkbookData) => wb.sheets.map((s) => s.name);

/** The values and merges of the sheets of `original`'s names (its ledgers), as the checker reads them. */
function sheetsHash(wb: WorkbookData, sheets: readonly string[]): string {
  return sha(sheets.map((n) => wb.sheets.find((s) => s.name === n)).map((s) => s && [s.name, s.rows, s.merges]));
}

/** A copy of the input with something added, via ExcelJS. */
async function variant(name: string, change: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(input);
  change(wb);
  const path = tmp.path(name);
  await wb.xlsx.writeFile(path);
  return path;
}

describe("report", () => {
  test("writes the seven tabs into OUT; the ledgers are the same values; FILE is untouched", async () => {
    const before = bytesOf(input);
    const out = tmp.path("报表.xlsx");
    const r = await run(["report", input, "--out", out]);
    expect(r.status).toBe(0); // not ready to submit, and still written: 0
    expect(r.stderr).toBe("");
    expect(r.stdout).toContain(t("zh-CN", "cli.not-ready"));
    expect(r.stdout).toContain(t("zh-CN", "cli.report.written", { file: out, count: 7, tabs: REPORT_TABS.join("、") }));
    expect(bytesOf(input)).toBe(before);

    const original = await book(input);
    const copy = await book(out);
    expect(names(copy)).toEqual([...names(original), ...REPORT_TABS, "_gx"]);
    expect(copy.sheets.find((s) => s.name === "_gx")?.state).toBe("veryHidden");
    expect(sheetsHash(copy, names(original))).toBe(sheetsHash(original, names(original)));
    // The first tab lists the check's finding, on the cell it is about.
    const checks = copy.sheets.find((s) => s.name === "校验结果")!;
    expect(checks.rows.some((row) => row?.includes("batch.done-needs-date") && row.includes("F4"))).toBe(true);
    // Only OUT is left in the directory: no temporary file beside it.
    expect(readdirSync(tmp.dir).filter((f) => f.endsWith(".tmp"))).toEqual([]);
  });

  test("--tabs writes only those, in the standard order; Chinese commas are accepted", async () => {
    const out = tmp.path("两张.xlsx");
    const r = await run(["report", input, "--out", out, "--tabs", "县区汇总，校验结果"]);
    expect(r.status).toBe(0);
    expect(names(await book(out))).toEqual(["三个一批", "校验结果", "县区汇总", "_gx"]);
  });

  test("an unknown tab is a usage error naming it and listing the tabs; nothing is written", async () => {
    const out = tmp.path("不写.xlsx");
    const r = await run(["report", input, "--out", out, "--tabs", "校验结果,汇总表"]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(t("zh-CN", "cli.usage.bad-tab", { tab: "汇总表", tabs: REPORT_TABS.join(",") }));
    expect(readdirSync(tmp.dir)).not.toContain("不写.xlsx");
  });

  test("an existing OUT is refused without --force and replaced with it", async () => {
    const out = tmp.path("已有.xlsx");
    writeFileSync(out, "留着");
    const r = await run(["report", input, "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(t("zh-CN", "cli.usage.exists", { file: out }));
    expect(readFileSync(out, "utf8")).toBe("留着");
    const forced = await run(["report", input, "--out", out, "--force"]);
    expect(forced.status).toBe(0);
    expect(names(await book(out))).toContain("校验结果");
  });

  describe("OUT is never FILE, however it is spelt", () => {
    const dirLink = tmp.path("链接目录");
    beforeAll(() => {
      symlinkSync(tmp.dir, dirLink);
      symlinkSync(input, tmp.path("link.xlsx"));
      linkSync(input, tmp.path("hard.xlsx"));
      mkdirSync(tmp.path("sub"));
    });

    test.each([
      ["the same path", () => input],
      ["relative to the working directory", () => "宣化区.xlsx"],
      ["through .. ", () => "sub/../宣化区.xlsx"],
      ["through a symlinked directory", () => `${dirLink}/宣化区.xlsx`],
      ["a symlink to it", () => "link.xlsx"],
      ["a hard link to it", () => "hard.xlsx"],
    ])("%s: refused, exit 2, even with --force", async (_how, out) => {
      const before = bytesOf(input);
      const r = await run(["report", input, "--out", out(), "--force"], { cwd: tmp.dir });
      expect(r.status).toBe(2);
      expect(r.stderr).toContain(t("zh-CN", "cli.usage.out-is-input", { file: out(), input }));
      expect(bytesOf(input)).toBe(before);
    });
  });

  test("a user's own sheet named like a tab is left alone; the tab takes a suffix and the user is told", async () => {
    const file = await variant("有同名表.xlsx", (wb) => {
      wb.addWorksheet("校验结果").getCell("A1").value = "我自己的记录";
    });
    const out = tmp.path("有同名表-报表.xlsx");
    const r = await run(["report", file, "--out", out, "--tabs", "校验结果"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(t("zh-CN", "cli.report.renamed", { wanted: "校验结果", used: "校验结果(2)" }));
    const copy = await book(out);
    expect(names(copy)).toEqual(["三个一批", "校验结果", "校验结果(2)", "_gx"]);
    expect(copy.sheets[1].rows).toEqual([["我自己的记录"]]);
    expect(copy.sheets[2].rows.some((row) => row?.includes("batch.done-needs-date"))).toBe(true);
  });

  test("a report of a report replaces the tool's tabs (recorded in _gx) instead of adding more", async () => {
    const first = tmp.path("第一次.xlsx");
    const second = tmp.path("第二次.xlsx");
    expect((await run(["report", input, "--out", first])).status).toBe(0);
    const r = await run(["report", first, "--out", second]);
    expect(r.status).toBe(0);
    expect(r.stdout).not.toContain("(2)");
    const a = await book(first);
    const b = await book(second);
    expect(names(b)).toEqual(names(a));
    expect(sheetsHash(b, ["三个一批"])).toBe(sheetsHash(a, ["三个一批"]));
    // The report tabs were not read as ledgers: the same findings, so 校验结果 is the same table below its
    // title and subtitle (which names the workbook).
    const table = (wb: WorkbookData) => wb.sheets.find((s) => s.name === "校验结果")!.rows.slice(2);
    expect(table(b)).toEqual(table(a));
  });

  test("a _gx that cannot be read is left as it is, and the user is told what that means", async () => {
    const file = await variant("坏设置.xlsx", (wb) => {
      wb.addWorksheet("_gx", { state: "veryHidden" }).getCell("A1").value = "{不是 JSON";
    });
    const out = tmp.path("坏设置-报表.xlsx");
    const r = await run(["report", file, "--out", out, "--tabs", "校验结果"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(t("zh-CN", "cli.report.settings-unreadable"));
    const gx = (await book(out)).sheets.find((s) => s.name === "_gx")!;
    expect(gx.rows).toEqual([["{不是 JSON"]]);
  });

  test("a file that cannot be read: exit 2 with the reason, nothing written", async () => {
    const csv = tmp.path("导出.xlsx");
    writeFileSync(csv, "企业名称,信用代码\n");
    const out = tmp.path("导出-报表.xlsx");
    const r = await run(["report", csv, "--out", out]);
    expect(r.status).toBe(2);
    expect(r.stderr).toContain(t("zh-CN", "cli.report.unreadable", { file: csv, error: t("zh-CN", "file.not-xlsx") }));
    expect(readdirSync(tmp.dir)).not.toContain("导出-报表.xlsx");
  });

  test("--lang en: the messages in English, the tab names the standard ones", async () => {
    const out = tmp.path("english.xlsx");
    const r = await run(["report", input, "--out", out, "--tabs", "县区汇总", "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(t("en-US", "cli.report.written", { file: out, count: 1, tabs: "县区汇总" }));
  });

  test.each([
    [["report", "--out", "x.xlsx"], "cli.usage.no-input", {}],
    [["report", "a.xlsx", "b.xlsx", "--out", "x.xlsx"], "cli.usage.extra-args", { args: "b.xlsx" }],
    [["report", "a.xlsx"], "cli.usage.need-out", {}],
    [["report", "a.xlsx", "--out", "报表.xls"], "cli.usage.out-not-xlsx", { file: "报表.xls" }],
    [["report", "a.xlsx", "--out", "x.xlsx", "--tabs", " , "], "cli.usage.no-tabs", { tabs: REPORT_TABS.join(",") }],
    [["report", "a.xlsx", "--out", "x.xlsx", "--period", "0"], "cli.usage.bad-period", { value: "0" }],
  ])("usage error %j", async (argv, key, params) => {
    const r = await run(argv, { cwd: tmp.dir });
    expect(r.status).toBe(2);
    expect(r.stdout).toBe("");
    expect(r.stderr).toContain(t("zh-CN", key as MessageKey, params));
  });
});
