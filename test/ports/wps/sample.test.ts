/**
 * Issue 18: the task pane's work inside WPS 表格, through the WPS port over the strict simulated ET host loaded
 * with the sample workbook, gives what the file port gives for the same file: the same findings, the same report
 * cells; navigation selects the cell; marks colour cells without changing a value and clear exactly; a user's
 * edit makes the result stale; an explanation is found by the next check.
 */

import { readFileSync } from "fs";
import { join } from "path";
import ExcelJS from "exceljs";
import { KINDS } from "../../../src/core/ledgers";
import { EXPLANATIONS_SHEET } from "../../../src/core/read";
import { REPORT_TABS } from "../../../src/core/reports";
import { FileWorkbook } from "../../../src/ports/file/browser/file-workbook";
import { readXlsx } from "../../../src/ports/file/shared/read";
import type { WorkbookPort } from "../../../src/ports/port";
import { createWpsPort } from "../../../src/ports/wps";
import { type EtApplication, XL_CONTINUOUS, XL_EDGE } from "../../../src/ports/wps/et";
import { Session } from "../../../src/taskpane/session";
import { cellOf, createEtHost, displayed, type EtHost, type EtSheetState } from "../../support/simulated-et";

const SAMPLE = join(__dirname, "../../../samples/样例台账.xlsx");
const NAME = "样例台账.xlsx";
const NOW = new Date(Date.UTC(2022, 10, 8, 2, 0, 0));

/** The file port as the standalone page drives it (FileWorkbook), as a WorkbookPort. */
function filePort(fw: FileWorkbook): WorkbookPort {
  return {
    mode: "file",
    name: async () => NAME,
    read: async (opts = {}) => fw.read(NAME, opts.sheets, opts.onProgress),
    activeSheet: async () => null,
    readSettings: async () => fw.readSettings(),
    writeSettings: async (s) => fw.writeSettings(s),
    select: async () => false,
    mark: async (f) => fw.mark(f),
    clearMarks: async () => fw.clearMarks(),
    writeReports: async (l) => fw.writeReports(l),
    addExplanation: async (e) => fw.addExplanation(e),
    addExplanations: async (es) => fw.addExplanations(es),
    removeExplanation: async (e) => fw.removeExplanation(e),
    insertTemplates: async (p, k) => fw.insertTemplates(p, k),
    onChanged: () => () => undefined,
  };
}

async function session(port: WorkbookPort): Promise<Session> {
  const s = new Session({ now: () => NOW });
  await s.attach(port);
  await s.runCheck("workbook");
  return s;
}

function valuesOf(sheet: EtSheetState): [string, unknown][] {
  return [...sheet.cells.entries()].map(([k, c]) => [k, c.error ?? c.value ?? null] as [string, unknown]).sort((a, b) => a[0].localeCompare(b[0]));
}

let host: EtHost;
let wps: Session;
let fw: FileWorkbook;
let file: Session;
let ledgers: string[];

beforeAll(async () => {
  const bytes = readFileSync(SAMPLE);
  const data = await readXlsx(bytes, NAME);
  host = createEtHost(data);
  ledgers = data.sheets.map((s) => s.name);
  wps = await session(createWpsPort(host.Application as EtApplication));
  fw = await FileWorkbook.open(bytes);
  file = await session(filePort(fw));
}, 60_000);

test("the check finds exactly what the file port finds", () => {
  const w = wps.getState().result;
  const f = file.getState().result;
  expect(w?.findings.length).toBeGreaterThan(0);
  expect(w?.findings).toEqual(f?.findings);
  expect(w?.sheets).toEqual(f?.sheets);
  expect(wps.getState().mode).toBe("wps");
  expect(wps.getState().workbookName).toBe(NAME);
});

test("the read went through ET's 1-based object model, and was counted", () => {
  expect(host.calls["Sheets.Item"]).toBeGreaterThanOrEqual(ledgers.length);
  expect(host.calls["Range.Value2"]).toBeGreaterThan(0);
});

test("clicking a finding activates its sheet and selects its cell", async () => {
  const f = wps.getState().result?.findings.find((x) => x.sheet !== undefined && x.col !== undefined && x.row !== undefined);
  if (!f || f.row === undefined || f.col === undefined) throw new Error("the sample has no cell finding");
  expect(await wps.locate(f)).toBe(true);
  expect(host.state.active.name).toBe(f.sheet);
  expect(host.state.selection).toEqual({ sheet: f.sheet, area: { top: f.row, left: f.col, bottom: f.row, right: f.col } });
  // Selected in WPS: the pane names the place in its fixed location line, without telling to look it up.
  expect(wps.getState().located).toMatchObject({ selected: true, sheet: f.sheet });
});

test("marking colours the findings' cells without changing a value; clearing leaves the sheets as they were", async () => {
  const before = ledgers.map((n) => valuesOf(host.sheet(n)));
  const rulesBefore = ledgers.map((n) => host.sheet(n).rules.length);
  const marked = await wps.mark();
  const fileMarked = await file.mark();
  expect(marked).toBe(fileMarked);
  expect(marked).toBeGreaterThan(0);
  const rules = ledgers.flatMap((n) => host.sheet(n).rules);
  expect(new Set(rules.map((r) => r.formula1))).toEqual(new Set(['=ISTEXT("gx.mark.error")', '=ISTEXT("gx.mark.warning")']));
  expect(rules.find((r) => r.formula1.includes("error"))?.fill).toBe(0xcec7ff);
  expect(ledgers.map((n) => valuesOf(host.sheet(n)))).toEqual(before);
  expect(await wps.clearMarks()).toBe(marked);
  expect(ledgers.map((n) => host.sheet(n).rules.length)).toEqual(rulesBefore);
  expect(ledgers.map((n) => valuesOf(host.sheet(n)))).toEqual(before);
});

test("the report tabs hold the same cells as the file port writes", async () => {
  const w = await wps.writeReports(REPORT_TABS, "zh-CN");
  const f = await file.writeReports(REPORT_TABS, "zh-CN");
  expect(w.written).toEqual(f.written);
  expect(w.written).toEqual([...REPORT_TABS]);
  const saved = new ExcelJS.Workbook();
  await saved.xlsx.load((await fw.save()) as unknown as ExcelJS.Buffer);
  for (const tab of w.written) {
    const ws = saved.getWorksheet(tab);
    if (!ws) throw new Error(`the file has no ${tab}`);
    const fromFile: [string, unknown][] = [];
    ws.eachRow((row, r) =>
      row.eachCell((cell, c) => {
        // ExcelJS gives every cell of a merge the first cell's value; the others are blank in the sheet.
        if (cell.isMerged && cell.master.address !== cell.address) return;
        const v = cell.value as unknown;
        const text = v !== null && typeof v === "object" && "text" in (v as object) ? (v as { text: unknown }).text : v;
        if (text !== null && text !== undefined && text !== "") fromFile.push([`${r},${c}`, text]);
      }),
    );
    fromFile.sort((a, b) => a[0].localeCompare(b[0]));
    const fromWps = valuesOf(host.sheet(tab)).filter(([, v]) => v !== null);
    expect({ tab, cells: fromWps }).toEqual({ tab, cells: fromFile });
    // Printed the same (REPORTS.md "Ready to print and send"): the page setup, and rows of wrapped text as tall.
    const titles = ws.pageSetup.printTitlesRow?.split(":").map((r) => `$${r}`).join(":");
    expect({ tab, page: host.sheet(tab).pageSetup }).toEqual({
      tab,
      page: {
        Orientation: 2,
        PaperSize: 9,
        Zoom: false,
        FitToPagesWide: 1,
        FitToPagesTall: false,
        LeftMargin: 18,
        RightMargin: 18,
        TopMargin: 54,
        BottomMargin: 54,
        HeaderMargin: expect.closeTo(21.6),
        FooterMargin: expect.closeTo(21.6),
        CenterHorizontally: true,
        PrintGridlines: false,
        ...(titles ? { PrintTitleRows: titles } : {}),
        LeftFooter: "&A",
        CenterFooter: "第 &P 页 共 &N 页",
      },
    });
    const tall: [number, number][] = [];
    ws.eachRow((row, r) => {
      if (row.height) tall.push([r, row.height]);
    });
    expect({ tab, heights: [...host.sheet(tab).heights].sort((a, b) => a[0] - b[0]) }).toEqual({ tab, heights: tall });
  }
  // The tabs are the add-in's: written again, they replace themselves instead of piling up.
  await wps.writeReports(REPORT_TABS, "zh-CN");
  expect(host.sheetNames().filter((n) => n.startsWith(REPORT_TABS[0]))).toEqual([REPORT_TABS[0]]);
  // The next check reads the ledgers only, as before.
  await wps.runCheck("workbook");
  expect(wps.getState().result?.findings).toEqual(file.getState().result?.findings);
});

test("a user's edit in a checked ledger marks the result stale; the add-in's own writes do not", async () => {
  await wps.runCheck("workbook");
  await wps.mark();
  expect(wps.getState().stale).toBeNull();
  const sheet = wps.getState().result?.sheets[0]?.sheet as string;
  host.userEdit(sheet, 200, 1, "新企业");
  expect(wps.getState().stale).toEqual({ reason: "sheet", sheet });
  await wps.clearMarks();
});

test("an explanation is written to 审核说明 and found by the next check", async () => {
  await wps.runCheck("workbook");
  const warning = wps.getState().result?.findings.find((f) => f.severity === "warning" && !f.explained);
  if (!warning) throw new Error("the sample has no open warning");
  await wps.explain(warning, "=已核实，2022年新投产");
  const notes = host.sheet(EXPLANATIONS_SHEET);
  const texts = [...notes.cells.values()].map((c) => c.value);
  expect(texts).toContain("=已核实，2022年新投产");
  await wps.runCheck("workbook");
  const again = wps.getState().result?.findings.find((f) => f.rule === warning.rule && f.sheet === warning.sheet && f.row === warning.row && f.col === warning.col);
  expect(again?.explained).toBe(true);
  if (!again) return;
  // Withdrawn: the entry's cells are cleared in WPS too, and the next check counts the warning again.
  await wps.withdraw(again);
  expect([...host.sheet(EXPLANATIONS_SHEET).cells.values()].map((c) => c.value)).not.toContain("=已核实，2022年新投产");
  await wps.runCheck("workbook");
  const open = wps.getState().result?.findings.find((f) => f.rule === warning.rule && f.sheet === warning.sheet && f.row === warning.row && f.col === warning.col);
  expect(open?.explained).toBeUndefined();
});

test("templates add the standard ledger sheets with their headers and a frozen header row, replacing nothing", async () => {
  const before = host.sheetNames();
  const names = await wps.insertTemplates(KINDS.slice(0, 2).map((k) => k.kind));
  expect(names).toHaveLength(2);
  expect(host.sheetNames()).toEqual(expect.arrayContaining([...before, ...names]));
  for (const name of names) {
    expect(typeof displayed(host.sheet(name), 1, 1)).toBe("string");
    expect(host.state.frozen.get(name)).toEqual({ rows: 1, cols: 0 });
    // The header's look of the template model, as the other writers draw it: a thin line under it, no box.
    const head = cellOf(host.sheet(name), 1, 1);
    expect([head?.edges, head?.border]).toEqual([{ [XL_EDGE.bottom]: XL_CONTINUOUS }, undefined]);
  }
});
