/**
 * Issue 13's must-show on the standalone page at a task pane's width: a 怀来县 workbook (12 records, titled
 * 2022年1-3月) is checked as 1–3 月 from its title and as the city's until asked; 按怀来县校验 stores the scope
 * and checks it as 怀来县's (the city's count of 100 is gone, 仅校验怀来县 is said); the 报告期 selector checks
 * again with another month; the downloaded reports carry 怀来县 and that month in their titles.
 */

import { readFileSync, writeFileSync } from "fs";
import ExcelJS from "exceljs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { REPORT_TABS } from "../../src/core/reports";
import { uscc } from "../rules/helpers";
import { artifact, startApp, type App } from "./support/app";
import { launch } from "./support/browser";
import { guardNetwork } from "./support/network";
import { PANE, paneContext, seriousViolations, showSection } from "./support/pane";
import { loadWorkbook } from "./support/workbook";

const HEADER = ["企业名称", "统一社会信用代码", "所属县区", "所属产业", "行业代码", "本年营业收入", "上年营业收入", "增长率", "是否规上"];

/** As a county writes it: a title row naming the months above the header, 12 records of 怀来县. */
async function huailaiWorkbook(): Promise<string> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet("百家重点企业台账");
  ws.addRow(["2022年1-3月怀来县百家重点企业台账"]);
  ws.addRow(HEADER);
  for (let n = 1; n <= 12; n++) ws.addRow([`怀来企业${n}`, uscc(n, "130730"), "怀来县", "其他", "C3512", 3000, 2500, 0.2, "是"]);
  const path = artifact("怀来县台账.xlsx");
  writeFileSync(path, new Uint8Array(await wb.xlsx.writeBuffer()));
  return path;
}

let app: App;
let browser: Browser;
let context: BrowserContext;
let page: Page;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  context = await paneContext(browser, "zh-CN");
  await guardNetwork(context, "blocked");
  page = await context.newPage();
  page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
  await page.goto(app.url);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

const text = async (id: string): Promise<string> => (await page.getByTestId(id).textContent()) ?? "";
const rowTexts = (): Promise<string[]> => page.getByTestId("issue-row").allTextContents();
const profileLine = (): Promise<string> => page.getByTestId("shown-count").locator("xpath=..").textContent().then((t) => t ?? "");

/** Waits for the check a click started to end with its result. */
async function checked(): Promise<void> {
  await page.getByTestId("progress").waitFor({ state: "detached", timeout: 90_000 });
  await page.getByTestId("summary-errors").waitFor({ timeout: 90_000 });
}

test("a 怀来县 workbook: the county asked about and accepted, the period chosen, counts and titles follow", async () => {
  await page.getByTestId("open-workbook").setInputFiles(await huailaiWorkbook());
  await page.getByTestId("summary-errors").waitFor({ timeout: 90_000 });

  // As the title says, and said where it came from; still the city's, so counted against its 100.
  expect(await page.getByTestId("period-select").inputValue()).toBe("3");
  expect(await text("period-source")).toBe("取自标题“2022年1-3月…”");
  expect(await profileLine()).toContain("报告期 1–3 月");
  expect(await text("county-prompt")).toContain("这是怀来县的台账？");
  // The question and the selector fit the pane and read well to a screen reader.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: artifact("county-period-prompt.png") });
  const cityWarnings = Number(await text("summary-warnings"));
  const cityRows = await rowTexts();
  expect(cityRows.some((r) => r.includes("100"))).toBe(true);

  await page.getByRole("button", { name: "按怀来县校验" }).click();
  await page.getByTestId("county-prompt").waitFor({ state: "detached", timeout: 90_000 });
  await checked();
  const countyRows = await rowTexts();
  expect(Number(await text("summary-warnings"))).toBeLessThan(cityWarnings);
  expect(countyRows.some((r) => r.includes("100"))).toBe(false);
  expect(countyRows.some((r) => r.includes("怀来县"))).toBe(true);

  // Another month, with the keyboard: the check runs again with it.
  await page.getByTestId("period-select").focus();
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.keyboard.press("ArrowDown");
  await page.getByTestId("period-source").filter({ hasText: "手动指定" }).waitFor({ timeout: 90_000 });
  await checked();
  expect(await page.getByTestId("period-select").inputValue()).toBe("6");
  expect(await profileLine()).toContain("报告期 1–6 月");
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);

  // The scope went into the workbook: 设置 says 怀来县.
  await showSection(page, "settings");
  expect(await page.getByTestId("scope-select").inputValue()).toBe("130730");

  // The reports of the download are 怀来县's, for 1–6 月.
  await showSection(page, "check");
  const [download] = await Promise.all([page.waitForEvent("download", { timeout: 90_000 }), page.getByTestId("download-report").click()]);
  const saved = artifact("怀来县台账-报表.xlsx");
  await download.saveAs(saved);
  const wb = await loadWorkbook(readFileSync(saved));
  const reports = wb.worksheets.filter((ws) => REPORT_TABS.includes(ws.name));
  expect(reports.length).toBeGreaterThan(0);
  for (const ws of reports) expect(String(ws.getCell("A1").value)).toBe(`怀来县 2022年1-6月 ${ws.name}`);
  expect(pageErrors).toEqual([]);
});
