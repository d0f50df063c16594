import { spawnSync } from "child_process";
import { mkdtempSync, readFileSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";

/**
 * Runs the real `gx-ledger` (bin/gx-ledger.js) as a child process under a heap cap, and measures what it cost:
 * wall time and peak resident memory. A V8 out-of-memory abort under the cap shows as a signal or status 134,
 * never as a pass.
 */

const ROOT = join(__dirname, "..", "..", "..");
const BIN = join(ROOT, "bin", "gx-ledger.js");
const PRELOAD = join(__dirname, "max-rss.js");

export interface Measured {
  status: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
  ms: number;
  /** Peak resident memory, MB. */
  peakMb: number;
}

export interface CliBounds {
  /** V8's old-space cap for the child, MB. */
  heapMb?: number;
  timeoutMs?: number;
  cwd?: string;
}

export function runCli(args: string[], bounds: CliBounds = {}): Measured {
  const dir = mkdtempSync(join(tmpdir(), "gx-rss-"));
  const rssFile = join(dir, "rss");
  try {
    const start = Date.now();
    const r = spawnSync(process.execPath, [`--max-old-space-size=${bounds.heapMb ?? 512}`, "-r", PRELOAD, BIN, ...args], {
      cwd: bounds.cwd ?? ROOT,
      encoding: "utf8",
      env: { ...process.env, NO_COLOR: "1", GX_RSS_FILE: rssFile },
      timeout: bounds.timeoutMs ?? 30000,
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = Date.now() - start;
    let peakMb = NaN;
    try {
      peakMb = Number(readFileSync(rssFile, "utf8")) / 1024;
    } catch {
      // An aborted process writes nothing: peakMb stays NaN and the bound fails.
    }
    return { status: r.status, signal: r.signal, stdout: r.stdout ?? "", stderr: r.stderr ?? "", ms, peakMb };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** What a user must never see: a stack trace or an uncaught error's name. */
export const STACK_TRACE = /^\s+at .+(:\d+:\d+\)?|native\)?)$|\b(?:Type|Reference|Range|Syntax|Internal)?Error: /m;
