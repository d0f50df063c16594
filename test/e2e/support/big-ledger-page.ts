/**
 * The start both large-ledger e2e suites share: a generated ledger of `rows` rows in a temporary folder, and the
 * standalone page open in Chinese with office.js blocked, ready for a file.
 */

import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import type { Browser, Page } from "playwright-core";
import { makeBig } from "../../../scripts/make-big";
import { startApp, type App } from "./app";
import { launch, newContext } from "./browser";
import { guardNetwork, type NetworkLog } from "./network";

export interface BigLedgerPage {
  /** The generated ledger. */
  file: string;
  page: Page;
  net: NetworkLog;
  close(): Promise<void>;
}

/** `prepare` runs on the page before it loads (init scripts, a heartbeat). */
export async function openBigLedgerPage(name: string, rows: number, prepare: (page: Page) => Promise<unknown>): Promise<BigLedgerPage> {
  const dir = mkdtempSync(join(tmpdir(), "gx-e2e-"));
  let app: App | undefined;
  let browser: Browser | undefined;
  const close = async () => {
    await browser?.close();
    await app?.close();
    rmSync(dir, { recursive: true, force: true });
  };
  try {
    const file = join(dir, name);
    await makeBig(file, rows);
    app = await startApp();
    browser = await launch();
    const context = await newContext(browser, "zh-CN");
    const net = await guardNetwork(context, "blocked");
    const page = await context.newPage();
    await prepare(page);
    await page.goto(app.url);
    await page.getByTestId("open-workbook").waitFor({ state: "attached", timeout: 30_000 });
    return { file, page, net, close };
  } catch (e) {
    await close();
    throw e;
  }
}
