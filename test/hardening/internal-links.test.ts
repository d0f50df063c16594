/**
 * Links from a report tab to ledger cells whose sheet names hold `!`, apostrophes or spaces (issue 19, class 9):
 * every writer — the part-level copy (the CLI's report and the page's download), ExcelJS in Node (patched) and in
 * the browser (the page's 汇总, corrected after writing),
 * Office.js and WPS — writes the reference quoted, `'It''s'!A1`, as a link inside the workbook, never as an
 * external file named after the cell.
 */
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { linkReference } from "../../src/core/reports/report-cells";
import type { ReportLayout } from "../../src/core/reports/layout-types";
import { writeReportTabsExcel } from "../../src/ports/excel/report-writer";
import { fixInternalLinks } from "../../src/ports/file/browser/internal-links-zip";
import { useInternalLinks } from "../../src/ports/file/shared/internal-links";
import { writeReportTabsEt } from "../../src/ports/wps/report-writer";
import type { EtApplication } from "../../src/ports/wps/et";
import { cellAt, createExcelHost } from "../support/simulated-excel";
import { createEtHost } from "../support/simulated-et";
import { F, handLayout, ledgerWorkbook, reportCopy, sheetPart } from "../reports-writers/fixtures";

/** Sheet names Excel allows that need quoting in a reference; the last holds both `'` and `!`. */
const NAMES = ["It's", "A!B", "报表 一", "x'!y"];
const QUOTED = ["'It''s'!A2", "'A!B'!A2", "'报表 一'!A2", "'x''!y'!A2"];

function linksTab(): ReportLayout {
  return handLayout({
    tab: "校验结果",
    title: "校验结果",
    subtitle: "",
    sections: [
      {
        header: ["工作表", "单元格"],
        formats: [F.text, F.text],
        rows: NAMES.map((n) => [n, "A2"]),
        linkColumn: 1,
        link: (i) => ({ sheet: NAMES[i], cell: "A2" }),
      },
    ],
  });
}

/** The <hyperlink> elements of a sheet part and its relationships. */
async function linksOf(bytes: Uint8Array, sheet: string): Promise<{ links: string[]; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  const part = await sheetPart(zip, sheet);
  const relsPath = part.replace(/([^/]+)$/, "_rels/$1.rels");
  return {
    links: (await zip.file(part)!.async("string")).match(/<hyperlink\b[^>]*>/g) ?? [],
    rels: zip.file(relsPath) ? await zip.file(relsPath)!.async("string") : "",
  };
}

const xmlAttr = (s: string) => s.replace(/&/g, "&amp;").replace(/"/g, "&quot;");

/** Every link is a `location` holding the quoted reference (in XML, an apostrophe may stay or be &apos;), no relationship. */
function expectInside({ links, rels }: { links: string[]; rels: string }): void {
  expect(links).toHaveLength(NAMES.length);
  links.forEach((el, i) => {
    expect(el.replace(/&apos;/g, "'")).toContain(`location="${xmlAttr(QUOTED[i])}"`);
    expect(el).not.toMatch(/r:id=/);
  });
  expect(rels).not.toMatch(/TargetMode="External"/);
}

/** A workbook holding the four sheets and a 校验结果 tab written by ExcelJS with links to them. */
function excelJsBook(): ExcelJS.Workbook {
  const wb = new ExcelJS.Workbook();
  for (const n of NAMES) wb.addWorksheet(n).getCell("A2").value = 1;
  const tab = wb.addWorksheet("校验结果");
  NAMES.forEach((n, i) => (tab.getCell(i + 1, 1).value = { text: n, hyperlink: QUOTED[i] }));
  return wb;
}

test("the reference is quoted, its apostrophes doubled", () => {
  expect(NAMES.map((sheet) => linkReference({ sheet, cell: "A2" }))).toEqual(QUOTED);
});

test("the part-level copy (CLI report, page) writes each as a link inside the workbook", async () => {
  const book = ledgerWorkbook({ sheets: NAMES.map((name) => ({ name, values: [["h"], [1]] })) });
  const { out } = await reportCopy(new Uint8Array(await book.xlsx.writeBuffer()), [linksTab()]);
  expectInside(await linksOf(out, "校验结果"));
});

test("ExcelJS in the browser (the page's 汇总 with reports): the written file corrected, a name holding ! no longer an external file", async () => {
  const written = new Uint8Array(await excelJsBook().xlsx.writeBuffer());
  expectInside(await linksOf(await fixInternalLinks(written), "校验结果"));
});

test("ExcelJS in Node, in memory: patched, each written as a link inside the workbook", async () => {
  useInternalLinks();
  expectInside(await linksOf(new Uint8Array(await excelJsBook().xlsx.writeBuffer()), "校验结果"));
});

test("ExcelJS's streaming writer in Node (gx-ledger merge --with-reports): patched, each written as a link inside the workbook", async () => {
  useInternalLinks();
  const dir = mkdtempSync(join(tmpdir(), "gx-links-"));
  try {
    const path = join(dir, "merged.xlsx");
    const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path });
    for (const n of NAMES) {
      const ws = wb.addWorksheet(n);
      ws.getCell("A2").value = 1;
      ws.commit();
    }
    const tab = wb.addWorksheet("校验结果");
    NAMES.forEach((n, i) => (tab.getCell(i + 1, 1).value = { text: n, hyperlink: QUOTED[i] }));
    tab.commit();
    await wb.commit();
    expectInside(await linksOf(new Uint8Array(readFileSync(path)), "校验结果"));
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("Office.js: the document reference quoted", async () => {
  const h = createExcelHost({ sheets: NAMES.map((name) => ({ name, values: [["h"], [1]] })) });
  await h.Excel.run((context) => writeReportTabsExcel(context as unknown as Excel.RequestContext, [linksTab()]));
  const tab = h.sheet("校验结果");
  const refs = NAMES.map((_, i) => cellAt(tab, 4 + i, 2)?.hyperlink?.documentReference);
  expect(refs).toEqual(QUOTED);
});

test("WPS: the sub-address quoted", () => {
  const host = createEtHost({ name: "x.xlsx", sheets: NAMES.map((name) => ({ name, rows: [["h"], [1]], merges: [], state: "visible" as const })) });
  const app = host.Application as EtApplication;
  writeReportTabsEt(app, app.ActiveWorkbook!, [linksTab()]);
  const tab = host.sheet("校验结果");
  const refs = [...tab.cells.values()].flatMap((c) => (c.link ? [c.link] : []));
  expect(refs).toEqual(QUOTED);
});
