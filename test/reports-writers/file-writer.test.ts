/** The file writer (a part-level copy): tabs added to a user's workbook, read back from the saved file with ExcelJS. */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { buildReports, layoutReport } from "../../src/core/reports";
import type { ReportLayout } from "../../src/core/reports/layout-types";
import { rangeName as blockName } from "../../src/core/sheet";
import { CTX, makeCheck } from "../reports/fixtures";
import {
  checkResultsTab,
  hash,
  INJECTIONS,
  injectionTab,
  ledgerFixture,
  ledgerWorkbook,
  partsTab,
  regionsTab,
  reportCopy,
  sheetPart,
  targetsTab,
} from "./fixtures";

type Bytes = Awaited<ReturnType<ExcelJS.Xlsx["writeBuffer"]>>;

async function saved(wb: ExcelJS.Workbook): Promise<Bytes> {
  return wb.xlsx.writeBuffer();
}

async function load(bytes: Bytes): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes);
  return wb;
}

/** Write the tabs into a copy of `bytes` and read the saved result back, as `gx-ledger report` does. */
async function regenerate(bytes: Bytes | Uint8Array, layouts: ReportLayout[]) {
  const { result, out } = await reportCopy(bytes as Uint8Array, layouts);
  return { result, out, wb: await load(out as unknown as Bytes) };
}

async function sheetXml(zip: JSZip, _wb: ExcelJS.Workbook, name: string): Promise<string> {
  return (zip.file(await sheetPart(zip, name)) as JSZip.JSZipObject).async("string");
}

function values(ws: ExcelJS.Worksheet): unknown[][] {
  const out: unknown[][] = [];
  ws.eachRow({ includeEmpty: false }, (row, n) => {
    out[n - 1] = (row.values as unknown[]).slice(1);
  });
  return out;
}

function ledgerHash(wb: ExcelJS.Workbook, reports: readonly string[]): string {
  return hash(wb.worksheets.filter((w) => !reports.includes(w.name) && w.name !== "_gx").map((w) => [w.name, values(w)]));
}

function settingsOf(wb: ExcelJS.Workbook): { reports?: string[]; profile?: unknown } {
  const gx = wb.getWorksheet("_gx") as ExcelJS.Worksheet;
  return JSON.parse(values(gx).map((r) => r[0]).join("")) as { reports?: string[] };
}

describe("a tab written to a file", () => {
  it("has the layout's values, formats, merges, frozen header, widths, looks and data bars", async () => {
    const { result, out, wb } = await regenerate(await saved(ledgerWorkbook()), [targetsTab(12), checkResultsTab(5)]);
    expect(result).toEqual({ written: ["目标完成情况", "校验结果"], renamed: [], settingsUnreadable: false });
    const ws = wb.getWorksheet("目标完成情况") as ExcelJS.Worksheet;
    expect(ws.getCell("A1").value).toBe("2022年1-10月 目标完成情况");
    expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 14 });
    expect(ws.getCell("K1").isMerged).toBe(true);
    expect(ws.getCell("K1").master.address).toBe("A1");
    expect(ws.views[0]).toMatchObject({ state: "frozen", ySplit: 3 });
    expect(ws.getCell("F3")).toMatchObject({ value: "完成率", font: expect.objectContaining({ bold: true }) });
    expect(ws.getCell("F3").fill).toMatchObject({ type: "pattern", fgColor: { argb: "FFDDEBF7" } });
    expect(ws.getCell("F4")).toMatchObject({ value: 0.9, numFmt: "0.0%" });
    expect(ws.getCell("A4")).toMatchObject({ value: 1, numFmt: "0" });
    expect(ws.getColumn(2).width).toBe(12);
    expect(wb.getWorksheet("_gx")?.state).toBe("veryHidden");
    expect(settingsOf(wb).reports).toEqual(["目标完成情况", "校验结果"]);

    const zip = await JSZip.loadAsync(out);
    const xml = await sheetXml(zip, wb, "目标完成情况");
    expect(xml).toMatch(/<conditionalFormatting sqref="F4:F15">.*<dataBar>/s);
  });

  it("links each 校验结果 row to its ledger cell inside the workbook (no external relationship)", async () => {
    const { out, wb } = await regenerate(await saved(ledgerWorkbook()), [checkResultsTab(5)]);
    const ws = wb.getWorksheet("校验结果") as ExcelJS.Worksheet;
    expect(ws.getCell("C5").text).toBe("C5");
    const zip = await JSZip.loadAsync(out);
    const xml = await sheetXml(zip, wb, "校验结果");
    expect(xml).toContain(`<hyperlink ref="C5" location="'百项工业项目库'!C5" display="C5"/>`);
    expect(xml).toContain(`<hyperlink ref="C6" location="'百家重点企业'!C6" display="C6"/>`);
    expect(xml).not.toMatch(/<hyperlink[^>]*r:id/);
    const index = wb.worksheets.findIndex((w) => w.name === "校验结果") + 1;
    const rels = zip.file(`xl/worksheets/_rels/sheet${index}.xml.rels`);
    expect(rels ? await rels.async("string") : "").not.toContain("hyperlink");
  });

  // Speed belongs to the bench; this only checks that a large tab is written whole (a generous timeout for busy machines).
  it("writes a 10,000-finding 校验结果 whole", async () => {
    const { wb } = await regenerate(await saved(ledgerWorkbook()), [checkResultsTab(10000)]);
    expect((wb.getWorksheet("校验结果") as ExcelJS.Worksheet).getCell("C10004").text).toBe("C10004");
  }, 120_000);
});

describe("ownership", () => {
  const tabs = () => [checkResultsTab(20), targetsTab(5), regionsTab(4), partsTab()];
  const names = tabs().map((t) => t.tab);

  it("regenerating replaces the add-in's tabs in place and never changes the ledgers", async () => {
    const original = await saved(ledgerWorkbook());
    const before = ledgerHash(await load(original), names);
    const first = await regenerate(original, tabs());
    const second = await regenerate(first.out, [checkResultsTab(3), targetsTab(7), regionsTab(2), partsTab()]);
    expect(second.wb.worksheets.map((w) => w.name)).toEqual(first.wb.worksheets.map((w) => w.name));
    expect(second.wb.worksheets.filter((w) => w.name.startsWith("校验结果")).map((w) => w.name)).toEqual(["校验结果"]);
    expect((second.wb.getWorksheet("校验结果") as ExcelJS.Worksheet).getCell("A8").value).toBeNull();
    expect(ledgerHash(second.wb, names)).toBe(before);
    expect(settingsOf(second.wb).reports).toEqual(names);
  });

  it("leaves a user's sheet of the same name alone: the tab takes a suffix, and the user is told", async () => {
    const original = await saved(ledgerWorkbook(ledgerFixture([{ name: "校验结果", values: [["我的笔记"], [42]] }])));
    const before = hash(values((await load(original)).getWorksheet("校验结果") as ExcelJS.Worksheet));
    const first = await regenerate(original, tabs());
    expect(first.result.renamed).toEqual([{ wanted: "校验结果", used: "校验结果(2)" }]);
    const second = await regenerate(first.out, tabs());
    expect(second.result.renamed).toEqual([{ wanted: "校验结果", used: "校验结果(2)" }]);
    expect(second.wb.worksheets.filter((w) => w.name.startsWith("校验结果")).map((w) => w.name)).toEqual(["校验结果", "校验结果(2)"]);
    expect(hash(values(second.wb.getWorksheet("校验结果") as ExcelJS.Worksheet))).toBe(before);
    expect(settingsOf(second.wb).reports).toContain("校验结果(2)");
  });

  it("keeps the names of the user's sheets as they are, `$&` and `$'` in them too (text, not replacement patterns)", async () => {
    const odd = ["收入$&支出", "A$'B", "C$`D"];
    const original = await saved(ledgerWorkbook(ledgerFixture(odd.map((name) => ({ name, values: [["x"]] })))));
    const { wb } = await regenerate(original, [regionsTab(2)]);
    expect(wb.worksheets.map((w) => w.name).filter((n) => odd.includes(n))).toEqual(odd);
  });

  it("keeps the rest of _gx and leaves a _gx that is not JSON untouched", async () => {
    const kept = await regenerate(
      await saved(ledgerWorkbook(ledgerFixture([{ name: "_gx", visibility: "VeryHidden", values: [['{"profile":{"year":2023}}']] }]))),
      [regionsTab(2)],
    );
    expect(settingsOf(kept.wb)).toEqual({ profile: { year: 2023 }, reports: ["县区汇总"] });
    const broken = await regenerate(
      await saved(ledgerWorkbook(ledgerFixture([{ name: "_gx", visibility: "VeryHidden", values: [["{not json"]] }]))),
      [regionsTab(2)],
    );
    expect(broken.result.settingsUnreadable).toBe(true);
    expect(values(broken.wb.getWorksheet("_gx") as ExcelJS.Worksheet)).toEqual([["{not json"]]);
  });
});

describe("text is text", () => {
  const TABS = ["校验结果", "目标完成情况", "五个百进展", "入统分析", "项目入统", "县区汇总", "三个一批进展"];

  it("every injected string in every column of every tab is a string cell, never a formula; numbers stay numbers", async () => {
    const layouts = TABS.map((t) => injectionTab(t));
    const { wb } = await regenerate(await saved(ledgerWorkbook()), layouts);
    for (const layout of layouts) {
      const ws = wb.getWorksheet(layout.tab) as ExcelJS.Worksheet;
      for (const c of layout.cells) {
        if (c.value === null) continue;
        const cell = ws.getCell(c.row, c.col);
        const expected = typeof c.value === "string" ? ExcelJS.ValueType.String : ExcelJS.ValueType.Number;
        expect({ at: [layout.tab, c.row, c.col], type: cell.type, value: cell.value }).toEqual({ at: [layout.tab, c.row, c.col], type: expected, value: c.value });
        if (typeof c.value === "string" && INJECTIONS.includes(c.value)) expect(cell.numFmt).toBe("@");
      }
    }
  });
});

describe("ready to print (REPORTS.md): the file writer's page setup, read back", () => {
  const models = () => buildReports(makeCheck(), CTX).map(layoutReport);

  it("every tab: landscape A4, fit to one page wide, narrow margins, centred, print titles and footer", async () => {
    const layouts = models();
    const { out, wb } = await regenerate(await saved(ledgerWorkbook()), layouts);
    const zip = await JSZip.loadAsync(out);
    const workbookXml = await zip.file("xl/workbook.xml")!.async("string");
    for (const layout of layouts) {
      const ws = wb.getWorksheet(layout.tab) as ExcelJS.Worksheet;
      expect({ tab: layout.tab, ...ws.pageSetup }).toMatchObject({
        tab: layout.tab,
        orientation: "landscape",
        paperSize: 9,
        fitToPage: true,
        fitToWidth: 1,
        fitToHeight: 0,
        horizontalCentered: true,
        showGridLines: false,
        margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
      });
      const titles = layout.printTitles!;
      expect(ws.pageSetup.printTitlesRow).toBe(`${titles.top}:${titles.bottom}`);
      expect(ws.headerFooter.oddFooter).toBe("&L&A&C第 &P 页 共 &N 页");
      const index = wb.worksheets.findIndex((w) => w.name === layout.tab);
      expect(workbookXml).toContain(`<definedName name="_xlnm.Print_Titles" localSheetId="${index}">'${layout.tab}'!$${titles.top}:$${titles.bottom}</definedName>`);
    }
  });

  it("data bars run from 0 to 1 (100 %), not the column's min and max", async () => {
    const layouts = models();
    const { out } = await regenerate(await saved(ledgerWorkbook()), layouts);
    const zip = await JSZip.loadAsync(out);
    let bars = 0;
    for (const layout of layouts.filter((l) => l.dataBars.length > 0)) {
      const xml = await zip.file(await sheetPart(zip, layout.tab))!.async("string");
      for (const bar of layout.dataBars) {
        const rule = new RegExp(`<conditionalFormatting sqref="${blockName(bar)}"><cfRule type="dataBar"[^>]*><dataBar><cfvo type="num" val="0"/><cfvo type="num" val="1"/>`);
        expect(xml).toMatch(rule);
        bars++;
      }
      expect(xml).not.toMatch(/<cfvo type="(min|max)"/);
    }
    expect(bars).toBeGreaterThan(2);
  });

  it("long text wraps (问题说明, 修改建议, 对象, names) with row heights for its lines; short columns do not", async () => {
    const layouts = models();
    const { wb } = await regenerate(await saved(ledgerWorkbook()), layouts);
    const ws = wb.getWorksheet("校验结果") as ExcelJS.Worksheet;
    const header = layouts[0].printTitles!.top;
    const col = (name: string) => layouts[0].cells.find((c) => c.row === header && c.value === name)!.col;
    for (const name of ["对象", "问题说明", "修改建议"]) expect(ws.getCell(header + 1, col(name)).alignment).toMatchObject({ wrapText: true });
    expect(ws.getCell(header + 1, col("级别")).alignment?.wrapText).toBeFalsy();
    for (const { row, lines } of layouts[0].rowLines) expect(ws.getRow(row).height).toBe(lines * 15);
    expect(layouts[0].rowLines.length).toBeGreaterThan(0);
    const names = wb.getWorksheet("项目入统") as ExcelJS.Worksheet;
    const a = layouts.find((l) => l.tab === "项目入统")!;
    const first = a.cells.find((c) => c.style === "header" && c.value === "项目名称")!;
    expect(names.getCell(first.row + 1, first.col).alignment).toMatchObject({ wrapText: true });
  });
});
