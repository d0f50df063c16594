/**
 * `npm run package` (scripts/package.js): the release zip for offices without internet. It is built here with a
 * bureau's URL into a scratch folder, unpacked, and checked: the site (office.js copied in, GX_OFFICE_JS=local),
 * the manifest pointing at GX_PROD_URL, the WPS add-in folder, 部署说明.md; and the built pages name no address
 * outside their own site.
 */

import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { JSDOM } from "jsdom";
import JSZip from "jszip";
import { allUrls, parseManifest } from "../manifest/manifest-xml";

const ROOT = join(__dirname, "../..");
const PROD = "https://gx-ledger.zjk.gov.cn/tai-zhang/";
const VERSION = (JSON.parse(readFileSync(join(ROOT, "package.json"), "utf8")) as { version: string }).version;
const TOP = `gx-ledger-${VERSION}/`;

let dir: string;
let zip: JSZip;
let names: string[];
const text = (name: string) => (zip.file(`${TOP}${name}`) as JSZip.JSZipObject).async("string");

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), "gx-release-test-"));
  const run = spawnSync(process.execPath, [join(ROOT, "scripts/package.js")], {
    cwd: ROOT,
    env: { ...process.env, GX_PROD_URL: PROD, GX_RELEASE_DIR: dir, GX_OFFICE_JS: "" },
    encoding: "utf8",
  });
  if (run.status !== 0) throw new Error(`npm run package failed: ${run.stderr}`);
  zip = await JSZip.loadAsync(readFileSync(join(dir, `gx-ledger-${VERSION}.zip`)));
  names = Object.keys(zip.files).filter((n) => !zip.files[n].dir);
}, 900_000);

afterAll(() => rmSync(dir, { recursive: true, force: true }));

test("the zip holds the site, the manifest, the WPS add-in and 部署说明.md, all in one folder", () => {
  expect(names.every((n) => n.startsWith(TOP))).toBe(true);
  for (const f of ["manifest.xml", "部署说明.md", "web/taskpane.html", "web/boot.js", "web/functions.js", "web/functions.json", "web/manifest.xml", "web/office/office.js", "wps/index.html", "wps/ribbon.xml", "wps/functions.json", "wps/manifest.xml", "wps/jsplugins.xml", "wps/publish.xml"]) {
    expect({ f, there: names.includes(`${TOP}${f}`) }).toEqual({ f, there: true });
  }
  // office.js with the Excel files it loads; not the other hosts' scripts nor debug copies.
  expect(names.some((n) => /web\/office\/excel-win32-16\.01\.js$/.test(n))).toBe(true);
  expect(names.some((n) => /web\/office\/zh-cn\/office_strings\.js$/.test(n))).toBe(true);
  expect(names.filter((n) => /\.debug\.js$|\/office\/(word|outlook|powerpoint|onenote)/.test(n))).toEqual([]);
});

test("the manifest points at GX_PROD_URL and nowhere else", async () => {
  const manifest = await text("manifest.xml");
  const urls = allUrls(parseManifest(manifest));
  expect(urls.length).toBeGreaterThan(3);
  for (const u of urls) expect(u.startsWith(PROD)).toBe(true);
  expect(manifest).not.toMatch(/localhost/);
  expect(await text("web/manifest.xml")).toBe(manifest);
});

test("the built pages name no address outside their own site", async () => {
  const pages = names.filter((n) => /^[^/]+\/web\/[^/]+\.html$/.test(n));
  expect(pages.length).toBeGreaterThan(0);
  for (const page of pages) {
    const html = await (zip.file(page) as JSZip.JSZipObject).async("string");
    const { document } = new JSDOM(html).window;
    const refs = Array.from(document.querySelectorAll("[src], [href]")).map((e) => e.getAttribute("src") ?? e.getAttribute("href") ?? "");
    for (const ref of refs) expect({ page, ref, outside: /^[a-z][a-z0-9+.-]*:|^\/\//i.test(ref) }).toEqual({ page, ref, outside: false });
    const csp = document.querySelector('meta[http-equiv="Content-Security-Policy" i]')?.getAttribute("content") ?? "";
    expect({ page, csp: /https?:|\*/.test(csp) }).toEqual({ page, csp: false });
    expect(html).not.toMatch(/https?:\/\//);
  }
  const taskpane = new JSDOM(await text("web/taskpane.html")).window.document;
  expect(Array.from(taskpane.querySelectorAll("script")).map((s) => s.getAttribute("src"))).toEqual(["boot.js"]);
  expect(taskpane.getElementById("gx-boot")?.getAttribute("data-office")).toBe("office/office.js");
  expect(await text("web/boot.js")).not.toMatch(/https?:\/\//);
});

test("the WPS add-in opens the task pane at GX_PROD_URL and WPS loads it from there", async () => {
  expect(await text("wps/jsplugins.xml")).toContain(`url="${PROD}wps/"`);
  expect(await text("wps/addin.js")).toContain(`${PROD}taskpane.html`);
});

test("部署说明.md covers IIS and nginx, the certificate, the shared folder, centralized deployment, WPS and the standalone page", async () => {
  const guide = await text("部署说明.md");
  for (const topic of ["IIS", "nginx", "证书", "共享文件夹", "信任中心", "集中部署", "WPS 加载项", "jsplugins.xml", "publish.xml", "独立页面", "web/office/"]) {
    expect({ topic, covered: guide.includes(topic) }).toEqual({ topic, covered: true });
  }
  expect(guide).toContain(`${PROD}taskpane.html`);
  expect(guide).not.toMatch(/\{\{[A-Z_]+\}\}/);
});
