/**
 * The browser's correction of ExcelJS's internal links. This file never patches ExcelJS (internal-links.ts is
 * not loaded here), so ExcelJS writes the links as the browser build does.
 */

import ExcelJS from "exceljs";
import JSZip from "jszip";
import { fixInternalLinks } from "../../../src/ports/file/browser/internal-links-zip";

async function linked(): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  const ledger = wb.addWorksheet("重点企业");
  ledger.getCell("C5").value = "91330100716105852A";
  const report = wb.addWorksheet("校验结果");
  report.getCell("A1").value = { text: "重点企业!C5", hyperlink: "'重点企业'!C5" };
  report.getCell("A2").value = { text: "官网", hyperlink: "https://example.com/" };
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

async function parts(bytes: Uint8Array): Promise<{ sheet: string; rels: string }> {
  const zip = await JSZip.loadAsync(bytes);
  return {
    sheet: await zip.file("xl/worksheets/sheet2.xml")!.async("string"),
    rels: await zip.file("xl/worksheets/_rels/sheet2.xml.rels")!.async("string"),
  };
}

test("a link to a cell of the workbook keeps only its location; a web link keeps its relationship", async () => {
  const before = await parts(await linked());
  // What ExcelJS writes unpatched: the internal link also points to an external "file" named after the cell.
  expect(before.rels).toMatch(/Target="&apos;重点企业&apos;!C5" TargetMode="External"/);

  const fixed = await fixInternalLinks(await linked());
  const after = await parts(fixed);
  const links = after.sheet.match(/<hyperlink\b[^>]*>/g)!;
  expect(links).toHaveLength(2);
  expect(links[0]).toMatch(/ref="A1"/);
  expect(links[0]).toMatch(/location="/);
  expect(links[0]).not.toMatch(/r:id=/);
  expect(links[1]).toMatch(/ref="A2" r:id="rId\d+"/);
  expect(after.rels).not.toMatch(/重点企业/);
  expect(after.rels).toMatch(/Target="https:\/\/example.com\/" TargetMode="External"/);

  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(Buffer.from(fixed) as unknown as ExcelJS.Buffer);
  // ExcelJS itself reads only links with a relationship back; Excel and LibreOffice follow `location`.
  expect(wb.getWorksheet("校验结果")!.getCell("A1").text).toBe("重点企业!C5");
  expect(wb.getWorksheet("重点企业")!.getCell("C5").value).toBe("91330100716105852A");
});

test("a workbook without internal links comes back as the same bytes", async () => {
  const wb = new ExcelJS.Workbook();
  wb.addWorksheet("a").getCell("A1").value = { text: "web", hyperlink: "https://example.com/" };
  const bytes = new Uint8Array(await wb.xlsx.writeBuffer());
  expect(await fixInternalLinks(bytes)).toBe(bytes);
});
