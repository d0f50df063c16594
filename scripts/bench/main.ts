/**
 * `npm run bench`: measured speed and memory of every face of GX Ledger, each against its budget (issue 7).
 *
 *   npm run bench                 100,000 records; prints the table; exit status 1 when a budget fails
 *   npm run bench -- --quick      20,000 records (within a minute on 2 cores)
 *   npm run -s bench -- --json    one JSON object on stdout (-s keeps npm's banner out of it)
 *   --rows N                      another size (the shape test uses a tiny one); --runs N timed runs per measure;
 *   --no-build                    never build dist/ (the bundle budget then fails when dist/ is missing)
 *
 * Each measure runs in a child process of its own, one after the other, so that peak memory is the measure's
 * own and the measures do not compete for the two cores. Progress goes to stderr.
 */

import { spawn } from "child_process";
import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeSyntheticXlsx } from "../synthetic/workbook";
import { judge, renderTable, type BenchReport, type CliFigures } from "./budgets";
import { measureBundle } from "./bundle";
import type { CliMode, CliRun } from "./cli";
import type { EngineFigures, PeerFigures } from "./engine";
import type { FunctionFigures } from "./functions";
import { loadNow, machine } from "./machine";
import type { OfficeFigures } from "./office";
import { median, round } from "./timing";

const ROOT = join(__dirname, "..", "..");
const CHILD = join(__dirname, "child.ts");

interface Options {
  records: number;
  size: BenchReport["size"];
  json: boolean;
  engineRuns: number;
  cliRuns: number;
  build: boolean;
}

const USAGE = "usage: npm run bench -- [--quick] [--json] [--rows N] [--runs N] [--no-build]";

function options(argv: readonly string[]): Options {
  const quick = argv.includes("--quick");
  const value = (flag: string): number | undefined => {
    const i = argv.indexOf(flag);
    if (i < 0) return undefined;
    const v = Number(argv[i + 1]);
    if (!Number.isInteger(v) || v <= 0) throw new Error(`${flag} needs a positive whole number\n${USAGE}`);
    return v;
  };
  const known = new Set(["--quick", "--json", "--rows", "--runs", "--no-build"]);
  const unknown = argv.filter((a, i) => a.startsWith("-") && !known.has(a) && !["--rows", "--runs"].includes(argv[i - 1]));
  if (unknown.length > 0) throw new Error(`unknown option ${unknown.join(" ")}\n${USAGE}`);
  const rows = value("--rows");
  const runs = value("--runs");
  return {
    records: rows ?? (quick ? 20000 : 100000),
    size: rows !== undefined ? "custom" : quick ? "quick" : "full",
    json: argv.includes("--json"),
    engineRuns: runs ?? (quick ? 3 : 5),
    cliRuns: runs ?? (quick ? 2 : 3),
    build: !argv.includes("--no-build"),
  };
}

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

/** Runs one measure in a fresh node (with --expose-gc, so that timed runs start from a collected heap). */
function child<T>(task: string, args: object): Promise<T> {
  return new Promise((resolve, reject) => {
    const p = spawn(process.execPath, ["--expose-gc", "--import", "tsx", CHILD, task, JSON.stringify(args)], {
      cwd: ROOT,
      stdio: ["ignore", "pipe", "pipe"],
    });
    let out = "";
    let err = "";
    p.stdout.on("data", (d: Buffer) => (out += d.toString()));
    p.stderr.on("data", (d: Buffer) => (err += d.toString()));
    p.on("error", reject);
    p.on("close", (code) => {
      const last = out.trim().split("\n").pop() ?? "";
      if (code === 0 && last.startsWith("{")) resolve(JSON.parse(last) as T);
      else reject(new Error(`bench ${task} failed (exit ${code}): ${err.trim() || out.trim()}`));
    });
  });
}

async function measureCli(o: Options): Promise<CliFigures> {
  const dir = mkdtempSync(join(tmpdir(), "gx-bench-"));
  try {
    const file = join(dir, "synthetic.xlsx");
    log(`writing a ${o.records.toLocaleString("en-US")}-record workbook (ExcelJS streaming writer)…`);
    await writeSyntheticXlsx(file, { records: o.records });
    const reads: CliRun[] = [];
    const checks: CliRun[] = [];
    // Interleaved, so that a busy moment on a shared machine slows both kinds of run alike.
    for (let i = 0; i < o.cliRuns; i++) {
      log(`cli run ${i + 1} of ${o.cliRuns}: read alone, then check…`);
      reads.push(await child<CliRun>("cli", { file, mode: "read" satisfies CliMode }));
      checks.push(await child<CliRun>("cli", { file, mode: "check" satisfies CliMode }));
    }
    const readAlone = median(reads.map((r) => r.readSeconds));
    const total = median(checks.map((r) => r.totalSeconds));
    const readAloneCpu = median(reads.map((r) => r.readCpuSeconds));
    const totalCpu = median(checks.map((r) => r.readCpuSeconds + r.checkCpuSeconds));
    return {
      rows: checks[0].rows,
      fileMB: round(statSync(file).size / 1024 / 1024, 1),
      readSeconds: round(median(checks.map((r) => r.readSeconds))),
      checkSeconds: round(median(checks.map((r) => r.checkSeconds))),
      reportSeconds: round(median(checks.map((r) => r.reportSeconds))),
      totalSeconds: round(total),
      peakRssMB: Math.max(...checks.map((r) => r.peakRssMB)),
      readAloneSeconds: round(readAlone),
      ratioToReadAlone: round(total / readAlone, 2),
      cpuRatioToReadAlone: round(totalCpu / readAloneCpu, 2),
      runs: o.cliRuns,
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const o = options(process.argv.slice(2));
  const m = machine();
  log(`${o.records.toLocaleString("en-US")} records (${o.size}); engine…`);
  const { engine, peer } = await child<{ engine: EngineFigures; peer: PeerFigures }>("engine", { records: o.records, runs: o.engineRuns });
  const cli = await measureCli(o);
  log("office (simulated Excel host)…");
  const office = await child<OfficeFigures>("office", { records: o.records });
  log("functions…");
  const functions = await child<FunctionFigures>("functions", { runs: 9 });
  log("bundle…");
  const bundle = measureBundle(ROOT, o.build, log);
  m.loadEnd = loadNow();
  const figures = { tool: "gx-ledger bench" as const, size: o.size, records: o.records, machine: m, engine, peer, cli, office, functions, bundle };
  const budgets = judge(figures);
  const report: BenchReport = { ...figures, budgets, pass: budgets.every((b) => b.pass) };
  process.stdout.write(o.json ? JSON.stringify(report, null, 2) + "\n" : renderTable(report) + "\n");
  return report.pass ? 0 : 1;
}

main().then(
  (status) => {
    process.exitCode = status;
  },
  (e: unknown) => {
    process.stderr.write(`${e instanceof Error ? e.message : String(e)}\n`);
    process.exitCode = 2;
  },
);
