import { chromium, type Browser, type BrowserContext } from "playwright-core";

/** Debian's Chromium, never a downloaded browser; CHROMIUM_PATH points elsewhere when needed (scripts/test.js). */
export const CHROMIUM = process.env.CHROMIUM_PATH || "/usr/bin/chromium";

const ARGS = [
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

export function launch(): Promise<Browser> {
  return chromium.launch({ executablePath: CHROMIUM, args: ARGS });
}

export type Lang = "zh-CN" | "en-US";

/** A fresh context per scenario: its own storage, downloads accepted, the browser's language as a user's would be. */
export function newContext(browser: Browser, lang: Lang): Promise<BrowserContext> {
  return browser.newContext({
    locale: lang,
    acceptDownloads: true,
    viewport: { width: 420, height: 900 },
    deviceScaleFactor: 1,
  });
}

/**
 * The language a user chose in 设置 on an earlier visit (standalone there is no Office display language). Set in
 * every document before the page's scripts; a document without storage (about:blank) is left alone.
 */
export async function rememberLanguage(context: BrowserContext, lang: Lang): Promise<void> {
  await context.addInitScript(`try { localStorage.setItem("gx-ledger.lang", ${JSON.stringify(lang)}); } catch { /* no storage here */ }`);
}
