/**
 * Issue 17: the standalone page by keyboard alone. Open the sample (the file dialog answered by the test, as a
 * user would pick the file), the check runs, Tab reaches the findings, arrows move through them, and an
 * explanation is written, changed (Escape once, to leave the editor) and withdrawn. After every key the focus
 * is on a control that shows it (:focus-visible), never on <body>.
 */

import type { Browser, BrowserContext, FileChooser, Page } from "playwright-core";
import { SAMPLE, startApp, type App } from "./support/app";
import { launch } from "./support/browser";
import { guardNetwork } from "./support/network";
import { paneContext } from "./support/pane";

let app: App;
let browser: Browser;
let context: BrowserContext;
let page: Page;

beforeAll(async () => {
  app = await startApp();
  browser = await launch();
  context = await paneContext(browser, "zh-CN");
  await guardNetwork(context, "blocked");
  page = await context.newPage();
  // Playwright intercepts the file dialog only once a listener is there, and switches that on without waiting: a
  // listener added as Enter is pressed can miss the dialog (it did twice under load). This one is there from the start.
  page.on("filechooser", (c) => chooserOpened(c));
  await page.goto(app.url);
  await page.getByTestId("open-button").waitFor();
});

let chooserOpened: (c: FileChooser) => void = () => undefined;

/** The next file dialog the page opens. */
function nextChooser(): Promise<FileChooser> {
  return new Promise((resolve) => (chooserOpened = resolve));
}

afterAll(async () => {
  await context?.close();
  await browser?.close();
  await app?.close();
});

interface Focused {
  tag: string;
  testId: string | null;
  name: string;
  visible: boolean;
}

function focused(): Promise<Focused> {
  return page.evaluate(() => {
    const el = document.activeElement as HTMLElement | null;
    if (!el || el === document.body) return { tag: "body", testId: null, name: "", visible: false };
    return {
      tag: el.tagName.toLowerCase(),
      testId: el.getAttribute("data-testid"),
      name: el.getAttribute("aria-label") ?? el.textContent ?? "",
      visible: el.matches(":focus-visible"),
    };
  });
}

/** Presses `key` and checks that the focus is somewhere visible. */
async function press(key: string): Promise<Focused> {
  await page.keyboard.press(key);
  // Focus moved in a frame callback (back to the finding) has landed by the next frame.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const f = await focused();
  expect(f.tag).not.toBe("body");
  expect(f.visible).toBe(true);
  return f;
}

/** Presses `key` and waits for the focus to come to a finding (a save goes to the worker and back first). */
async function pressBackToRow(key: string): Promise<Focused> {
  await page.keyboard.press(key);
  await page.waitForFunction(() => document.activeElement?.getAttribute("data-testid") === "issue-row", undefined, { timeout: 30_000 });
  const f = await focused();
  expect(f.visible).toBe(true);
  return f;
}

/** Tabs forward until `test` holds (at most `max` presses). */
async function tabTo(test: (f: Focused) => boolean, max = 40): Promise<Focused> {
  for (let i = 0; i < max; i++) {
    const f = await press("Tab");
    if (test(f)) return f;
  }
  throw new Error("Tab never got there");
}

test("open, check, move through the findings, write, edit and withdraw an explanation", async () => {
  await tabTo((f) => f.testId === "open-button");
  const opened = nextChooser();
  await press("Enter");
  const chooser = await opened;
  await chooser.setFiles(SAMPLE);
  await page.getByTestId("summary-errors").waitFor({ timeout: 90_000 });

  await tabTo((f) => f.testId === "issue-row");
  // Down to the first warning that can be explained.
  const explainable = (): Promise<boolean> =>
    page.evaluate(() => [...(document.activeElement?.querySelectorAll("button") ?? [])].some((b) => /^写说明/.test(b.getAttribute("aria-label") ?? "")));
  let row = await focused();
  for (let i = 0; i < 200 && !(/^警告/.test(row.name) && (await explainable())); i++) row = await press("ArrowDown");
  expect(row.name).toMatch(/^警告/);
  const where = row.name.split(" ")[1];

  // Write.
  let f = await press("Tab");
  expect(f.name).toMatch(/^写说明/);
  f = await press("Enter");
  expect(f.tag).toBe("input");
  await page.keyboard.type("新厂投产，数据已核实");
  f = await pressBackToRow("Enter");
  expect(f.testId).toBe("issue-row");
  await page.locator('[data-testid="issue-row"]:focus [data-testid="issue-explanation"]').waitFor();
  expect(await page.locator('[data-testid="issue-row"]:focus').textContent()).toContain("新厂投产，数据已核实");

  // Edit: Escape first leaves the editor, back on the finding.
  f = await press("Tab");
  expect(f.name).toMatch(/^修改/);
  f = await press("Enter");
  expect(f.tag).toBe("input");
  f = await press("Escape");
  expect(f.testId).toBe("issue-row");
  f = await press("Tab");
  f = await press("Enter");
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.type("改为：订单减少");
  f = await pressBackToRow("Enter");
  expect(f.testId).toBe("issue-row");
  await page.waitForFunction(() => /改为：订单减少/.test(document.activeElement?.textContent ?? ""));

  // Withdraw.
  await tabTo((x) => /^撤回/.test(x.name), 3);
  f = await pressBackToRow("Enter");
  expect(f.testId).toBe("issue-row");
  await page.waitForFunction(() => !/改为：订单减少/.test(document.activeElement?.textContent ?? ""));
  f = await press("Tab");
  expect(f.name).toMatch(/^写说明/);
  expect(f.name).toContain(where);
});
