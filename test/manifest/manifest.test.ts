/**
 * The structure of manifest.xml, checked offline (`npm run validate` needs Microsoft's online service). A wrong
 * resid or element order makes Excel refuse the add-in, or load it with the custom functions silently missing.
 */
import * as fs from "fs";
import * as path from "path";
import { type Document, type Element } from "@xmldom/xmldom";
import {
  NS,
  ROOT,
  allUrls,
  child,
  childElements,
  descendants,
  parseManifest,
  pngSize,
  readManifestText,
  resources,
  xsiType,
  type Resource,
} from "./manifest-xml";

const DEV_BASE = "https://localhost:3000/";
/** Top-level elements of OfficeApp in the order the schema (TaskPaneApp) requires. */
const SCHEMA_ORDER = [
  "Id",
  "AlternateId",
  "Version",
  "ProviderName",
  "DefaultLocale",
  "DisplayName",
  "Description",
  "IconUrl",
  "HighResolutionIconUrl",
  "SupportUrl",
  "AppDomains",
  "Hosts",
  "Requirements",
  "DefaultSettings",
  "Permissions",
  "VersionOverrides",
];
const REQUIRED = SCHEMA_ORDER.filter((name) => name !== "AlternateId" && name !== "AppDomains");
const CJK = /[\u4e00-\u9fff]/;

let doc: Document;
let app: Element;
let res: Map<string, Resource>;
let host: Element;

beforeAll(() => {
  doc = parseManifest(readManifestText());
  if (!doc.documentElement) throw new Error("manifest.xml has no root element");
  app = doc.documentElement;
  res = resources(doc);
  const hosts = descendants(doc, "Host", NS.overrides);
  if (hosts.length !== 1) throw new Error(`want one VersionOverrides host, found ${hosts.length}`);
  host = hosts[0];
});

function resource(id: string | null): Resource {
  const found = res.get(id ?? "");
  if (!found) throw new Error(`resid "${id}" resolves to no resource`);
  return found;
}

function resid(el: Element): string {
  const id = el.getAttribute("resid");
  if (!id) throw new Error(`<${el.localName}> has no resid`);
  return id;
}

describe("manifest.xml: the add-in", () => {
  test("is a TaskPaneApp in the Office add-in namespace", () => {
    expect(app.localName).toBe("OfficeApp");
    expect(app.namespaceURI).toBe(NS.office);
    expect(xsiType(app)).toBe("TaskPaneApp");
  });

  test("has its top-level elements in schema order, none missing", () => {
    const names = childElements(app).map((e) => e.localName ?? "");
    for (const name of names) expect(SCHEMA_ORDER).toContain(name);
    const positions = names.map((n) => SCHEMA_ORDER.indexOf(n));
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    expect(new Set(names).size).toBe(names.length);
    for (const name of REQUIRED) expect(names).toContain(name);
  });

  test("has a GUID id and a four-part version that matches package.json", () => {
    expect(child(app, "Id").textContent).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i);
    const version = child(app, "Version").textContent ?? "";
    expect(version).toMatch(/^\d{1,5}\.\d{1,5}\.\d{1,5}\.\d{1,5}$/);
    const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8")) as { version: string };
    expect(version).toBe(`${pkg.version}.0`);
  });

  test("is Chinese by default with an English override of its name and description", () => {
    expect(child(app, "DefaultLocale").textContent).toBe("zh-CN");
    for (const name of ["DisplayName", "Description"]) {
      const el = child(app, name);
      expect(el.getAttribute("DefaultValue")).toMatch(CJK);
      const override = child(el, "Override");
      expect(override.getAttribute("Locale")).toBe("en-US");
      expect(override.getAttribute("Value")).toMatch(/^[\x20-\x7e]+$/);
    }
    expect(child(app, "DisplayName").getAttribute("DefaultValue")).toBe("工信台账助手");
  });

  test("runs in Excel only and asks for ReadWriteDocument, nothing more", () => {
    const hosts = childElements(child(app, "Hosts"));
    expect(hosts.map((h) => h.getAttribute("Name"))).toEqual(["Workbook"]);
    expect(xsiType(host)).toBe("Workbook");
    expect(child(app, "Permissions").textContent).toBe("ReadWriteDocument");
  });

  test("requires the shared runtime", () => {
    const sets = descendants(child(app, "Requirements"), "Set");
    expect(sets.map((s) => [s.getAttribute("Name"), s.getAttribute("MinVersion")])).toContainEqual(["SharedRuntime", "1.1"]);
  });

  test("names only https URLs", () => {
    const urls = allUrls(doc);
    expect(urls.length).toBeGreaterThan(5);
    for (const url of urls) expect(url).toMatch(/^https:\/\//);
  });

  test("points every URL of its own at the dev server (the production build rewrites them)", () => {
    expect(allUrls(doc).filter((url) => !url.startsWith(DEV_BASE))).toEqual([]);
  });
});

describe("manifest.xml: one shared runtime", () => {
  let runtimeUrlId: string;

  beforeAll(() => {
    const runtimes = descendants(host, "Runtime");
    expect(runtimes).toHaveLength(1);
    runtimeUrlId = resid(runtimes[0]);
  });

  test("a long-lived runtime on a page URL", () => {
    const runtime = descendants(host, "Runtime")[0];
    expect(runtime.getAttribute("lifetime")).toBe("long");
    expect(resource(runtimeUrlId).kind).toBe("Url");
    expect(resource(runtimeUrlId).value).toBe(`${DEV_BASE}taskpane.html`);
  });

  test("the CustomFunctions page, the FunctionFile and the task pane button all use that runtime", () => {
    const functionsPoint = descendants(host, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    if (!functionsPoint) throw new Error("no CustomFunctions extension point");
    expect(resid(child(child(functionsPoint, "Page"), "SourceLocation"))).toBe(runtimeUrlId);
    expect(descendants(host, "FunctionFile").map(resid)).toEqual([runtimeUrlId]);
    const taskpaneActions = descendants(host, "Action").filter((a) => xsiType(a) === "ShowTaskpane");
    expect(taskpaneActions.length).toBeGreaterThan(0);
    for (const action of taskpaneActions) expect(resid(child(action, "SourceLocation"))).toBe(runtimeUrlId);
  });

  test("the default task pane location is the same page", () => {
    const location = child(child(app, "DefaultSettings"), "SourceLocation").getAttribute("DefaultValue");
    expect(location).toBe(resource(runtimeUrlId).value);
  });
});

describe("manifest.xml: custom functions", () => {
  let point: Element;
  beforeAll(() => {
    const found = descendants(host, "ExtensionPoint").find((e) => xsiType(e) === "CustomFunctions");
    if (!found) throw new Error("no CustomFunctions extension point");
    point = found;
  });

  test("live under the namespace GX", () => {
    const namespace = resource(resid(child(point, "Namespace")));
    expect(namespace.kind).toBe("ShortString");
    expect(namespace.value).toBe("GX");
    expect(namespace.overrides.size).toBe(0);
  });

  test("have Chinese metadata by default and English metadata for en-US", () => {
    const metadata = resource(resid(child(child(point, "Metadata"), "SourceLocation")));
    expect(metadata.kind).toBe("Url");
    expect(metadata.value).toBe(`${DEV_BASE}functions.json`);
    expect([...metadata.overrides]).toEqual([["en-US", `${DEV_BASE}functions.en-US.json`]]);
  });

  test("name a script that the build emits", () => {
    const script = resource(resid(child(child(point, "Script"), "SourceLocation")));
    expect(script.value).toBe(`${DEV_BASE}functions.js`);
  });
});

describe("manifest.xml: ribbon", () => {
  test("a button 工信台账 in its own group on the Home tab opens the task pane", () => {
    const tabs = descendants(host, "OfficeTab");
    expect(tabs.map((t) => t.getAttribute("id"))).toEqual(["TabHome"]);
    const groups = descendants(tabs[0], "Group");
    expect(groups).toHaveLength(1);
    const buttons = descendants(groups[0], "Control").filter((c) => xsiType(c) === "Button");
    expect(buttons).toHaveLength(1);
    expect(resource(resid(child(buttons[0], "Label"))).value).toBe("工信台账");
    expect(resource(resid(child(buttons[0], "Label"))).overrides.get("en-US")).toBe("GX Ledger");
    expect(xsiType(child(buttons[0], "Action"))).toBe("ShowTaskpane");
  });
});

describe("manifest.xml: resources", () => {
  const URL_ELEMENTS = new Set(["SourceLocation", "FunctionFile", "LearnMoreUrl", "Runtime"]);

  test("every resid resolves to a resource of the right kind", () => {
    const withResid = descendants(doc, "*").filter((e) => e.hasAttribute("resid"));
    expect(withResid.length).toBeGreaterThan(10);
    const wrong: string[] = [];
    for (const el of withResid) {
      const id = el.getAttribute("resid");
      const kind = res.get(id ?? "")?.kind;
      const want = el.localName === "Image" ? ["Image"] : URL_ELEMENTS.has(el.localName ?? "") ? ["Url"] : ["ShortString", "LongString"];
      if (!kind || !want.includes(kind)) wrong.push(`<${el.localName} resid="${id}"> → ${kind ?? "nothing"}`);
    }
    expect(wrong).toEqual([]);
  });

  test("every resource is used", () => {
    const used = new Set(descendants(doc, "*").map((e) => e.getAttribute("resid")));
    expect([...res.keys()].filter((id) => !used.has(id))).toEqual([]);
  });

  test("strings fit Office's limits (short 125, long 250) and overrides are en-US", () => {
    const wrong: string[] = [];
    for (const [id, r] of res) {
      const limit = r.kind === "ShortString" ? 125 : r.kind === "LongString" ? 250 : 2048;
      for (const value of [r.value, ...r.overrides.values()]) if (value.length > limit) wrong.push(`${id}: too long`);
      for (const locale of r.overrides.keys()) if (locale !== "en-US") wrong.push(`${id}: override for ${locale}`);
    }
    expect(wrong).toEqual([]);
  });

  test("icons are real PNGs under assets/ of the size each use declares", () => {
    const declared: [string, number][] = [
      [child(app, "IconUrl").getAttribute("DefaultValue") ?? "", 32],
      [child(app, "HighResolutionIconUrl").getAttribute("DefaultValue") ?? "", 64],
    ];
    for (const image of descendants(host, "Image", NS.bt)) {
      declared.push([resource(resid(image)).value, Number(image.getAttribute("size"))]);
    }
    for (const [url, size] of declared) {
      expect(url.startsWith(`${DEV_BASE}assets/`)).toBe(true);
      const file = path.join(ROOT, url.slice(DEV_BASE.length));
      expect(pngSize(file)).toEqual({ width: size, height: size });
    }
  });
});
