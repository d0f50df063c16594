/**
 * Issue 5: the built task pane in Chromium as inside Excel. The strict simulated Excel host is injected before the
 * page starts, with a stand-in `Office` that says the host is Excel, and loaded with the sample workbook's values
 * (read with the file port, here in Node). The real office.js is blocked, as is anything else outside.
 */

import { readFileSync, writeFileSync } from "fs";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { REPORT_TABS } from "../../src/core/reports";
import { readXlsx } from "../../src/ports/file/shared/read";
import type { WorkbookFixture } from "../support/simulated-excel";
import { artifact, cliCheck, SAMPLE, startApp, type App, type CliIssue, type CliSummary } from "./support/app";
import { launch, newContext, type Lang } from "./support/browser";
import { fixtureOf, formatsOver, formatsSnapshot, installHost, selection, sheetNames, valuesSnapshot, type OwnLook } from "./support/excel-host";
import { guardNetwork, type NetworkLog } from "./support/network";
import { showSection } from "./support/pane";

function columnNumber(letters: string): number {
  return [...letters].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
}

type CellIssue = CliIssue & { sheet: string; cell: string; row: number; column: string };
const hasCell = (i: CliIssue): i is CellIssue => i.sheet !== null && i.cell !== null && i.row !== null && i.column !== null;

let app: App;
let browser: Browser;
let cli: { summary: CliSummary; issues: CliIssue[] };
let fixture: WorkbookFixture;
let looks: OwnLook[];

beforeAll(async () => {
  cli = cliCheck(SAMPLE);
  fixture = fixtureOf(await readXlsx(readFileSync(SAMPLE), "样例台账.xlsx"));
  // The user's own looks on cells that get marked: a fill and font, a conditional format, a fill on a warning.
  const errors = cli.issues.filter(hasCell).filter((i) => i.severity === "error");
  const warning = cli.issues.filter(hasCell).find((i) => i.severity === "warning" && !i.explained);
  const at = (i: CellIssue) => ({ sheet: i.sheet, row: i.row, col: columnNumber(i.column) });
  looks = [
    { ...at(errors[0]), fill: "#00B050", fontColor: "#FFFFFF", bold: true },
    { ...at(errors[1]), customFormula: "=LEN(A1)>0" },
    ...(warning ? [{ ...at(warning), fill: "#FFFF00" }] : []),
  ];
  app = await startApp();
  browser = await launch();
});

afterAll(async () => {
  await browser?.close();
  await app?.close();
});

const MARKED = `(() => window.__gxHost.sheetNames().some((n) => window.__gxHost.sheet(n).conditionalFormats.some((cf) => cf.custom && /gx\\.mark/.test(cf.custom.formula))))()`;

describe.each<Lang>(["zh-CN", "en-US"])("the task pane in Excel (%s)", (lang) => {
  let context: BrowserContext;
  let page: Page;
  let net: NetworkLog;
  let ledgerSheets: string[];

  beforeAll(async () => {
    context = await newContext(browser, lang);
    net = await guardNetwork(context, "blocked");
    page = await context.newPage();
    await installHost(page, fixture, lang, looks);
    await page.goto(app.url);
    ledgerSheets = fixture.sheets.map((s) => s.name);
  });

  afterAll(async () => {
    await context?.close();
  });

  test("checks the workbook and shows the command line's counts", async () => {
    const run = page.getByTestId("run-check");
    await run.waitFor({ timeout: 30_000 });
    await page.waitForFunction(() => !(document.querySelector('[data-testid="run-check"]') as HTMLButtonElement | null)?.disabled, null, {
      timeout: 30_000,
    });
    await run.click();
    await page.getByTestId("summary-errors").waitFor({ timeout: 60_000 });
    expect(Number(await page.getByTestId("summary-errors").textContent())).toBe(cli.summary.errors);
    expect(Number(await page.getByTestId("summary-warnings").textContent())).toBe(cli.summary.warnings);
    expect(await page.getByTestId("issue-row").count()).toBeGreaterThan(0);
    await page.screenshot({ path: artifact(`excel-${lang}.png`), fullPage: true });
  });

  test("clicking a finding selects its cell in Excel", async () => {
    const first = cli.issues.find(hasCell) as CellIssue;
    await page.getByTestId("issue-row").first().click();
    await page.waitForFunction(() => (window as unknown as { __gxHost: { state: { selection: unknown } } }).__gxHost.state.selection !== null);
    const row = first.row;
    const col = columnNumber(first.column);
    expect(await selection(page)).toEqual({ sheet: first.sheet, area: { top: row, left: col, bottom: row, right: col } });
  });

  test("marking colours the cells; clearing restores exactly the formats that were there", async () => {
    const before = await formatsSnapshot(page, ledgerSheets);
    const values = await valuesSnapshot(page, ledgerSheets);
    expect(JSON.stringify(before)).toContain("#00B050");
    expect(await formatsOver(page, looks[1])).toEqual(["=LEN(A1)>0"]);
    await showSection(page, "mark");
    await page.getByTestId("mark-cells").click();
    await page.waitForFunction(MARKED, null, { timeout: 60_000 });
    // The error cells are coloured over the user's own looks, which stay underneath.
    expect(await formatsOver(page, looks[0])).toEqual(['=ISTEXT("gx.mark.error")']);
    expect(await formatsOver(page, looks[1])).toEqual(['=ISTEXT("gx.mark.error")', "=LEN(A1)>0"]);
    expect(await valuesSnapshot(page, ledgerSheets)).toEqual(values);
    await page.screenshot({ path: artifact(`excel-marked-${lang}.png`), fullPage: true });
    await page.getByTestId("clear-marks").click();
    await page.waitForFunction(`!${MARKED}`, null, { timeout: 60_000 });
    expect(await formatsSnapshot(page, ledgerSheets)).toEqual(before);
    expect(await valuesSnapshot(page, ledgerSheets)).toEqual(values);
  });

  test("generating the reports adds the tabs to the workbook", async () => {
    await showSection(page, "reports");
    await page.getByTestId("generate-reports").click();
    await page.waitForFunction(
      (tabs) => tabs.every((t) => (window as unknown as { __gxHost: { sheetNames(): string[] } }).__gxHost.sheetNames().includes(t)),
      [...REPORT_TABS],
      { timeout: 120_000 },
    );
    const names = await sheetNames(page);
    for (const tab of REPORT_TABS) expect(names).toContain(tab);
    await page.screenshot({ path: artifact(`excel-reports-${lang}.png`), fullPage: true });
  });

  test("requested nothing outside (office.js is the stand-in)", () => {
    writeFileSync(artifact(`network-excel-${lang}.json`), JSON.stringify(net, null, 2));
    expect(net.outside).toEqual([]);
  });
});
