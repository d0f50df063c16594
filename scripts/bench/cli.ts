/**
 * The CLI measure. Each run is a child process of its own, cold as a user's `gx-ledger check` is, so that its
 * peak memory is its own. A run does what `gx-ledger check FILE` does (src/cli/check.ts, commands.ts) and times
 * each phase: reading the file (alone: nothing else has run yet), checking it, building the printed report (the
 * JSON model and the text table).
 */

import { version } from "../../package.json";
import { jsonReport } from "../../src/cli/report";
import { textReport } from "../../src/cli/text";
import { checkWorkbook } from "../../src/core/check";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { BENCH_TODAY } from "./engine";
import { cpuSeconds, peakRssMB, round } from "./timing";

export interface CliRun {
  /** Records checked. */
  rows: number;
  readSeconds: number;
  checkSeconds: number;
  reportSeconds: number;
  totalSeconds: number;
  /** CPU seconds of the phases, every thread. */
  readCpuSeconds: number;
  checkCpuSeconds: number;
  /** From the process's start (node, tsx, loading the modules) to the end: the command as a user waits for it. */
  commandSeconds: number;
  peakRssMB: number;
}

export async function cliRun(file: string): Promise<CliRun> {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const wb = await readXlsxFile(file);
  const t1 = performance.now();
  const c1 = cpuSeconds();
  const result = checkWorkbook(wb, { today: BENCH_TODAY });
  const t2 = performance.now();
  const c2 = cpuSeconds();
  textReport(jsonReport(version, [{ file, result }], "zh-CN").files, "zh-CN", false);
  const t3 = performance.now();
  return {
    rows: result.sheets.reduce((n, s) => n + s.records.length, 0),
    readSeconds: round((t1 - t0) / 1000),
    checkSeconds: round((t2 - t1) / 1000),
    reportSeconds: round((t3 - t2) / 1000),
    totalSeconds: round((t3 - t0) / 1000),
    readCpuSeconds: round(c1 - c0),
    checkCpuSeconds: round(c2 - c1),
    // performance.now() counts from the process's start.
    commandSeconds: round(t3 / 1000),
    peakRssMB: Math.round(peakRssMB()),
  };
}
