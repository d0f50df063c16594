/**
 * The standalone page's edits on a workbook whose SpreadsheetML uses a namespace prefix (`<x:sheetData>`, as the
 * Open XML SDK writes it): marks, 审核说明 written, edited and withdrawn, templates inserted and a plain download
 * work as on any other workbook. The edited parts keep the prefix, the parts and values not edited stay as they
 * were, and the copy reads back with our reader and opens in LibreOffice.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { LIST_SHEET } from "../../../src/core/ledgers/template-model";
import { BUILTIN_PROFILE } from "../../../src/core/profile";
import { EXPLANATIONS_SHEET, readExplanations } from "../../../src/core/read";
import type { AnyFinding as Finding } from "../../../src/core/findings";
import { openWorkbookFile, type FilePort } from "../../../src/ports/file/browser/browser-port";
import { MARK_FORMULA } from "../../../src/ports/file/shared/marks";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { isFileRefusal } from "../../../src/ports/file/shared/refusal";
import { editCells, widenColumns } from "../../../src/ports/file/shared/sheet-xml-edit";
import { XlsxPackage } from "../../../src/ports/file/shared/xlsx-package";
import { convert, CSV_ALL_SHEETS_AS_SHOWN, sofficeForTest } from "../../support/libreoffice";
import { partText, prefixWorkbook, type PrefixMode, unprefixedElements } from "../../support/prefixed-xml";
import { tempDir, workbookBytes } from "./fixtures";
import JSZip from "jszip";

jest.setTimeout(60000);

const HEADER = ["工作表", "对象", "规则", "单元格", "说明", "报告期", "当时数值"];
const LEDGER = "xl/worksheets/sheet1.xml";
const NOTES = "xl/worksheets/sheet2.xml";
const STYLES = "xl/styles.xml";

/** 台账 with a user's own conditional format, and 审核说明 with a title, the header, two entries and notes. */
function plain(): Promise<Uint8Array> {
  return workbookBytes((wb) => {
    const ws = wb.addWorksheet("台账");
    ws.addRows([["企业名称", "营业收入"], ["甲", 1], ["乙", 2]]);
    ws.getCell("B2").fill = { type: "pattern", pattern: "solid", fgColor: { argb: "FF00B050" } };
    ws.addConditionalFormatting({ ref: "B2:B3", rules: [{ type: "expression", priority: 1, formulae: ["B2>1"], style: { font: { bold: true } } }] });
    const notes = wb.addWorksheet(EXPLANATIONS_SHEET);
    notes.addRows([["二〇二二年审核说明"], HEADER, ["台账", "甲", "growth.review", "B2", "原说明", "", "", "张三备注"], ["台账", "乙", "growth.review", "B3", "待撤回", "", "", "李四备注"]]);
    notes.mergeCells("A1:E1");
    notes.getColumn(5).width = 60;
  });
}

async function download(bytes: Uint8Array, edit: (port: FilePort) => Promise<unknown>): Promise<Uint8Array> {
  const port = await openWorkbookFile(bytes.slice().buffer, "台账.xlsx");
  await edit(port);
  return new Uint8Array(await (await port.download()).arrayBuffer());
}

const entry = (key: string, text: string, cell = "B2") => ({ sheet: "台账", key, rule: "growth.review", cell, text });

const marks: Finding[] = [
  { rule: "x.error", severity: "error", sheet: "台账", row: 2, col: 2 },
  { rule: "x.warning", severity: "warning", sheet: "台账", row: 3, col: 1 },
];

/** The values of every sheet as our reader sees them. */
async function values(bytes: Uint8Array, except: readonly string[] = []) {
  return (await readXlsx(bytes, "台账.xlsx")).sheets.filter((s) => !except.includes(s.name)).map((s) => [s.name, s.rows, s.merges]);
}

describe.each<PrefixMode>(["all", "mixed"])("a workbook written with the x: prefix (%s)", (mode) => {
  let source: Uint8Array;
  beforeAll(async () => {
    source = await prefixWorkbook(await plain(), mode);
    // The fixture is what it claims: the reader reads it, and its sheets are prefixed.
    expect(await partText(source, LEDGER)).toContain("<x:sheetData>");
    expect((await readXlsx(source, "台账.xlsx")).sheets.map((s) => s.name)).toEqual(["台账", EXPLANATIONS_SHEET]);
  });

  test("marks colour the cells in the sheet's own prefix; the user's format and the values stay; clearing finds them", async () => {
    const out = await download(source, (port) => port.mark(marks));
    const xml = await partText(out, LEDGER);
    expect(xml).toMatch(/<x:conditionalFormatting sqref="B2"><x:cfRule type="expression" dxfId="\d+" priority="1"><x:formula>/);
    expect(xml).toMatch(/<x:conditionalFormatting sqref="A3"><x:cfRule type="expression" dxfId="\d+" priority="2">/);
    expect(xml).toContain(MARK_FORMULA.error.replace(/"/g, "&quot;"));
    // The user's own rule stays, after the marks.
    expect(xml).toMatch(/<(x:)?cfRule type="expression" dxfId="\d+" priority="3"/);
    if (mode === "all") {
      expect(unprefixedElements(xml)).toEqual([]);
      expect(unprefixedElements(await partText(out, STYLES))).toEqual([]);
    }
    expect(await partText(out, STYLES)).toMatch(/<x:dxfs count="3">[\s\S]*FFFFC7CE[\s\S]*FFFFEB9C[\s\S]*<\/x:dxfs>/);
    expect(await values(out, ["_gx"])).toEqual(await values(source));

    // Opened again, the page finds the marks it made (清除标记 says how many cells it cleared).
    const again = await openWorkbookFile(out.slice().buffer, "台账.xlsx");
    expect(await again.clearMarks()).toBe(2);
    const cleared = new Uint8Array(await (await again.download()).arrayBuffer());
    expect(await partText(cleared, LEDGER)).toBe(await partText(source, LEDGER));
  });

  test("审核说明: an entry edited, one withdrawn and one added, in the part's prefix; the title, notes, merge and width stay", async () => {
    const out = await download(source, async (port) => {
      await port.addExplanation(entry("甲", "已核实"));
      await port.removeExplanation(entry("乙", "待撤回", "B3"));
      await port.addExplanation(entry("丙", "新说明", "B4"));
    });
    const data = await readXlsx(out, "台账.xlsx");
    const notes = data.sheets.find((s) => s.name === EXPLANATIONS_SHEET)!;
    expect(readExplanations(notes)).toEqual([expect.objectContaining({ key: "甲", text: "已核实" }), expect.objectContaining({ key: "丙", text: "新说明" })]);
    expect(notes.rows[0]?.[0]).toBe("二〇二二年审核说明");
    expect([notes.rows[2]?.[7], notes.rows[3]?.[7]]).toEqual(["张三备注", "李四备注"]);
    expect(notes.rows[3]?.slice(0, 5)).toEqual([null, null, null, null, null]);
    expect(notes.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 5 }]);
    const xml = await partText(out, NOTES);
    expect(xml).toMatch(/<x:row r="5"[^>]*><(x:)?c r="A5" s="\d+" t="inlineStr"><x:is><x:t xml:space="preserve">台账<\/x:t>/);
    expect(xml).toMatch(/<(x:)?col min="5" max="5" width="60"/);
    if (mode === "all") expect(unprefixedElements(xml)).toEqual([]);
    // The ledger is not touched.
    expect(await partText(out, LEDGER)).toBe(await partText(source, LEDGER));

    const soffice = sofficeForTest();
    if (!soffice) return;
    const tmp = tempDir();
    try {
      writeFileSync(tmp.path("台账.xlsx"), out);
      convert(soffice, tmp.path("台账.xlsx"), CSV_ALL_SHEETS_AS_SHOWN, tmp.dir);
      expect(readFileSync(tmp.path(`台账-${EXPLANATIONS_SHEET}.csv`), "utf8").split(/\r?\n/).slice(0, 5)).toEqual([
        "二〇二二年审核说明,,,,,,,",
        `${HEADER.join(",")},`,
        "台账,甲,growth.review,B2,已核实,,,张三备注",
        ",,,,,,,李四备注",
        "台账,丙,growth.review,B4,新说明,,,",
      ]);
      expect(readFileSync(tmp.path("台账-台账.csv"), "utf8").split(/\r?\n/).slice(0, 3)).toEqual(["企业名称,营业收入", "甲,1", "乙,2"]);
    } finally {
      tmp.remove();
    }
  });

  test("an empty 审核说明 (<x:sheetData/>) gets the header and the entry", async () => {
    const empty = await prefixWorkbook(
      await workbookBytes((wb) => {
        wb.addWorksheet("台账").addRows([["企业名称", "营业收入"], ["甲", 1]]);
        wb.addWorksheet(EXPLANATIONS_SHEET);
      }),
      mode,
    );
    expect(await partText(empty, NOTES)).toContain("<x:sheetData/>");
    const out = await download(empty, (port) => port.addExplanation(entry("甲", "已核实")));
    const notes = (await readXlsx(out, "台账.xlsx")).sheets.find((s) => s.name === EXPLANATIONS_SHEET)!;
    expect(notes.rows[0]?.slice(0, HEADER.length)).toEqual(HEADER);
    expect(readExplanations(notes)).toEqual([expect.objectContaining({ key: "甲", text: "已核实" })]);
    expect(await partText(out, NOTES)).toMatch(/<x:sheetData><x:row r="1">/);
  });

  test("a 审核说明 without the header gets it on top: the user's rows, merge and selection move down one in the part's prefix", async () => {
    const bare = await prefixWorkbook(
      await workbookBytes((wb) => {
        wb.addWorksheet("台账").addRows([["企业名称", "营业收入"], ["甲", 1]]);
        const notes = wb.addWorksheet(EXPLANATIONS_SHEET);
        notes.addRows([["我的备注，合并"], ["第二行"]]);
        notes.mergeCells("A1:C1");
      }),
      mode,
    );
    const out = await download(bare, (port) => port.addExplanation(entry("甲", "已核实")));
    const notes = (await readXlsx(out, "台账.xlsx")).sheets.find((s) => s.name === EXPLANATIONS_SHEET)!;
    expect(notes.rows.map((r) => r?.[0])).toEqual(["工作表", "我的备注，合并", "第二行", "台账"]);
    expect(notes.merges).toEqual([{ top: 2, left: 1, bottom: 2, right: 3 }]);
    const xml = await partText(out, NOTES);
    expect(xml).toMatch(/<(x:)?mergeCell ref="A2:C2"\/>/);
    if (mode === "all") expect(unprefixedElements(xml)).toEqual([]);
  });

  test("a second insertion writes its lists into the prefixed list sheet the first one left", async () => {
    const regions = (suffix: string) => Array.from({ length: 60 }, (_, i) => ({ code: String(130800 + i), name: `某县第${i}经济开发区${suffix}`, aliases: [] }));
    const first = await download(source, (port) => port.insertTemplates({ ...BUILTIN_PROFILE, regions: regions("") }, ["key-enterprises"]));
    const resaved = await prefixWorkbook(first, mode);
    const listPath = (await XlsxPackage.open(resaved)).sheet(LIST_SHEET)!.path;
    expect(await partText(resaved, listPath)).toContain("<x:sheetData>");
    const out = await download(resaved, (port) => port.insertTemplates({ ...BUILTIN_PROFILE, regions: regions("乙") }, ["key-enterprises"]));
    const after = (await readXlsx(out, "台账.xlsx")).sheets.find((s) => s.name === LIST_SHEET)!;
    expect(after.state).toBe("veryHidden");
    expect([after.rows[59]?.[0], after.rows[59]?.[1]]).toEqual(["某县第59经济开发区", "某县第59经济开发区乙"]);
    if (mode === "all") expect(unprefixedElements(await partText(out, listPath))).toEqual([]);
  });

  test("templates are inserted: new sheets listed in the prefixed workbook part, their looks in the prefixed styles", async () => {
    let names: string[] = [];
    const out = await download(source, async (port) => {
      names = await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises"]);
    });
    expect(names).toEqual(["百家重点企业台账"]);
    const data = await readXlsx(out, "台账.xlsx");
    expect(data.sheets.map((s) => s.name)).toEqual(["台账", EXPLANATIONS_SHEET, "百家重点企业台账"]);
    expect(data.sheets[2].rows[0]).toContain("企业名称");
    const workbook = await partText(out, "xl/workbook.xml");
    expect(workbook).toMatch(/<x:sheet name="百家重点企业台账" sheetId="3" r:id="rIdGx\d+"\/><\/x:sheets>/);
    if (mode === "all") {
      expect(unprefixedElements(workbook)).toEqual([]);
      expect(unprefixedElements(await partText(out, STYLES))).toEqual([]);
    }
    expect(await values(out, ["百家重点企业台账"])).toEqual(await values(source));
  });

  test("a download with no edits keeps every part as it was", async () => {
    const out = await download(source, async () => undefined);
    const before = await JSZip.loadAsync(source);
    const after = await JSZip.loadAsync(out);
    expect(Object.keys(after.files).sort()).toEqual(Object.keys(before.files).sort());
    for (const path of Object.keys(before.files).filter((p) => !before.files[p].dir)) expect([path, await after.file(path)!.async("string")]).toEqual([path, await before.file(path)!.async("string")]);
  });
});

test("a prefixed 审核说明 part without <x:sheetData> is refused as a damaged file, not a stack trace", async () => {
  const bytes = await prefixWorkbook(await plain());
  const zip = await JSZip.loadAsync(bytes);
  const xml = await zip.file(NOTES)!.async("string");
  zip.file(NOTES, xml.replace(/<x:sheetData>[\s\S]*<\/x:sheetData>/, ""));
  const damaged = await zip.generateAsync({ type: "uint8array" });
  const port = await openWorkbookFile(damaged.slice().buffer, "台账.xlsx");
  await port.addExplanation(entry("甲", "已核实"));
  const refusal = await port.download().then(
    () => null,
    (e: unknown) => (isFileRefusal(e) ? e.key : e),
  );
  expect(refusal).toBe("file.corrupt");
});

test("a default-namespace root whose rows use a prefix declared beside it: edits find them and write unprefixed", () => {
  const main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
  const xml = `<worksheet xmlns="${main}" xmlns:s="${main}"><s:cols><s:col min="1" max="1" width="30"/></s:cols><s:sheetData><s:row r="1"><s:c r="A1"><s:v>1</s:v></s:c></s:row></s:sheetData></worksheet>`;
  const edited = widenColumns(editCells(xml, [{ row: 1, col: 2, value: "说明" }]), [{ col: 2, width: 20 }]);
  expect(edited).toBe(
    `<worksheet xmlns="${main}" xmlns:s="${main}"><cols><col min="1" max="1" width="30"/><col min="2" max="2" width="20" customWidth="1"/></cols>` +
      `<s:sheetData><s:row r="1"><s:c r="A1"><s:v>1</s:v></s:c><c r="B1" t="inlineStr"><is><t xml:space="preserve">说明</t></is></c></s:row></s:sheetData></worksheet>`,
  );
});
