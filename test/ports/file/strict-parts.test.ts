/**
 * A workbook saved as Strict Open XML (Excel's 另存为 "Strict Open XML 电子表格"): the same parts under the
 * purl.oclc.org namespaces. It is read as the same workbook (it was refused as damaged), and what the tool adds to
 * it (report tabs, marks, 审核说明, templates) takes Strict's names, so that the package stays one conformance
 * class; the copy reads back and opens in LibreOffice.
 */

import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import JSZip from "jszip";
import type { AnyFinding as Finding } from "../../../src/core/findings";
import { BUILTIN_PROFILE } from "../../../src/core/profile";
import { EXPLANATIONS_SHEET } from "../../../src/core/read";
import { openWorkbookFile } from "../../../src/ports/file/browser/browser-port";
import { readXlsx } from "../../../src/ports/file/shared/read";
import { run } from "../../cli/helpers";
import { convert, CSV_ALL_SHEETS_AS_SHOWN, sofficeForTest } from "../../support/libreoffice";
import { partText, prefixWorkbook } from "../../support/prefixed-xml";
import { strictWorkbook } from "../../support/strict-xml";
import { tempDir } from "./fixtures";

jest.setTimeout(120_000);

const SAMPLE = join(__dirname, "../../../samples/样例台账.xlsx");
const TRANSITIONAL = ['"http://schemas.openxmlformats.org/spreadsheetml/2006/main', '"http://schemas.openxmlformats.org/officeDocument/2006/relationships'];

/** The parts that name SpreadsheetML or its relationships in Transitional's namespaces (none, in a Strict package). */
async function transitionalParts(bytes: Uint8Array): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const out: string[] = [];
  for (const path of Object.keys(zip.files).filter((p) => p.endsWith(".xml") || p.endsWith(".rels"))) {
    const text = await zip.file(path)!.async("string");
    if (TRANSITIONAL.some((ns) => text.includes(ns))) out.push(path);
  }
  return out;
}

const sheets = async (bytes: Uint8Array) => (await readXlsx(bytes, "样例台账.xlsx")).sheets;

let plain: Uint8Array;
let strict: Uint8Array;
const tmp = tempDir();

beforeAll(async () => {
  plain = new Uint8Array(readFileSync(SAMPLE));
  strict = await strictWorkbook(plain);
  // The fixture is what it claims: nothing of it is named the Transitional way.
  expect(await transitionalParts(strict)).toEqual([]);
  expect(await (await JSZip.loadAsync(strict)).file("xl/workbook.xml")!.async("string")).toContain('conformance="strict"');
});

afterAll(() => tmp.remove());

test("it is read as the same workbook: every sheet, value and merge", async () => {
  expect(await sheets(strict)).toEqual(await sheets(plain));
});

test("gx-ledger check gives the same findings as for the workbook saved the usual way", async () => {
  writeFileSync(tmp.path("平常.xlsx"), plain);
  writeFileSync(tmp.path("严格.xlsx"), strict);
  const a = await run(["check", tmp.path("平常.xlsx"), "--format", "json"]);
  const b = await run(["check", tmp.path("严格.xlsx"), "--format", "json"]);
  expect(b.status).toBe(a.status);
  expect(b.stdout.replaceAll("严格.xlsx", "平常.xlsx")).toBe(a.stdout);
});

test("gx-ledger report adds its tabs in Strict's names; the ledgers stay; LibreOffice opens every tab", async () => {
  writeFileSync(tmp.path("严格台账.xlsx"), strict);
  const r = await run(["report", tmp.path("严格台账.xlsx"), "--out", tmp.path("严格报表.xlsx")]);
  expect(r.stderr).toBe("");
  const out = new Uint8Array(readFileSync(tmp.path("严格报表.xlsx")));
  expect(await transitionalParts(out)).toEqual([]);
  const read = await sheets(out);
  expect(read.map((s) => s.name)).toEqual(expect.arrayContaining(["校验结果", "县区汇总"]));
  const ledgers = await sheets(strict);
  expect(read.filter((s) => ledgers.some((l) => l.name === s.name))).toEqual(ledgers);

  const soffice = sofficeForTest();
  if (!soffice) return;
  convert(soffice, tmp.path("严格报表.xlsx"), CSV_ALL_SHEETS_AS_SHOWN, tmp.dir);
  expect(readFileSync(tmp.path("严格报表-县区汇总.csv"), "utf8")).toContain("县区");
});

test("the page's marks, 审核说明 and templates go in Strict's names; the values stay", async () => {
  const port = await openWorkbookFile(strict.slice().buffer, "样例台账.xlsx");
  const first = (await sheets(strict))[1].name;
  const marks: Finding[] = [{ rule: "x.error", severity: "error", sheet: first, row: 3, col: 2 }];
  await port.mark(marks);
  await port.addExplanation({ sheet: first, key: "甲", rule: "growth.review", cell: "B3", text: "已核实" });
  const added = await port.insertTemplates(BUILTIN_PROFILE, ["key-enterprises"]);
  const out = new Uint8Array(await (await port.download()).arrayBuffer());
  expect(await transitionalParts(out)).toEqual([]);
  const read = await sheets(out);
  expect(read.map((s) => s.name)).toEqual(expect.arrayContaining([EXPLANATIONS_SHEET, ...added]));
  const before = await sheets(strict);
  expect(read.filter((s) => before.some((b) => b.name === s.name && s.name !== EXPLANATIONS_SHEET))).toEqual(before.filter((s) => s.name !== EXPLANATIONS_SHEET));
});

test("a Strict workbook whose root declares the x: prefix beside the default namespace: marks and 审核说明 found and written in its prefix", async () => {
  const both = await strictWorkbook(await prefixWorkbook(plain, "mixed"));
  const first = (await sheets(both))[1].name;
  const port = await openWorkbookFile(both.slice().buffer, "样例台账.xlsx");
  await port.mark([{ rule: "x.error", severity: "error", sheet: first, row: 3, col: 2 }]);
  await port.addExplanation({ sheet: first, key: "甲", rule: "growth.review", cell: "B3", text: "已核实" });
  const out = new Uint8Array(await (await port.download()).arrayBuffer());
  expect(await transitionalParts(out)).toEqual([]);
  expect(await partText(out, "xl/worksheets/sheet2.xml")).toMatch(/<x:conditionalFormatting sqref="B3"><x:cfRule type="expression"/);
  const again = await openWorkbookFile(out.slice().buffer, "样例台账.xlsx");
  expect(await again.clearMarks()).toBe(1);
  expect(await sheets(out)).toEqual(expect.arrayContaining((await sheets(both)).filter((s) => s.name !== EXPLANATIONS_SHEET)));
});
