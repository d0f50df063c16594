/**
 * Issue 14's must-show: the sample's report, printed by a real spreadsheet program (LibreOffice → PDF), is what the
 * bureau stamps and sends: every tab on landscape A4 pages, one page wide (a tab takes at most its rows ÷ 25 + 1
 * pages), with its footer, and the sign-off block, the units and the rules' names in the printed text.
 * Without LibreOffice the test says why and does nothing, except under CI=true where it fails.
 */

import { execFileSync } from "node:child_process";
import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import { MERGE_SUMMARY_TAB } from "../../src/core/read/sheet-role";
import type { WorkbookData } from "../../src/core/read/types";
import { REPORT_TABS } from "../../src/core/reports";
import { ruleShortName } from "../../src/core/rules/describe";
import { readXlsx } from "../../src/ports/file/shared/read";
import { run } from "../cli/helpers";
import { tempDir } from "../ports/file/fixtures";
import { convert, sofficeForTest } from "../support/libreoffice";

const SAMPLE = join(__dirname, "..", "..", "samples", "样例台账.xlsx");
const organisation = { unit: "张家口市工业和信息化局", head: "张三", statistician: "李四", preparer: "王五", phone: "0313-1234567" };

jest.setTimeout(300_000);

/** The text of each page of a PDF: laid out as printed, or in the order it was written (a wrapped cell's lines together). */
function pages(pdf: string, mode: "-layout" | "-raw"): string[] {
  const n = Number(/Pages:\s+(\d+)/.exec(execFileSync("pdfinfo", [pdf], { encoding: "utf8" }))?.[1]);
  return Array.from({ length: n }, (_, i) => execFileSync("pdftotext", ["-f", String(i + 1), "-l", String(i + 1), mode, pdf, "-"], { encoding: "utf8" }));
}

/** Page number → `width x height` in points, from pdfinfo. */
function sizes(pdf: string, count: number): string[] {
  const info = execFileSync("pdfinfo", ["-f", "1", "-l", String(count), pdf], { encoding: "utf8" });
  return [...info.matchAll(/Page\s+\d+ size:\s+([\d.]+) x ([\d.]+) pts/g)].map((m) => `${Math.round(Number(m[1]))}x${Math.round(Number(m[2]))}`);
}

/**
 * Each page of a tab ends with its footer (the tab's name, then 第 N 页 共 M 页); each of `tabs` is printed on
 * landscape A4, one page wide: a tab cut sideways would take twice its pages or more.
 */
function expectOnePageWide(pdf: string, texts: string[], book: WorkbookData, tabs: readonly string[]): void {
  const pageSizes = sizes(pdf, texts.length);
  const byTab = new Map<string, number[]>();
  texts.forEach((text, i) => {
    const footer = /^\s*(\S+)\s+第 \d+ 页 共 \d+ 页\s*$/m.exec(text);
    if (footer && tabs.includes(footer[1])) byTab.set(footer[1], [...(byTab.get(footer[1]) ?? []), i]);
  });
  expect([...byTab.keys()].sort()).toEqual([...tabs].sort());
  for (const tab of tabs) {
    const printed = byTab.get(tab)!;
    const rows = book.sheets.find((s) => s.name === tab)!.rows.length;
    expect({ tab, pages: printed.length <= rows / 25 + 1 }).toEqual({ tab, pages: true });
    for (const p of printed) expect({ tab, page: p + 1, size: pageSizes[p] }).toEqual({ tab, page: p + 1, size: "842x595" });
  }
}

const squeeze = (s: string) => s.replace(/\s+/g, "");

test("the sample's report prints on landscape A4, one page wide per tab, with sign-off, units and rule names", async () => {
  const soffice = sofficeForTest();
  if (!soffice) return;
  const tmp = tempDir();
  try {
    const profile = tmp.path("profile.json");
    writeFileSync(profile, JSON.stringify({ ...BUILTIN_PROFILE, organisation }));
    const out = tmp.path("report.xlsx");
    const r = await run(["report", SAMPLE, "--out", out, "--profile", profile]);
    expect(r.status).toBe(0);
    const check = JSON.parse((await run(["check", SAMPLE, "--format", "json", "--profile", profile])).stdout).files[0] as {
      issues: { rule: string }[];
    };
    const book = await readXlsx(readFileSync(out), "report.xlsx");

    convert(soffice, out, "pdf", tmp.dir);
    const pdf = tmp.path("report.pdf");
    const texts = pages(pdf, "-layout");

    expectOnePageWide(pdf, texts, book, REPORT_TABS);

    const all = squeeze(pages(pdf, "-raw").join("\n"));
    expect(all).toContain(squeeze("单位负责人：张三    统计负责人：李四    填表人：王五    联系电话：0313-1234567"));
    expect(all).toContain("报出日期：");
    expect(all).toContain("填报单位：张家口市工业和信息化局");
    for (const unit of ["（万元）", "（家）", "（项）", "（%）"]) expect(all).toContain(unit);
    const ruleNames = [...new Set(check.issues.map((i) => ruleShortName(i.rule, "zh-CN")))];
    expect(ruleNames.length).toBeGreaterThan(3);
    for (const name of ruleNames) expect({ name, printed: all.includes(squeeze(name)) }).toEqual({ name, printed: true });
  } finally {
    tmp.remove();
  }
});

test("the sample rolled up with reports (gx-ledger merge --with-reports) prints 汇总说明 and every tab the same way", async () => {
  const soffice = sofficeForTest();
  if (!soffice) return;
  const tmp = tempDir();
  try {
    const out = tmp.path("merged.xlsx");
    const r = await run(["merge", SAMPLE, "--out", out, "--with-reports"]);
    expect(r.status).toBe(0);
    const book = await readXlsx(readFileSync(out), "merged.xlsx");
    convert(soffice, out, "pdf", tmp.dir);
    const pdf = tmp.path("merged.pdf");
    expectOnePageWide(pdf, pages(pdf, "-layout"), book, [MERGE_SUMMARY_TAB, ...REPORT_TABS]);
  } finally {
    tmp.remove();
  }
});
