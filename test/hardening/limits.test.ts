/**
 * The limits suite (issue 19): hostile workbooks, each small on disk, through the real CLI as a child process under
 * a heap cap. Each must give a result or a clear refusal naming the limit, within a time and a memory bound;
 * a V8 abort, a stack trace or an English library message fails. The bounds are generous for a shared 2-core
 * machine, yet each is far below what the naive reading cost (gigabytes, minutes).
 */
import { existsSync, writeFileSync } from "fs";
import { saveReport } from "../../src/cli/report-file";
import { t } from "../../src/core/i18n";
import { REPORT_TABS } from "../../src/core/reports";
import { checkWorkbook } from "../../src/core/check";
import { readXlsxFile } from "../../src/ports/file/node";
import { LIMITS } from "../../src/core/limits";
import { tempDir } from "../ports/file/fixtures";
import { runCli, STACK_TRACE, type Measured } from "../support/hostile/run-cli";
import { batchRows, numberCell, rawXlsx, row, workbookParts, type RawWorkbook } from "../support/hostile/xlsx";
import { zip } from "../support/hostile/zip";

jest.setTimeout(90000);

/**
 * Wall time of one run: the CLI's start (tsx compiles it) takes 1–2 s alone, several on a loaded 2-core machine.
 * The naive reading took minutes or aborted; this bound only has to tell those apart.
 */
const BOUND_MS = 30000;

const tmp = tempDir();
afterAll(() => tmp.remove());

/** Every run: no abort, no stack trace, and within the bounds. */
function bounded(r: Measured, maxMs: number, maxMb: number): void {
  expect(r.signal).toBeNull();
  expect(r.stderr).not.toMatch(STACK_TRACE);
  expect(r.stdout).not.toMatch(STACK_TRACE);
  expect(r.ms).toBeLessThan(maxMs);
  expect(r.peakMb).toBeLessThan(maxMb);
}

function write(name: string, wb: RawWorkbook | Buffer): string {
  const path = tmp.path(name);
  writeFileSync(path, Buffer.isBuffer(wb) ? wb : rawXlsx(wb));
  return path;
}

interface JsonOut {
  files: { file: string; error?: string; sheets?: { sheet: string; records: number }[] }[];
}

function check(path: string, lang = "zh"): Measured & { json: JsonOut } {
  const r = runCli(["check", path, "--format", "json", "--lang", lang], { heapMb: 384 });
  let json: JsonOut = { files: [] };
  try {
    json = JSON.parse(r.stdout);
  } catch {
    // left empty: the assertions on the files fail and show stdout
  }
  return { ...r, json };
}

describe("merged areas are never expanded past the cells the sheet holds", () => {
  test("a 2 KB workbook whose merge covers the whole grid: read as Excel shows it (one value, in A1), in bounded memory", () => {
    const path = write("merge-grid.xlsx", { sheets: [{ name: "三个一批", rows: batchRows(3), merges: ["A1:XFD1048576"] }] });
    const r = check(path);
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBe(1);
    expect(r.json.files[0].sheets?.[0]).toMatchObject({ sheet: "三个一批", records: 0 });
  });

  test("a merge down column N to Excel's last row, beside a ledger: the ledger checked, in bounded memory", () => {
    const path = write("merge-column.xlsx", { sheets: [{ name: "三个一批", rows: batchRows(3), merges: ["N3:N1048576"] }] });
    const r = check(path);
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBeLessThan(2);
    expect(r.json.files[0].sheets?.[0]).toMatchObject({ sheet: "三个一批", records: 3 });
  });

  test("one merge more than the limit on one sheet: refused as over the limit of merged areas", () => {
    const merges = Array.from({ length: LIMITS.mergesPerSheet + 1 }, (_, i) => `H${i * 2 + 1}:I${i * 2 + 1}`);
    const path = write("many-merges.xlsx", { sheets: [{ name: "三个一批", rows: batchRows(3), merges }] });
    const r = check(path);
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBe(2);
    expect(r.json.files[0].error).toContain(String(LIMITS.mergesPerSheet.toLocaleString("en-US")));
  });
});

describe("the reader never allocates by a column or row index it was merely told", () => {
  test("60,000 rows each with one value in column XFD: refused, naming the column limit", () => {
    const path = write("far-columns.xlsx", {
      sheets: [{ name: "三个一批", rows: () => Array.from({ length: 60000 }, (_, i) => row(i + 1, numberCell(`XFD${i + 1}`, 1))) }],
    });
    const r = check(path);
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBe(2);
    expect(r.json.files[0].error).toBe(t("zh-CN", "file.too-many-columns", { sheet: "三个一批", column: "XFD", limit: LIMITS.columns.toLocaleString("en-US") }));
    expect(r.json.files[0].error).toContain("拆分");
  });

  test("a row number past Excel's last row: refused as beyond Excel's grid", () => {
    const path = write("far-row.xlsx", { sheets: [{ name: "三个一批", rows: batchRows(2) + row(1048577, numberCell("A1048577", 1)) }] });
    const r = check(path, "en");
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBe(2);
    expect(r.json.files[0].error).toContain("1,048,576");
  });
});

describe("the zip itself", () => {
  test("two entries named xl/worksheets/sheet1.xml: refused as a damaged file", () => {
    const wb: RawWorkbook = { sheets: [{ name: "三个一批", rows: batchRows(2) }] };
    wb.extra = [{ name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" }];
    const r = check(write("duplicate-entry.xlsx", wb));
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBe(2);
    expect(r.json.files[0].error).toBe(t("zh-CN", "file.duplicate-part", { part: "xl/worksheets/sheet1.xml" }));
  });

  test("65,000 zip entries: refused fast, naming the limit", () => {
    const wb: RawWorkbook = { sheets: [{ name: "三个一批", rows: batchRows(2) }] };
    wb.extra = Array.from({ length: 65000 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: "" }));
    const r = check(write("many-entries.xlsx", wb), "en");
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBe(2);
    expect(r.json.files[0].error).toContain(LIMITS.zipEntries.toLocaleString("en-US"));
  });

  test("a sheet that unzips past the limit (as its zip declares): refused before reading, saying to split the file", () => {
    const parts = workbookParts({ sheets: [{ name: "三个一批", rows: batchRows(2) }] });
    const wb = zip(parts.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, declaredSize: LIMITS.unzippedBytes + 1 } : p)));
    const r = check(write("declared-bomb.xlsx", wb));
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBe(2);
    expect(r.json.files[0].error).toContain(String(LIMITS.unzippedBytes / 1024 / 1024));
    expect(r.json.files[0].error).toContain("拆分");
  });
});

describe("the streaming reader scans the sheet XML in linear time", () => {
  test("9 MB of unclosed <c> tags in a comment beside a ledger (streamed): the ledger checked within the time bound", () => {
    // Cheap for the XML parser (a comment), the worst case for a backtracking scan: every "<c" starts a match
    // that runs to the end of the piece. 148 KB of such tags zipped took 72 s before.
    const hostile = `<!--${"<c".repeat(4.5 * 1024 * 1024)}-->`;
    const path = write("unclosed-cells.xlsx", { sheets: [{ name: "三个一批", rows: batchRows(3) + hostile }] });
    const r = check(path);
    bounded(r, BOUND_MS, 400);
    expect(r.status).toBeLessThan(2);
    expect(r.json.files[0].sheets?.[0]).toMatchObject({ sheet: "三个一批", records: 3 });
  });
});

describe("report: the copy holds what the check held", () => {
  test("a workbook over the page's load limit is still reported: the copy goes part by part, never loaded whole", async () => {
    const parts = workbookParts({ sheets: [{ name: "三个一批", rows: batchRows(2) }] });
    const input = write("big-for-report.xlsx", zip(parts.map((p) => (p.name === "xl/worksheets/sheet1.xml" ? { ...p, declaredSize: LIMITS.paneXmlBytes + 1 } : p))));
    const check = checkWorkbook(await readXlsxFile(write("small.xlsx", { sheets: [{ name: "三个一批", rows: batchRows(2) }] })), {});
    const out = tmp.path("big-report.xlsx");
    const target = { input, inputShown: "big-for-report.xlsx", out, outShown: "big-report.xlsx", force: false };
    await saveReport(target, check, { tabs: REPORT_TABS, lang: "zh-CN", now: new Date() });
    expect(existsSync(out)).toBe(true);
    expect((await readXlsxFile(out)).sheets.map((s) => s.name)).toEqual(expect.arrayContaining(["三个一批", "校验结果"]));
  });
});
