/**
 * Sheet names Excel cannot hold (issue 19, class 8), refused from workbook.xml before ExcelJS loads the file:
 * ExcelJS would print a warning quoting the whole name and cut it (42 MB of stderr for a 20-million-character
 * name), or throw its own English error. The file reader and the page give the same refusal,
 * in Chinese and in English, naming the sheet by its first characters.
 */
import { writeFileSync } from "fs";
import { t } from "../../src/core/i18n";
import { LIMITS } from "../../src/core/limits";
import { FileWorkbook } from "../../src/ports/file/browser/file-workbook";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { isFileRefusal } from "../../src/ports/file/shared/refusal";
import { declaredSheetNames, refuseIllegalSheetNames } from "../../src/ports/file/shared/sheet-names";
import { tempDir } from "../ports/file/fixtures";
import { run } from "../cli/helpers";
import { batchRows, rawXlsx } from "../support/hostile/xlsx";

const tmp = tempDir();
afterAll(() => tmp.remove());

function workbook(...names: string[]): Buffer {
  return rawXlsx({ sheets: names.map((name) => ({ name, rows: batchRows(2) })) });
}

async function refusal(read: () => Promise<unknown>): Promise<string> {
  try {
    await read();
  } catch (e) {
    if (isFileRefusal(e)) return t("zh-CN", e.key, e.params);
    throw e;
  }
  throw new Error("read without a refusal");
}

const long = "表".repeat(LIMITS.sheetName + 1);

/** [what, names, the refusal in Chinese] */
const CASES: [string, string[], string][] = [
  ["32 characters", ["三个一批", long], t("zh-CN", "file.long-sheet-name", { sheet: `${"表".repeat(40)}`.slice(0, 32), length: "32", limit: 31 })],
  ["a colon", ["三个一批", "2022:11"], t("zh-CN", "file.bad-sheet-name", { sheet: "2022:11" })],
  ["a bracket", ["[台账]"], t("zh-CN", "file.bad-sheet-name", { sheet: "[台账]" })],
  ["a leading apostrophe", ["'台账"], t("zh-CN", "file.bad-sheet-name", { sheet: "'台账" })],
  ["an empty name", [""], t("zh-CN", "file.bad-sheet-name", { sheet: "" })],
  ["two names alike but for case", ["Sheet1", "SHEET1"], t("zh-CN", "file.duplicate-sheet-name", { sheet: "SHEET1" })],
];

describe.each(CASES)("a sheet name with %s", (_what, names, expected) => {
  const bytes = workbook(...names);
  const path = tmp.path(`names-${names.join("-").length}-${_what.length}.xlsx`);
  beforeAll(() => writeFileSync(path, bytes));

  test("refused by the file reader, with no warning printed", async () => {
    const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
    try {
      expect(await refusal(() => readXlsxFile(path))).toBe(expected);
      expect(warn).not.toHaveBeenCalled();
    } finally {
      warn.mockRestore();
    }
  });

  test("refused by the page", async () => {
    expect(await refusal(() => FileWorkbook.open(new Uint8Array(bytes)))).toBe(expected);
  });
});

test("a 1,000,000-character sheet name: the command line refuses it in a line, in English too", async () => {
  const path = tmp.path("million.xlsx");
  writeFileSync(path, workbook("三个一批", "x".repeat(1_000_000)));
  const warn = jest.spyOn(console, "warn").mockImplementation(() => undefined);
  try {
    const r = await run(["check", path, "--lang", "en"]);
    expect(r.status).toBe(2);
    expect(r.stdout).toContain(t("en-US", "file.long-sheet-name", { sheet: `${"x".repeat(40)}…`, length: "1,000,000", limit: 31 }));
    expect(r.stdout.length + r.stderr.length).toBeLessThan(2000);
    expect(warn).not.toHaveBeenCalled();
  } finally {
    warn.mockRestore();
  }
});

test("names Excel allows are read as they are: 31 characters, spaces, quotes inside, !, the same letters in another script", async () => {
  const names = ["表".repeat(31), "It's a sheet", "A!B", "三个一批", "Ｓｈｅｅｔ１", "Sheet1"];
  const path = tmp.path("legal.xlsx");
  writeFileSync(path, workbook(...names));
  expect((await readXlsxFile(path)).sheets.map((s) => s.name)).toEqual(names);
});

test("the names are read from workbook.xml's <sheet> elements only, entities decoded", () => {
  const xml = `<workbook><sheetPr/><sheets><sheet name="A &amp; B" sheetId="1" r:id="rId1"/><sheet\nname='C' sheetId="2"/></sheets><definedNames><definedName name="x">1</definedName></definedNames></workbook>`;
  expect(declaredSheetNames(xml)).toEqual(["A & B", "C"]);
});

test("a workbook part written with a prefix has its names read too, so a bad one is refused there as well", () => {
  const ns = `xmlns:x="http://schemas.openxmlformats.org/spreadsheetml/2006/main"`;
  const prefixed = `<x:workbook ${ns}><x:sheets><x:sheet name="sheet one" sheetId="1" r:id="rId1"/><x:sheet name="a:b" sheetId="2"/></x:sheets></x:workbook>`;
  expect(declaredSheetNames(prefixed)).toEqual(["sheet one", "a:b"]);
  // A default namespace beside the prefix: the entries may be written either way.
  const mixed = `<x:workbook xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main" ${ns}><x:sheets><sheet name="A"/><x:sheet name="B"/></x:sheets></x:workbook>`;
  expect(declaredSheetNames(mixed)).toEqual(["A", "B"]);
  expect(() => refuseIllegalSheetNames(prefixed)).toThrow(expect.objectContaining({ key: "file.bad-sheet-name" }));
});
