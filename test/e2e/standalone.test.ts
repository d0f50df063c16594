/**
 * Issue 6: the built page in Chromium as a plain web page (no Excel). Every request is routed: the page's own
 * files (loopback) pass, office.js comes from the npm copy of @microsoft/office-js in one run and is blocked (an
 * unreachable CDN) in the other, anything else is blocked and counted. The sample workbook goes in through the
 * file input; the counts must be the command line's, and the downloaded copy must round-trip.
 */

import { readFileSync, writeFileSync } from "fs";
import { join } from "path";
import { pathToFileURL } from "url";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { REPORT_TABS } from "../../src/core/reports";
import { artifact, cliCheck, DIST, SAMPLE, startApp, type App, type CliSummary } from "./support/app";
import { launch, newContext, rememberLanguage, type Lang } from "./support/browser";
import { guardNetwork, officeJsAvailable, type NetworkLog, type OfficeMode } from "./support/network";
import { loadWorkbook, valuesHash } from "./support/workbook";

const ADDED = new Set([...REPORT_TABS, "_gx"]);

let app: App;
let browser: Browser;
let cli: CliSummary;

beforeAll(async () => {
  cli = cliCheck(SAMPLE).summary;
  app = await startApp();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

test("the npm package holds the hosted office.js", () => {
  expect(officeJsAvailable()).toBe(true);
});

describe.each<{ lang: Lang; office: OfficeMode }>([
  { lang: "zh-CN", office: "npm" },
  { lang: "en-US", office: "blocked" },
])("the standalone page in $lang, office.js $office", ({ lang, office }) => {
  let context: BrowserContext;
  let page: Page;
  let net: NetworkLog;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    context = await newContext(browser, lang);
    net = await guardNetwork(context, office);
    await rememberLanguage(context, lang);
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
    await page.goto(app.url);
  });

  afterAll(async () => {
    await context?.close();
  });

  test("goes standalone by itself and opens the sample through the file input", async () => {
    // The file input appears once the page has decided it is not inside Excel.
    await page.getByTestId("open-workbook").waitFor({ state: "attached", timeout: 30_000 });
    await page.getByTestId("open-workbook").setInputFiles(SAMPLE);
    await page.getByTestId("summary-errors").waitFor({ timeout: 60_000 });
  });

  test("shows the command line's counts for the same file", async () => {
    expect(Number(await page.getByTestId("summary-errors").textContent())).toBe(cli.errors);
    expect(Number(await page.getByTestId("summary-warnings").textContent())).toBe(cli.warnings);
    await expect(page.getByTestId("ready-badge").textContent()).resolves.toBeTruthy();
  });

  test("lists the findings", async () => {
    expect(await page.getByTestId("issue-row").count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact(`standalone-${lang}.png`), fullPage: true });
  });

  test("downloads the workbook with the report tabs and the ledger data unchanged", async () => {
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("download-report").click()]);
    const copy = await loadWorkbook(readFileSync(await download.path()));
    const original = await loadWorkbook(readFileSync(SAMPLE));
    for (const tab of REPORT_TABS) expect(copy.getWorksheet(tab)?.name).toBe(tab);
    expect(valuesHash(copy, ADDED)).toBe(valuesHash(original, ADDED));
    expect(download.suggestedFilename()).not.toBe("样例台账.xlsx");
  });

  test("threw nothing uncaught", () => {
    expect(pageErrors).toEqual([]);
  });

  test("requested nothing beyond its own files and office.js", () => {
    writeFileSync(artifact(`network-standalone-${lang}-office-${office}.json`), JSON.stringify(net, null, 2));
    expect(net.outside).toEqual([]);
    // The page's worker and its chunks were routed too: nothing escapes the count.
    expect(net.loopback.some((p) => /gx-file\.[0-9a-f]{8}\.js$/.test(p))).toBe(true);
    expect(net.office.some((u) => u.endsWith("/office.js"))).toBe(true);
  });
});

describe("the page opened from a shared folder (file://)", () => {
  let context: BrowserContext;
  let page: Page;
  let net: NetworkLog;

  beforeAll(async () => {
    context = await newContext(browser, "zh-CN");
    net = await guardNetwork(context, "blocked", DIST);
    page = await context.newPage();
    await page.goto(pathToFileURL(join(DIST, "taskpane.html")).href);
  });

  afterAll(async () => {
    await context?.close();
  });

  test("works without a server: the same counts, and the download round-trips", async () => {
    await page.getByTestId("open-workbook").setInputFiles(SAMPLE, { timeout: 30_000 });
    await page.getByTestId("summary-errors").waitFor({ timeout: 60_000 });
    expect(Number(await page.getByTestId("summary-errors").textContent())).toBe(cli.errors);
    expect(Number(await page.getByTestId("summary-warnings").textContent())).toBe(cli.warnings);
    const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("download-report").click()]);
    const copy = await loadWorkbook(readFileSync(await download.path()));
    for (const tab of REPORT_TABS) expect(copy.getWorksheet(tab)?.name).toBe(tab);
    expect(valuesHash(copy, ADDED)).toBe(valuesHash(await loadWorkbook(readFileSync(SAMPLE)), ADDED));
    writeFileSync(artifact("network-standalone-file.json"), JSON.stringify(net, null, 2));
    expect(net.outside).toEqual([]);
  });
});
