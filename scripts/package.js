#!/usr/bin/env node
/**
 * `npm run package`: the release zip, release/gx-ledger-<version>.zip (HOSTS.md): the production build (its URL
 * from GX_PROD_URL, office.js copied in unless GX_OFFICE_JS=cdn, as the kit is for offices without internet),
 * manifest.xml, the WPS add-in folder and 部署说明.md. Built in a scratch folder, so dist/ is left as it is.
 *
 *   GX_PROD_URL=https://your.host/gx-ledger/ npm run package
 *   GX_RELEASE_DIR=DIR   write the zip to DIR instead of release/
 */
"use strict";
const { spawnSync } = require("child_process");
const fs = require("fs");
const os = require("os");
const path = require("path");
const JSZip = require("jszip");
const { productionUrl } = require("./manifest-urls");
const { CDN_URL, officeJsMode } = require("./office-js");

const ROOT = path.resolve(__dirname, "..");
const WEBPACK = path.join(ROOT, "node_modules", "webpack", "bin", "webpack.js");
const GUIDE = path.join(__dirname, "release", "部署说明.md");

function build(label, args, env) {
  console.log(`building ${label}…`);
  const r = spawnSync(process.execPath, args, { cwd: ROOT, stdio: ["ignore", "ignore", "inherit"], env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`${label} failed (exit ${r.status})`);
}

function addFolder(zip, folder, prefix) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) addFolder(zip, full, `${prefix}${entry.name}/`);
    else zip.file(`${prefix}${entry.name}`, fs.readFileSync(full));
  }
}

function guide(version, prodUrl, office) {
  const officeText =
    office === "local"
      ? "本地副本，位于 `web/office/`，无需访问互联网。 A local copy in `web/office/`: no internet needed."
      : `微软 CDN（${CDN_URL}），每台电脑须能访问该地址。 Microsoft's CDN: every PC must reach it.`;
  return fs
    .readFileSync(GUIDE, "utf8")
    .split("{{VERSION}}").join(version)
    .split("{{PROD_URL}}").join(prodUrl)
    .split("{{OFFICE_JS}}").join(officeText);
}

async function main() {
  const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, "package.json"), "utf8"));
  const prodUrl = productionUrl();
  const office = officeJsMode({ GX_OFFICE_JS: process.env.GX_OFFICE_JS || "local" });
  const stage = fs.mkdtempSync(path.join(os.tmpdir(), "gx-release-"));
  try {
    const web = path.join(stage, "web");
    const wps = path.join(stage, "wps");
    build("the add-in and the standalone page", [WEBPACK, "--mode", "production"], { GX_OUT_DIR: web, GX_OFFICE_JS: office, GX_PROD_URL: prodUrl });
    build("the WPS add-in", [path.join(ROOT, "scripts", "build-wps.js")], { GX_WPS_OUT: wps, GX_PROD_URL: prodUrl });

    const top = `gx-ledger-${pkg.version}/`;
    const zip = new JSZip();
    addFolder(zip, web, `${top}web/`);
    zip.file(`${top}manifest.xml`, fs.readFileSync(path.join(web, "manifest.xml")));
    addFolder(zip, wps, `${top}wps/`);
    zip.file(`${top}部署说明.md`, guide(pkg.version, prodUrl, office));

    const outDir = path.resolve(ROOT, process.env.GX_RELEASE_DIR || "release");
    fs.mkdirSync(outDir, { recursive: true });
    const out = path.join(outDir, `gx-ledger-${pkg.version}.zip`);
    const bytes = await zip.generateAsync({ type: "nodebuffer", compression: "DEFLATE", compressionOptions: { level: 6 } });
    fs.writeFileSync(out, bytes);
    console.log(`${path.relative(process.cwd(), out)} (${(bytes.length / 1024 / 1024).toFixed(1)} MB) for ${prodUrl}`);
  } finally {
    fs.rmSync(stage, { recursive: true, force: true });
  }
}

main().catch((e) => {
  console.error(`npm run package: ${e.message}`);
  process.exitCode = 1;
});
