/**
 * Issue 18: the boot check of the built page in Chromium (HOSTS.md). With IE11's Trident user agent, and
 * separately with a simulated Office that lacks SharedRuntime 1.1, the pane shows the fallback page in Office's
 * display language, with a link that opens the standalone page, and never loads the bundle; with the full
 * simulated Office the normal pane comes up.
 */

import type { Browser, BrowserContext, Page } from "playwright-core";
import type { WorkbookFixture } from "../support/simulated-excel";
import { artifact, startApp, type App } from "./support/app";
import { launch, newContext, type Lang } from "./support/browser";
import { installHost } from "./support/excel-host";
import { guardNetwork, type NetworkLog } from "./support/network";

const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";

const FIXTURE: WorkbookFixture = { name: "台账.xlsx", sheets: [{ name: "重点企业", values: [["企业名称", "统一社会信用代码"], ["甲公司", "91330100716105852F"]] }] };

/** Excel 365 without the shared runtime (an older build): every set but SharedRuntime. */
const NO_SHARED_RUNTIME = `window.Office.context.requirements.isSetSupported = (name) => name !== "SharedRuntime";`;

const MISSING: Record<Lang, string> = {
  "zh-CN": "当前 Excel 版本（如 Office 2016/2019 批量授权版）无法运行本加载项的任务窗格",
  "en-US": "This version of Excel (such as volume-licensed Office 2016/2019) cannot run the add-in's task pane.",
};

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

interface Opened {
  context: BrowserContext;
  page: Page;
  net: NetworkLog;
  errors: string[];
}

async function open(lang: Lang, opts: { userAgent?: string; patch?: string }): Promise<Opened> {
  const context = opts.userAgent
    ? await browser.newContext({ locale: lang, userAgent: opts.userAgent, viewport: { width: 350, height: 700 } })
    : await newContext(browser, lang);
  const net = await guardNetwork(context, "blocked");
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await installHost(page, FIXTURE, lang, []);
  if (opts.patch) await page.addInitScript({ content: opts.patch });
  await page.goto(app.url);
  return { context, page, net, errors };
}

describe.each<{ what: string; userAgent?: string; patch?: string; reason: RegExp }>([
  { what: "IE11 (Trident)", userAgent: IE11_UA, reason: /Internet Explorer/ },
  { what: "Office without SharedRuntime 1.1", patch: NO_SHARED_RUNTIME, reason: /SharedRuntime 1\.1/ },
])("$what", ({ what, userAgent, patch, reason }) => {
  test.each<Lang>(["zh-CN", "en-US"])("shows the fallback page in %s with a working link to the standalone page", async (lang) => {
    const { context, page, net, errors } = await open(lang, { userAgent, patch });
    try {
      const fallback = page.getByTestId("fallback");
      await fallback.waitFor({ timeout: 30_000 });
      const text = (await fallback.textContent()) ?? "";
      expect(text).toContain(MISSING[lang]);
      expect(text).toMatch(reason);
      expect(await page.evaluate(() => document.documentElement.lang)).toBe(lang);
      await page.screenshot({ path: artifact(`boot-fallback-${what.replace(/\W+/g, "-")}-${lang}.png`), fullPage: true });
      // Not blank, and not the pane: the bundle was never requested.
      expect((await page.locator("body").innerText()).trim().length).toBeGreaterThan(50);
      expect(net.loopback.filter((p) => /taskpane\.js$|functions\.js$/.test(p))).toEqual([]);
      expect(errors).toEqual([]);

      // The link opens the same address in a browser: there it is the standalone page.
      const href = await page.getByTestId("fallback-standalone-link").getAttribute("href");
      expect(href).toBe(app.url.split(/[?#]/)[0]);
      const browserContext = await newContext(browser, lang);
      try {
        await guardNetwork(browserContext, "blocked");
        const standalone = await browserContext.newPage();
        await standalone.goto(href as string);
        await standalone.getByTestId("drop-zone").waitFor({ timeout: 30_000 });
        expect(await standalone.getByTestId("fallback").count()).toBe(0);
      } finally {
        await browserContext.close();
      }
    } finally {
      await context.close();
    }
  });
});

test("with the full simulated Office, the normal pane", async () => {
  const { context, page, errors } = await open("zh-CN", {});
  try {
    await page.getByTestId("run-check").waitFor({ timeout: 30_000 });
    expect(await page.getByTestId("fallback").count()).toBe(0);
    expect(errors).toEqual([]);
  } finally {
    await context.close();
  }
});
