import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { crc32 } from "zlib";
import ExcelJS from "exceljs";

/** Workbooks and broken files for the file port's tests, built by the tests themselves. */

export async function workbookBytes(build: (wb: ExcelJS.Workbook) => void): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  build(wb);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}

/** One sheet with every kind of value the reader must cope with, and a very hidden second sheet. */
export function featureWorkbook(wb: ExcelJS.Workbook): void {
  const ws = wb.addWorksheet("台账");
  ws.getCell("A1").value = "2022年百家重点企业台账";
  ws.mergeCells("A1:D1");
  ws.getCell("A2").value = { formula: "1+1", result: 2 };
  ws.getCell("B2").value = { richText: [{ text: "张家口" }, { text: "宏达", font: { bold: true } }, { text: "有限公司" }] };
  ws.getCell("C2").value = { text: "企业官网", hyperlink: "https://example.com" };
  ws.getCell("D2").value = new Date(Date.UTC(2022, 2, 15));
  ws.getCell("E2").value = { error: "#N/A" };
  ws.getCell("F2").value = { formula: "1/0", result: { error: "#DIV/0!" } };
  ws.getCell("G2").value = { formula: "1=1", result: true };
  ws.getCell("H2").value = { formula: "DATE(2022,1,2)", result: new Date(Date.UTC(2022, 0, 2)) };
  ws.getCell("H2").numFmt = "yyyy-mm-dd";
  ws.getCell("I2").value = { formula: "\"文本\"", result: "文本" };
  ws.getCell("A3").value = { formula: "A2*2", result: 4 };
  ws.getCell("B3").value = { sharedFormula: "A3", result: 8 };
  ws.getCell("A6").value = "第六行";
  // An empty but formatted cell (written <c r="D6" s="…"/>) right before a formula giving an error.
  ws.getCell("D6").numFmt = "0.00";
  ws.getCell("E6").value = { formula: "NA()", result: { error: "#N/A" } };
  ws.mergeCells("B5:C6");
  ws.getCell("B5").value = "合并";
  wb.addWorksheet("隐藏", { state: "hidden" }).getCell("A1").value = "h";
  wb.addWorksheet("_gx", { state: "veryHidden" }).getCell("A1").value = "{}";
}

/** A zip of stored (uncompressed) entries, for files that are zips but not workbooks. */
export function storedZip(entries: { name: string; data: string }[]): Uint8Array {
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name);
    const data = Buffer.from(e.data);
    const crc = crc32(data);
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(20, 4);
    local.writeUInt32LE(crc, 14);
    local.writeUInt32LE(data.length, 18);
    local.writeUInt32LE(data.length, 22);
    local.writeUInt16LE(name.length, 26);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4);
    central.writeUInt16LE(20, 6);
    central.writeUInt32LE(crc, 16);
    central.writeUInt32LE(data.length, 20);
    central.writeUInt32LE(data.length, 24);
    central.writeUInt16LE(name.length, 28);
    central.writeUInt32LE(offset, 42);
    locals.push(local, name, data);
    centrals.push(central, name);
    offset += local.length + name.length + data.length;
  }
  const cd = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(cd.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, cd, end]));
}

/** An OLE compound file header, as .xls files and password-protected .xlsx files start. */
export function oleFile(streamName?: string): Uint8Array {
  const head = Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
  const body = Buffer.alloc(1024);
  if (streamName) Buffer.from(streamName, "utf16le").copy(body, 600);
  return new Uint8Array(Buffer.concat([head, body]));
}

export function tempDir(): { dir: string; path: (name: string) => string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "gx-ledger-test-"));
  return { dir, path: (name) => join(dir, name), remove: () => rmSync(dir, { recursive: true, force: true }) };
}
