/**
 * 审核说明 written at the part level (the standalone page's download): an existing sheet keeps its other rows, the
 * user's notes beside the entries, its styles, widths and merges; a sheet without a header gets the standard one on
 * top with what it holds moved down; every entry reads back with the core.
 */

import { readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import fc from "fast-check";
import JSZip from "jszip";
import { EXPLANATIONS_SHEET, readExplanations } from "../../../src/core/read";
import { openWorkbookFile } from "../../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { editCells, EMPTY_SHEET_XML, shiftRowsDown, widenColumns } from "../../../src/ports/file/shared/sheet-xml-edit";
import { XlsxPackage } from "../../../src/ports/file/shared/xlsx-package";
import { tempDir, workbookBytes } from "./fixtures";
import { convert, CSV_ALL_SHEETS_AS_SHOWN, findSoffice } from "../../support/libreoffice";

const HEADER = ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"];

async function download(bytes: Uint8Array, edit: (port: Awaited<ReturnType<typeof openWorkbookFile>>) => Promise<unknown>): Promise<Uint8Array> {
  const port = await openWorkbookFile(bytes.slice().buffer, "台账.xlsx");
  await edit(port);
  return new Uint8Array(await (await port.download()).arrayBuffer());
}

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ExcelJS.Buffer);
  return wb;
}

const entry = (key: string, text: string) => ({ sheet: "台账", key, rule: "growth.review", cell: "D2", text });

test("an existing 审核说明: entries added, edited and withdrawn; the user's rows, notes, styles, widths and merges stay", async () => {
  const bytes = await workbookBytes((wb) => {
    wb.addWorksheet("台账").addRows([["企业名称", "营业收入"], ["甲", 1]]);
    const ws = wb.addWorksheet(EXPLANATIONS_SHEET);
    ws.addRows([
      ["二〇二二年审核说明（内部）"],
      HEADER,
      ["台账", "甲", "growth.review", "D2", "原说明", "", "", "张三备注"],
      ["台账", "乙", "growth.review", "D3", "待撤回", "", "", "李四备注"],
      ["台账", "丙", "growth.review", "D4", "不动", "", "", "王五备注"],
    ]);
    ws.mergeCells("A1:E1");
    ws.getCell("A1").font = { bold: true, size: 16 };
    ws.getCell("H3").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FFFFFF00" } };
    ws.getColumn(5).width = 60;
    ws.getColumn(8).width = 20;
  });
  const out = await download(bytes, async (port) => {
    await port.addExplanation(entry("甲", "已核实"));
    await port.removeExplanation(entry("乙", "待撤回"));
    await port.addExplanation(entry("丁", "新说明"));
  });

  const data = await readXlsx(out, "台账.xlsx");
  expect(readExplanations(data.sheets.find((s) => s.name === EXPLANATIONS_SHEET))).toEqual([
    expect.objectContaining({ key: "甲", text: "已核实" }),
    expect.objectContaining({ key: "丙", text: "不动" }),
    expect.objectContaining({ key: "丁", text: "新说明" }),
  ]);
  const ws = (await load(out)).getWorksheet(EXPLANATIONS_SHEET)!;
  // Every row stays: the withdrawn entry's cells are empty, its note beside it kept.
  expect(ws.getCell("A1").value).toBe("二〇二二年审核说明（内部）");
  expect(ws.getCell("A1").font).toMatchObject({ bold: true, size: 16 });
  expect((ws.model as { merges?: string[] }).merges).toEqual(["A1:E1"]);
  expect((ws.getRow(2).values as unknown[]).slice(1)).toEqual(HEADER);
  expect([ws.getCell("H3").value, ws.getCell("H4").value, ws.getCell("H5").value]).toEqual(["张三备注", "李四备注", "王五备注"]);
  expect(ws.getCell("H3").fill).toMatchObject({ fgColor: { argb: "FFFFFF00" } });
  expect([ws.getCell("A4").value, ws.getCell("B4").value, ws.getCell("E4").value]).toEqual([null, null, null]);
  expect((ws.getRow(5).values as unknown[]).slice(1, 6)).toEqual(["台账", "丙", "growth.review", "D4", "不动"]);
  expect((ws.getRow(6).values as unknown[]).slice(1, 6)).toEqual(["台账", "丁", "growth.review", "D2", "新说明"]);
  // Written as text, and the widths the user set are not narrowed.
  expect(ws.getCell("E6").numFmt).toBe("@");
  expect([ws.getColumn(5).width, ws.getColumn(8).width]).toEqual([60, 20]);

  // LibreOffice reads the sheet as written.
  const soffice = findSoffice();
  if (!soffice) {
    if (process.env.CI === "true") throw new Error("soffice not found: CI must install libreoffice-calc");
    console.log("LibreOffice (soffice) is not installed here: the copy was not opened in it.");
    return;
  }
  const tmp = tempDir();
  try {
    writeFileSync(tmp.path("台账.xlsx"), out);
    convert(soffice, tmp.path("台账.xlsx"), CSV_ALL_SHEETS_AS_SHOWN, tmp.dir);
    const csv = readFileSync(tmp.path(`台账-${EXPLANATIONS_SHEET}.csv`), "utf8").split(/\r?\n/);
    expect(csv.slice(0, 6)).toEqual([
      "二〇二二年审核说明（内部）,,,,,,,",
      `${HEADER.join(",")},`,
      "台账,甲,growth.review,D2,已核实,,,张三备注",
      ",,,,,,,李四备注",
      "台账,丙,growth.review,D4,不动,,,王五备注",
      "台账,丁,growth.review,D2,新说明,,,",
    ]);
  } finally {
    tmp.remove();
  }
});

test("a 审核说明 without a header gets the standard one on top, what it held moved down one row with its merges", async () => {
  const bytes = await workbookBytes((wb) => {
    wb.addWorksheet("台账").addRows([["企业名称"], ["甲"]]);
    const ws = wb.addWorksheet(EXPLANATIONS_SHEET);
    ws.getCell("A1").value = "随手记";
    ws.getCell("A2").value = "第二行";
    ws.mergeCells("A2:C2");
  });
  const out = await download(bytes, (port) => port.addExplanation(entry("甲", "说明")));
  const ws = (await load(out)).getWorksheet(EXPLANATIONS_SHEET)!;
  expect((ws.getRow(1).values as unknown[]).slice(1)).toEqual(HEADER);
  expect(ws.getCell("A1").font?.bold).toBe(true);
  expect([ws.getCell("A2").value, ws.getCell("A3").value]).toEqual(["随手记", "第二行"]);
  expect((ws.model as { merges?: string[] }).merges).toEqual(["A3:C3"]);
  expect((ws.getRow(4).values as unknown[]).slice(1, 6)).toEqual(["台账", "甲", "growth.review", "D2", "说明"]);
  expect(ws.getColumn(5).width).toBe(48);
});

test("a workbook without 审核说明 gets one as a new sheet part, with its relationship, content type and workbook entry", async () => {
  const bytes = await workbookBytes((wb) => wb.addWorksheet("台账").addRows([["企业名称"], ["甲"]]));
  const out = await download(bytes, (port) => port.addExplanation(entry("甲", "说明")));
  const zip = await JSZip.loadAsync(out);
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  const rid = /<sheet name="审核说明" sheetId="\d+" r:id="([^"]+)"\/>/.exec(workbook)?.[1];
  expect(rid).toBeDefined();
  const rels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  const target = new RegExp(`Id="${rid}"[^>]*Target="([^"]+)"`).exec(rels)?.[1];
  expect(zip.file(`xl/${target}`)).not.toBeNull();
  expect(await zip.file("[Content_Types].xml")!.async("string")).toContain(`PartName="/xl/${target}"`);
});

describe("cell-level edits of a sheet part", () => {
  const sheet = (data: string, rest = "") => `<worksheet xmlns="x">${rest}<sheetData>${data}</sheetData></worksheet>`;

  test("rows and cells written without `r` are numbered as a reader counts them before an edit", () => {
    const xml = sheet(`<row><c t="inlineStr"><is><t>a</t></is></c><c s="3"><v>2</v></c></row><row spans="1:1"><c><v>5</v></c></row>`);
    const out = editCells(xml, [{ row: 2, col: 2, value: "新" }, { row: 1, col: 2, value: null }]);
    expect(out).toBe(
      sheet(`<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c><c r="B1" s="3"/></row><row r="2"><c r="A2"><v>5</v></c><c r="B2" t="inlineStr"><is><t xml:space="preserve">新</t></is></c></row>`),
    );
  });

  test("a cell cleared without a style goes; new rows go in order", () => {
    const out = editCells(sheet(`<row r="3"><c r="A3"><v>1</v></c></row>`), [{ row: 3, col: 1, value: null }, { row: 1, col: 2, value: "x" }]);
    expect(out).toBe(sheet(`<row r="1"><c r="B1" t="inlineStr"><is><t xml:space="preserve">x</t></is></c></row><row r="3"></row>`));
  });

  test("rows move down with the ranges the part names", () => {
    const xml = `<worksheet><dimension ref="A1:C2"/><sheetViews><sheetView><selection activeCell="B2" sqref="B2"/></sheetView></sheetViews><sheetData><row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="$C2"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A2:C2"/></mergeCells><conditionalFormatting sqref="A1:A2 C5"><cfRule/></conditionalFormatting></worksheet>`;
    expect(shiftRowsDown(xml)).toBe(
      `<worksheet><dimension ref="A2:C3"/><sheetViews><sheetView><selection activeCell="B3" sqref="B3"/></sheetView></sheetViews><sheetData><row r="2"><c r="A2"><v>1</v></c></row><row r="3"><c r="$C3"><v>2</v></c></row></sheetData><mergeCells><mergeCell ref="A3:C3"/></mergeCells><conditionalFormatting sqref="A2:A3 C6"><cfRule/></conditionalFormatting></worksheet>`,
    );
  });

  test("a column widened inside a range splits it; a wider one stays; a missing <cols> is added before the data", () => {
    const xml = sheet("", `<cols><col min="1" max="5" width="9" style="2"/><col min="7" max="7" width="30" customWidth="1"/></cols>`);
    expect(widenColumns(xml, [{ col: 3, width: 22 }, { col: 7, width: 10 }])).toBe(
      sheet("", `<cols><col min="1" max="2" width="9" style="2"/><col min="3" max="3" width="22" style="2" customWidth="1"/><col min="4" max="5" width="9" style="2"/><col min="7" max="7" width="30" customWidth="1"/></cols>`),
    );
    expect(widenColumns(sheet(""), [{ col: 2, width: 16 }])).toBe(sheet("", `<cols><col min="2" max="2" width="16" customWidth="1"/></cols>`));
  });
});

test("for any cells and edits, the sheet reads back as the edits say (fast-check, through the reader)", async () => {
  const base = await workbookBytes((wb) => (wb.addWorksheet("台账").getCell("A1").value = 1));
  const cell = fc.record({ row: fc.integer({ min: 1, max: 8 }), col: fc.integer({ min: 1, max: 6 }), value: fc.option(fc.string({ minLength: 1, maxLength: 6, unit: fc.constantFrom("a", "说", "&", "<", ">", "\"", "'", " ", "=", "0", "_", "\n") }), { nil: null }) });
  await fc.assert(
    fc.asyncProperty(fc.array(cell, { maxLength: 12 }), fc.boolean(), fc.array(cell, { maxLength: 12 }), async (before, shift, after) => {
      const model = new Map<string, string>();
      const apply = (edits: typeof before) => {
        for (const e of edits) {
          if (e.value === null) model.delete(`${e.row},${e.col}`);
          else model.set(`${e.row},${e.col}`, e.value);
        }
      };
      let xml = editCells(EMPTY_SHEET_XML, before);
      apply(before);
      if (shift) {
        xml = shiftRowsDown(xml);
        const moved = [...model].map(([k, v]) => {
          const [r, c] = k.split(",").map(Number);
          return [`${r + 1},${c}`, v] as const;
        });
        model.clear();
        for (const [k, v] of moved) model.set(k, v);
      }
      xml = editCells(xml, after);
      apply(after);
      const pkg = await XlsxPackage.open(base);
      pkg.addSheet("记录", xml);
      const sheet = (await readXlsx(await pkg.save(), "x.xlsx")).sheets.find((s) => s.name === "记录")!;
      const read = new Map<string, string>();
      sheet.rows.forEach((row, r) => row?.forEach((v, c) => v !== null && v !== undefined && read.set(`${r + 1},${c + 1}`, String(v))));
      expect(read).toEqual(model);
    }),
    { numRuns: 40 },
  );
});
