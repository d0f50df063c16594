/**
 * The bundle measure: gzip sizes of what the built task pane page loads before it can run (every local script
 * dist/taskpane.html names; lazy chunks are not among them) and of the functions bundle. Reads dist/; builds it
 * first only when it is missing and building is allowed.
 */

import { spawnSync } from "child_process";
import { existsSync, readFileSync, statSync } from "fs";
import { join } from "path";
import { gzipSync } from "zlib";

export interface BundleFigures {
  /** null when dist/ is missing and could not be built. */
  initialGzipKB: number | null;
  functionsGzipKB: number | null;
  /** The scripts counted, in page order. */
  initialScripts: string[];
  /** When dist/taskpane.html was written: figures describe that build. */
  builtAt: string | null;
  error?: string;
}

const gzipKB = (file: string): number => Math.round((gzipSync(readFileSync(file)).length / 1024) * 10) / 10;

/** Local scripts of the page, in order: `<script src=…>` that are not on another host. */
function pageScripts(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(/<script\b[^>]*\bsrc=["']?([^"'\s>]+)["']?[^>]*>/gi)) {
    if (!/^(?:[a-z]+:)?\/\//i.test(m[1])) out.push(m[1].replace(/^\.?\//, ""));
  }
  // The boot check's bundle (data-bundle on its script), which it loads at once on a host that passes.
  const bundle = /\bdata-bundle=["']([^"']*)["']/i.exec(html);
  if (bundle) for (const src of bundle[1].split(/\s+/)) if (src) out.push(src.replace(/^\.?\//, ""));
  return out;
}

export function measureBundle(root: string, build: boolean, log: (line: string) => void): BundleFigures {
  const dist = join(root, "dist");
  const page = join(dist, "taskpane.html");
  if (!existsSync(page) && build) {
    log("dist/ is missing: building it (npm run build)…");
    const r = spawnSync(process.platform === "win32" ? "npm.cmd" : "npm", ["run", "--silent", "build"], { cwd: root, stdio: ["ignore", "ignore", "pipe"], shell: process.platform === "win32" });
    if (r.status !== 0) return missing(`npm run build failed: ${(r.stderr?.toString() ?? "").trim().split("\n").slice(-3).join(" ")}`);
  }
  if (!existsSync(page)) return missing("not built: dist/taskpane.html is missing (run `npm run build`)");
  const scripts = pageScripts(readFileSync(page, "utf8"));
  const absent = scripts.filter((s) => !existsSync(join(dist, s)));
  if (absent.length > 0) return missing(`dist/ is incomplete: ${absent.join(", ")} missing (run \`npm run build\`)`);
  const functions = join(dist, "functions.js");
  return {
    initialGzipKB: Math.round(scripts.reduce((kb, s) => kb + gzipKB(join(dist, s)), 0) * 10) / 10,
    functionsGzipKB: existsSync(functions) ? gzipKB(functions) : null,
    initialScripts: scripts,
    builtAt: statSync(page).mtime.toISOString(),
  };
}

function missing(error: string): BundleFigures {
  return { initialGzipKB: null, functionsGzipKB: null, initialScripts: [], builtAt: null, error };
}
