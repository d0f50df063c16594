/**
 * GX Ledger's own .xlsx reader on zips made by hand, part by part: what ExcelJS never writes but other programs
 * (WPS, exporters, damaged or hostile files) do. Each case says what a statistician would see.
 */
import { readXlsx } from "../../../src/ports/file/shared/read";
import { cellBudget } from "../../../src/ports/file/shared/cells";
import type { CellValue, WorkbookData } from "../../../src/core";
import { storedZip } from "../../ports/file/fixtures";
import { row, textCell, workbookParts, xmlEscape, type RawWorkbook } from "../../support/hostile/xlsx";
import { zip, type ZipPart } from "../../support/hostile/zip";

const MAIN = `xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;

function sheetXml(inner: string, after = ""): string {
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?><worksheet ${MAIN}><sheetData>${inner}</sheetData>${after}</worksheet>`;
}

/** The parts of a one-sheet workbook, its sheet XML, shared strings and styles as given. */
function parts(sheet: string, extra: { strings?: string; styles?: string; workbook?: (xml: string) => string; rels?: (xml: string) => string } = {}): ZipPart[] {
  const wb: RawWorkbook = { sheets: [{ name: "台账", rows: "" }] };
  const out = workbookParts(wb).map((p) => {
    if (p.name === "xl/worksheets/sheet1.xml") return { ...p, data: sheet };
    if (p.name === "xl/workbook.xml" && extra.workbook) return { ...p, data: extra.workbook(String(p.data)) };
    if (p.name === "xl/_rels/workbook.xml.rels" && extra.rels) return { ...p, data: extra.rels(String(p.data)) };
    return p;
  });
  if (extra.strings !== undefined) out.push({ name: "xl/sharedStrings.xml", data: `<sst ${MAIN}>${extra.strings}</sst>` });
  if (extra.styles !== undefined) out.push({ name: "xl/styles.xml", data: `<styleSheet ${MAIN}>${extra.styles}</styleSheet>` });
  return out;
}

async function read(bytes: Uint8Array | Buffer): Promise<WorkbookData> {
  return readXlsx(new Uint8Array(bytes), "手工.xlsx", cellBudget("cli"));
}

async function rowsOf(sheet: string, extra: Parameters<typeof parts>[1] = {}): Promise<(CellValue[] | undefined)[]> {
  return (await read(zip(parts(sheet, extra)))).sheets[0].rows;
}

async function refusal(bytes: Uint8Array | Buffer): Promise<string | undefined> {
  return read(bytes).then(
    () => undefined,
    (e: { key?: string }) => e.key,
  );
}

test("a Chinese character whose bytes straddle two chunks of the unzipped part stays whole", async () => {
  // A stored entry is read 256 KiB at a time: put 张 (three bytes) across the first boundary, and again further on.
  const head = sheetXml("").indexOf("<sheetData>") + "<sheetData>".length;
  const cell = (r: number, text: string): string => `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${text}</t></is></c></row>`;
  const prefix = cell(1, "");
  const pad = 256 * 1024 - head - prefix.length - `<row r="2"><c r="A2" t="inlineStr"><is><t>`.length - 1;
  const inner = cell(1, "x".repeat(0)) + cell(2, `${"a".repeat(pad)}张家口`) + cell(3, "张".repeat(200_000));
  const rows = (await read(storedZip(parts(sheetXml(inner)).map((p) => ({ name: p.name, data: String(p.data) }))))).sheets[0].rows;
  expect(rows[1]?.[0]).toBe(`${"a".repeat(pad)}张家口`);
  expect(rows[2]?.[0]).toBe("张".repeat(200_000));
});

test("rows and cells without r follow the one before them, as in Excel", async () => {
  const rows = await rowsOf(sheetXml(`<row><c><v>1</v></c><c><v>2</v></c></row><row r="4"><c r="C4"><v>3</v></c><c><v>4</v></c></row><row><c><v>5</v></c></row>`));
  expect(rows).toEqual([[1, 2], undefined, undefined, [null, null, 3, 4], [5]]);
});

test("inline strings: plain, rich runs joined, phonetic guides left out, entities and _xHHHH_ escapes decoded", async () => {
  const rows = await rowsOf(
    sheetXml(
      row(1, textCell("A1", "张家口 & <宏达>")) +
        row(2, `<c r="A2" t="inlineStr"><is><r><t>张家</t></r><r><rPr><b/></rPr><t xml:space="preserve"> 口_x000D_</t></r><rPh sb="0" eb="1"><t>ちょう</t></rPh></is></c>`) +
        row(3, `<c r="A3" t="inlineStr"><is><t>&#24352;&#x5BB6;&#x53E3;&amp;&#128512;</t></is></c>`),
    ),
  );
  expect(rows).toEqual([["张家口 & <宏达>"], ["张家 口\r"], ["张家口&😀"]]);
});

test("shared strings: rich text joined, phonetic runs left out, _xHHHH_ decoded; a bad index is one malformed cell, not a refused file", async () => {
  const strings = `<si><t>甲</t></si><si><r><t>乙</t></r><r><t>丙</t></r></si><si><t>丁</t><rPh sb="0" eb="1"><t>てい</t></rPh></si><si><t>a_x0009_b</t></si>`;
  const cells = [0, 1, 2, 3, 999999].map((i, j) => `<c r="${"ABCDE"[j]}1" t="s"><v>${i}</v></c>`).join("");
  const rows = await rowsOf(sheetXml(row(1, cells) + row(2, `<c r="A2"><v>7</v></c>`)), { strings });
  expect(rows).toEqual([["甲", "乙丙", "丁", "a\tb", { error: "999999", malformed: "shared-string" }], [7]]);
});

test("damaged cells are reported as such, never guessed: a bad t=\"d\", text in a number cell, a boolean that is neither", async () => {
  const rows = await rowsOf(
    sheetXml(row(1, `<c r="A1" t="d"><v>2022-13-45</v></c><c r="B1" t="d"><v>2022-03-04</v></c><c r="C1"><v>12abc</v></c><c r="D1" t="b"><v>7</v></c><c r="E1" t="b"><v>false</v></c>`)),
  );
  expect(rows).toEqual([
    [{ error: "2022-13-45", malformed: "date" }, new Date(Date.UTC(2022, 2, 4)), { error: "12abc", malformed: "number" }, { error: "7", malformed: "boolean" }, false],
  ]);
});

test("a formula gives its cached result, also 0, FALSE and an error (ExcelJS lost 0 and FALSE)", async () => {
  const rows = await rowsOf(
    sheetXml(row(1, `<c r="A1"><f>B1-B1</f><v>0</v></c><c r="B1" t="b"><f>1=2</f><v>0</v></c><c r="C1" t="e"><f>1/0</f><v>#DIV/0!</v></c><c r="D1" t="str"><f>"是"</f><v>是</v></c><c r="E1"><f t="shared" si="0"/><v>5</v></c><c r="F1"><f>A1</f></c>`)),
  );
  expect(rows).toEqual([[0, false, { error: "#DIV/0!" }, "是", 5]]);
});

test("dates by the number format: built-in ids (the Chinese ones too), custom formats (not a conditional format's), the 1904 date system; percentages as shown", async () => {
  const styles = `<numFmts count="1"><numFmt numFmtId="176" formatCode="yyyy&quot;年&quot;m&quot;月&quot;"/></numFmts><cellXfs count="5"><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="31"/><xf numFmtId="176"/><xf numFmtId="10"/></cellXfs><dxfs count="1"><dxf><numFmt numFmtId="176" formatCode="0.00%"/></dxf></dxfs>`;
  const cells = `<c r="A1" s="1"><v>44635</v></c><c r="B1" s="2"><v>44635</v></c><c r="C1" s="3"><v>44635</v></c><c r="D1" s="4"><v>0.055</v></c><c r="E1"><v>44635</v></c>`;
  const day = new Date(Date.UTC(2022, 2, 15));
  expect(await rowsOf(sheetXml(row(1, cells)), { styles })).toEqual([[day, day, day, "5.5%", 44635]]);
  const in1904 = await rowsOf(sheetXml(row(1, `<c r="A1" s="1"><v>43173</v></c>`)), { styles, workbook: (x) => x.replace("<sheets>", `<workbookPr date1904="1"/><sheets>`) });
  expect(in1904).toEqual([[day]]);
});

test("a merged area's value is read once, in its top-left cell; what the file holds in its other cells is not shown", async () => {
  const sheet = sheetXml(
    row(1, `<c r="A1"><v>1</v></c><c r="B1"><v>2</v></c><c r="C1"><v>3</v></c>`) + row(2, `<c r="A2"><v>4</v></c><c r="B2"><v>5</v></c>`) + row(3, `<c r="B3"><v>6</v></c>`),
    `<mergeCells count="2"><mergeCell ref="A1:B2"/><mergeCell ref="b3:c3"/></mergeCells>`,
  );
  const s = (await read(zip(parts(sheet)))).sheets[0];
  expect(s.rows).toEqual([[1, null, 3], undefined, [null, 6]]);
  expect(s.merges).toEqual([
    { top: 1, left: 1, bottom: 2, right: 2 },
    { top: 3, left: 2, bottom: 3, right: 3 },
  ]);
});

test("sheet parts found through the relationships, whatever the target's form; chart sheets skipped; prefixed tags read", async () => {
  const wb: RawWorkbook = { sheets: [{ name: "一", rows: "" }, { name: "二", rows: "" }, { name: "图表", rows: "" }] };
  const list = workbookParts(wb).map((p) => {
    if (p.name === "xl/_rels/workbook.xml.rels") {
      return {
        ...p,
        data: String(p.data)
          .replace(`Target="worksheets/sheet1.xml"`, `Target="/xl/worksheets/sheet1.xml"`)
          .replace(`Target="worksheets/sheet2.xml"`, `Target="./data/../worksheets/第二.xml"`)
          .replace(/relationships\/worksheet" Target="worksheets\/sheet3.xml"/, `relationships/chartsheet" Target="chartsheets/sheet1.xml"`),
      };
    }
    if (p.name === "xl/worksheets/sheet1.xml") return { ...p, data: sheetXml(row(1, textCell("A1", "一"))) };
    if (p.name === "xl/worksheets/sheet2.xml") return { name: "xl/worksheets/第二.xml", data: `<x:worksheet xmlns:x="urn:x"><x:sheetData><x:row r="1"><x:c r="B1"><x:v>2</x:v></x:c></x:row></x:sheetData></x:worksheet>` };
    if (p.name === "xl/worksheets/sheet3.xml") return { name: "xl/chartsheets/sheet1.xml", data: "<chartsheet/>" };
    return p;
  });
  const got = await read(zip(list));
  expect(got.sheets.map((s) => [s.name, s.rows])).toEqual([
    ["一", [["一"]]],
    ["二", [[null, 2]]],
  ]);
});

test("a sheet whose part is missing is a damaged file, not a sheet silently left out", async () => {
  const list = parts(sheetXml("")).filter((p) => p.name !== "xl/worksheets/sheet1.xml");
  expect(await refusal(zip(list))).toBe("file.corrupt");
});

test("told row and column numbers are never allocated by: beyond the grid or past the columns read, a clear refusal", async () => {
  expect(await refusal(zip(parts(sheetXml(`<row r="999999999"><c r="A999999999"><v>1</v></c></row>`))))).toBe("file.beyond-grid");
  expect(await refusal(zip(parts(sheetXml(row(1, `<c r="XFD1"><v>1</v></c>`)))))).toBe("file.too-many-columns");
  expect(await refusal(zip(parts(sheetXml(row(1, `<c r="ZZZZZZZZZZZZ1"><v>1</v></c>`)))))).toBe("file.beyond-grid");
  // An empty formatted cell at the grid's far corner holds nothing: nothing allocated, nothing refused.
  expect(await rowsOf(sheetXml(row(1, `<c r="A1"><v>1</v></c>`) + row(1048576, `<c r="XFD1048576" s="1"/>`)))).toEqual([[1]]);
});

test("unclosed and runaway markup is read in one pass: 8 MB of unclosed <c> tags, one 6 MB tag, a 6 MB comment", async () => {
  const unclosed = sheetXml(row(1, textCell("A1", "台账")) + `<row r="2">${`<c r="A2">`.repeat(800_000)}`);
  expect(await rowsOf(unclosed)).toEqual([["台账"]]);
  const longTag = sheetXml(row(1, `<c r="A1" x="${"y".repeat(6 * 1024 * 1024)}"><v>1</v></c>`));
  expect(await rowsOf(longTag)).toEqual([[1]]);
  const comment = sheetXml(`<!--${"<c".repeat(3 * 1024 * 1024)}-->` + row(1, `<c r="A1"><v>1</v></c>`));
  expect(await rowsOf(comment)).toEqual([[1]]);
  // Cut short inside a tag: a damaged file.
  expect(await refusal(zip(parts(`<worksheet><sheetData><row r="1"><c r="A1`)))).toBe("file.corrupt");
}, 60_000);

test("a document type declaration (entity bombs live there) is refused as a damaged file", async () => {
  const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;">]><worksheet ${MAIN}><sheetData>${row(1, textCell("A1", "&lol2;"))}</sheetData></worksheet>`;
  expect(await refusal(zip(parts(bomb)))).toBe("file.corrupt");
});

test("sheet names and states come from workbook.xml, entities decoded", async () => {
  const got = await read(
    zip(
      parts(sheetXml(""), {
        workbook: (x) => x.replace(/<sheet [^>]*\/>/, `<sheet name="A &amp; B ${xmlEscape("<台账>")}" sheetId="1" state="veryHidden" r:id="rId1"/>`),
      }),
    ),
  );
  expect(got.sheets.map((s) => [s.name, s.state])).toEqual([["A & B <台账>", "veryHidden"]]);
});

/** The parts as a ZIP64 archive (stored), as some writers make for any size: every size and offset in the extra fields. */
function zip64(list: readonly ZipPart[]): Buffer {
  const out: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const u64 = (n: number): Buffer => {
    const b = Buffer.alloc(8);
    b.writeBigUInt64LE(BigInt(n));
    return b;
  };
  for (const part of list) {
    const data = Buffer.from(String(part.data), "utf8");
    const name = Buffer.from(part.name, "utf8");
    const local = Buffer.alloc(30);
    local.writeUInt32LE(0x04034b50, 0);
    local.writeUInt16LE(45, 4);
    local.writeUInt16LE(0x0800, 6);
    local.writeUInt32LE(0xffffffff, 18);
    local.writeUInt32LE(0xffffffff, 22);
    local.writeUInt16LE(name.length, 26);
    const localExtra = Buffer.concat([Buffer.from([1, 0, 16, 0]), u64(data.length), u64(data.length)]);
    local.writeUInt16LE(localExtra.length, 28);
    const head = Buffer.alloc(46);
    head.writeUInt32LE(0x02014b50, 0);
    head.writeUInt16LE(45, 4);
    head.writeUInt16LE(45, 6);
    head.writeUInt16LE(0x0800, 8);
    head.writeUInt32LE(0xffffffff, 20);
    head.writeUInt32LE(0xffffffff, 24);
    head.writeUInt16LE(name.length, 28);
    const extra = Buffer.concat([Buffer.from([1, 0, 24, 0]), u64(data.length), u64(data.length), u64(offset)]);
    head.writeUInt16LE(extra.length, 30);
    head.writeUInt32LE(0xffffffff, 42);
    central.push(head, name, extra);
    out.push(local, name, localExtra, data);
    offset += local.length + name.length + localExtra.length + data.length;
  }
  const cd = Buffer.concat(central);
  const end64 = Buffer.alloc(56);
  end64.writeUInt32LE(0x06064b50, 0);
  end64.writeBigUInt64LE(44n, 4);
  end64.writeUInt16LE(45, 12);
  end64.writeUInt16LE(45, 14);
  end64.writeBigUInt64LE(BigInt(list.length), 24);
  end64.writeBigUInt64LE(BigInt(list.length), 32);
  end64.writeBigUInt64LE(BigInt(cd.length), 40);
  end64.writeBigUInt64LE(BigInt(offset), 48);
  const locator = Buffer.alloc(20);
  locator.writeUInt32LE(0x07064b50, 0);
  locator.writeBigUInt64LE(BigInt(offset + cd.length), 8);
  locator.writeUInt32LE(1, 16);
  const eocd = Buffer.alloc(22);
  eocd.writeUInt32LE(0x06054b50, 0);
  eocd.writeUInt16LE(0xffff, 8);
  eocd.writeUInt16LE(0xffff, 10);
  eocd.writeUInt32LE(0xffffffff, 12);
  eocd.writeUInt32LE(0xffffffff, 16);
  return Buffer.concat([...out, cd, end64, locator, eocd]);
}

test("a ZIP64 archive is read through its ZIP64 end record and extra fields", async () => {
  const got = await read(zip64(parts(sheetXml(row(1, textCell("A1", "张家口") + `<c r="B1"><v>42</v></c>`)))));
  expect(got.sheets.map((s) => [s.name, s.rows])).toEqual([["台账", [["张家口", 42]]]]);
});
