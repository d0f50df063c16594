/**
 * Issue 18: the built task pane as WPS shows it, in a task pane whose page has WPS's `Application` (the strict
 * simulated ET host, loaded with the sample workbook). The same pane finds WPS, checks the workbook with the
 * command line's counts, selects a finding's cell, and writes the report tabs into the workbook.
 */

import { readFileSync } from "fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { REPORT_TABS } from "../../src/core/reports";
import { readXlsx } from "../../src/ports/file/shared/read";
import { artifact, cliCheck, SAMPLE, startApp, type App, type CliSummary } from "./support/app";
import { launch, newContext } from "./support/browser";
import { installEt } from "./support/et-host";
import { guardNetwork, type NetworkLog } from "./support/network";

let app: App;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let net: NetworkLog;
let cli: CliSummary;
const errors: string[] = [];

beforeAll(async () => {
  cli = cliCheck(SAMPLE).summary;
  const data = await readXlsx(readFileSync(SAMPLE), "样例台账.xlsx");
  app = await startApp();
  browser = await launch();
  context = await newContext(browser, "zh-CN");
  // WPS's web view reaches no CDN here: office.js is blocked, and the pane must not need it.
  net = await guardNetwork(context, "blocked");
  page = await context.newPage();
  page.on("pageerror", (e) => errors.push(String(e)));
  await installEt(page, data);
  await page.setViewportSize({ width: 350, height: 800 });
  await page.goto(app.url);
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

test("the pane says it runs in WPS and checks the workbook with the command line's counts", async () => {
  await page.getByTestId("host").filter({ hasText: "WPS" }).waitFor({ timeout: 30_000 });
  const run = page.getByTestId("run-check");
  await page.waitForFunction(() => !(document.querySelector('[data-testid="run-check"]') as HTMLButtonElement | null)?.disabled, null, { timeout: 30_000 });
  await run.click();
  await page.getByTestId("summary-errors").waitFor({ timeout: 60_000 });
  expect(Number(await page.getByTestId("summary-errors").textContent())).toBe(cli.errors);
  expect(Number(await page.getByTestId("summary-warnings").textContent())).toBe(cli.warnings);
  await page.screenshot({ path: artifact("wps-pane.png"), fullPage: true });
});

test("clicking a finding selects its cell in the workbook", async () => {
  await page.getByTestId("issue-row").first().click();
  await page.waitForFunction(() => (window as unknown as { __gxEt: { state: { selection: unknown } } }).__gxEt.state.selection !== null);
  const selection = await page.evaluate(() => (window as unknown as { __gxEt: { state: { selection: { sheet: string } } } }).__gxEt.state.selection);
  expect(typeof selection.sheet).toBe("string");
});

test("generating the reports adds the tabs to the workbook", async () => {
  await page.getByTestId("tab-reports").click();
  await page.getByTestId("generate-reports").click();
  await page.waitForFunction(
    (tabs) => tabs.every((t) => (window as unknown as { __gxEt: { sheetNames(): string[] } }).__gxEt.sheetNames().includes(t)),
    [...REPORT_TABS],
    { timeout: 120_000 },
  );
  expect(errors).toEqual([]);
  expect(net.outside).toEqual([]);
});
