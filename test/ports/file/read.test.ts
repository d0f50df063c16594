import { mkdirSync, readFileSync, writeFileSync } from "fs";
import { basename, join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import { t } from "../../../src/core/i18n";
import type { SheetData, WorkbookData } from "../../../src/core/read/types";
import { FileWorkbook } from "../../../src/ports/file/browser/file-workbook";
import { readXlsxFile } from "../../../src/ports/file/node/index";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { FileRefusal } from "../../../src/ports/file/shared/refusal";
import { featureWorkbook, oleFile, storedZip, tempDir, workbookBytes } from "./fixtures";

const tmp = tempDir();
afterAll(() => tmp.remove());

async function featureFile(): Promise<string> {
  const file = tmp.path("features.xlsx");
  writeFileSync(file, await workbookBytes(featureWorkbook));
  return file;
}

function sheet(wb: WorkbookData, name: string): SheetData {
  const s = wb.sheets.find((x) => x.name === name);
  if (!s) throw new Error(`no sheet ${name}`);
  return s;
}

// One reader for every size: read from a file on disk (the CLI) and from bytes (the page).
const readers: [string, (file: string) => Promise<WorkbookData>][] = [
  ["file", (file) => readXlsxFile(file)],
  ["bytes", (file) => readXlsx(readFileSync(file), basename(file))],
];

describe.each(readers)("the %s reader", (_name, read) => {
  let wb: WorkbookData;
  beforeAll(async () => {
    wb = await read(await featureFile());
  });

  test("gives every value as the sheet shows it", () => {
    const rows = sheet(wb, "台账").rows;
    expect(rows[0]).toEqual(["2022年百家重点企业台账"]);
    expect(rows[1]).toEqual([
      2, // a formula gives its cached result
      "张家口宏达有限公司", // rich text flattened
      "企业官网", // a hyperlink gives its text
      new Date(Date.UTC(2022, 2, 15)), // dates stay dates
      { error: "#N/A" }, // an error value
      { error: "#DIV/0!" }, // a formula whose result is an error
      true, // a formula whose result is a boolean
      new Date(Date.UTC(2022, 0, 2)), // a formula whose result is a date
      "文本",
    ]);
    expect(rows[2]).toEqual([4, 8]); // a shared formula gives its own result
  });

  test("numbers rows as the sheet does: rows[i] is row i + 1, missing rows are undefined", () => {
    const rows = sheet(wb, "台账").rows;
    expect(rows[3]).toBeUndefined();
    expect(rows[5]?.[0]).toBe("第六行");
    expect(rows[5]?.[4]).toEqual({ error: "#N/A" });
    expect(rows).toHaveLength(6);
  });

  test("a merged range holds its value once, in its top-left cell, and is listed", () => {
    const s = sheet(wb, "台账");
    expect(s.rows[4]?.[1]).toBe("合并");
    expect(s.rows[5]?.[1] ?? null).toBeNull();
    expect(s.merges).toEqual(
      expect.arrayContaining([
        { top: 1, left: 1, bottom: 1, right: 4 },
        { top: 5, left: 2, bottom: 6, right: 3 },
      ]),
    );
    expect(s.merges).toHaveLength(2);
  });

  test("keeps the sheets in tab order with their visibility", () => {
    expect(wb.sheets.map((s) => [s.name, s.state])).toEqual([
      ["台账", "visible"],
      ["隐藏", "hidden"],
      ["_gx", "veryHidden"],
    ]);
    expect(wb.name).toBe("features.xlsx");
  });
});

test("the file reader keeps Chinese text intact where a character straddles two zip chunks", async () => {
  // Long runs of three-byte characters make chunk boundaries fall inside characters (exceljs #2063).
  const names = Array.from({ length: 4000 }, (_, i) => `张家口第${i}号氢能与可再生能源装备制造有限公司`);
  const file = tmp.path("chinese.xlsx");
  writeFileSync(
    file,
    await workbookBytes((wb) => {
      const ws = wb.addWorksheet("能耗监测");
      names.forEach((n, i) => {
        ws.getCell(i + 1, 1).value = n;
        ws.getCell(i + 1, 2).value = { richText: [{ text: "所属" }, { text: "县区" }] };
      });
    }),
  );
  const streamed = await readXlsxFile(file);
  const rows = streamed.sheets[0].rows;
  expect(rows.map((r) => r?.[0])).toEqual(names);
  expect(rows.every((r) => r?.[1] === "所属县区")).toBe(true);
});

test("the file reader tells its progress every 10,000 rows and at each sheet's end", async () => {
  const progress: number[] = [];
  const file = tmp.path("rows.xlsx");
  const writer = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: file, useSharedStrings: false, useStyles: false });
  const ws = writer.addWorksheet("数据");
  const filler = "x".repeat(100);
  const rows = 25_000;
  for (let i = 1; i <= rows; i++) ws.addRow([i, filler]).commit();
  ws.commit();
  await writer.commit();
  const wb = await readXlsxFile(file, { onProgress: (p) => progress.push(p.rows) });
  expect(wb.sheets[0].rows).toHaveLength(rows);
  expect(progress).toEqual([10_000, 20_000, rows]);
});

test("readXlsx takes the bytes (as a browser gives them) rather than a path", async () => {
  const bytes = await workbookBytes(featureWorkbook);
  const copy = new ArrayBuffer(bytes.byteLength);
  new Uint8Array(copy).set(bytes);
  const wb = await readXlsx(copy, "拖入的文件.xlsx");
  expect(wb.name).toBe("拖入的文件.xlsx");
  expect(wb.sheets[0].rows[1]?.[0]).toBe(2);
});

const PACKAGE_RELS = "http://schemas.openxmlformats.org/package/2006/relationships";
const OFFICE_DOCUMENT = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument";

test("a workbook part where the package's root relationship says, not at xl/workbook.xml, is read as the same workbook", async () => {
  const bytes = await workbookBytes(featureWorkbook);
  const zip = await JSZip.loadAsync(bytes);
  const move = async (from: string, to: string) => {
    zip.file(to, await zip.file(from)!.async("string"));
    zip.remove(from);
  };
  await move("xl/workbook.xml", "xl/book.xml");
  await move("xl/_rels/workbook.xml.rels", "xl/_rels/book.xml.rels");
  for (const part of ["_rels/.rels", "[Content_Types].xml"]) zip.file(part, (await zip.file(part)!.async("string")).replace("xl/workbook.xml", "xl/book.xml"));
  const moved = await zip.generateAsync({ type: "uint8array" });
  expect(zip.file("xl/workbook.xml")).toBeNull();
  expect(await readXlsx(moved, "x.xlsx")).toEqual(await readXlsx(bytes, "x.xlsx"));
});

describe("files that are not readable workbooks are refused with a reason", () => {
  const cases: [string, () => Promise<Uint8Array> | Uint8Array, string][] = [
    ["an empty file", () => new Uint8Array(0), "file.empty"],
    ["a CSV renamed .xlsx", () => new Uint8Array(Buffer.from("企业名称,信用代码\n张家口宏达,911307\n")), "file.not-xlsx"],
    ["an HTML page renamed .xlsx", () => new Uint8Array(Buffer.from("<html><body>登录</body></html>")), "file.not-xlsx"],
    ["a Word document (a zip without a workbook)", () => storedZip([{ name: "word/document.xml", data: "<w/>" }]), "file.not-xlsx"],
    [
      "a Word document renamed .xlsx, whose package relationships name its document",
      () =>
        storedZip([
          { name: "_rels/.rels", data: `<Relationships xmlns="${PACKAGE_RELS}"><Relationship Id="rId1" Type="${OFFICE_DOCUMENT}" Target="word/document.xml"/></Relationships>` },
          { name: "word/document.xml", data: '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body/></w:document>' },
        ]),
      "file.not-xlsx",
    ],
    ["a truncated download", async () => (await workbookBytes(featureWorkbook)).subarray(0, 3000), "file.truncated"],
    ["a password-protected workbook", () => oleFile("EncryptedPackage"), "file.encrypted"],
    ["an old .xls workbook", () => oleFile("Workbook"), "file.xls"],
    ["a workbook whose XML is broken", () => storedZip([{ name: "xl/workbook.xml", data: "<workbook" }, { name: "[Content_Types].xml", data: "<" }]), "file.corrupt"],
  ];

  test.each(cases)("%s", async (_what, make, key) => {
    const bytes = await make();
    await expect(readXlsx(bytes, "x.xlsx")).rejects.toMatchObject({ name: "FileRefusal", key });
    const file = tmp.path(`refused-${key}.xlsx`);
    writeFileSync(file, bytes);
    await expect(readXlsxFile(file)).rejects.toBeInstanceOf(FileRefusal);
    await expect(readXlsxFile(file)).rejects.toMatchObject({ key });
  });

  test("WPS's own format (.et, a compound file like .xls) is told apart by its name, so the user knows where to save it again", async () => {
    const et = tmp.path("县区.et");
    const xls = tmp.path("县区.xls");
    writeFileSync(et, oleFile("Workbook"));
    writeFileSync(xls, oleFile("Workbook"));
    await expect(readXlsxFile(et)).rejects.toMatchObject({ key: "file.et" });
    await expect(readXlsx(oleFile("Workbook"), "县区.ET")).rejects.toMatchObject({ key: "file.et" });
    await expect(readXlsxFile(xls)).rejects.toMatchObject({ key: "file.xls" });
    expect(t("zh-CN", "file.et")).toContain("WPS");
    // The page opens a workbook by its bytes and name.
    await expect(FileWorkbook.open(oleFile("Workbook"), "县区.et")).rejects.toMatchObject({ key: "file.et" });
    await expect(FileWorkbook.open(oleFile("Workbook"), "县区.xls")).rejects.toMatchObject({ key: "file.xls" });
  });

  test.each(["zh-CN", "en-US"] as const)("a damaged workbook is refused in plain words (%s), never with the parser's", async (lang) => {
    const broken = join(__dirname, "../../fixtures/corpus/broken-xml.xlsx");
    const made = tmp.path("broken-made.xlsx");
    writeFileSync(made, storedZip([{ name: "xl/workbook.xml", data: "<workbook" }, { name: "[Content_Types].xml", data: "<" }]));
    const plain = { "zh-CN": "文件已损坏或不是有效的 Excel 工作簿", "en-US": "the file is damaged or is not a valid Excel workbook" }[lang];
    for (const file of [broken, made]) {
      const refusal = await readXlsxFile(file).catch((e: unknown) => e);
      expect(refusal).toMatchObject({ key: "file.corrupt", params: {} });
      const { key, params } = refusal as FileRefusal;
      expect(t(lang, key, params)).toBe(plain);
      const inMemory = await readXlsx(readFileSync(file), "x.xlsx").catch((e: unknown) => e);
      expect(t(lang, (inMemory as FileRefusal).key, (inMemory as FileRefusal).params)).toBe(plain);
      expect((inMemory as Error).message).not.toMatch(/undefined|Cannot|reading/);
    }
  });

  test("a missing file and a directory", async () => {
    await expect(readXlsxFile(tmp.path("没有这个文件.xlsx"))).rejects.toMatchObject({ key: "file.not-found" });
    mkdirSync(tmp.path("目录.xlsx"));
    await expect(readXlsxFile(tmp.path("目录.xlsx"))).rejects.toMatchObject({ key: "file.directory" });
  });
});

describe.each(readers)("the %s reader and percentage formats (issue 12)", (_name, read) => {
  test("a number in a cell formatted as a percentage comes as the text it shows; other numbers stay numbers", async () => {
    const wb = new ExcelJS.Workbook();
    const ws = wb.addWorksheet("目标任务");
    ws.addRow(["指标名称", "目标值", "单位", "实际完成"]);
    ws.addRow(["工业增加值增速", 0.055, "%", 0.061]);
    ws.addRow(["净增规上企业", 35, "家", 20]);
    ws.getCell("B2").numFmt = "0.0%";
    ws.getCell("D2").numFmt = "0.00%";
    ws.getCell("D3").numFmt = '0"%"';
    const file = tmp.path(`percent-${_name}.xlsx`);
    writeFileSync(file, Buffer.from(await wb.xlsx.writeBuffer()));
    const rows = sheet(await read(file), "目标任务").rows;
    expect(rows[1]).toEqual(["工业增加值增速", "5.5%", "%", "6.1%"]);
    // A quoted % is literal text of the format, not a percentage.
    expect(rows[2]).toEqual(["净增规上企业", 35, "家", 20]);
  });
});
