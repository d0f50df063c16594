/**
 * Issue 15 in Chromium: the standalone page opens this month's sample, compares it with last month's (read in the
 * file worker), lists the history findings under 历史, carries last month's explanation over to one warning, and
 * the downloaded copy holds it in 审核说明 and has the tab 与上期对比.
 */

import { readFileSync } from "fs";
import { join } from "path";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { HISTORY_TAB } from "../../src/core/reports";
import { artifact, ROOT, SAMPLE, startApp, type App } from "./support/app";
import { launch, newContext, rememberLanguage } from "./support/browser";
import { guardNetwork, type NetworkLog } from "./support/network";
import { loadWorkbook } from "./support/workbook";

const PREVIOUS = join(ROOT, "samples/样例台账-上月.xlsx");

let app: App;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let net: NetworkLog;
const pageErrors: string[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  context = await newContext(browser, "zh-CN");
  net = await guardNetwork(context, "blocked");
  await rememberLanguage(context, "zh-CN");
  page = await context.newPage();
  await page.setViewportSize({ width: 350, height: 900 });
  page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
  await page.goto(app.url);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

describe("与上期对比 on the standalone page at 350 px", () => {
  let carried = "";

  test("opens this month's sample, then compares it with last month's", async () => {
    await page.getByTestId("open-workbook").waitFor({ state: "attached", timeout: 30_000 });
    await page.getByTestId("open-workbook").setInputFiles(SAMPLE);
    await page.getByTestId("summary-errors").waitFor({ timeout: 60_000 });
    await page.getByTestId("previous-workbook").setInputFiles(PREVIOUS);
    await page.getByRole("checkbox", { name: /^历史（\d+）$/ }).waitFor({ timeout: 60_000 });
    await expect(page.getByText(/已与上期文件 样例台账-上月\.xlsx 对比/).count()).resolves.toBeGreaterThan(0);
  });

  test("历史 lists only the history findings", async () => {
    const box = page.getByRole("checkbox", { name: /^历史（\d+）$/ });
    const n = Number(/（(\d+)）/.exec((await page.getByText(/^历史（\d+）$/).textContent()) ?? "")?.[1]);
    expect(n).toBeGreaterThan(0);
    await box.check();
    await expect(page.getByTestId("shown-count").textContent()).resolves.toMatch(new RegExp(`\\b${n}\\b`));
    const titles = await page.getByTestId("issue-row").evaluateAll((rows) => rows.map((r) => r.getAttribute("title")));
    expect(titles.length).toBeGreaterThan(0);
    for (const t of titles) expect(t).toMatch(/^history\./);
    await page.screenshot({ path: artifact("history-350.png"), fullPage: true });
    await box.uncheck();
  });

  test("沿用上期说明 on one warning counts it as explained", async () => {
    const before = Number(await page.getByTestId("summary-explained").textContent());
    // The sample's warning last month explained (能耗监测 row 34): its rule brings it into view.
    await page.getByTestId("filter-rule").selectOption("energy.intensity-mismatch");
    const shown = (await page.getByTestId("previous-explanation").first().textContent()) ?? "";
    carried = shown.replace(/^上期说明（[^）]*）：/, "");
    expect(carried).not.toBe("");
    await page.getByTestId("carry-over").first().click();
    await page.getByTestId("carry-over").waitFor({ state: "detached", timeout: 30_000 });
    await page.waitForFunction((n) => Number(document.querySelector('[data-testid="summary-explained"]')?.textContent) > n, before, { timeout: 30_000 });
  });

  test("the download holds the carried explanation in 审核说明 and the tab 与上期对比", async () => {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("download-report").click()]);
    const copy = await loadWorkbook(readFileSync(await download.path()));
    expect(copy.getWorksheet(HISTORY_TAB)?.name).toBe(HISTORY_TAB);
    const sheet = copy.getWorksheet("审核说明");
    const texts: string[] = [];
    sheet?.eachRow((row) => row.eachCell((cell) => texts.push(String(cell.value))));
    expect(texts).toContain(carried);
  });

  test("threw nothing uncaught and sent nothing anywhere", () => {
    expect(pageErrors).toEqual([]);
    expect(net.outside).toEqual([]);
  });
});
