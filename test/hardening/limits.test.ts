/**
 * The limits suite (issue 19): hostile workbooks, each small on disk, through the real CLI as a child process under
 * a heap cap. Each must give a result or a clear refusal naming the limit, within a time and a memory bound;
 * a V8 abort, a stack trace or an English library message fails. The bounds are generous for a shared 2-core
 * machine, yet each is far below what the naive reading cost (gigabytes, minutes).
 */
import { existsSync, writeFileSync } from "fs";
import { basename } from "path";
import { saveReport } from "../../src/cli/report-file";
import { t } from "../../src/core/i18n";
import { REPORT_TABS } from "../../src/core/reports";
import { checkWorkbook } from "../../src/core/check";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { LIMITS, limitText } from "../../src/core/limits";
import { tempDir } from "../ports/file/fixtures";
import { runCli, STACK_TRACE, type Measured } from "../support/hostile/run-cli";
import { batchRows, numberCell, rawXlsx, row, workbookParts, type RawWorkbook } from "../support/hostile/xlsx";
import { zip } from "../support/hostile/zip";

jest.setTimeout(120000);

/**
 * Every hostile file goes through ONE run of the CLI (`check a.xlsx b.xlsx … --format json`, each file its own
 * entry, a refusal or the sheets read): the CLI's start (tsx compiles it) cost 2–3 s per file, most of the suite's
 * time. Nothing is weakened: an abort on any file fails every case, and the run's peak memory and wall time bound
 * each file's. The naive reading took minutes or aborted; the bounds only have to tell those apart.
 */
const BOUND_MS = 60000;
const BOUND_MB = 400;

const tmp = tempDir();
afterAll(() => tmp.remove());

function write(name: string, wb: RawWorkbook | Buffer): string {
  const path = tmp.path(name);
  writeFileSync(path, Buffer.isBuffer(wb) ? wb : rawXlsx(wb));
  return path;
}

interface JsonFile {
  file: string;
  error?: string;
  sheets?: { sheet: string; records: number }[];
}

/** Each hostile workbook, by its file name; each generator is scaled to be written in well under a second. */
const HOSTILE: Record<string, () => RawWorkbook | Buffer> = {
  "merge-grid.xlsx": () => ({ sheets: [{ name: "三个一批", rows: batchRows(3), merges: ["A1:XFD1048576"] }] }),
  "merge-column.xlsx": () => ({ sheets: [{ name: "三个一批", rows: batchRows(3), merges: ["N3:N1048576"] }] }),
  "many-merges.xlsx": () => ({
    sheets: [{ name: "三个一批", rows: batchRows(3), merges: Array.from({ length: LIMITS.mergesPerSheet + 1 }, (_, i) => `H${i * 2 + 1}:I${i * 2 + 1}`) }],
  }),
  // 20,000 rows: read naively, 16,384 slots each would still be 2.6 GB.
  "far-columns.xlsx": () => ({
    sheets: [{ name: "三个一批", rows: () => Array.from({ length: 20000 }, (_, i) => row(i + 1, numberCell(`XFD${i + 1}`, 1))) }],
  }),
  "far-row.xlsx": () => ({ sheets: [{ name: "三个一批", rows: batchRows(2) + row(1048577, numberCell("A1048577", 1)) }] }),
  "duplicate-entry.xlsx": () => ({
    sheets: [{ name: "三个一批", rows: batchRows(2) }],
    extra: [{ name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" }],
  }),
  // One entry over the limit is enough to be refused; 65,000 took 58 s before the limit.
  "many-entries.xlsx": () => ({
    sheets: [{ name: "三个一批", rows: batchRows(2) }],
    extra: Array.from({ length: LIMITS.zipEntries + 1 }, (_, i) => ({ name: `xl/media/p${i}.bin`, data: "" })),
  }),
  "declared-bomb.xlsx": () =>
    zip(
      workbookParts({ sheets: [{ name: "三个一批", rows: batchRows(2) }] }).map((p) =>
        p.name === "xl/worksheets/sheet1.xml" ? { ...p, declaredSize: LIMITS.unzippedBytes + 1 } : p,
      ),
    ),
  // Cheap for the XML parser (a comment), the worst case for a backtracking scan: every "<c" starts a match that
  // runs to the end of the piece (148 KB of such tags zipped took 72 s before). 9 MB, so that the file is streamed.
  "unclosed-cells.xlsx": () => ({ sheets: [{ name: "三个一批", rows: batchRows(3) + `<!--${"<c".repeat(4.5 * 1024 * 1024)}-->` }] }),
};

let run: Measured;
const files = new Map<string, JsonFile>();

beforeAll(() => {
  const paths = Object.entries(HOSTILE).map(([name, make]) => write(name, make()));
  run = runCli(["check", ...paths, "--format", "json", "--lang", "zh"], { heapMb: 384, timeoutMs: BOUND_MS * 2 });
  try {
    for (const f of (JSON.parse(run.stdout) as { files: JsonFile[] }).files) files.set(basename(f.file), f);
  } catch {
    // left empty: every case fails and the run's own test shows stdout
  }
});

/** One file's entry in the run's JSON. */
function entry(name: string): JsonFile {
  const f = files.get(name);
  if (!f) throw new Error(`${name} missing from the run's output:\n${run.stdout.slice(0, 2000)}\n${run.stderr.slice(0, 2000)}`);
  return f;
}

test("one run over every hostile file: no abort, no stack trace, within the time and memory bounds, a refusal exits 2", () => {
  expect(run.signal).toBeNull();
  expect(run.stderr).not.toMatch(STACK_TRACE);
  expect(run.stdout).not.toMatch(STACK_TRACE);
  expect(run.ms).toBeLessThan(BOUND_MS);
  expect(run.peakMb).toBeLessThan(BOUND_MB);
  expect(run.status).toBe(2);
  expect([...files.keys()].sort()).toEqual(Object.keys(HOSTILE).sort());
});

describe("merged areas are never expanded past the cells the sheet holds", () => {
  test("a 2 KB workbook whose merge covers the whole grid: read as Excel shows it (one value, in A1)", () => {
    expect(entry("merge-grid.xlsx").error).toBeUndefined();
    expect(entry("merge-grid.xlsx").sheets?.[0]).toMatchObject({ sheet: "三个一批", records: 0 });
  });

  test("a merge down column N to Excel's last row, beside a ledger: the ledger checked", () => {
    expect(entry("merge-column.xlsx").error).toBeUndefined();
    expect(entry("merge-column.xlsx").sheets?.[0]).toMatchObject({ sheet: "三个一批", records: 3 });
  });

  test("one merge more than the limit on one sheet: refused as over the limit of merged areas", () => {
    expect(entry("many-merges.xlsx").error).toBe(t("zh-CN", "file.too-many-merges", { sheet: "三个一批", limit: limitText(LIMITS.mergesPerSheet) }));
  });
});

describe("the reader never allocates by a column or row index it was merely told", () => {
  test("20,000 rows each with one value in column XFD: refused, naming the column limit and saying to split", () => {
    expect(entry("far-columns.xlsx").error).toBe(t("zh-CN", "file.too-many-columns", { sheet: "三个一批", column: "XFD", limit: limitText(LIMITS.columns) }));
    expect(entry("far-columns.xlsx").error).toContain("拆分");
  });

  test("a row number past Excel's last row: refused as beyond Excel's grid", () => {
    expect(entry("far-row.xlsx").error).toBe(t("zh-CN", "file.beyond-grid", { sheet: "三个一批", cell: "A1048577" }));
  });
});

describe("the zip itself", () => {
  test("two entries named xl/worksheets/sheet1.xml: refused as a damaged file", () => {
    expect(entry("duplicate-entry.xlsx").error).toBe(t("zh-CN", "file.duplicate-part", { part: "xl/worksheets/sheet1.xml" }));
  });

  test("one zip entry more than the limit: refused, naming the limit", () => {
    expect(entry("many-entries.xlsx").error).toContain(limitText(LIMITS.zipEntries));
  });

  test("a sheet that unzips past the limit (as its zip declares): refused before reading, saying to split the file", () => {
    expect(entry("declared-bomb.xlsx").error).toBe(t("zh-CN", "file.too-large-unzipped", { limit: LIMITS.unzippedBytes / 1024 / 1024 }));
    expect(entry("declared-bomb.xlsx").error).toContain("拆分");
  });
});

describe("the streaming reader scans the sheet XML in linear time", () => {
  test("9 MB of unclosed <c> tags in a comment beside a ledger (streamed): the ledger checked within the run's bound", () => {
    expect(entry("unclosed-cells.xlsx").error).toBeUndefined();
    expect(entry("unclosed-cells.xlsx").sheets?.[0]).toMatchObject({ sheet: "三个一批", records: 3 });
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
