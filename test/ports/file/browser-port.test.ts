/**
 * The standalone page's file port, run in Node: there is no Worker, so the same host answers in-process (the
 * browser suite test/e2e runs it in a real worker). The downloaded copy is read back with ExcelJS.
 */

import { createHash } from "crypto";
import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { BUILTIN_PROFILE } from "../../../src/core/profile";
import { parseSettings } from "../../../src/core/read";
import { buildReports, layoutReport, REPORT_TABS } from "../../../src/core/reports";
import { checkWorkbook } from "../../../src/core/check";
import type { AnyFinding as Finding } from "../../../src/core/findings";
import type { PortProgress } from "../../../src/ports/port";
import { openWorkbookFile, type FilePort } from "../../../src/ports/file/browser/browser-port";
import { MARK_FORMULA } from "../../../src/ports/file/shared/marks";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { isFileRefusal } from "../../../src/ports/file/shared/refusal";
import { storedZip, workbookBytes } from "./fixtures";

const SAMPLE = join(__dirname, "../../../samples/样例台账.xlsx");
const NOW = new Date(Date.UTC(2022, 10, 15, 8));

function sampleBuffer(): ArrayBuffer {
  const b = readFileSync(SAMPLE);
  return b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength) as ArrayBuffer;
}

const sha = (b: ArrayBuffer | Uint8Array) => createHash("sha256").update(new Uint8Array(b instanceof ArrayBuffer ? b : b.buffer.slice(b.byteOffset, b.byteOffset + b.byteLength))).digest("hex");

async function loadBlob(blob: Blob): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(await blob.arrayBuffer()) as unknown as ExcelJS.Buffer);
  return wb;
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1);
  });
  return out;
}

const ownSheets = new Set([...REPORT_TABS, "_gx", "审核说明"]);
function ledgerHash(wb: ExcelJS.Workbook): string {
  const sheets = wb.worksheets.filter((w) => !ownSheets.has(w.name)).map((w) => [w.name, values(w)]);
  return createHash("sha256").update(JSON.stringify(sheets)).digest("hex");
}

function settingsOf(wb: ExcelJS.Workbook) {
  const gx = wb.getWorksheet("_gx");
  return parseSettings(gx ? { name: "_gx", rows: values(gx) as never, merges: [] } : undefined).settings;
}

type Cf = { ref: string; rules: { type: string; priority?: number; formulae?: string[] }[] };
const formatsOf = (ws: ExcelJS.Worksheet) => (ws as unknown as { conditionalFormattings: Cf[] }).conditionalFormattings;
const markRefs = (ws: ExcelJS.Worksheet, level: "error" | "warning") =>
  formatsOf(ws)
    .filter((cf) => cf.rules.some((r) => r.formulae?.[0] === MARK_FORMULA[level]))
    .flatMap((cf) => cf.ref.split(" "));

async function checkedPort(): Promise<{ port: FilePort; findings: Finding[] }> {
  const port = await openWorkbookFile(sampleBuffer(), "样例台账.xlsx");
  const check = checkWorkbook(await port.read(), { today: NOW });
  return { port, findings: check.findings };
}

describe("a workbook opened in the standalone page", () => {
  it("reads the same values as the command line, sheet by sheet with progress", async () => {
    const port = await openWorkbookFile(sampleBuffer(), "样例台账.xlsx");
    expect(port.mode).toBe("file");
    expect(await port.name()).toBe("样例台账.xlsx");
    const progress: PortProgress[] = [];
    const data = await port.read({ onProgress: (p) => progress.push(p) });
    const cli = await readXlsx(readFileSync(SAMPLE), "样例台账.xlsx");
    expect(data).toEqual(cli);
    expect(checkWorkbook(data, { today: NOW }).summary).toEqual(checkWorkbook(cli, { today: NOW }).summary);
    const last = progress[progress.length - 1];
    expect(last).toMatchObject({ sheetIndex: data.sheets.length - 1, sheetCount: data.sheets.length });
    expect(last.rowsDone).toBe(last.rowsTotal);
    expect(new Set(progress.map((p) => p.sheet))).toEqual(new Set(data.sheets.map((s) => s.name)));
  });

  it("reads only the sheets asked for, with the add-in's own sheets", async () => {
    const port = await openWorkbookFile(sampleBuffer(), "样例台账.xlsx");
    const all = await port.read();
    const first = all.sheets[0].name;
    const some = await port.read({ sheets: [first] });
    const own = all.sheets.filter((s) => s.name === "_gx" || s.name === "审核说明").map((s) => s.name);
    expect(some.sheets.map((s) => s.name)).toEqual(all.sheets.map((s) => s.name).filter((n) => n === first || own.includes(n)));
  });

  it("cannot select a cell, has no active sheet and never changes behind the page", async () => {
    const port = await openWorkbookFile(sampleBuffer(), "样例台账.xlsx");
    expect(await port.select("重点企业", "C5")).toBe(false);
    expect(await port.activeSheet()).toBeNull();
    const unsubscribe = port.onChanged(() => {
      throw new Error("a file never changes");
    });
    expect(() => unsubscribe()).not.toThrow();
    expect(port.downloadName()).toBe("样例台账-gx.xlsx");
  });

  it("downloads the workbook with the seven tabs and marks added and the ledger data unchanged", async () => {
    const input = sampleBuffer();
    const before = sha(input);
    const port = await openWorkbookFile(input, "样例台账.xlsx");
    const check = checkWorkbook(await port.read(), { today: NOW });
    const layouts = buildReports(check, { lang: "zh-CN", now: NOW, workbookName: "样例台账.xlsx" }).map(layoutReport);
    const written = await port.writeReports(layouts);
    expect(written).toEqual({ written: [...REPORT_TABS], renamed: [], settingsUnreadable: false });
    const marked = await port.mark(check.findings);
    expect(marked).toBeGreaterThan(0);

    const blob = await port.download();
    expect(blob.type).toBe("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    const copy = await loadBlob(blob);

    for (const tab of REPORT_TABS) expect(copy.getWorksheet(tab)).toBeDefined();
    expect(ledgerHash(copy)).toBe(ledgerHash(original));
    expect(sha(input)).toBe(before);

    // Every error cell is marked as an error; the settings list exactly the marked cells.
    const settings = settingsOf(copy);
    expect(settings.reports).toEqual([...REPORT_TABS]);
    const errorCells = check.findings.filter((f) => f.severity === "error" && f.sheet && f.row && f.col);
    expect(errorCells.length).toBeGreaterThan(0);
    for (const f of errorCells) {
      const a1 = copy.getWorksheet(f.sheet!)!.getCell(f.row!, f.col!).address;
      expect(markRefs(copy.getWorksheet(f.sheet!)!, "error")).toContain(a1);
      expect(settings.marks?.[f.sheet!]).toContain(a1);
    }
    const markedCount = Object.values(settings.marks ?? {}).reduce((n, cells) => n + cells.length, 0);
    expect(markedCount).toBe(marked);
    // Marking changed no cell's own style.
    for (const f of errorCells) {
      const cell = (wb: ExcelJS.Workbook) => wb.getWorksheet(f.sheet!)!.getCell(f.row!, f.col!);
      expect(cell(copy).style).toEqual(cell(original).style);
    }
  });

  it("keeps the report's links to cells inside the workbook", async () => {
    const { port, findings } = await checkedPort();
    const check = checkWorkbook(await port.read(), { today: NOW });
    await port.writeReports(buildReports(check, { lang: "zh-CN", now: NOW, workbookName: "x" }, ["校验结果"]).map(layoutReport));
    expect(findings.length).toBeGreaterThan(0);
    const zip = await JSZip.loadAsync(await (await port.download()).arrayBuffer());
    const rels = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => p.startsWith("xl/worksheets/_rels/"))
        .map((p) => zip.file(p)!.async("string")),
    );
    expect(rels.join("")).not.toMatch(/TargetMode="External"/);
    const sheets = await Promise.all(
      Object.keys(zip.files)
        .filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))
        .map((p) => zip.file(p)!.async("string")),
    );
    const links = sheets.join("").match(/<hyperlink\b[^>]*>/g) ?? [];
    expect(links.length).toBeGreaterThan(0);
    for (const link of links) {
      expect(link).toMatch(/location="/);
      expect(link).not.toMatch(/r:id=/);
    }
  });

  it("clears exactly its marks: a cell's own conditional format and style are as before", async () => {
    const bytes = await workbookBytes((wb) => {
      const ws = wb.addWorksheet("数据");
      ws.getCell("A1").value = 1;
      ws.getCell("B2").value = "x";
      ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
      ws.addConditionalFormatting({
        ref: "A1:B2",
        rules: [{ type: "expression", priority: 1, formulae: ["A1>0"], style: { font: { bold: true } } }],
      });
    });
    const port = await openWorkbookFile(bytes.slice().buffer, "own.xlsx");
    const findings: Finding[] = [
      { rule: "x.error", severity: "error", sheet: "数据", row: 2, col: 2 },
      { rule: "x.warning", severity: "warning", sheet: "数据", row: 1, col: 1 },
      { rule: "x.warning", severity: "warning", sheet: "数据", row: 2, col: 2 },
      { rule: "x.explained", severity: "warning", sheet: "数据", row: 3, col: 1, explained: true },
      { rule: "x.row", severity: "warning", sheet: "数据", row: 4 },
      { rule: "x.sheet", severity: "error", sheet: "数据" },
      { rule: "x.gone", severity: "error", sheet: "没有这张表", row: 1, col: 1 },
    ];
    // A row finding marks its row across the used columns (A:B), as inside Excel.
    expect(await port.mark(findings)).toBe(4);
    const marked = await loadBlob(await port.download());
    const ws = marked.getWorksheet("数据")!;
    expect(markRefs(ws, "error")).toEqual(["B2"]);
    expect(markRefs(ws, "warning")).toEqual(["A1", "A4", "B4"]);
    const own = formatsOf(ws).find((cf) => cf.ref === "A1:B2")!;
    // The marks come first; the user's rule keeps its place after them.
    expect(own.rules[0].priority).toBeGreaterThan(2);

    expect(await port.clearMarks()).toBe(4);
    const cleared = await loadBlob(await port.download());
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
    expect(formatsOf(cleared.getWorksheet("数据")!)).toEqual(formatsOf(original.getWorksheet("数据")!));
    expect(cleared.getWorksheet("数据")!.getCell("B2").style).toEqual(original.getWorksheet("数据")!.getCell("B2").style);
    expect(settingsOf(cleared).marks).toBeUndefined();
    // Clearing again finds nothing to clear.
    expect(await port.clearMarks()).toBe(0);
  });

  it("appends explanations to 审核说明, where the next check finds them", async () => {
    const { port, findings } = await checkedPort();
    const warning = findings.find((f) => f.severity === "warning" && !f.explained && f.sheet && f.key);
    expect(warning).toBeDefined();
    await port.addExplanation({ sheet: warning!.sheet!, key: warning!.key!, rule: warning!.rule, text: "=已核实，数据无误" });
    const again = checkWorkbook(await port.read(), { today: NOW });
    const same = again.findings.find((f) => f.rule === warning!.rule && f.sheet === warning!.sheet && f.key === warning!.key);
    expect(same).toMatchObject({ explained: true, explanation: "=已核实，数据无误" });
  });

  it("creates 审核说明 with its header when the workbook has none", async () => {
    const bytes = await workbookBytes((wb) => (wb.addWorksheet("数据").getCell("A1").value = 1));
    const port = await openWorkbookFile(bytes.slice().buffer, "x.xlsx");
    await port.addExplanation({ sheet: "数据", key: "k", rule: "growth.review", cell: "C5", text: "说明" });
    const ws = (await loadBlob(await port.download())).getWorksheet("审核说明")!;
    expect(values(ws)).toEqual([
      ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"],
      ["数据", "k", "growth.review", "C5", "说明"],
    ]);
  });

  it("stores settings in _gx and reads them back", async () => {
    const port = await openWorkbookFile(sampleBuffer(), "样例台账.xlsx");
    const { settings } = await port.readSettings();
    await port.writeSettings({ ...settings, kinds: { 说明: "none" } });
    expect((await port.readSettings()).settings.kinds).toEqual({ 说明: "none" });
    const copy = await loadBlob(await port.download());
    expect(copy.getWorksheet("_gx")!.state).toBe("veryHidden");
    expect(settingsOf(copy).kinds).toEqual({ 说明: "none" });
  });

  it("inserts templates beside the user's sheets, never replacing one", async () => {
    const port = await openWorkbookFile(sampleBuffer(), "样例台账.xlsx");
    const before = (await port.read()).sheets.map((s) => s.name);
    const names = await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises", "targets"]);
    expect(names).toHaveLength(2);
    for (const n of names) expect(before).not.toContain(n);
    const second = await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises"]);
    expect(second[0]).not.toBe(names[0]);
    const copy = await loadBlob(await port.download());
    for (const n of [...names, ...second]) expect(copy.getWorksheet(n)).toBeDefined();
    const original = new ExcelJS.Workbook();
    await original.xlsx.load(readFileSync(SAMPLE) as unknown as ExcelJS.Buffer);
    const inserted = new Set([...names, ...second, "_gx_lists"]);
    const ledgers = (wb: ExcelJS.Workbook) => wb.worksheets.filter((w) => !inserted.has(w.name) && w.name !== "_gx").map((w) => [w.name, values(w)]);
    expect(ledgers(copy)).toEqual(ledgers(original));
  });

  it("takes a Blob (a File) as well, and leaves it as it was", async () => {
    const blob = new Blob([readFileSync(SAMPLE)]);
    const before = sha(await blob.arrayBuffer());
    const port = await openWorkbookFile(blob, "样例台账.xlsx");
    await port.mark(checkWorkbook(await port.read(), { today: NOW }).findings);
    await port.download();
    expect(sha(await blob.arrayBuffer())).toBe(before);
  });

  it("cancels a read", async () => {
    const port = await openWorkbookFile(sampleBuffer(), "样例台账.xlsx");
    const controller = new AbortController();
    const reading = port.read({ signal: controller.signal });
    controller.abort();
    await expect(reading).rejects.toMatchObject({ name: "AbortError" });
    const already = port.read({ signal: controller.signal });
    await expect(already).rejects.toMatchObject({ name: "AbortError" });
    // The port goes on working.
    expect((await port.read()).sheets.length).toBeGreaterThan(0);
  });

  it("holds one workbook at a time: opening another closes the previous one", async () => {
    const first = await openWorkbookFile(sampleBuffer(), "a.xlsx");
    await openWorkbookFile(sampleBuffer(), "b.xlsx");
    await expect(first.read()).rejects.toThrow(/closed/);
  });
});

describe("what the page refuses", () => {
  async function refusal(p: Promise<unknown>): Promise<{ key: string; params: Record<string, unknown> }> {
    try {
      await p;
    } catch (e) {
      if (isFileRefusal(e)) return { key: e.key, params: e.params };
      throw e;
    }
    throw new Error("not refused");
  }

  it("a file that is not a workbook, with the reader's own refusal", async () => {
    const csv = new TextEncoder().encode("企业名称,信用代码\n甲,1\n");
    expect((await refusal(openWorkbookFile(csv.buffer, "a.xlsx"))).key).toBe("file.not-xlsx");
    const zip = storedZip([{ name: "readme.txt", data: "hello" }]);
    expect((await refusal(openWorkbookFile(zip.slice().buffer, "b.xlsx"))).key).toBe("file.not-xlsx");
  });

  it("a file over 100 MB, before reading it", async () => {
    const big = new Blob([new Uint8Array(100 * 1024 * 1024 + 1)]);
    const arrayBuffer = jest.spyOn(big, "arrayBuffer");
    expect(await refusal(openWorkbookFile(big, "big.xlsx"))).toEqual({ key: "file.too-large", params: { limit: 100 } });
    expect(arrayBuffer).not.toHaveBeenCalled();
  });

  it("a workbook whose sheets unzip to over 100 MB, before ExcelJS loads it", async () => {
    const zip = Buffer.from(
      storedZip([
        { name: "xl/workbook.xml", data: "<workbook/>" },
        { name: "xl/worksheets/sheet1.xml", data: "<worksheet/>" },
      ]),
    );
    // Claim, in the central directory's entry of the sheet (the last one), that it unzips to 200 MB.
    const entry = zip.lastIndexOf(Buffer.from("PK\x01\x02", "latin1"));
    zip.writeUInt32LE(200 * 1024 * 1024, entry + 24);
    expect((await refusal(openWorkbookFile(zip.buffer.slice(zip.byteOffset, zip.byteOffset + zip.length), "c.xlsx"))).key).toBe(
      "file.too-large",
    );
  });
});

test("clears marks the add-in made inside Excel (rectangles), counting their cells", async () => {
  const bytes = await workbookBytes((wb) => {
    const ws = wb.addWorksheet("数据");
    ws.getCell("A1").value = 1;
    ws.addConditionalFormatting({
      ref: "B2:D3 F5",
      rules: [{ type: "expression", priority: 1, formulae: [MARK_FORMULA.error], style: { fill: { type: "pattern", pattern: "solid", bgColor: { argb: "FFFFC7CE" } } } }],
    });
  });
  const port = await openWorkbookFile(bytes.slice().buffer, "excel-marked.xlsx");
  expect(await port.clearMarks()).toBe(7);
  expect(formatsOf((await loadBlob(await port.download())).getWorksheet("数据")!)).toEqual([]);
});
