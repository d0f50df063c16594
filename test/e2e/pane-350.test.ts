/**
 * Issue 17: the standalone page at the width of a real task pane (350 px), in Chinese and English. After a
 * check of the sample the first finding is in view without scrolling; the tabs stay on one row (the rest in a
 * 更多 menu); clicking a finding moves nothing; every section gets a screenshot for the next person to look at
 * (test-artifacts/e2e/pane-350-*.png) and an axe scan with no serious or critical violation.
 */

import type { Browser, BrowserContext, Page } from "playwright-core";
import { artifact, SAMPLE, startApp, type App } from "./support/app";
import { launch, type Lang } from "./support/browser";
import { guardNetwork } from "./support/network";
import { PANE, SECTION_IDS, paneContext, seriousViolations, showSection } from "./support/pane";

let app: App;
let browser: Browser;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

type Box = { x: number; y: number; width: number; height: number };

async function box(page: Page, selector: string): Promise<Box> {
  const b = await page.locator(selector).first().boundingBox();
  if (!b) throw new Error(`${selector} is not on screen`);
  return b;
}

describe.each<Lang>(["zh-CN", "en-US"])("the pane at 350 px in %s", (lang) => {
  let context: BrowserContext;
  let page: Page;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    context = await paneContext(browser, lang);
    await guardNetwork(context, "blocked");
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
    await page.goto(app.url);
    await page.getByTestId("open-workbook").setInputFiles(SAMPLE);
    await page.getByTestId("summary-errors").waitFor({ timeout: 90_000 });
  });

  afterAll(async () => {
    await context?.close();
  });

  test("the first finding is in view without scrolling", async () => {
    const first = await box(page, '[data-testid="issue-row"]');
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(first.y).toBeGreaterThan(0);
    expect(first.y + Math.min(first.height, 40)).toBeLessThanOrEqual(PANE.height);
    // Nothing runs off the side either.
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(PANE.width);
  });

  test("the tabs stay on one row", async () => {
    const tops = await page.locator('[role="tablist"] > *').evaluateAll((els) =>
      els.filter((e) => (e as HTMLElement).offsetParent !== null && !e.hasAttribute("data-tabster-dummy")).map((e) => Math.round(e.getBoundingClientRect().top)),
    );
    expect(tops.length).toBeGreaterThanOrEqual(3);
    expect(new Set(tops).size).toBe(1);
    expect((await box(page, '[role="tablist"]')).height).toBeLessThan(48);
  });

  test("clicking a finding moves neither the list nor the finding", async () => {
    const list = await box(page, '[data-testid="issue-list"]');
    const rows = page.getByTestId("issue-row");
    const second = await rows.nth(1).boundingBox();
    await rows.nth(1).click({ position: { x: 20, y: 10 } });
    await page.waitForFunction(() => document.querySelector('[data-testid="issue-row"][aria-current="true"]') !== null);
    expect(await box(page, '[data-testid="issue-list"]')).toEqual(list);
    expect(await rows.nth(1).boundingBox()).toEqual(second);
    // The place is said in words of the workbook, never "open it in Excel".
    const said = await page.getByTestId("location").textContent();
    expect(said).not.toMatch(/在 Excel 中打开|in Excel/);
  });

  test("each finding shows its record's name and its value beside the address", async () => {
    expect(await page.getByTestId("issue-name").count()).toBeGreaterThan(0);
    expect(await page.getByTestId("issue-value").count()).toBeGreaterThan(0);
  });

  test.each([...SECTION_IDS])("section %s: a screenshot, and no serious or critical axe violation", async (id) => {
    await showSection(page, id);
    await page.screenshot({ path: artifact(`pane-350-${lang}-${id}.png`) });
    expect(await seriousViolations(page)).toEqual([]);
    // The tabs are still on one row, whichever is selected.
    expect((await box(page, '[role="tablist"]')).height).toBeLessThan(48);
  });

  test("threw nothing uncaught", () => {
    expect(pageErrors).toEqual([]);
  });
});
