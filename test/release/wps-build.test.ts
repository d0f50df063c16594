/**
 * `npm run build:wps` (scripts/build-wps.js): the WPS add-in folder in the layout of the wpsjs tool's ET template,
 * built into a scratch folder. Its main page, loaded in jsdom with stand-ins for WPS, registers the 20 functions
 * and its button opens the site's task pane.
 */

import { mkdtempSync, readdirSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { DOMParser } from "@xmldom/xmldom";
import { JSDOM } from "jsdom";
import { FUNCTION_IDS } from "../build/dist";

// eslint-disable-next-line @typescript-eslint/no-require-imports -- the build script itself, plain Node
const { buildWps } = require("../../scripts/build-wps.js") as { buildWps(out: string, prodUrl: string, version: string): Promise<void> };

const PROD = "https://gx.example.gov.cn/ledger/";
let out: string;

beforeAll(async () => {
  out = mkdtempSync(join(tmpdir(), "gx-wps-"));
  await buildWps(out, PROD, "9.8.7");
}, 300_000);

afterAll(() => rmSync(out, { recursive: true, force: true }));

const read = (name: string) => readFileSync(join(out, name), "utf8");
const xml = (name: string) => new DOMParser().parseFromString(read(name), "text/xml");

test("the folder has the add-in's files", () => {
  expect(readdirSync(out).sort()).toEqual(["addin.js", "functions.json", "images", "index.html", "jsplugins.xml", "manifest.xml", "publish.xml", "ribbon.xml"]);
  expect(readdirSync(join(out, "images"))).toEqual(["icon-32.png"]);
});

test("ribbon.xml has the 工信台账 button wired to the page's callbacks", () => {
  const doc = xml("ribbon.xml");
  expect(doc.documentElement?.getAttribute("onLoad")).toBe("OnAddinLoad");
  const button = doc.getElementsByTagName("button")[0];
  expect([button.getAttribute("id"), button.getAttribute("label"), button.getAttribute("onAction"), button.getAttribute("getImage")]).toEqual([
    "gxOpenPane",
    "工信台账",
    "OnAction",
    "GetImage",
  ]);
});

test("manifest.xml names functions.json and the GX namespace; functions.json lists the 20 functions", () => {
  const doc = xml("manifest.xml");
  expect(doc.getElementsByTagName("Uri")[0].textContent).toBe("functions.json");
  expect(doc.getElementsByTagName("Namespace")[0].textContent).toBe("GX");
  const json = JSON.parse(read("functions.json")) as { functions: { name: string; description: string }[] };
  expect(json.functions.map((f) => f.name).sort()).toEqual([...FUNCTION_IDS].sort());
});

test("jsplugins.xml points WPS at the site's wps/ folder; publish.xml names the local folder and version", () => {
  const online = xml("jsplugins.xml").getElementsByTagName("jspluginonline")[0];
  expect([online.getAttribute("name"), online.getAttribute("type"), online.getAttribute("url")]).toEqual(["gx-ledger", "et", `${PROD}wps/`]);
  const local = xml("publish.xml").getElementsByTagName("jsplugin")[0];
  expect([local.getAttribute("url"), local.getAttribute("version"), local.getAttribute("type")]).toEqual(["gx-ledger_9.8.7", "9.8.7", "et"]);
});

test("the main page registers the 20 functions, and the button shows and hides the site's task pane", () => {
  // A local install (publish.xml) runs the page from the user's own folder: the pane is still the site's.
  const dom = new JSDOM(read("index.html"), { url: "file:///C:/Users/u/AppData/Roaming/kingsoft/wps/jsaddons/gx-ledger_9.8.7/index.html", runScripts: "outside-only" });
  const win = dom.window as unknown as Record<string, unknown> & { eval(code: string): unknown };
  const registered: string[] = [];
  const panes: { url: string; pane: { ID: number; Visible: boolean } }[] = [];
  const storage = new Map<string, unknown>();
  const app = {
    CreateTaskPane: (url: string) => {
      const pane = { ID: panes.length + 1, Visible: false };
      panes.push({ url, pane });
      return pane;
    },
    GetTaskPane: (id: number) => panes.find((p) => p.pane.ID === id)?.pane ?? null,
    PluginStorage: { getItem: (k: string) => storage.get(k) ?? null, setItem: (k: string, v: unknown) => storage.set(k, v) },
  };
  win.wps = { AddCustomFunction: (ns: string, name: string, fn: unknown) => typeof fn === "function" && registered.push(`${ns}.${name}`), EtApplication: () => app };
  win.eval(read("addin.js"));
  expect(registered.sort()).toEqual(FUNCTION_IDS.map((id) => `GX.${id}`).sort());
  const onAction = win.OnAction as (c: { Id: string }) => void;
  expect((win.OnAddinLoad as () => boolean)()).toBe(true);
  onAction({ Id: "gxOpenPane" });
  expect(panes.map((p) => [p.url, p.pane.Visible])).toEqual([[`${PROD}taskpane.html`, true]]);
  onAction({ Id: "gxOpenPane" });
  expect(panes.map((p) => p.pane.Visible)).toEqual([false]);
  onAction({ Id: "gxOpenPane" });
  expect(panes.map((p) => p.pane.Visible)).toEqual([true]);
  dom.window.close();
});
