/**
 * The boot check as built (dist/boot.js, HOSTS.md): it must parse as ECMAScript 5, or IE11 could not even say
 * that the pane cannot run there; and it must load the bundle only where it can run, showing the fallback page in
 * the display language everywhere else. Run in jsdom on the built page with Office stand-ins; the browser suite
 * test/e2e/boot.test.ts shows the same in Chromium.
 */
import { parse } from "acorn";
import { JSDOM, ResourceLoader } from "jsdom";
import { readDist } from "./dist";
import { bundleSources } from "./page";

const CHROMIUM_UA = "Mozilla/5.0 (Windows NT 10.0; Win64; x64) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/120.0.0.0 Safari/537.36";
const IE11_UA = "Mozilla/5.0 (Windows NT 10.0; WOW64; Trident/7.0; .NET4.0C; .NET4.0E; rv:11.0) like Gecko";
const EDGEHTML_UA = `${CHROMIUM_UA} Edge/18.19045`;
const EDGE_CHROMIUM_UA = `${CHROMIUM_UA} Edg/120.0.0.0`;

describe("dist/boot.js is ECMAScript 5", () => {
  const es5 = (code: string) => parse(code, { ecmaVersion: 5, sourceType: "script" });

  test("the built boot script parses at ecmaVersion 5", () => {
    expect(() => es5(readDist("boot.js"))).not.toThrow();
  });

  test.each([
    ["let", "let a = 1;"],
    ["const", "const a = 1;"],
    ["an arrow function", "var f = (x) => x;"],
    ["a class", "class A {}"],
    ["a template string", "var s = `a${1}`;"],
    ["spread", "f(...args);"],
    ["async", "async function f() {}"],
  ])("the same check refuses %s", (_what, code) => {
    expect(() => es5(code)).toThrow(SyntaxError);
  });
});

interface Sets {
  [name: string]: string | undefined;
}

interface Scenario {
  userAgent: string;
  /** The Office stand-in: absent when office.js did not load. `host` null outside Office; `ready: false` never answers. */
  office?: { host: string | null; displayLanguage?: string; sets?: Sets; ready?: boolean };
  storedLang?: string;
}

interface Outcome {
  loaded: string[];
  fallback: HTMLElement | null;
  dom: JSDOM;
}

const FULL: Sets = { SharedRuntime: "1.1", ExcelApi: "1.17" };

function versionAtLeast(have: string, want: string): boolean {
  const [a, b] = [have, want].map((v) => v.split(".").map(Number));
  return a[0] > b[0] || (a[0] === b[0] && (a[1] ?? 0) >= (b[1] ?? 0));
}

async function boot(s: Scenario, waitMs = 200): Promise<Outcome> {
  const dom = new JSDOM(readDist("taskpane.html"), {
    url: "https://gx.example.gov.cn/gx/taskpane.html?from=excel",
    runScripts: "outside-only",
    resources: new ResourceLoader({ userAgent: s.userAgent }),
  });
  const window = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  if (s.storedLang) dom.window.localStorage.setItem("gx-ledger.lang", s.storedLang);
  if (s.office) {
    const { host, displayLanguage, sets = FULL, ready = true } = s.office;
    window.Office = {
      // A promise only, as the simulated Excel's stand-in: the boot check must not rely on the callback form.
      onReady: () => (ready ? Promise.resolve({ host, platform: host ? "PC" : null }) : new Promise(() => undefined)),
      context: {
        displayLanguage,
        requirements: { isSetSupported: (name: string, version: string) => sets[name] !== undefined && versionAtLeast(sets[name] as string, version) },
      },
    };
  }
  window.eval(readDist("boot.js"));
  await new Promise((resolve) => setTimeout(resolve, waitMs));
  const doc = dom.window.document;
  // jsdom runs no script here: the ones the boot check added are what it asked the browser to load.
  const loaded = Array.from(doc.querySelectorAll("script"))
    .map((e) => e.getAttribute("src") ?? "")
    .filter((src) => src !== "boot.js" && !src.startsWith("https://appsforoffice"));
  return { loaded, fallback: doc.querySelector('[data-testid="fallback"]'), dom };
}

const bundle = () => bundleSources(readDist("taskpane.html"));

describe("the boot check loads the bundle where it can run", () => {
  test.each<[string, Scenario]>([
    ["a current browser without office.js (the standalone page)", { userAgent: CHROMIUM_UA }],
    ["a current browser where Office reports no host", { userAgent: CHROMIUM_UA, office: { host: null } }],
    ["Excel with the shared runtime and ExcelApi 1.9", { userAgent: CHROMIUM_UA, office: { host: "Excel", sets: { SharedRuntime: "1.1", ExcelApi: "1.9" } } }],
    ["Excel in Chromium-based Edge (WebView2)", { userAgent: EDGE_CHROMIUM_UA, office: { host: "Excel" } }],
  ])("%s: the whole bundle, in order, and no fallback page", async (_what, scenario) => {
    const { loaded, fallback } = await boot(scenario);
    expect(fallback).toBeNull();
    expect(loaded).toEqual(bundle());
  });

  test("Office that never answers: the page goes on as the standalone page", async () => {
    const { loaded, fallback } = await boot({ userAgent: CHROMIUM_UA, office: { host: "Excel", ready: false } }, 5300);
    expect(fallback).toBeNull();
    expect(loaded).toEqual(bundle());
  }, 15_000);
});

describe("the boot check shows the fallback page where the bundle cannot run", () => {
  test.each<[string, Scenario, RegExp]>([
    ["IE11 (Office 2016/2019)", { userAgent: IE11_UA, office: { host: "Excel", sets: { ExcelApi: "1.7" } } }, /Internet Explorer/],
    ["IE11 without office.js", { userAgent: IE11_UA }, /Internet Explorer/],
    ["EdgeHTML", { userAgent: EDGEHTML_UA, office: { host: "Excel" } }, /Internet Explorer/],
    ["Excel without SharedRuntime 1.1", { userAgent: CHROMIUM_UA, office: { host: "Excel", sets: { ExcelApi: "1.17" } } }, /SharedRuntime 1\.1/],
    ["Excel with ExcelApi 1.8 only", { userAgent: CHROMIUM_UA, office: { host: "Excel", sets: { SharedRuntime: "1.1", ExcelApi: "1.8" } } }, /ExcelApi 1\.9/],
  ])("%s: in Chinese, what is missing, with a link to the standalone page, and no bundle", async (_what, scenario, reason) => {
    const { loaded, fallback, dom } = await boot(scenario);
    expect(loaded).toEqual([]);
    expect(fallback).not.toBeNull();
    const text = fallback?.textContent ?? "";
    expect(text).toContain("当前 Excel 版本（如 Office 2016/2019 批量授权版）无法运行本加载项的任务窗格");
    expect(text).toMatch(reason);
    expect(text).toContain("gx-ledger check");
    const link = dom.window.document.querySelector('[data-testid="fallback-standalone-link"]');
    expect(link?.getAttribute("href")).toBe("https://gx.example.gov.cn/gx/taskpane.html");
    expect(dom.window.document.getElementById("root")).toBeNull();
    expect(dom.window.document.documentElement.lang).toBe("zh-CN");
  });

  test("in English when Office's display language is English", async () => {
    const { fallback, dom } = await boot({ userAgent: IE11_UA, office: { host: "Excel", displayLanguage: "en-US" } });
    expect(fallback?.textContent).toContain("This version of Excel (such as volume-licensed Office 2016/2019) cannot run the add-in's task pane.");
    expect(fallback?.textContent).not.toContain("当前 Excel 版本");
    expect(dom.window.document.documentElement.lang).toBe("en-US");
  });

  test("the user's own choice of language wins, as in the pane", async () => {
    const { fallback } = await boot({ userAgent: IE11_UA, office: { host: "Excel", displayLanguage: "zh-CN" }, storedLang: "en-US" });
    expect(fallback?.textContent).toContain("What still works");
  });
});
