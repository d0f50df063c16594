/**
 * `npm run bench`: measured speed and memory of every face of GX Ledger, each against its budget (issue 7).
 *
 *   npm run bench                 100,000 records; prints the table; exit status 1 when a budget fails
 *   npm run bench -- --quick      20,000 records, fewer runs (within a minute on 2 cores); the CLI measure
 *                                 keeps its 100,000 records, the size its budget is stated for
 *   npm run -s bench -- --json    one JSON object on stdout (-s keeps npm's banner out of it)
 *   --rows N                      another size (the shape test uses a tiny one); --runs N timed runs per measure;
 *   --no-build                    never build dist/ (the bundle budget then fails when dist/ is missing)
 *
 * Each measure runs in a child process of its own, one after the other, so that peak memory is the measure's
 * own and the measures do not compete for the two cores. Progress goes to stderr.
 */

import { mkdtempSync, rmSync, statSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { writeSyntheticXlsx } from "../synthetic/workbook";
import { judge, renderTable, type BenchReport, type CliFigures } from "./budgets";
import { child } from "./child-process";
import { type ReportFigures } from "./budgets";
import { measureBundle } from "./bundle";
import type { CliRun } from "./cli";
import type { EngineFigures, PeerFigures } from "./engine";
import type { FunctionFigures } from "./functions";
import { loadNow, machine } from "./machine";
import type { HistoryFigures } from "./history";
import { measureMerge } from "./merge";
import type { OfficeFigures } from "./office";
import type { ReportRun } from "./report";
import { median, round } from "./timing";

const ROOT = join(__dirname, "..", "..");
/** The size the CLI budget is stated for. */
const CLI_RECORDS = 100000;
/** The size the merge budget is stated for (MERGE.md "Scale"). */
const MERGE_FILES = 50;
const MERGE_RECORDS = 2000;

interface Options {
  records: number;
  size: BenchReport["size"];
  json: boolean;
  engineRuns: number;
  cliRuns: number;
  reportRuns: number;
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
    engineRuns: runs ?? (quick ? 9 : 7),
    cliRuns: runs ?? (quick ? 2 : 5),
    reportRuns: runs ?? (quick ? 1 : 3),
    build: !argv.includes("--no-build"),
  };
}

const log = (line: string): void => {
  process.stderr.write(`bench: ${line}\n`);
};

/**
 * The CLI budget is stated for 100,000 rows, so the CLI measure checks a file of 100,000 records in --quick
 * too (--rows sets its size like the others'). Each run's ratio is its own total over its own reading phase: both
 * in one process, in the same few seconds of a shared machine.
 */
async function measureCli(o: Options): Promise<{ cli: CliFigures; report: ReportFigures }> {
  const records = o.size === "custom" ? o.records : CLI_RECORDS;
  const dir = mkdtempSync(join(tmpdir(), "gx-bench-"));
  try {
    const file = join(dir, "synthetic.xlsx");
    log(`writing a ${records.toLocaleString("en-US")}-record workbook (ExcelJS streaming writer)…`);
    await writeSyntheticXlsx(file, { records });
    const runs: CliRun[] = [];
    for (let i = 0; i < o.cliRuns; i++) {
      log(`cli run ${i + 1} of ${o.cliRuns}…`);
      runs.push(await child<CliRun>("cli", { file }));
    }
    const reports: ReportRun[] = [];
    for (let i = 0; i < o.reportRuns; i++) {
      log(`report run ${i + 1} of ${o.reportRuns}…`);
      reports.push(await child<ReportRun>("report", { file }));
    }
    const med = (f: (r: CliRun) => number) => median(runs.map(f));
    const cli: CliFigures = {
      rows: runs[0].rows,
      fileMB: round(statSync(file).size / 1024 / 1024, 1),
      readSeconds: round(med((r) => r.readSeconds)),
      checkSeconds: round(med((r) => r.checkSeconds)),
      reportSeconds: round(med((r) => r.reportSeconds)),
      totalSeconds: round(med((r) => r.totalSeconds)),
      peakRssMB: Math.max(...runs.map((r) => r.peakRssMB)),
      ratioToReadAlone: round(med((r) => r.totalSeconds / r.readSeconds), 2),
      cpuRatioToReadAlone: round(med((r) => (r.readCpuSeconds + r.checkCpuSeconds) / r.readCpuSeconds), 2),
      commandSeconds: round(med((r) => r.commandSeconds)),
      runs: o.cliRuns,
    };
    const seconds = round(median(reports.map((r) => r.seconds)));
    const peakRssMB = Math.max(...reports.map((r) => r.peakRssMB));
    const report: ReportFigures = {
      seconds,
      peakRssMB,
      secondsToCheck: round(seconds / cli.totalSeconds, 2),
      peakToCheck: round(peakRssMB / cli.peakRssMB, 2),
      runs: o.reportRuns,
    };
    return { cli, report };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

async function main(): Promise<number> {
  const o = options(process.argv.slice(2));
  const m = machine();
  log(`${o.records.toLocaleString("en-US")} records (${o.size}); engine…`);
  const { engine, peer } = await child<{ engine: EngineFigures; peer: PeerFigures }>("engine", { records: o.records, runs: o.engineRuns });
  log("history (100,000 records against 100,000 at full size)…");
  const history = await child<HistoryFigures>("history", { records: o.records, runs: Math.min(o.engineRuns, 5) });
  const { cli, report: reportFigures } = await measureCli(o);
  // The merge budget is stated for 50 files of 2,000 records; --rows makes it 4 files of that many.
  const merge = await measureMerge(o.size === "custom" ? 4 : MERGE_FILES, o.size === "custom" ? o.records : MERGE_RECORDS, log);
  log("office (simulated Excel host)…");
  const office = await child<OfficeFigures>("office", { records: o.records });
  log("functions…");
  const functions = await child<FunctionFigures>("functions", { runs: 9 });
  log("bundle…");
  const bundle = measureBundle(ROOT, o.build, log);
  m.loadEnd = loadNow();
  const figures = { tool: "gx-ledger bench" as const, size: o.size, records: o.records, machine: m, engine, peer, history, cli, report: reportFigures, merge, office, functions, bundle };
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
