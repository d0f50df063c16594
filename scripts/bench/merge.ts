/**
 * The merge measure (MERGE.md "Scale"): `gx-ledger merge` over N synthetic county files against reading the same
 * files alone, each in a cold child process of its own (peak memory is then the run's: worker threads count in
 * their process's). Reading alone uses the same reader threads as the merge (POOL_SIZE), so that the ratio is what the
 * merge adds (checking, merging, writing), not what parallel reading saves. Reading and checking alone, in the
 * same threads, is the floor MERGE.md itself sets (each source is checked as today): what the merge adds beyond
 * it is the roll-up's own cost (moving records, merging, writing).
 *
 *   node --import tsx scripts/bench/merge.ts [--files 50 --records 2000]    the merge alone, by hand: figures as
 *                                                                             JSON on stdout, PASS / FAIL against
 *                                                                             the budgets on stderr, exit 1 on FAIL
 */

import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { Worker } from "worker_threads";
import { main as cli } from "../../src/cli/main";
import { POOL_SIZE } from "../../src/cli/merge-read";
import { BUILTIN_PROFILE } from "../../src/core/profile";
import { writeSyntheticXlsx } from "../synthetic/workbook";
import { judgeMerge } from "./budgets";
import { child } from "./child-process";
import { BENCH_TODAY } from "./engine";
import { cpuSeconds, peakRssMB, round } from "./timing";

/** Enterprise serials per county file: more than its records, far fewer than the code space (31⁶) over 200 files. */
const SERIALS_PER_FILE = 1_000_000;

export interface MergeFigures {
  files: number;
  recordsPerFile: number;
  /** Reader threads, in the merge and in reading alone (one per core up to MAX_READERS, at most one per file). */
  threads: number;
  /** Reading the files alone, in the merge's reader threads. */
  readSeconds: number;
  /** `gx-ledger merge FILES --out OUT`: read, check, merge, write. */
  mergeSeconds: number;
  ratioToReadAlone: number;
  /** Reading and checking the files alone (each source's check, which MERGE.md asks for), in the same threads. */
  readCheckSeconds: number;
  /** The floor of the ratio: reading and checking ÷ reading alone. */
  readCheckToReadAlone: number;
  /** The roll-up's own cost: merge ÷ reading and checking alone. */
  ratioToReadCheck: number;
  /** What the merge adds to reading (checking, merging, writing), in seconds: merge − read alone. */
  addedSeconds: number;
  /** CPU seconds (all threads) of reading alone and of the merge, and what the merge adds. */
  readCpuSeconds: number;
  mergeCpuSeconds: number;
  addedCpuSeconds: number;
  /** The same ratio in CPU time (all threads): the work the merge adds, whatever else the machine is doing. */
  cpuRatioToReadAlone: number;
  readPeakRssMB: number;
  peakRssMB: number;
  /** Records written. */
  records: number;
}

export interface MergeRun {
  seconds: number;
  cpuSeconds: number;
  peakRssMB: number;
  records: number;
}

/** A reader thread; with `check`, each file is checked as the merge checks it, the result dropped. */
const reader = (check: boolean) => `
  require("tsx/cjs/api").register();
  const { parentPort } = require("worker_threads");
  const { readXlsxFile } = require(${JSON.stringify(join(__dirname, "../../src/ports/file/node/index.ts"))});
  const { checkWorkbook } = require(${JSON.stringify(join(__dirname, "../../src/core/index.ts"))});
  const today = new Date(${BENCH_TODAY.getTime()});
  parentPort.on("message", async (file) => {
    const wb = await readXlsxFile(file);
    if (${check}) checkWorkbook(wb, { today });
    parentPort.postMessage(wb.sheets.reduce((n, s) => n + s.rows.length, 0));
  });`;

/**
 * Reads the files in POOL_SIZE threads, the values dropped as they arrive (nothing kept); with `check`, each is
 * checked too.
 */
export async function readAlone(files: readonly string[], check = false): Promise<MergeRun> {
  const t0 = performance.now();
  const c0 = cpuSeconds();
  let next = 0;
  let rows = 0;
  const one = () =>
    new Promise<void>((resolve, reject) => {
      const w = new Worker(reader(check), { eval: true });
      const feed = () => (next < files.length ? w.postMessage(files[next++]) : void w.terminate().then(() => resolve()));
      w.on("message", (n: number) => {
        rows += n;
        feed();
      });
      w.on("error", reject);
      feed();
    });
  await Promise.all(Array.from({ length: Math.min(POOL_SIZE, files.length) }, one));
  return { seconds: round((performance.now() - t0) / 1000), cpuSeconds: round(cpuSeconds() - c0), peakRssMB: Math.round(peakRssMB()), records: rows };
}

/** What a user runs, in-process with its output dropped. */
export async function mergeRun(files: readonly string[], out: string): Promise<MergeRun> {
  let stdout = "";
  const t0 = performance.now();
  const c0 = cpuSeconds();
  const status = await cli(["merge", ...files, "--out", out, "--force", "--format", "json"], {
    stdout: { write: (s: string) => (stdout += s) },
    stderr: { write: () => true },
    env: {},
    cwd: process.cwd(),
    today: BENCH_TODAY,
  });
  const seconds = round((performance.now() - t0) / 1000);
  const cpu = round(cpuSeconds() - c0);
  if (status === 2) throw new Error(`gx-ledger merge failed: ${stdout}`);
  return { seconds, cpuSeconds: cpu, peakRssMB: Math.round(peakRssMB()), records: (JSON.parse(stdout) as { records: number }).records };
}

export async function measureMerge(files: number, recordsPerFile: number, log: (line: string) => void): Promise<MergeFigures> {
  const dir = mkdtempSync(join(tmpdir(), "gx-bench-merge-"));
  try {
    log(`merge: writing ${files} county files of ${recordsPerFile.toLocaleString("en-US")} records…`);
    const paths: string[] = [];
    for (let i = 0; i < files; i++) {
      const path = join(dir, `county-${String(i + 1).padStart(3, "0")}.xlsx`);
      // A county's own workbook: its enterprises are its county's (a province has 200 counties; the city's 19 recur),
      // and no other file's (serials of their own, else a recurring county's files would list the same codes).
      const region = BUILTIN_PROFILE.regions[i % BUILTIN_PROFILE.regions.length];
      await writeSyntheticXlsx(path, { records: recordsPerFile, seed: 1000 + i, region, firstSerial: i * SERIALS_PER_FILE });
      paths.push(path);
    }
    log("merge: reading the files alone…");
    const read = await child<MergeRun>("merge-read", { files: paths });
    log("merge: reading and checking the files alone…");
    const readCheck = await child<MergeRun>("merge-read-check", { files: paths });
    log("merge: gx-ledger merge…");
    const merge = await child<MergeRun>("merge", { files: paths, out: join(dir, "merged.xlsx") });
    return {
      files,
      recordsPerFile,
      threads: Math.min(POOL_SIZE, files),
      readSeconds: read.seconds,
      mergeSeconds: merge.seconds,
      ratioToReadAlone: round(merge.seconds / read.seconds, 2),
      readCheckSeconds: readCheck.seconds,
      readCheckToReadAlone: round(readCheck.seconds / read.seconds, 2),
      ratioToReadCheck: round(merge.seconds / readCheck.seconds, 2),
      addedSeconds: round(merge.seconds - read.seconds),
      readCpuSeconds: read.cpuSeconds,
      mergeCpuSeconds: merge.cpuSeconds,
      addedCpuSeconds: round(merge.cpuSeconds - read.cpuSeconds),
      cpuRatioToReadAlone: round(merge.cpuSeconds / read.cpuSeconds, 2),
      readPeakRssMB: read.peakRssMB,
      peakRssMB: merge.peakRssMB,
      records: merge.records,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

if (require.main === module) {
  const arg = (flag: string, fallback: number) => {
    const i = process.argv.indexOf(flag);
    return i < 0 ? fallback : Number(process.argv[i + 1]);
  };
  measureMerge(arg("--files", 50), arg("--records", 2000), (l) => process.stderr.write(`bench: ${l}\n`)).then(
    (f) => {
      process.stdout.write(JSON.stringify(f, null, 2) + "\n");
      const budgets = judgeMerge(f);
      for (const x of budgets) process.stderr.write(`bench: ${x.what}: ${x.value} (${x.limit}) ${x.pass ? "PASS" : "FAIL"}\n`);
      if (!budgets.every((x) => x.pass)) process.exitCode = 1;
    },
    (e: unknown) => {
      process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
      process.exitCode = 1;
    },
  );
}
