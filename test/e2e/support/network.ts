import { existsSync, readFileSync } from "fs";
import { join, normalize } from "path";
import { pathToFileURL } from "url";
import type { BrowserContext, Route } from "playwright-core";

/**
 * Every request of the page goes through here. Loopback (the page's own files) passes; Microsoft's office.js is
 * served from the npm copy of @microsoft/office-js, or blocked as an unreachable CDN would be; anything else is
 * blocked and counted: the page must request nothing beyond its own files and office.js.
 */

const OFFICE_HOST = "appsforoffice.microsoft.com";
const OFFICE_PATH = "/lib/1/hosted/";
const OFFICE_DIST = join(__dirname, "../../../node_modules/@microsoft/office-js/dist");

export type OfficeMode = "npm" | "blocked";

export interface NetworkLog {
  /** The page's own files (paths), from the loopback server or its folder. */
  loopback: string[];
  /** office.js and the files it loads from its own folder. */
  office: string[];
  /** Everything else: must stay empty. */
  outside: string[];
}

const TYPES: Record<string, string> = { ".js": "text/javascript; charset=utf-8", ".json": "application/json", ".html": "text/html" };

function isLoopback(url: URL): boolean {
  return url.hostname === "127.0.0.1" || url.hostname === "localhost" || url.hostname === "[::1]";
}

async function serveOffice(route: Route, url: URL): Promise<void> {
  const rel = normalize(decodeURIComponent(url.pathname.slice(OFFICE_PATH.length)));
  const file = join(OFFICE_DIST, rel);
  if (rel.startsWith("..") || !existsSync(file)) {
    await route.fulfill({ status: 404, body: "not in @microsoft/office-js" });
    return;
  }
  const ext = rel.slice(rel.lastIndexOf("."));
  await route.fulfill({ status: 200, body: readFileSync(file), contentType: TYPES[ext] ?? "application/octet-stream" });
}

/** `folder`: the page opened from a folder (file://) may read the files in it, as the page's own. */
export async function guardNetwork(context: BrowserContext, office: OfficeMode, folder?: string): Promise<NetworkLog> {
  const log: NetworkLog = { loopback: [], office: [], outside: [] };
  const own = folder === undefined ? null : pathToFileURL(folder).href + "/";
  await context.route("**/*", async (route) => {
    const url = new URL(route.request().url());
    if (url.protocol === "data:" || url.protocol === "blob:") return route.continue();
    if (own !== null && url.href.startsWith(own)) {
      log.loopback.push(url.pathname);
      return route.continue();
    }
    if (isLoopback(url)) {
      // An offline build (GX_OFFICE_JS=local) serves office.js itself, from office/: counted, and blocked, as the CDN's.
      if (/\/office\/[^/]/.test(url.pathname)) {
        log.office.push(url.href);
        return office === "blocked" ? route.abort("internetdisconnected") : route.continue();
      }
      log.loopback.push(url.pathname);
      return route.continue();
    }
    if (url.hostname === OFFICE_HOST && url.pathname.startsWith(OFFICE_PATH)) {
      log.office.push(url.href);
      if (office === "npm") return serveOffice(route, url);
      return route.abort("internetdisconnected");
    }
    log.outside.push(url.href);
    return route.abort("blockedbyclient");
  });
  return log;
}

/** The npm copy holds the hosted office.js (the file the page's <script> names). */
export function officeJsAvailable(): boolean {
  return existsSync(join(OFFICE_DIST, "office.js"));
}
