/**
 * Issue 17: Microsoft's CDN hangs instead of failing (office.js answers only after 30 s). The page must not wait
 * for it: usable from its first paint, and standalone (its open button there, the host line saying so) within
 * 3.5 s of the navigation. Then a workbook opens and is checked as usual.
 */

import type { Browser, BrowserContext, Page, Route } from "playwright-core";
import { SAMPLE, startApp, type App } from "./support/app";
import { launch } from "./support/browser";
import { paneContext } from "./support/pane";

const HANG_MS = 30_000;

let app: App;
let browser: Browser;
let context: BrowserContext;
let page: Page;
let officeAsked = 0;
const held: Route[] = [];

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  context = await paneContext(browser, "zh-CN");
  await context.route("https://appsforoffice.microsoft.com/**", async (route) => {
    officeAsked++;
    held.push(route);
    await new Promise((r) => setTimeout(r, HANG_MS));
    await route.fulfill({ status: 200, contentType: "text/javascript", body: "/* office.js, too late */" }).catch(() => undefined);
  });
  page = await context.newPage();
});

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

test("the page is usable at once and standalone within 3.5 s while office.js hangs for 30 s", async () => {
  const started = Date.now();
  await page.goto(app.url, { waitUntil: "commit" });
  // Usable: the open button is there and enabled before office.js has said anything.
  await page.getByTestId("open-button").waitFor({ state: "visible", timeout: 3_500 });
  expect(await page.getByTestId("open-button").isEnabled()).toBe(true);
  const usable = Date.now() - started;
  await page.waitForFunction(() => /独立页面/.test(document.querySelector('[data-testid="host"]')?.textContent ?? ""), undefined, { timeout: 3_500 });
  const standalone = Date.now() - started;
  expect(usable).toBeLessThan(3_500);
  expect(standalone).toBeLessThan(3_500);
  // office.js was asked for, and is still hanging.
  expect(officeAsked).toBe(1);
});

test("a workbook opens and is checked meanwhile", async () => {
  await page.getByTestId("open-workbook").setInputFiles(SAMPLE);
  await page.getByTestId("summary-errors").waitFor({ timeout: 90_000 });
  expect(await page.getByTestId("issue-row").count()).toBeGreaterThan(0);
});
