/**
 * `gx-ledger report` on a workbook whose SpreadsheetML uses a namespace prefix (`<x:workbook>`, `<x:styleSheet>`,
 * `<x:worksheet>`, as the Open XML SDK writes them): the tabs are added and listed in the workbook, their looks go
 * into the prefixed styles, the ledger reads as before; a copy saved again by such a program and reported again
 * has its tabs replaced, not doubled.
 */

import { existsSync, mkdirSync, readFileSync, writeFileSync } from "fs";
import JSZip from "jszip";
import { basename, join } from "path";
import { t } from "../../src/core/i18n";
import { REPORT_TABS } from "../../src/core/reports";
import { readXlsx } from "../../src/ports/file/shared/read";
import { tempDir } from "../ports/file/fixtures";
import { convert, CSV_ALL_SHEETS_AS_SHOWN, sofficeForTest } from "../support/libreoffice";
import { partText, prefixWorkbook, type PrefixMode, unprefixedElements } from "../support/prefixed-xml";
import { FAULTY, run, writeBatches } from "./helpers";

jest.setTimeout(60000);

const tmp = tempDir();
afterAll(() => tmp.remove());

const read = (path: string) => readXlsx(readFileSync(path), basename(path));

describe.each<PrefixMode>(["all", "mixed"])("report on a prefixed workbook (%s)", (mode) => {
  const input = tmp.path(`${mode}.xlsx`);
  beforeAll(async () => {
    const plain = tmp.path(`${mode}-plain.xlsx`);
    await writeBatches(plain, FAULTY);
    writeFileSync(input, await prefixWorkbook(readFileSync(plain), mode));
  });

  test("adds the seven tabs in the workbook's own prefix; the ledger reads the same", async () => {
    const out = tmp.path(`${mode}-报表.xlsx`);
    const r = await run(["report", input, "--out", out]);
    expect(r.stderr).toBe("");
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(t("zh-CN", "cli.report.written", { file: out, count: 7, tabs: REPORT_TABS.join("、") }));

    const copy = await read(out);
    expect(copy.sheets.map((s) => s.name)).toEqual(["三个一批", ...REPORT_TABS, "_gx"]);
    const original = await read(input);
    expect(copy.sheets[0]).toEqual(original.sheets[0]);
    const bytes = readFileSync(out);
    const workbook = await partText(bytes, "xl/workbook.xml");
    expect(workbook).toContain(`<x:sheet name="${REPORT_TABS[0]}"`);
    expect(workbook).toMatch(/<x:definedNames><x:definedName name="_xlnm.Print_Titles" localSheetId="1">/);
    expect(await partText(bytes, "xl/styles.xml")).toMatch(/<x:cellXfs count="\d+">[\s\S]*<x:xf numFmtId="\d+" fontId="\d+"[^>]*applyFont="1"/);
    if (mode === "all") {
      expect(unprefixedElements(workbook)).toEqual([]);
      expect(unprefixedElements(await partText(bytes, "xl/styles.xml"))).toEqual([]);
    }

    // LibreOffice opens the copy: the ledger and the first tab as written.
    if (mode !== "all") return;
    const soffice = sofficeForTest();
    if (!soffice) return;
    const dir = tmp.path("lo");
    mkdirSync(dir);
    convert(soffice, out, CSV_ALL_SHEETS_AS_SHOWN, dir);
    const stem = basename(out, ".xlsx");
    expect(readFileSync(join(dir, `${stem}-三个一批.csv`), "utf8").split(/\r?\n/)[0]).toBe("企业名称,统一社会信用代码,所属县区,类别,进展状态,完成时间,验收情况");
    expect(readFileSync(join(dir, `${stem}-${REPORT_TABS[0]}.csv`), "utf8")).toContain(REPORT_TABS[0]);
  });

  test("a report copy saved again with the prefix and reported again: the tabs and _gx are replaced, not doubled", async () => {
    const first = tmp.path(`${mode}-first.xlsx`);
    expect((await run(["report", input, "--out", first])).status).toBe(0);
    const resaved = tmp.path(`${mode}-resaved.xlsx`);
    writeFileSync(resaved, await prefixWorkbook(readFileSync(first), mode));
    const second = tmp.path(`${mode}-second.xlsx`);
    const r = await run(["report", resaved, "--out", second]);
    expect(r.stderr).toBe("");
    expect(r.stdout).not.toContain(t("zh-CN", "cli.report.renamed", { wanted: REPORT_TABS[0], used: `${REPORT_TABS[0]}(2)` }));
    expect((await read(second)).sheets.map((s) => s.name)).toEqual(["三个一批", ...REPORT_TABS, "_gx"]);
  });
});

test("a styles part without the sections every workbook has is refused as a damaged file, in words, with no stack trace", async () => {
  const plain = tmp.path("no-fonts-plain.xlsx");
  await writeBatches(plain, FAULTY);
  const zip = await JSZip.loadAsync(readFileSync(plain));
  zip.file("xl/styles.xml", (await zip.file("xl/styles.xml")!.async("string")).replace(/<fonts\b[\s\S]*?<\/fonts>/, ""));
  const damaged = tmp.path("no-fonts.xlsx");
  writeFileSync(damaged, await zip.generateAsync({ type: "uint8array" }));
  const out = tmp.path("no-fonts-报表.xlsx");
  const r = await run(["report", damaged, "--out", out]);
  expect(r.status).not.toBe(0);
  expect(`${r.stdout}${r.stderr}`).toContain(t("zh-CN", "file.corrupt"));
  expect(`${r.stdout}${r.stderr}`).not.toMatch(/\n\s+at /);
  expect(existsSync(out)).toBe(false);
});
