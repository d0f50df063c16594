/**
 * Issue 8: every file of the bad-input corpus (test/fixtures/corpus) opened in the standalone page through the
 * open-workbook input, in Chinese and in English. A readable one shows the command line's counts; one that is not
 * a workbook shows why, in the page's language. Meanwhile the page throws nothing uncaught, its
 * Content-Security-Policy is never violated (scripts only from itself and Office's CDN, no string evaluation), and
 * nothing leaves the machine. Then marks, reports and the download leave the ledger values as they were.
 */

import { readFileSync, writeFileSync } from "fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { REPORT_TABS } from "../../src/core/reports";
import { t, type MessageKey } from "../../src/core/i18n";
import { corpusOnDisk, refusalText, table, type CorpusFile } from "../hardening/corpus";
import { artifact, cliCheck, startApp, type App } from "./support/app";
import { launch, newContext, type Lang } from "./support/browser";
import { guardNetwork, type NetworkLog, type OfficeMode } from "./support/network";
import { loadWorkbook, valuesHash } from "./support/workbook";

/** Collects what the page must never do: throw uncaught, or be refused something by its own CSP. */
const WATCH = `(() => {
  // The top page only: frames (office.js's) have their own origins and storage.
  if (window.top !== window) return;
  window.__gxViolations = [];
  document.addEventListener("securitypolicyviolation", (e) => {
    window.__gxViolations.push({ directive: e.effectiveDirective, blocked: e.blockedURI, sample: e.sample, source: e.sourceFile + ":" + e.lineNumber });
  });
})();`;

interface Violation {
  directive: string;
  blocked: string;
  sample: string;
  source: string;
}

/**
 * Office.js, loaded outside Office, opens a telemetry frame on Microsoft's servers some seconds after it starts;
 * the policy refuses it, which is the policy at work (the page sends nothing anywhere), not the page breaking it.
 * Every other violation is the page's own doing.
 */
const OFFICE_TELEMETRY = /^https:\/\/[\w.-]+\.oaspapps\.com(\/|$)/;
const refusedTelemetry: Violation[] = [];
function blocked(all: Violation[]): Violation[] {
  const own = all.filter((v) => !(v.directive === "frame-src" && OFFICE_TELEMETRY.test(v.blocked)));
  refusedTelemetry.push(...all.filter((v) => !own.includes(v)));
  return own;
}

let corpus: { files: CorpusFile[]; remove: () => void };
let app: App;
let browser: Browser;
const outcome = new Map<string, Record<Lang, string>>();

beforeAll(async () => {
  corpus = await corpusOnDisk();
  app = await startApp();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
  corpus?.remove();
  const rows = corpus.files.map((f) => [f.file, outcome.get(f.file)?.["zh-CN"] ?? "—", outcome.get(f.file)?.["en-US"] ?? "—"]);
  writeFileSync(artifact("csp-refused-telemetry.json"), JSON.stringify(refusedTelemetry, null, 2));
  console.log(`Corpus in the standalone page (Chromium, open-workbook input)\n${table(["file", "zh-CN", "en-US"], rows)}`);
});

interface Scenario {
  lang: Lang;
  office: OfficeMode;
}

describe.each<Scenario>([
  { lang: "zh-CN", office: "npm" },
  { lang: "en-US", office: "blocked" },
])("the corpus in the standalone page, $lang, office.js $office", ({ lang, office }) => {
  let context: BrowserContext;
  let page: Page;
  let net: NetworkLog;
  const pageErrors: string[] = [];

  beforeAll(async () => {
    context = await newContext(browser, lang);
    net = await guardNetwork(context, office);
    await context.addInitScript(`if (window.top === window) localStorage.setItem("gx-ledger.lang", ${JSON.stringify(lang)})`);
    await context.addInitScript(WATCH);
    page = await context.newPage();
    page.on("pageerror", (e) => pageErrors.push(`${e.name}: ${e.message}`));
  });

  afterAll(async () => {
    await context?.close();
  });

  const violations = (): Promise<Violation[]> => page.evaluate(() => (window as unknown as { __gxViolations: Violation[] }).__gxViolations);

  /** A fresh page per file, so that one file's result can never be taken for the next one's. */
  async function open(path: string): Promise<"checked" | "refused"> {
    await page.goto(app.url);
    await page.getByTestId("open-workbook").waitFor({ state: "attached", timeout: 30_000 });
    await page.getByTestId("open-workbook").setInputFiles(path);
    const checked = page.getByTestId("summary-errors").waitFor({ timeout: 120_000 }).then(() => "checked" as const);
    const refused = page.getByTestId("open-error").waitFor({ timeout: 120_000 }).then(() => "refused" as const);
    return Promise.race([checked, refused]);
  }

  test("every corpus file gives the command line's counts, or says why it cannot be read", async () => {
    for (const f of corpus.files) {
      const seen = outcome.get(f.file) ?? ({} as Record<Lang, string>);
      outcome.set(f.file, seen);
      seen[lang] = "FAILED (see the test's error)";
      const result = await open(f.path);
      if (f.expect.refusal) {
        expect({ file: f.file, result }).toEqual({ file: f.file, result: "refused" });
        const text = (await page.getByTestId("open-error").textContent()) ?? "";
        expect({ file: f.file, text: text.startsWith(refusalText(lang, f.expect.refusal)) }).toEqual({ file: f.file, text: true });
        seen[lang] = text.length > 44 ? text.slice(0, 43) + "…" : text;
      } else {
        expect({ file: f.file, result }).toEqual({ file: f.file, result: "checked" });
        const cli = cliCheck(f.path).summary;
        const errors = Number(await page.getByTestId("summary-errors").textContent());
        const warnings = Number(await page.getByTestId("summary-warnings").textContent());
        expect({ file: f.file, errors, warnings }).toEqual({ file: f.file, errors: cli.errors, warnings: cli.warnings });
        const rows = await page.getByTestId("issue-row").count();
        if (cli.errors + cli.warnings + cli.infos > 0) expect({ file: f.file, rows: rows > 0 }).toEqual({ file: f.file, rows: true });
        const badge = (await page.getByTestId("ready-badge").textContent()) ?? "";
        expect(badge).toContain(t(lang, cli.ready ? "pane.check.ready" : "pane.check.not-ready"));
        seen[lang] = `${errors}E ${warnings}W, as the CLI; ${rows} rows shown; ${badge}`;
      }
      expect({ file: f.file, violations: blocked(await violations()) }).toEqual({ file: f.file, violations: [] });
    }
    expect(pageErrors).toEqual([]);
  });

  test("marks, clearing, reports and the downloads keep every ledger value; the CSP holds throughout", async () => {
    const f = corpus.files.find((x) => x.file === "merged-data-rows.xlsx") as CorpusFile;
    const errorsBefore = pageErrors.length;
    const added = new Set([...REPORT_TABS, "_gx"]);
    const original = valuesHash(await loadWorkbook(readFileSync(f.path)), added);
    const downloaded = async () => {
      const [download] = await Promise.all([page.waitForEvent("download", { timeout: 60_000 }), page.getByTestId("download-report").click()]);
      return loadWorkbook(readFileSync(await download.path()));
    };
    // The pane's message up to its first placeholder: "Marked {n} cells" → "Marked".
    const said = (key: string) => page.getByText(t(lang, key as MessageKey).split("{")[0].trim(), { exact: false }).first().waitFor({ timeout: 30_000 });

    expect(await open(f.path)).toBe("checked");
    await page.getByTestId("tab-mark").click();
    await page.getByTestId("mark-cells").click();
    await said("pane.mark.marked");
    await page.getByTestId("download-with-marks").check();
    const marked = await downloaded();
    expect(valuesHash(marked, added)).toBe(original);

    await page.getByTestId("clear-marks").click();
    await said("pane.mark.cleared");
    await page.getByTestId("download-with-marks").uncheck();
    const copy = await downloaded();
    for (const tab of REPORT_TABS) expect(copy.getWorksheet(tab)?.name).toBe(tab);
    expect(valuesHash(copy, added)).toBe(original);
    expect(blocked(await violations())).toEqual([]);
    expect(pageErrors.slice(errorsBefore)).toEqual([]);
    // Why style-src keeps 'unsafe-inline': Fluent UI (Griffel) inserts its styles as <style> elements at run time.
    expect(await page.evaluate(() => document.querySelectorAll("style[data-make-styles-bucket]").length)).toBeGreaterThan(0);
  });

  test("requested nothing beyond its own files and office.js", () => {
    writeFileSync(artifact(`network-corpus-${lang}.json`), JSON.stringify(net, null, 2));
    expect(net.outside).toEqual([]);
  });
});
