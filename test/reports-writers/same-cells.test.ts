/**
 * Both writers give the same cells for the same layout: the file writer read back with ExcelJS, the Office.js
 * writer against the simulated host, compared cell by cell (values, number formats, merges, and the looks).
 */

import path from "node:path";
import ExcelJS from "exceljs";
import type { WorkbookData } from "../../src/core/read/types";
import { buildReports, layoutReport } from "../../src/core/reports";
import type { ReportLayout } from "../../src/core/reports/layout-types";
import type { ReportModel } from "../../src/core/reports/model";
import { checkWorkbook } from "../../src/core/check";
import { writeReportTabsExcel } from "../../src/ports/excel/report-writer";
import { widthPoints } from "../../src/core/reports/report-cells";
import { rangeName } from "../../src/core/sheet";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { cellAt, createExcelHost, sheetValues, type ExcelHost, type Scalar, type WorkbookFixture } from "../support/simulated-excel";
import { checkResultsTab, hash, injectionTab, ledgerFixture, ledgerWorkbook, partsTab, regionsTab, reportCopy, targetsTab } from "./fixtures";

interface Seen {
  value: Scalar;
  numFmt: string;
  bold: boolean;
  fill: string | null;
}

/** The file's cells of a tab; a merged cell other than the top-left one is blank, as in Excel. */
function fileCells(ws: ExcelJS.Worksheet, rows: number, cols: number): Seen[][] {
  const out: Seen[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: Seen[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = ws.getCell(r, c);
      const slave = cell.isMerged && cell.master !== cell;
      const v = cell.value;
      const value = slave || v === null || v === undefined ? "" : typeof v === "object" && "hyperlink" in v ? String(v.text) : (v as Scalar);
      const fill = cell.fill && cell.fill.type === "pattern" && cell.fill.fgColor?.argb ? `#${cell.fill.fgColor.argb.slice(2)}` : null;
      row.push(slave ? { value, numFmt: "-", bold: false, fill: null } : { value, numFmt: cell.numFmt ?? "General", bold: cell.font?.bold === true, fill });
    }
    out.push(row);
  }
  return out;
}

function hostCells(h: ExcelHost, name: string, rows: number, cols: number): Seen[][] {
  const sheet = h.sheet(name);
  const merged = (r: number, c: number) => sheet.merges.some((m) => r >= m.top && r <= m.bottom && c >= m.left && c <= m.right && !(r === m.top && c === m.left));
  const out: Seen[][] = [];
  for (let r = 1; r <= rows; r++) {
    const row: Seen[] = [];
    for (let c = 1; c <= cols; c++) {
      const cell = cellAt(sheet, r, c);
      row.push(
        merged(r, c)
          ? { value: cell?.value ?? "", numFmt: "-", bold: false, fill: null }
          : { value: cell?.value ?? "", numFmt: cell?.numberFormat ?? "General", bold: cell?.bold === true, fill: cell?.fill ?? null },
      );
    }
    out.push(row);
  }
  return out;
}

async function bothWriters(fixture: WorkbookFixture, fileBook: ExcelJS.Workbook, layouts: ReportLayout[]) {
  const { result: fileResult, out } = await reportCopy(new Uint8Array(await fileBook.xlsx.writeBuffer()), layouts);
  const back = new ExcelJS.Workbook();
  await back.xlsx.load(out as unknown as ExcelJS.Buffer);
  const h = createExcelHost(fixture);
  const excelResult = await h.Excel.run((context) => writeReportTabsExcel(context as unknown as Excel.RequestContext, layouts));
  return { back, h, fileResult, excelResult };
}

function compare(back: ExcelJS.Workbook, h: ExcelHost, layouts: ReportLayout[]): void {
  for (const layout of layouts) {
    const ws = back.getWorksheet(layout.tab) as ExcelJS.Worksheet;
    const sheet = h.sheet(layout.tab);
    expect(fileCells(ws, layout.rows, layout.cols)).toEqual(hostCells(h, layout.tab, layout.rows, layout.cols));
    const fileMerges = [...ws.model.merges].sort();
    expect(fileMerges).toEqual(sheet.merges.map(rangeName).sort());
    expect((ws.views[0] as { ySplit?: number } | undefined)?.ySplit ?? 0).toBe(sheet.frozenRows);
    layout.widths.forEach((w, i) => {
      expect(ws.getColumn(i + 1).width).toBe(w);
      expect(sheet.columnWidths.get(i + 1)).toBe(widthPoints(w));
    });
    const formattings = (ws as unknown as { conditionalFormattings: ExcelJS.ConditionalFormattingOptions[] }).conditionalFormattings;
    const fileBars = formattings.filter((cf) => cf.rules.some((r) => r.type === "dataBar")).map((cf) => cf.ref);
    expect(fileBars.sort()).toEqual(sheet.conditionalFormats.filter((cf) => cf.type === "DataBar").map((cf) => rangeName(cf.area)).sort());
  }
}

describe("the same cells from both writers", () => {
  it("for hand-made layouts of every shape", async () => {
    const layouts = [checkResultsTab(40), targetsTab(12), regionsTab(9), partsTab(), injectionTab("五个百进展"), injectionTab("项目入统", 11)];
    const { back, h, fileResult, excelResult } = await bothWriters(ledgerFixture(), ledgerWorkbook(), layouts);
    expect(fileResult.written).toEqual(excelResult.written);
    compare(back, h, layouts);
  });

  it("for layouts the layout function makes from models", async () => {
    const model: ReportModel = {
      tab: "三个一批进展",
      title: "2022年1-10月 三个一批进展",
      subtitle: "工作簿 x.xlsx",
      signOff: "单位负责人：张三",
      sections: [
        {
          columns: [
            { header: "类别", format: "text" },
            { header: "总数", format: "count" },
            { header: "完成率", format: "rate", dataBar: true },
            { header: "差距", format: "rate" },
          ],
          rows: [
            ["搬迁入园进区", 10, 0.4, -0.2],
            ["=HYPERLINK(\"x\")", 3, 1, 0.1],
          ],
          total: ["合计", 13, 0.538, null],
        },
        { heading: "按县区", columns: [{ header: "县区", format: "text" }, { header: "总数", format: "count" }], rows: [["兴宁区", 4]], asTable: true },
      ],
      charts: [],
    };
    const layouts = [layoutReport(model)];
    const { back, h } = await bothWriters(ledgerFixture(), ledgerWorkbook(), layouts);
    compare(back, h, layouts);
  });
});

/** The sample workbook as the host's matrices (dates as serial numbers, errors as their text). */
function hostFixture(data: WorkbookData): WorkbookFixture {
  return {
    sheets: data.sheets.map((s) => ({
      name: s.name,
      visibility: s.state === "veryHidden" ? "VeryHidden" : s.state === "hidden" ? "Hidden" : "Visible",
      values: s.rows.map((row) =>
        (row ?? []).map((v) =>
          v instanceof Date ? (v.getTime() - Date.UTC(1899, 11, 30)) / 86400000 : typeof v === "object" && v !== null ? v.error : v,
        ),
      ),
    })),
  };
}

describe("the sample workbook's seven tabs", () => {
  const SAMPLE = path.join(__dirname, "../../samples/样例台账.xlsx");

  it("are the same cells in both writers, and the ledgers are untouched in both", async () => {
    const data = await readXlsxFile(SAMPLE);
    const check = checkWorkbook(data, { today: new Date(2022, 10, 5) });
    const layouts = buildReports(check, { lang: "zh-CN", now: new Date(2022, 10, 5, 14, 30), workbookName: data.name }).map(layoutReport);
    expect(layouts.map((l) => l.tab)).toEqual(["校验结果", "目标完成情况", "五个百进展", "入统分析", "项目入统", "县区汇总", "三个一批进展"]);

    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(SAMPLE);
    const fixture = hostFixture(data);
    const ledgerNames = data.sheets.map((s) => s.name).filter((n) => n !== "_gx");
    const fileBefore = hash(ledgerNames.map((n) => (book.getWorksheet(n) as ExcelJS.Worksheet).getSheetValues()));
    const hostBefore = createExcelHost(fixture);
    const hostHash = (h: ExcelHost) => hash(ledgerNames.map((n) => sheetValues(h.sheet(n))));

    const { back, h, excelResult } = await bothWriters(fixture, book, layouts);
    expect(excelResult.written).toHaveLength(7);
    compare(back, h, layouts);
    expect(hash(ledgerNames.map((n) => (back.getWorksheet(n) as ExcelJS.Worksheet).getSheetValues()))).toBe(fileBefore);
    expect(hostHash(h)).toBe(hostHash(hostBefore));
    expect(h.sheet("目标完成情况").charts).toHaveLength(1);
    expect(h.sheet("县区汇总").charts).toHaveLength(1);
  });
});
