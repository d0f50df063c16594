/**
 * A real spreadsheet program opens a generated report: LibreOffice converts it headless to PDF, and to CSV to
 * show that the injected strings are text there too (recalculation forced on load, so a formula would show its
 * result). CI installs LibreOffice (`apt-get install -y --no-install-recommends libreoffice-calc`); without it the
 * test fails under CI and, elsewhere, says why and passes without converting.
 */

import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import ExcelJS from "exceljs";
import { convert, findSoffice } from "../support/libreoffice";
import { checkResultsTab, INJECTIONS, injectionTab, ledgerWorkbook, partsTab, regionsTab, reportCopy, targetsTab } from "./fixtures";

/** The CSV export of the first sheet, as LibreOffice shows its cells. */
function csvRows(text: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let field = "";
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i];
    if (quoted) {
      if (ch === '"' && text[i + 1] === '"') {
        field += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else field += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ",") {
      row.push(field);
      field = "";
    } else if (ch === "\n") {
      row.push(field);
      rows.push(row);
      row = [];
      field = "";
    } else if (ch !== "\r" || text[i + 1] !== "\n") field += ch;
  }
  if (field !== "" || row.length > 0) rows.push([...row, field]);
  return rows;
}

describe("LibreOffice", () => {
  it("opens a generated report: converts it to PDF, and shows injected strings as text", async () => {
    const soffice = findSoffice();
    if (!soffice) {
      if (process.env.CI === "true") throw new Error("soffice not found: CI must install libreoffice-calc");
      console.log("LibreOffice (soffice) is not installed here: the conversion test did nothing. Install libreoffice-calc to run it.");
      return;
    }
    const root = mkdtempSync(path.join(tmpdir(), "gx-lo-"));
    try {
      // The injection tab first, alone in its workbook, so the CSV export (first sheet) is that tab.
      // A workbook whose one visible sheet is an earlier 校验结果 of the tool's: the new one takes its place.
      const alone = new ExcelJS.Workbook();
      // Its subtitle in A2 is the add-in's mark: only a marked tab listed in `_gx` is the add-in's to replace.
      alone.addWorksheet("校验结果").getCell("A2").value = "工作簿：样例台账.xlsx · 方案：2022 年内置方案 · 生成时间：2022-11-05 14:30";
      alone.addWorksheet("_gx", { state: "veryHidden" }).getCell("A1").value = JSON.stringify({ reports: ["校验结果"] });
      const injected = injectionTab("校验结果");
      const injectedFile = path.join(root, "injected.xlsx");
      writeFileSync(injectedFile, (await reportCopy(new Uint8Array(await alone.xlsx.writeBuffer()), [injected])).out);

      const book = new Uint8Array(await ledgerWorkbook().xlsx.writeBuffer());
      const reportFile = path.join(root, "report.xlsx");
      writeFileSync(reportFile, (await reportCopy(book, [checkResultsTab(200), targetsTab(12), regionsTab(9), partsTab()])).out);

      convert(soffice, reportFile, "pdf", root);
      const pdf = path.join(root, "report.pdf");
      expect(existsSync(pdf)).toBe(true);
      expect(statSync(pdf).size).toBeGreaterThan(1000);
      expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");

      convert(soffice, injectedFile, "csv:Text - txt - csv (StarCalc):44,34,76,1", root);
      const csv = csvRows(readFileSync(path.join(root, "injected.csv"), "utf8"));
      // Row 4 on: one injected string per row, in every column.
      INJECTIONS.forEach((s, i) => {
        const shown = csv[3 + i].slice(0, 8);
        // Tabs and carriage returns are kept in the cell; the CSV line shows the rest as typed.
        expect(shown.map((x) => x.replace(/^[\t\r\n]+/, ""))).toEqual(new Array(8).fill(s.replace(/^[\t\r]+/, "")));
      });
      expect(readdirSync(root)).toEqual(expect.arrayContaining(["report.pdf", "injected.csv"]));
    } finally {
      rmSync(root, { recursive: true, force: true });
    }
  }, 300_000);
});
