/**
 * The built page that the manifest names for the functions runtime (dist/taskpane.html), loaded outside Excel
 * with stand-ins for office.js: it registers the 20 functions, the registered functions give the FUNCTIONS.md
 * results, and the task pane shell renders whether or not Office ever answers.
 */
import * as fs from "fs";
import * as path from "path";
import { examples, mismatch } from "../functions/examples";
import { FUNCTION_IDS, ROOT, distPath, readDist } from "./dist";
import { OFFICE_JS, bootAttribute, bundleSources, loadPage, scriptSources, waitFor, type LoadedPage } from "./page";

const outsideOffice = { onReady: () => Promise.resolve({ host: null, platform: null }) };
const text = (doc: Document, testId: string): string => doc.querySelector(`[data-testid="${testId}"]`)?.textContent ?? "";

describe("dist/taskpane.html", () => {
  test("loads only the boot check, which names office.js (never a blocking <script>) and a bundle that is all built", () => {
    const html = readDist("taskpane.html");
    expect(scriptSources(html)).toEqual(["boot.js"]);
    expect(bootAttribute(html, "data-office")).toBe(OFFICE_JS);
    const own = bundleSources(html);
    expect(own.length).toBeGreaterThanOrEqual(2);
    expect(own.slice(-1)).toEqual(["taskpane.js"]);
    for (const src of own) {
      expect(src).not.toMatch(/^[a-z]+:|^\//i);
      expect(fs.existsSync(distPath(src))).toBe(true);
    }
  });
});

describe("the functions runtime: dist/taskpane.html with a stand-in CustomFunctions", () => {
  let page: LoadedPage;
  beforeAll(() => {
    page = loadPage({ office: outsideOffice, customFunctions: true });
  });
  afterAll(() => page.dom.window.close());

  test("registers all 20 functions under their ids, without a script error", () => {
    expect(page.errors).toEqual([]);
    expect([...page.associations.keys()].sort()).toEqual([...FUNCTION_IDS].sort());
    for (const fn of page.associations.values()) expect(typeof fn).toBe("function");
  });

  test.each(examples.map((e) => [e.formula, e] as const))(
    "%s gives the stated result through the built, registered function",
    (formula, example) => {
      const id = /^=GX\.([A-Z]+)\(/.exec(formula)?.[1] ?? "";
      const fn = page.associations.get(id);
      if (!fn) throw new Error(`${id} is not registered`);
      expect(mismatch(fn(...example.args), example.expected)).toBeNull();
    },
  );
});

describe("the task pane shell", () => {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };

  test("renders the name and version, and says it is a standalone page when Office reports no host", async () => {
    const page = loadPage({ office: outsideOffice, customFunctions: true });
    try {
      await waitFor(page.dom, (doc) => text(doc, "host").includes("独立页面"));
      const doc = page.dom.window.document;
      expect(doc.querySelector("h1")?.textContent).toBe("工信台账助手");
      expect(doc.body.textContent).toContain("GX Ledger");
      expect(text(doc, "version")).toContain(pkg.version);
      expect(page.errors).toEqual([]);
    } finally {
      page.dom.window.close();
    }
  });

  test("renders at once even if Office never becomes ready", async () => {
    const page = loadPage({ office: { onReady: () => new Promise(() => undefined) }, customFunctions: true });
    try {
      await waitFor(page.dom, (doc) => doc.querySelector("h1") !== null);
      expect(text(page.dom.window.document, "host")).toContain("正在连接 Office");
    } finally {
      page.dom.window.close();
    }
  });

  test("renders as a standalone page when office.js could not be loaded at all", async () => {
    const page = loadPage({ customFunctions: false });
    try {
      await waitFor(page.dom, (doc) => text(doc, "host").includes("独立页面"));
      expect(page.dom.window.document.querySelector("h1")?.textContent).toBe("工信台账助手");
    } finally {
      page.dom.window.close();
    }
  });
});
