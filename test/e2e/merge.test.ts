/**
 * Issue 16: the pane's 汇总 in Chromium, on the standalone page (the merged workbook downloads) and inside the
 * simulated Excel host (it opens through Excel.createWorkbook where ExcelApi 1.8 is supported, and downloads where
 * it is not). Either way the file port reads the workbook back with every county's records.
 */

import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import ExcelJS from "exceljs";
import JSZip from "jszip";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { checkWorkbook } from "../../src/core/check";
import { readXlsx } from "../../src/ports/file/shared/read";
import { CLEAN, code, writeBatches } from "../cli/helpers";
import { artifact, startApp, type App } from "./support/app";
import { launch, newContext } from "./support/browser";
import { fixtureOf, installHost } from "./support/excel-host";
import { guardNetwork } from "./support/network";

const OTHER = [{ name: "宣化新材料有限公司", code: code("130705", "MA0F00001"), status: "推进中" as const }];
const NAMES = [...CLEAN, ...OTHER].map((b) => b.name).sort();

let app: App;
let browser: Browser;
let dir: string;
let files: string[];

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gx-merge-e2e-"));
  files = [join(dir, "宣化区.xlsx"), join(dir, "桥东区.xlsx")];
  await writeBatches(files[0], CLEAN);
  await writeBatches(files[1], OTHER);
  // A sheet of its own that no ledger kind fits: not carried, and the pane says so.
  const extra = new ExcelJS.Workbook();
  await extra.xlsx.readFile(files[1]);
  extra.addWorksheet("补充企业").addRows([["单位", "代码"], ["桥东补充有限公司", code("130702", "MA0F00002")]]);
  await extra.xlsx.writeFile(files[1]);
  app = await startApp();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  rmSync(dir, { recursive: true, force: true });
});

/** The merged workbook as the file port reads it: its sheets and the names in its 三个一批 ledger. */
async function readBack(bytes: Uint8Array): Promise<{ sheets: string[]; names: string[] }> {
  const wb = await readXlsx(bytes, "全市台账-gx.xlsx");
  const check = checkWorkbook(wb, { today: new Date(2022, 10, 15) });
  const ledger = check.sheets.find((s) => s.kind === "three-batches");
  return { sheets: wb.sheets.map((s) => s.name), names: (ledger?.records ?? []).map((r) => String(r.values.name)).sort() };
}

async function chooseAndMerge(page: Page): Promise<void> {
  await page.getByTestId("tab-merge").click();
  await page.getByTestId("merge-files").setInputFiles(files);
  await page.getByTestId("merge-chosen").waitFor();
  await page.getByTestId("run-merge").click();
}

describe("the pane's 汇总 on the standalone page", () => {
  let context: BrowserContext;
  let page: Page;
  const errors: string[] = [];

  beforeAll(async () => {
    context = await newContext(browser, "zh-CN");
    await guardNetwork(context, "blocked");
    page = await context.newPage();
    page.on("pageerror", (e) => errors.push(e.message));
    await page.goto(app.url);
    await page.getByTestId("open-workbook").waitFor({ state: "attached", timeout: 30_000 });
  });

  afterAll(async () => {
    await context?.close();
  });

  test("several files chosen are merged in the worker and download as 全市台账-gx.xlsx", async () => {
    const before = files.map((f) => readFileSync(f));
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), chooseAndMerge(page)]);
    expect(download.suggestedFilename()).toBe("全市台账-gx.xlsx");
    const back = await readBack(readFileSync(await download.path()));
    expect(back.sheets).toEqual(expect.arrayContaining(["汇总说明", "三个一批", "目标任务"]));
    expect(back.names).toEqual(NAMES);
    await page.getByTestId("merge-result").waitFor();
    expect(await page.getByTestId("merge-result").innerText()).toContain("另有 1 张工作表未识别为台账，未汇总");
    await page.screenshot({ path: artifact("merge-standalone.png"), fullPage: true });
    files.forEach((f, i) => expect(readFileSync(f).equals(before[i])).toBe(true));
    expect(errors).toEqual([]);
  });

  test("with the report tabs, their links to ledger cells stay inside the workbook (ExcelJS's browser build corrected)", async () => {
    await page.getByTestId("tab-merge").click();
    await page.getByRole("checkbox", { name: /同时生成标准报表/ }).check();
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), chooseAndMerge(page)]);
    const zip = await JSZip.loadAsync(readFileSync(await download.path()));
    let links = 0;
    for (const path of Object.keys(zip.files).filter((p) => /^xl\/worksheets\/sheet\d+\.xml$/.test(p))) {
      for (const link of (await zip.file(path)!.async("string")).match(/<hyperlink\b[^>]*>/g) ?? []) {
        links++;
        expect(link).toMatch(/ location="/);
        expect(link).not.toMatch(/r:id=/);
      }
      const rels = await zip.file(path.replace("worksheets/", "worksheets/_rels/") + ".rels")?.async("string");
      expect(rels ?? "").not.toMatch(/TargetMode="External"/);
    }
    expect(links).toBeGreaterThan(0);
    expect(errors).toEqual([]);
  });
});

describe("the pane's 汇总 inside Excel", () => {
  let fixture: Parameters<typeof installHost>[1];

  beforeAll(async () => {
    fixture = fixtureOf(await readXlsx(readFileSync(files[0]), "宣化区.xlsx"));
  });

  test("opens the merged workbook through Excel.createWorkbook (ExcelApi 1.8), which the file port reads back", async () => {
    const context = await newContext(browser, "zh-CN");
    await guardNetwork(context, "blocked");
    const page = await context.newPage();
    await installHost(page, fixture, "zh-CN", []);
    await page.goto(app.url);
    await page.getByTestId("tab-merge").waitFor({ timeout: 30_000 });
    await chooseAndMerge(page);
    await page.waitForFunction(() => (window as unknown as { __gxHost: { createdWorkbooks: string[] } }).__gxHost.createdWorkbooks.length === 1, null, {
      timeout: 120_000,
    });
    const base64 = await page.evaluate(() => (window as unknown as { __gxHost: { createdWorkbooks: string[] } }).__gxHost.createdWorkbooks[0]);
    const back = await readBack(Buffer.from(base64, "base64"));
    expect(back.sheets).toEqual(expect.arrayContaining(["汇总说明", "三个一批"]));
    expect(back.names).toEqual(NAMES);
    await page.getByTestId("merge-result").waitFor();
    await page.screenshot({ path: artifact("merge-excel.png"), fullPage: true });
    await context.close();
  });

  // An Excel below ExcelApi 1.9 gets the boot check's fallback page (HOSTS.md), so the pane meets an Excel that
  // cannot create a workbook only where createWorkbook is missing: then it downloads.
  test("downloads it where Excel cannot create a workbook", async () => {
    const context = await newContext(browser, "zh-CN");
    await guardNetwork(context, "blocked");
    const page = await context.newPage();
    await installHost(page, fixture, "zh-CN", []);
    await page.addInitScript(() => {
      delete (window as unknown as { Excel: { createWorkbook?: unknown } }).Excel.createWorkbook;
    });
    await page.goto(app.url);
    await page.getByTestId("tab-merge").waitFor({ timeout: 30_000 });
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 120_000 }), chooseAndMerge(page)]);
    expect(download.suggestedFilename()).toBe("全市台账-gx.xlsx");
    expect((await readBack(readFileSync(await download.path()))).names).toEqual(NAMES);
    expect(await page.evaluate(() => (window as unknown as { __gxHost: { createdWorkbooks: string[] } }).__gxHost.createdWorkbooks.length)).toBe(0);
    await context.close();
  });
});
