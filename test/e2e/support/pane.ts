import AxeBuilder from "@axe-core/playwright";
import type { Browser, BrowserContext, Page } from "playwright-core";
import type { Lang } from "./browser";

/** A real Excel task pane is about 350 px wide; 700 px is a laptop's pane height. */
export const PANE = { width: 350, height: 700 };

export const SECTION_IDS = ["ledgers", "check", "mark", "reports", "templates", "targets", "merge", "settings"] as const;

/** A context the size of a task pane, in `lang`, with the language remembered as a user's choice. */
export async function paneContext(browser: Browser, lang: Lang): Promise<BrowserContext> {
  const context = await browser.newContext({ locale: lang, acceptDownloads: true, viewport: PANE, deviceScaleFactor: 1 });
  await context.addInitScript(`try { localStorage.setItem("gx-ledger.lang", ${JSON.stringify(lang)}); } catch { /* no storage here */ }`);
  return context;
}

/** Shows a section: its tab when on the row, else through the 更多 menu. */
export async function showSection(page: Page, id: string): Promise<void> {
  const tab = page.getByTestId(`tab-${id}`);
  if (await tab.isVisible()) await tab.click();
  else {
    await page.getByTestId("tab-more").click();
    await page.getByTestId(`more-${id}`).click();
  }
  await page.locator(`[role="tabpanel"][aria-labelledby="tab-${id}"]`).waitFor();
}

/** Serious and critical axe violations of the page as it is, as short lines to read in a failure. */
export async function seriousViolations(page: Page): Promise<string[]> {
  // Fluent UI's focus manager (tabster) puts hidden sentinels, <i data-tabster-dummy>, at the edges of a group of
  // arrow-key items: they pass focus on at once and are never read. axe cannot know that; they are left out.
  const results = await new AxeBuilder({ page }).exclude("[data-tabster-dummy]").analyze();
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
}
