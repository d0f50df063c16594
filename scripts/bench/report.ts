/**
 * The report measure: what `gx-ledger report FILE --out COPY` does (src/cli/commands.ts, report-file.ts), cold in
 * a child process of its own so that its peak memory is its own: read, check, build the seven tabs and write
 * the copy. Its figures are set against the check's own (the CLI measure) in one bench run.
 */

import { mkdtempSync, rmSync } from "fs";
import { tmpdir } from "os";
import { join } from "path";
import { saveReport } from "../../src/cli/report-file";
import { REPORT_TABS } from "../../src/core/reports";
import { checkWorkbook } from "../../src/core/check";
import { readXlsxFile } from "../../src/ports/file/node/index";
import { BENCH_TODAY } from "./engine";
import { peakRssMB, round } from "./timing";

export interface ReportRun {
  /** Read and check, as the CLI measure does them. */
  checkSeconds: number;
  /** Building the tabs and writing the copy. */
  writeSeconds: number;
  /** The whole report: read, check, tabs, copy. */
  seconds: number;
  peakRssMB: number;
}

export async function reportRun(file: string): Promise<ReportRun> {
  const dir = mkdtempSync(join(tmpdir(), "gx-bench-report-"));
  try {
    const t0 = performance.now();
    const result = checkWorkbook(await readXlsxFile(file), { today: BENCH_TODAY });
    const t1 = performance.now();
    const out = join(dir, "report.xlsx");
    await saveReport({ input: file, inputShown: file, out, outShown: out, force: false }, result, { tabs: REPORT_TABS, lang: "zh-CN", now: BENCH_TODAY });
    const t2 = performance.now();
    return {
      checkSeconds: round((t1 - t0) / 1000),
      writeSeconds: round((t2 - t1) / 1000),
      seconds: round((t2 - t0) / 1000),
      peakRssMB: Math.round(peakRssMB()),
    };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
