/**
 * Issue 14's must-show: a user's own sheet with a chart, an image and a pivot table keeps them through
 * `gx-ledger report` and the standalone page's download (both copies are made part by part, so their parts are
 * copied as they are and stay referenced, and the download builds no ExcelJS model) — also after explanations
 * and templates (审核说明 and template sheets are written as parts too) — and LibreOffice opens them. The fixture
 * is built here: a workbook from ExcelJS, then minimal valid chart, drawing, image and pivot parts added to its zip.
 */

import { existsSync, readFileSync, writeFileSync } from "node:fs";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { checkWorkbook } from "../../src/core/check";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import { readExplanations } from "../../src/core/read/explanations";
import { buildReports, layoutReport, REPORT_TABS } from "../../src/core/reports";
import { openWorkbookFile } from "../../src/ports/file/browser/browser-port";
import * as reader from "../../src/ports/file/shared/read";
import { run } from "../cli/helpers";
import { tempDir } from "../ports/file/fixtures";
import { convert, findSoffice } from "../support/libreoffice";
import { ledgerWorkbook, sheetPart } from "./fixtures";

jest.setTimeout(300_000);

const MAIN = "http://schemas.openxmlformats.org/spreadsheetml/2006/main";
const REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships";
const PKG_REL = "http://schemas.openxmlformats.org/package/2006/relationships";
const CT = "application/vnd.openxmlformats-officedocument";
const SHEET = "我的图表";

/** A 1×1 PNG. */
const PNG = Buffer.from("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==", "base64");

const rels = (items: [string, string, string][]) =>
  `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG_REL}">${items
    .map(([id, type, target]) => `<Relationship Id="${id}" Type="${REL}/${type}" Target="${target}"/>`)
    .join("")}</Relationships>`;

const DRAWING = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<xdr:wsDr xmlns:xdr="http://schemas.openxmlformats.org/drawingml/2006/spreadsheetDrawing" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}" xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart">
<xdr:twoCellAnchor><xdr:from><xdr:col>3</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:to><xdr:col>9</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>15</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:to>
<xdr:graphicFrame macro=""><xdr:nvGraphicFramePr><xdr:cNvPr id="2" name="图表 1"/><xdr:cNvGraphicFramePr/></xdr:nvGraphicFramePr><xdr:xfrm><a:off x="0" y="0"/><a:ext cx="0" cy="0"/></xdr:xfrm>
<a:graphic><a:graphicData uri="http://schemas.openxmlformats.org/drawingml/2006/chart"><c:chart r:id="rId1"/></a:graphicData></a:graphic></xdr:graphicFrame><xdr:clientData/></xdr:twoCellAnchor>
<xdr:oneCellAnchor><xdr:from><xdr:col>10</xdr:col><xdr:colOff>0</xdr:colOff><xdr:row>1</xdr:row><xdr:rowOff>0</xdr:rowOff></xdr:from><xdr:ext cx="952500" cy="952500"/>
<xdr:pic><xdr:nvPicPr><xdr:cNvPr id="3" name="图片 1"/><xdr:cNvPicPr><a:picLocks noChangeAspect="1"/></xdr:cNvPicPr></xdr:nvPicPr><xdr:blipFill><a:blip r:embed="rId2"/><a:stretch><a:fillRect/></a:stretch></xdr:blipFill>
<xdr:spPr><a:xfrm><a:off x="0" y="0"/><a:ext cx="952500" cy="952500"/></a:xfrm><a:prstGeom prst="rect"><a:avLst/></a:prstGeom></xdr:spPr></xdr:pic><xdr:clientData/></xdr:oneCellAnchor>
</xdr:wsDr>`;

const CHART = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<c:chartSpace xmlns:c="http://schemas.openxmlformats.org/drawingml/2006/chart" xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main" xmlns:r="${REL}">
<c:chart><c:plotArea><c:layout/><c:barChart><c:barDir val="col"/><c:grouping val="clustered"/><c:varyColors val="0"/>
<c:ser><c:idx val="0"/><c:order val="0"/><c:tx><c:v>金额</c:v></c:tx><c:cat><c:strRef><c:f>'${SHEET}'!$A$2:$A$4</c:f></c:strRef></c:cat><c:val><c:numRef><c:f>'${SHEET}'!$B$2:$B$4</c:f></c:numRef></c:val></c:ser>
<c:axId val="1"/><c:axId val="2"/></c:barChart>
<c:catAx><c:axId val="1"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="b"/><c:crossAx val="2"/></c:catAx>
<c:valAx><c:axId val="2"/><c:scaling><c:orientation val="minMax"/></c:scaling><c:delete val="0"/><c:axPos val="l"/><c:crossAx val="1"/></c:valAx>
</c:plotArea></c:chart></c:chartSpace>`;

const CACHE = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheDefinition xmlns="${MAIN}" xmlns:r="${REL}" r:id="rId1" refreshOnLoad="1" recordCount="3">
<cacheSource type="worksheet"><worksheetSource ref="A1:B4" sheet="${SHEET}"/></cacheSource>
<cacheFields count="2"><cacheField name="县区" numFmtId="0"><sharedItems count="3"><s v="张北县"/><s v="蔚县"/><s v="宣化区"/></sharedItems></cacheField>
<cacheField name="金额" numFmtId="0"><sharedItems containsSemiMixedTypes="0" containsString="0" containsNumber="1" containsInteger="1" minValue="10" maxValue="30"/></cacheField></cacheFields>
</pivotCacheDefinition>`;

const RECORDS = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotCacheRecords xmlns="${MAIN}" count="3"><r><x v="0"/><n v="10"/></r><r><x v="1"/><n v="20"/></r><r><x v="2"/><n v="30"/></r></pivotCacheRecords>`;

const PIVOT = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<pivotTableDefinition xmlns="${MAIN}" name="透视表1" cacheId="7" dataCaption="值" updatedVersion="6" minRefreshableVersion="3" createdVersion="6" useAutoFormatting="1" itemPrintTitles="1" indent="0" outline="1" outlineData="1">
<location ref="A20:B24" firstHeaderRow="1" firstDataRow="1" firstDataCol="1"/>
<pivotFields count="2"><pivotField axis="axisRow" showAll="0"><items count="4"><item x="0"/><item x="1"/><item x="2"/><item t="default"/></items></pivotField><pivotField dataField="1" showAll="0"/></pivotFields>
<rowFields count="1"><field x="0"/></rowFields><rowItems count="4"><i><x/></i><i><x v="1"/></i><i><x v="2"/></i><i t="grand"><x/></i></rowItems>
<colItems count="1"><i/></colItems><dataFields count="1"><dataField name="求和项:金额" fld="1" baseField="0" baseItem="0"/></dataFields>
</pivotTableDefinition>`;

/** The ledger workbook plus the user's sheet 我的图表 holding a chart, an image and a pivot table. */
async function fixture(): Promise<Uint8Array> {
  const wb = ledgerWorkbook();
  const ws = wb.addWorksheet(SHEET);
  ws.addRows([
    ["县区", "金额"],
    ["张北县", 10],
    ["蔚县", 20],
    ["宣化区", 30],
  ]);
  const zip = await JSZip.loadAsync(await wb.xlsx.writeBuffer());
  const part = await sheetPart(zip, SHEET);
  const file = part.slice(part.lastIndexOf("/") + 1);
  const sheetRels = `xl/worksheets/_rels/${file}.rels`;
  if (zip.file(sheetRels)) throw new Error("the fixture expects a sheet without relationships");
  zip.file(part, (await zip.file(part)!.async("string")).replace("</worksheet>", `<drawing r:id="rIdDr"/></worksheet>`));
  zip.file(sheetRels, rels([["rIdDr", "drawing", "../drawings/drawing1.xml"], ["rIdPt", "pivotTable", "../pivotTables/pivotTable1.xml"]]));
  zip.file("xl/drawings/drawing1.xml", DRAWING);
  zip.file("xl/drawings/_rels/drawing1.xml.rels", rels([["rId1", "chart", "../charts/chart1.xml"], ["rId2", "image", "../media/image1.png"]]));
  zip.file("xl/charts/chart1.xml", CHART);
  zip.file("xl/media/image1.png", PNG);
  zip.file("xl/pivotTables/pivotTable1.xml", PIVOT);
  zip.file("xl/pivotTables/_rels/pivotTable1.xml.rels", rels([["rId1", "pivotCacheDefinition", "../pivotCache/pivotCacheDefinition1.xml"]]));
  zip.file("xl/pivotCache/pivotCacheDefinition1.xml", CACHE);
  zip.file("xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels", rels([["rId1", "pivotCacheRecords", "pivotCacheRecords1.xml"]]));
  zip.file("xl/pivotCache/pivotCacheRecords1.xml", RECORDS);
  const wbRels = await zip.file("xl/_rels/workbook.xml.rels")!.async("string");
  zip.file("xl/_rels/workbook.xml.rels", wbRels.replace("</Relationships>", `<Relationship Id="rIdPc" Type="${REL}/pivotCacheDefinition" Target="pivotCache/pivotCacheDefinition1.xml"/></Relationships>`));
  const workbook = await zip.file("xl/workbook.xml")!.async("string");
  zip.file("xl/workbook.xml", workbook.replace("</workbook>", `<pivotCaches><pivotCache cacheId="7" r:id="rIdPc"/></pivotCaches></workbook>`));
  const types = await zip.file("[Content_Types].xml")!.async("string");
  const overrides = [
    ["/xl/drawings/drawing1.xml", `${CT}.drawing+xml`],
    ["/xl/charts/chart1.xml", `${CT}.drawingml.chart+xml`],
    ["/xl/pivotTables/pivotTable1.xml", `${CT}.spreadsheetml.pivotTable+xml`],
    ["/xl/pivotCache/pivotCacheDefinition1.xml", `${CT}.spreadsheetml.pivotCacheDefinition+xml`],
    ["/xl/pivotCache/pivotCacheRecords1.xml", `${CT}.spreadsheetml.pivotCacheRecords+xml`],
  ]
    .map(([name, type]) => `<Override PartName="${name}" ContentType="${type}"/>`)
    .join("");
  zip.file("[Content_Types].xml", types.replace("</Types>", `<Default Extension="png" ContentType="image/png"/>${overrides}</Types>`));
  return zip.generateAsync({ type: "uint8array", compression: "DEFLATE" });
}

const OBJECT_PARTS = [
  "xl/drawings/drawing1.xml",
  "xl/drawings/_rels/drawing1.xml.rels",
  "xl/charts/chart1.xml",
  "xl/media/image1.png",
  "xl/pivotTables/pivotTable1.xml",
  "xl/pivotTables/_rels/pivotTable1.xml.rels",
  "xl/pivotCache/pivotCacheDefinition1.xml",
  "xl/pivotCache/_rels/pivotCacheDefinition1.xml.rels",
  "xl/pivotCache/pivotCacheRecords1.xml",
];

/** Every object part there byte for byte, and still referenced by the sheet and the workbook. */
async function expectObjectsKept(before: JSZip, after: JSZip): Promise<void> {
  for (const path of OBJECT_PARTS) {
    expect({ path, same: await after.file(path)?.async("base64") }).toEqual({ path, same: await before.file(path)!.async("base64") });
  }
  const part = await sheetPart(after, SHEET);
  expect(await after.file(part)!.async("string")).toContain(`<drawing r:id="rIdDr"/>`);
  const sheetRels = await after.file(part.replace(/([^/]+)$/, "_rels/$1.rels"))!.async("string");
  expect(sheetRels).toContain(`Target="../drawings/drawing1.xml"`);
  expect(sheetRels).toContain(`Target="../pivotTables/pivotTable1.xml"`);
  expect(await after.file("xl/workbook.xml")!.async("string")).toContain(`<pivotCache cacheId="7" r:id="rIdPc"/>`);
  expect(await after.file("xl/_rels/workbook.xml.rels")!.async("string")).toContain(`Id="rIdPc"`);
  const types = await after.file("[Content_Types].xml")!.async("string");
  for (const p of ["/xl/charts/chart1.xml", "/xl/pivotTables/pivotTable1.xml", "/xl/drawings/drawing1.xml"]) expect(types).toContain(`PartName="${p}"`);
  expect(types).toContain(`Extension="png"`);
}

/** Converts to PDF where LibreOffice is installed (required under CI). */
function opensInLibreOffice(file: string, dir: string, pdf: string): void {
  const soffice = findSoffice();
  if (!soffice) {
    if (process.env.CI === "true") throw new Error("soffice not found: CI must install libreoffice-calc");
    console.log("LibreOffice (soffice) is not installed here: the copy was not opened in it. Install libreoffice-calc to run that part.");
    return;
  }
  convert(soffice, file, "pdf", dir);
  expect(readFileSync(pdf).subarray(0, 5).toString("latin1")).toBe("%PDF-");
}

test("a chart, an image and a pivot table on the user's sheet survive `gx-ledger report`, and LibreOffice opens the copy", async () => {
  const tmp = tempDir();
  try {
    const input = tmp.path("台账.xlsx");
    writeFileSync(input, await fixture());
    const out = tmp.path("台账-报表.xlsx");
    const r = await run(["report", input, "--out", out]);
    expect(r.stderr).toBe("");
    expect(existsSync(out)).toBe(true);

    await expectObjectsKept(await JSZip.loadAsync(readFileSync(input)), await JSZip.loadAsync(readFileSync(out)));
    // The report tabs are there too.
    expect(await (await JSZip.loadAsync(readFileSync(out))).file("xl/workbook.xml")!.async("string")).toContain(`name="校验结果"`);
    opensInLibreOffice(out, tmp.dir, tmp.path("台账-报表.pdf"));
  } finally {
    tmp.remove();
  }
});

test("the standalone page's download keeps them too, with tabs and marks, and builds no ExcelJS model to do it", async () => {
  const tmp = tempDir();
  try {
    const input = await fixture();
    const port = await openWorkbookFile(input.slice().buffer, "台账.xlsx");
    const now = new Date(Date.UTC(2022, 10, 15, 8));
    const check = checkWorkbook(await port.read(), { today: now });
    await port.writeReports(buildReports(check, { lang: "zh-CN", now, workbookName: "台账.xlsx" }).map(layoutReport));
    const cell = check.findings.find((f) => f.sheet !== undefined && f.row !== undefined && f.col !== undefined);
    expect(cell).toBeDefined();
    // A mark on the user's own sheet too: its part is edited, its drawing and pivot table stay.
    const marked = await port.mark([cell!, { ...cell!, severity: "error", sheet: SHEET, row: 2, col: 2 }]);
    expect(marked).toBe(2);

    // The download copies the opened file's parts: ExcelJS neither loads nor writes a workbook for it.
    const xlsx = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: unknown; writeBuffer: unknown };
    const load = jest.spyOn(xlsx as { load: () => unknown }, "load");
    const write = jest.spyOn(xlsx as { writeBuffer: () => unknown }, "writeBuffer");
    const bytes = new Uint8Array(await (await port.download()).arrayBuffer());
    expect([load.mock.calls.length, write.mock.calls.length]).toEqual([0, 0]);
    load.mockRestore();
    write.mockRestore();

    const after = await JSZip.loadAsync(bytes);
    await expectObjectsKept(await JSZip.loadAsync(input), after);
    const copy = new ExcelJS.Workbook();
    await copy.xlsx.load(bytes as unknown as ExcelJS.Buffer);
    for (const tab of REPORT_TABS) expect(copy.getWorksheet(tab)).toBeDefined();
    const formats = (name: string) => (copy.getWorksheet(name) as unknown as { conditionalFormattings: { ref: string; rules: { formulae: string[] }[] }[] }).conditionalFormattings;
    expect(formats(SHEET)).toEqual([expect.objectContaining({ ref: "B2", rules: [expect.objectContaining({ formulae: ['ISTEXT("gx.mark.error")'] })] })]);
    expect(formats(cell!.sheet!).length).toBeGreaterThan(0);
    // The user's sheet's values are as they were.
    expect(copy.getWorksheet(SHEET)!.getSheetValues().slice(1, 5)).toEqual([
      [undefined, "县区", "金额"],
      [undefined, "张北县", 10],
      [undefined, "蔚县", 20],
      [undefined, "宣化区", 30],
    ]);
    const out = tmp.path("台账-gx.xlsx");
    writeFileSync(out, bytes);
    opensInLibreOffice(out, tmp.dir, tmp.path("台账-gx.pdf"));
  } finally {
    tmp.remove();
  }
});

/** Every worksheet part of the user's sheets, by sheet name, as bytes. */
async function userSheetParts(zip: JSZip, names: readonly string[]): Promise<Record<string, string>> {
  const out: Record<string, string> = {};
  for (const name of names) out[name] = await zip.file(await sheetPart(zip, name))!.async("base64");
  return out;
}

test("after an explanation is written, edited and withdrawn and a template inserted, the download still keeps them, the user's sheets byte for byte", async () => {
  const tmp = tempDir();
  const input = await fixture();
  // ExcelJS loads a workbook only inside the reader (readXlsx, once, at open) and writes none: FileWorkbook builds
  // no model of the file, neither at open nor at save.
  const xlsx = Object.getPrototypeOf(new ExcelJS.Workbook().xlsx) as { load: () => unknown; writeBuffer: () => unknown };
  const original = reader.readXlsx;
  let inReader = false;
  const read = jest.spyOn(reader, "readXlsx").mockImplementation(async (...args) => {
    inReader = true;
    try {
      return await original(...args);
    } finally {
      inReader = false;
    }
  });
  const loads: boolean[] = [];
  const realLoad = xlsx.load;
  const load = jest.spyOn(xlsx, "load").mockImplementation(function (this: unknown, ...args: unknown[]) {
    loads.push(inReader);
    return (realLoad as (...a: unknown[]) => unknown).apply(this, args);
  });
  const write = jest.spyOn(xlsx, "writeBuffer");
  try {
    const port = await openWorkbookFile(input.slice().buffer, "台账.xlsx");
    const kept = { sheet: "百家重点企业", key: "企业1", rule: "growth.review", cell: "D3", text: "初稿" };
    const withdrawn = { sheet: SHEET, key: "蔚县", rule: "growth.review", cell: "B3", text: "待撤回" };
    await port.addExplanations([kept, withdrawn]);
    await port.addExplanation({ ...kept, text: "已核实，数据无误" });
    expect(await port.removeExplanation(withdrawn)).toBe(true);
    const templates = await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises", "targets"]);
    const bytes = new Uint8Array(await (await port.download()).arrayBuffer());

    expect(read).toHaveBeenCalledTimes(1);
    expect(loads.every((inside) => inside)).toBe(true);
    expect(write).not.toHaveBeenCalled();

    const before = await JSZip.loadAsync(input);
    const after = await JSZip.loadAsync(bytes);
    await expectObjectsKept(before, after);
    const users = ["百家重点企业", "百项工业项目库", SHEET];
    expect(await userSheetParts(after, users)).toEqual(await userSheetParts(before, users));

    // 审核说明 reads back with the entry edited and the withdrawn one gone; the templates are there.
    const data = await original(bytes, "台账-gx.xlsx");
    expect(data.sheets.map((s) => s.name)).toEqual(expect.arrayContaining([...users, "审核说明", ...templates]));
    expect(readExplanations(data.sheets.find((s) => s.name === "审核说明"))).toEqual([{ ...kept, text: "已核实，数据无误" }]);

    const out = tmp.path("台账-gx.xlsx");
    writeFileSync(out, bytes);
    opensInLibreOffice(out, tmp.dir, tmp.path("台账-gx.pdf"));
  } finally {
    read.mockRestore();
    load.mockRestore();
    write.mockRestore();
    tmp.remove();
  }
});
