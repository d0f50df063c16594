/**
 * The history measure (HISTORY.md "Cost"): comparing a workbook of N records with an earlier one of N records
 * costs at most half of checking it. Both are measured in this one process, interleaved, on the synthetic
 * workbook; the previous workbook is the same one read as 1-(m−1)月 with its cumulative figures at (m−1)/m of
 * now, as steady months leave them, so that every record is matched and compared (the most matching work) and
 * the findings are the synthetic workbook's planted ones rather than one per record.
 */

import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { isRefusal, withHistory } from "../../src/core/check/history";
import { syntheticWorkbook } from "../synthetic/workbook";
import { BENCH_TODAY } from "./engine";
import { median, round, timed, type Timed } from "./timing";

export interface HistoryFigures {
  records: number;
  /** Median of the runs: the current workbook's check. */
  checkSeconds: number;
  /** Median of the runs: matching and comparing, with the findings finished again. */
  seconds: number;
  ratioToCheck: number;
  findings: number;
  runs: number;
}

export function measureHistory(records: number, runs: number): HistoryFigures {
  const wb = syntheticWorkbook({ records });
  const period = checkWorkbook(wb, { today: BENCH_TODAY }).period;
  const p = Math.max(1, period - 1);
  const previous = checkWorkbook(wb, { today: BENCH_TODAY, period: p });
  for (const sheet of previous.sheets) {
    for (const rec of sheet.records) {
      for (const key of ["revenue", "ytdInvestment"]) {
        const v = rec.values[key];
        if (typeof v === "number") rec.values[key] = (v * p) / Math.max(2, period);
      }
    }
  }
  const checks: Timed[] = [];
  const compares: Timed[] = [];
  let findings = 0;
  for (let i = 0; i < runs; i++) {
    let current: CheckResult | undefined;
    checks.push(timed(() => (current = checkWorkbook(wb, { today: BENCH_TODAY, period: Math.max(2, period) }))));
    if (!current) throw new Error("no check result");
    const now = current;
    compares.push(
      timed(() => {
        const out = withHistory(now, previous);
        if (isRefusal(out)) throw new Error("history refused");
      }),
    );
    findings = now.findings.filter((f) => f.rule.startsWith("history.")).length;
  }
  const check = median(checks.map((r) => r.seconds));
  const compare = median(compares.map((r) => r.seconds));
  return {
    records: previous.sheets.reduce((n, s) => n + s.records.length, 0),
    checkSeconds: round(check),
    seconds: round(compare),
    ratioToCheck: round(compare / check, 2),
    findings,
    runs,
  };
}
