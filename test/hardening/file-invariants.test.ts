/**
 * Nothing lost, on the file side (issue 8): the command line and the standalone page's file port never write the
 * user's file, never change a ledger value (after check, mark + clear, and report), never replace a user's sheet,
 * and writing the reports twice gives the same tabs, not a second set.
 */
import { copyFileSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import ExcelJS from "exceljs";
import { CORPUS, CORPUS_DIR } from "../../scripts/make-corpus";
import { buildReports, layoutReport, REPORT_TABS } from "../../src/core/reports";
import { checkWorkbook } from "../../src/core/check";
import type { WorkbookData } from "../../src/core/read/types";
import { openWorkbookFile } from "../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../src/ports/file/shared/read";
import { t } from "../../src/core/i18n";
import { run } from "../cli/helpers";
import { tempDir } from "../ports/file/fixtures";
import { fileStamp, ledgerHash, sha256 } from "./invariants";
import { unprefixWorkbook } from "../support/prefixed-xml";
import { transitionalWorkbook } from "../support/strict-xml";

jest.setTimeout(120000);

const ROOT = join(__dirname, "..", "..");
const NOW = new Date(Date.UTC(2022, 10, 15, 8));
const tmp = tempDir();
afterAll(() => tmp.remove());

/** The readable workbooks: the sample and every corpus file that has findings (committed). */
const READABLE = [
  { file: "样例台账.xlsx", path: join(ROOT, "samples", "样例台账.xlsx") },
  ...CORPUS.filter((e) => e.committed && !e.refusal).map((e) => ({ file: e.file, path: join(CORPUS_DIR, e.file) })),
];
/** `_gx` that is not JSON: the tabs are written but cannot be recorded as the add-in's (the user is told). */
const SETTINGS_UNREADABLE = "gx-not-json.xlsx";

const book = (path: string): Promise<WorkbookData> => readXlsx(readFileSync(path), basename(path));
const names = (wb: WorkbookData) => wb.sheets.map((s) => s.name);

/** A private copy of a fixture, so that a test that failed to keep its hands off cannot spoil the others. */
function copyOf(path: string, name = basename(path)): string {
  const to = tmp.path(`${Date.now()}-${Math.random().toString(36).slice(2)}-${name}`);
  copyFileSync(path, to);
  return to;
}

describe("the command line never writes its input", () => {
  const all = [...READABLE, ...CORPUS.filter((e) => e.committed && e.refusal).map((e) => ({ file: e.file, path: join(CORPUS_DIR, e.file) }))];

  test.each(all)("check $file: the same bytes and modification time after", async ({ path }) => {
    const input = copyOf(path);
    const before = fileStamp(input);
    await run(["check", input, "--format", "json"]);
    await run(["check", input, "--lang", "en"]);
    expect(fileStamp(input)).toEqual(before);
  });

  test.each(READABLE)("report $file: the input untouched, the copy's ledgers the same values, a report of the report the same tabs", async ({ file, path }) => {
    const input = copyOf(path);
    const before = fileStamp(input);
    const out = tmp.path(`out-${Date.now()}-${file.replace(/\.xls$/, ".xlsx")}`);
    const r = await run(["report", input, "--out", out, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(fileStamp(input)).toEqual(before);

    const original = await book(input);
    const copy = await book(out);
    const added = names(copy).filter((n) => !names(original).includes(n));
    expect(added.filter((n) => n !== "_gx").sort()).toEqual([...REPORT_TABS].sort());
    expect(ledgerHash(copy, REPORT_TABS)).toBe(ledgerHash(original));

    // The report of the report: its tabs replaced, not added again, and the ledgers still the same.
    const outStamp = fileStamp(out);
    const again = tmp.path(`again-${Date.now()}-${file.replace(/\.xls$/, ".xlsx")}`);
    const r2 = await run(["report", out, "--out", again, "--lang", "en"]);
    expect(r2.status).toBe(0);
    expect(fileStamp(out)).toEqual(outStamp);
    const twice = await book(again);
    expect(ledgerHash(twice, names(twice).filter((n) => !names(original).includes(n)))).toBe(ledgerHash(original));
    if (file === SETTINGS_UNREADABLE) {
      // The add-in cannot tell its tabs from the user's: it adds a second set rather than replace a user's sheet.
      expect(r.stdout).toContain(t("en-US", "cli.report.settings-unreadable"));
      expect(names(twice).filter((n) => n.startsWith("校验结果"))).toEqual(["校验结果", "校验结果(2)"]);
    } else {
      expect(names(twice)).toEqual(names(copy));
      expect(new Set(names(twice)).size).toBe(names(twice).length);
    }
  });
});

describe("a user's sheet with a report tab's name is never replaced", () => {
  async function withUserSheet(): Promise<string> {
    const wb = new ExcelJS.Workbook();
    await wb.xlsx.readFile(join(CORPUS_DIR, "hidden-and-blank.xlsx"));
    const mine = wb.addWorksheet("校验结果");
    mine.addRow(["我自己的校验记录", "请勿删除"]);
    mine.addRow([1, new Date(Date.UTC(2022, 9, 1))]);
    const path = tmp.path(`user-sheet-${Date.now()}.xlsx`);
    writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
    return path;
  }

  test("the command line writes its tab beside it, and a second report keeps both as they were", async () => {
    const input = await withUserSheet();
    const original = await book(input);
    const out = tmp.path(`user-out-${Date.now()}.xlsx`);
    const r = await run(["report", input, "--out", out, "--lang", "en"]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(t("en-US", "cli.report.renamed", { wanted: "校验结果", used: "校验结果(2)" }));
    const copy = await book(out);
    const own = REPORT_TABS.map((n) => (n === "校验结果" ? "校验结果(2)" : n));
    expect(ledgerHash(copy, own)).toBe(ledgerHash(original));
    const again = tmp.path(`user-again-${Date.now()}.xlsx`);
    await run(["report", out, "--out", again]);
    const twice = await book(again);
    expect(names(twice)).toEqual(names(copy));
    expect(ledgerHash(twice, own)).toBe(ledgerHash(original));
  });

  test("the standalone page does the same", async () => {
    const bytes = readFileSync(await withUserSheet());
    const original = await readXlsx(bytes, "u.xlsx");
    const port = await openWorkbookFile(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer, "u.xlsx");
    const check = checkWorkbook(await port.read(), { today: NOW });
    const layouts = buildReports(check, { lang: "zh-CN", now: NOW, workbookName: "u.xlsx" }).map(layoutReport);
    const first = await port.writeReports(layouts);
    expect(first.renamed).toEqual([{ wanted: "校验结果", used: "校验结果(2)" }]);
    const second = await port.writeReports(layouts);
    expect(second.written).toEqual(first.written);
    const saved = await readXlsx(new Uint8Array(await (await port.download()).arrayBuffer()), "u.xlsx");
    expect(ledgerHash(saved, first.written)).toBe(ledgerHash(original));
    expect(new Set(names(saved)).size).toBe(names(saved).length);
  });
});

/** Every cell's style and the sheets' conditional formats: what marking may change and clearing must restore. */
async function looks(bytes: Uint8Array, sheets: readonly string[]): Promise<string> {
  const wb = new ExcelJS.Workbook();
  // ExcelJS reads no namespace prefix and no Strict OOXML: such corpus files are shown to it unprefixed, Transitional.
  await wb.xlsx.load(Buffer.from(await unprefixWorkbook(await transitionalWorkbook(bytes))) as unknown as ExcelJS.Buffer);
  const out: unknown[] = [];
  for (const name of sheets) {
    const ws = wb.getWorksheet(name);
    if (!ws) continue;
    const cells: unknown[] = [];
    ws.eachRow({ includeEmpty: true }, (row) => row.eachCell({ includeEmpty: true }, (c) => cells.push([c.address, c.style])));
    out.push([name, cells, (ws as unknown as { conditionalFormattings: unknown[] }).conditionalFormattings]);
  }
  return sha256(JSON.stringify(out));
}

describe("the standalone page's file port", () => {
  test.each(READABLE)("$file: check, mark + clear and report leave every ledger value as it was; the opened bytes are never changed", async ({ file, path }) => {
    const bytes = new Uint8Array(readFileSync(path));
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
    const opened = sha256(new Uint8Array(buffer));
    const original = await readXlsx(bytes, file);
    const port = await openWorkbookFile(buffer, file);
    const download = async () => new Uint8Array(await (await port.download()).arrayBuffer());

    const data = await port.read();
    expect(ledgerHash(data)).toBe(ledgerHash(original));
    const check = checkWorkbook(data, { today: NOW });
    const ledgers = check.sheets.map((s) => s.sheet);
    const before = await looks(await download(), ledgers);

    const marked = await port.mark(check.findings);
    expect(marked).toBeGreaterThanOrEqual(0);
    const afterMark = await download();
    expect(ledgerHash(await readXlsx(afterMark, file))).toBe(ledgerHash(original));
    await port.clearMarks();
    const afterClear = await download();
    expect(ledgerHash(await readXlsx(afterClear, file))).toBe(ledgerHash(original));
    expect(await looks(afterClear, ledgers)).toBe(before);

    const layouts = buildReports(check, { lang: "zh-CN", now: NOW, workbookName: file }).map(layoutReport);
    const first = await port.writeReports(layouts);
    const second = await port.writeReports(layouts);
    // The page keeps the tabs of this session until the download writes them, so writing them again replaces
    // them, even when `_gx` cannot record them (the downloaded copy never holds two sets).
    expect([first.settingsUnreadable, second.settingsUnreadable]).toEqual(file === SETTINGS_UNREADABLE ? [true, true] : [false, false]);
    expect(second.written).toEqual(first.written);
    const reported = await readXlsx(await download(), file);
    expect(ledgerHash(reported, [...first.written, ...second.written])).toBe(ledgerHash(original));
    expect(new Set(names(reported)).size).toBe(names(reported).length);
    if (file !== SETTINGS_UNREADABLE) expect(names(reported).filter((n) => !names(original).includes(n) && n !== "_gx").sort()).toEqual([...REPORT_TABS].sort());

    expect(sha256(new Uint8Array(buffer))).toBe(opened);
    expect(port.downloadName()).not.toBe(file);
  });
});
