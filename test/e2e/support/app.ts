import { spawnSync } from "child_process";
import { existsSync, mkdirSync } from "fs";
import type { Server } from "http";
import { join, resolve } from "path";

/** The built page served as `npm run serve` serves it, on a free loopback port. */

export const ROOT = join(__dirname, "../../..");
/** The build under test: dist/, or another (GX_E2E_DIST, e.g. the web/ folder of a release zip, an offline build). */
export const DIST = process.env.GX_E2E_DIST ? resolve(process.env.GX_E2E_DIST) : join(ROOT, "dist");
export const SAMPLE = join(ROOT, "samples/样例台账.xlsx");
export const ARTIFACTS = join(ROOT, "test-artifacts/e2e");

interface Serve {
  startServer(opts: { root?: string; port?: number }): Promise<{ server: Server; origin: string; url: string }>;
}

// eslint-disable-next-line @typescript-eslint/no-require-imports -- a plain Node script, shared with `npm run serve`
const serve = require("../../../scripts/serve.js") as Serve;

export interface App {
  url: string;
  close(): Promise<void>;
}

export async function startApp(): Promise<App> {
  if (!existsSync(join(DIST, "taskpane.html"))) throw new Error(`${DIST}/taskpane.html is missing: run \`npm run build\` first`);
  const { server, url } = await serve.startServer({ root: DIST, port: 0 });
  return { url, close: () => new Promise<void>((resolve) => server.close(() => resolve())) };
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

export interface CliSummary {
  errors: number;
  warnings: number;
  explained: number;
  infos: number;
  ready: boolean;
}

export interface CliIssue {
  severity: "error" | "warning" | "info";
  rule: string;
  sheet: string | null;
  cell: string | null;
  row: number | null;
  column: string | null;
  explained: boolean;
}

/** What `gx-ledger check FILE --format json` says of the file: the numbers the page must show. */
export function cliCheck(file: string): { summary: CliSummary; issues: CliIssue[] } {
  const run = spawnSync(process.execPath, [join(ROOT, "bin/gx-ledger.js"), "check", file, "--format", "json"], {
    cwd: ROOT,
    encoding: "utf8",
    maxBuffer: 256 * 1024 * 1024,
  });
  // Exit status 1 only means "not ready to submit".
  if (run.status !== 0 && run.status !== 1) throw new Error(`gx-ledger failed (${run.status}): ${run.stderr}`);
  const json = JSON.parse(run.stdout) as { files: { summary?: CliSummary; issues?: CliIssue[]; error?: string }[] };
  const entry = json.files[0];
  if (!entry.summary || !entry.issues) throw new Error(`gx-ledger could not read ${file}: ${entry.error}`);
  return { summary: entry.summary, issues: entry.issues };
}
