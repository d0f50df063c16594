/**
 * The manifest is written for the dev server; a production build points every URL in it at the deployed site.
 * Shared by webpack.config.js and test/manifest so that the rewrite that ships is the one that is tested.
 */
"use strict";

const DEV_URL = "https://localhost:3000/";
/** Placeholder until the bureau's host is known; set GX_PROD_URL when building for a real deployment. */
const DEFAULT_PROD_URL = "https://gx-ledger.example.gov.cn/";

/** The production base URL from GX_PROD_URL (or the placeholder), with one trailing slash. Office requires https. */
function productionUrl(env = process.env) {
  const raw = (env.GX_PROD_URL || DEFAULT_PROD_URL).trim();
  let url;
  try {
    url = new URL(raw);
  } catch {
    throw new Error(`GX_PROD_URL is not a URL: ${raw}`);
  }
  if (url.protocol !== "https:") throw new Error(`GX_PROD_URL must be an https URL (Office requires it): ${raw}`);
  if (url.search || url.hash) throw new Error(`GX_PROD_URL must be a plain base URL without ? or #: ${raw}`);
  return url.href.endsWith("/") ? url.href : `${url.href}/`;
}

/** Replaces every occurrence of the dev URL; fails if any other reference to localhost is left behind. */
function rewriteManifestUrls(manifest, baseUrl) {
  const rewritten = manifest.split(DEV_URL).join(baseUrl);
  const leftover = rewritten.match(/[^\s"'<>]*localhost[^\s"'<>]*/i);
  if (leftover) throw new Error(`manifest.xml still names localhost after the rewrite: ${leftover[0]}`);
  return rewritten;
}

module.exports = { DEV_URL, DEFAULT_PROD_URL, productionUrl, rewriteManifestUrls };
