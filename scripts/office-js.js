/**
 * Where the pages get office.js: Microsoft's CDN (the default), or with GX_OFFICE_JS=local a copy from the
 * @microsoft/office-js package in dist/office/, for office networks without internet (HOSTS.md). Microsoft allows
 * hosting a copy for internal use; add-ins in AppSource must use the CDN.
 */
"use strict";
const path = require("path");

const CDN_ORIGIN = "https://appsforoffice.microsoft.com";
const CDN_URL = `${CDN_ORIGIN}/lib/1/hosted/office.js`;
const LOCAL_DIR = "office";
const PACKAGE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

/**
 * What an Excel add-in never loads from the package: debug copies, type and IntelliSense files, the other hosts'
 * scripts (and their strings in the language folders). Everything else is kept, as office.js picks its files by
 * platform and language at run time.
 */
const NOT_FOR_EXCEL = [
  "**/*.debug.js",
  "**/*.d.ts",
  "**/*vsdoc*",
  "**/access-*",
  "**/onenote*",
  "**/outlook*",
  "**/powerpoint*",
  "**/project-*",
  "**/word*",
  "**/visio*",
];

/** "cdn" or "local", from GX_OFFICE_JS; anything else is refused rather than guessed at. */
function officeJsMode(env = process.env) {
  const raw = (env.GX_OFFICE_JS || "cdn").trim().toLowerCase();
  if (raw !== "cdn" && raw !== "local") throw new Error(`GX_OFFICE_JS must be "local" or "cdn": ${env.GX_OFFICE_JS}`);
  return raw;
}

/** The page's office.js address, the origin its CSP must allow (null: its own only), and what to copy. */
function officeJsSetup(mode) {
  if (mode === "local") {
    return {
      src: `${LOCAL_DIR}/office.js`,
      origin: null,
      copy: [{ from: "**/*", context: PACKAGE_DIST, to: `${LOCAL_DIR}/`, globOptions: { ignore: NOT_FOR_EXCEL }, info: { minimized: true } }],
    };
  }
  return { src: CDN_URL, origin: CDN_ORIGIN, copy: [] };
}

module.exports = { CDN_URL, CDN_ORIGIN, LOCAL_DIR, officeJsMode, officeJsSetup };
