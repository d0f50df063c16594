/**
 * A user's own sheets are sacred (issue 19, class 3), in the file port (the CLI's report, the standalone page's
 * copy): `_gx` is the add-in's only when very hidden and holding its JSON; a user's `_gx` or `_GX` is kept and the
 * settings take `_gx(2)`; a claim in `_gx` on a sheet without the add-in's mark never replaces that sheet.
 */
import ExcelJS from "exceljs";
import { readFileSync } from "fs";
import { writeSettings } from "../../src/ports/file/shared/settings";
import { run, CLEAN, writeBatches } from "../cli/helpers";
import { tempDir } from "../ports/file/fixtures";
import { writeReportTabsExcel } from "../../src/ports/excel/report-writer";
import { createExcelHost, sheetValues, type ExcelHost } from "../support/simulated-excel";
import { checkResultsTab, ledgerFixture } from "../reports-writers/fixtures";

const tmp = tempDir();
afterAll(() => tmp.remove());
jest.setTimeout(30000);

async function workbook(name: string, build: (wb: ExcelJS.Workbook) => void): Promise<string> {
  const path = tmp.path(name);
  await writeBatches(path, CLEAN);
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.readFile(path);
  build(wb);
  await wb.xlsx.writeFile(path);
  return path;
}

async function load(path: string): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(readFileSync(path) as unknown as ExcelJS.Buffer);
  return wb;
}

function sheets(wb: ExcelJS.Workbook): { name: string; state: string }[] {
  return wb.worksheets.map((ws) => ({ name: ws.name, state: ws.state }));
}

test.each([["_gx"], ["_GX"]])("a visible user sheet named %s (column A empty) is kept; the settings go to _gx(2)", async (name) => {
  const input = await workbook(`user-${name}.xlsx`, (wb) => {
    const ws = wb.addWorksheet(name);
    ws.getCell("B1").value = "我的备注";
    ws.getCell("B2").value = 42;
  });
  const out = tmp.path(`user-${name}-报表.xlsx`);
  const r = await run(["report", input, "--out", out]);
  expect(r.stderr).toBe("");
  expect(r.status).toBe(0);
  const wb = await load(out);
  const user = wb.getWorksheet(name) as ExcelJS.Worksheet;
  expect(user.state).toBe("visible");
  expect(user.getCell("B1").value).toBe("我的备注");
  expect(user.getCell("B2").value).toBe(42);
  expect(user.getCell("A1").value).toBeNull();
  expect(sheets(wb)).toContainEqual({ name: "_gx(2)", state: "veryHidden" });
  expect(JSON.parse(String(wb.getWorksheet("_gx(2)")?.getCell("A1").value)).reports).toContain("校验结果");

  // Generating again finds the add-in's own settings in _gx(2) and replaces its own tab, not the user's sheet.
  const again = tmp.path(`user-${name}-报表2.xlsx`);
  expect((await run(["report", out, "--out", again])).status).toBe(0);
  const wb2 = await load(again);
  expect(wb2.worksheets.map((ws) => ws.name).filter((n) => n.startsWith("校验结果"))).toEqual(["校验结果"]);
  expect(wb2.getWorksheet(name)?.getCell("B1").value).toBe("我的备注");
});

test("a very hidden _gx that lists the user's own 校验结果 (no report mark): the user's sheet is kept, the tab goes beside it", async () => {
  const input = await workbook("claimed.xlsx", (wb) => {
    const mine = wb.addWorksheet("校验结果");
    mine.getCell("A1").value = "我自己的校验记录";
    mine.getCell("A2").value = "第二行";
    writeSettings(wb, { reports: ["校验结果"] });
  });
  const out = tmp.path("claimed-报表.xlsx");
  const r = await run(["report", input, "--out", out]);
  expect(r.status).toBe(0);
  expect(r.stdout).toContain("校验结果(2)");
  const wb = await load(out);
  expect(wb.getWorksheet("校验结果")?.getCell("A1").value).toBe("我自己的校验记录");
  expect(wb.getWorksheet("校验结果(2)")).toBeDefined();
});

test("a visible _gx holding settings JSON is the user's sheet: its profile and claims are not the add-in's", async () => {
  const input = await workbook("visible-gx.xlsx", (wb) => {
    wb.addWorksheet("_gx").getCell("A1").value = JSON.stringify({ profile: { period: 3 }, kinds: { 三个一批: "none" } });
  });
  const r = await run(["check", input, "--format", "json"]);
  const file = JSON.parse(r.stdout).files[0];
  expect(file.profile.source).toBe("built-in");
  expect(file.sheets.map((s: { sheet: string }) => s.sheet)).toContain("三个一批");
});

describe("the Excel port (simulated host)", () => {
  async function writeExcel(h: ExcelHost) {
    return h.Excel.run((context) => writeReportTabsExcel(context as unknown as Excel.RequestContext, [checkResultsTab(3)]));
  }

  test.each([["_gx"], ["_GX"]])("a visible user sheet %s is kept as it is; the settings go to a very hidden _gx(2)", async (name) => {
    const h = createExcelHost(ledgerFixture([{ name, values: [[null, "我的备注"]] }]));
    const r = await writeExcel(h);
    expect(r.written).toEqual(["校验结果"]);
    const user = h.sheet(name);
    expect(user.visibility).toBe("Visible");
    expect(sheetValues(user)[0][1]).toBe("我的备注");
    expect(sheetValues(user)[0][0] || null).toBeNull();
    const gx = h.sheet("_gx(2)");
    expect(gx.visibility).toBe("VeryHidden");
    expect(JSON.parse(String(sheetValues(gx)[0][0])).reports).toEqual(["校验结果"]);
    // Again: the add-in finds its own settings in _gx(2) and replaces its own tab.
    const again = await writeExcel(h);
    expect(again.written).toEqual(["校验结果"]);
    expect(again.renamed).toEqual([]);
  });

  test("a very hidden _gx claiming the user's own 校验结果 (no mark in A2): the user's sheet is kept", async () => {
    const h = createExcelHost(
      ledgerFixture([
        { name: "校验结果", values: [["我自己的校验记录"], ["第二行"]] },
        { name: "_gx", visibility: "VeryHidden", values: [[JSON.stringify({ reports: ["校验结果"] })]] },
      ]),
    );
    const r = await writeExcel(h);
    expect(r.written).toEqual(["校验结果(2)"]);
    expect(sheetValues(h.sheet("校验结果"))[0][0]).toBe("我自己的校验记录");
  });
});
