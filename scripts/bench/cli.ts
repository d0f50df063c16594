/**
 * The CLI measure. Each run is a child process of its own, cold as a user's `gx-ledger check` is, so that its
 * peak memory is its own: "read" runs only read the file; "check" runs do what `gx-ledger check FILE` does
 * (src/cli/check.ts, commands.ts): read, check, then build the printed report (the JSON model and the text table).
 */

import { version } from "../../package.json";
import { jsonReport } from "../../src/cli/report";
import { textReport } from "../../src/cli/text";
import { checkWorkbook } from "../../src/core/rules/engine";
import { readXlsxFile } from "../../src/ports/file/node";
import { BENCH_TODAY } from "./engine";
import { cpuSeconds, peakRssMB, round } from "./timing";

export type CliMode = "read" | "check";

export interface CliRun {
  /** Sheet rows read ("read"), records checked ("check"). */
  rows: number;
  readSeconds: number;
  checkSeconds: number;
  reportSeconds: number;
  totalSeconds: number;
  /** CPU seconds of the whole run, every thread. */
  readCpuSeconds: number;
  checkCpuSeconds: number;
  peakRssMB: number;
}

export async function cliRun(file: string, mode: CliMode): Promise<CliRun> {
  const c0 = cpuSeconds();
  const t0 = performance.now();
  const wb = await readXlsxFile(file);
  const t1 = performance.now();
  const c1 = cpuSeconds();
  const readSeconds = round((t1 - t0) / 1000);
  if (mode === "read") {
    const rows = wb.sheets.reduce((n, s) => n + s.rows.length, 0);
    return { rows, readSeconds, checkSeconds: 0, reportSeconds: 0, totalSeconds: readSeconds, readCpuSeconds: round(c1 - c0), checkCpuSeconds: 0, peakRssMB: Math.round(peakRssMB()) };
  }
  const result = checkWorkbook(wb, { today: BENCH_TODAY });
  const t2 = performance.now();
  const c2 = cpuSeconds();
  textReport(jsonReport(version, [{ file, result }], "zh-CN").files, "zh-CN", false);
  const t3 = performance.now();
  return {
    rows: result.sheets.reduce((n, s) => n + s.records.length, 0),
    readSeconds,
    checkSeconds: round((t2 - t1) / 1000),
    reportSeconds: round((t3 - t2) / 1000),
    totalSeconds: round((t3 - t0) / 1000),
    readCpuSeconds: round(c1 - c0),
    checkCpuSeconds: round(c2 - c1),
    peakRssMB: Math.round(peakRssMB()),
  };
}
