import { buildSync } from "esbuild";
import { join } from "path";
import type { Page } from "playwright-core";
import type { WorkbookData } from "../../../src/core/read/types";

/**
 * The strict simulated ET host (test/support/simulated-et) inside the page, as WPS gives a task pane its
 * `window.Application`: bundled by esbuild into a script that runs before the page's own. `window.__gxEt` is the
 * host, for the test to inspect. A WorkbookData's dates travel as ISO strings and are made Dates again here.
 */

const ENTRY = join(__dirname, "../../support/simulated-et/index.ts");
const GLOBAL = "GxSimEt";

let bundled: string | null = null;

export function etBundle(): string {
  bundled ??= buildSync({
    entryPoints: [ENTRY],
    bundle: true,
    format: "iife",
    globalName: GLOBAL,
    platform: "browser",
    target: "es2020",
    write: false,
    logLevel: "silent",
  }).outputFiles[0].text;
  return bundled;
}

export async function installEt(page: Page, data: WorkbookData): Promise<void> {
  const json = JSON.stringify(data);
  const setup = `
    (() => {
      const data = JSON.parse(${JSON.stringify(json)}, (k, v) => (typeof v === "string" && /^\\d{4}-\\d\\d-\\d\\dT\\d\\d:\\d\\d:\\d\\d\\.\\d{3}Z$/.test(v) ? new Date(v) : v));
      const host = ${GLOBAL}.createEtHost(data);
      window.Application = host.Application;
      window.__gxEt = host;
    })();`;
  await page.addInitScript({ content: `${etBundle()}\n${setup}` });
}
