/** The budgets of issue 7, judged on the figures, and the table that shows each measure with its budget. */

import type { BundleFigures } from "./bundle";
import type { EngineFigures, PeerFigures } from "./engine";
import type { FunctionFigures } from "./functions";
import type { Machine } from "./machine";
import type { HistoryFigures } from "./history";
import type { MergeFigures } from "./merge";
import type { OfficeFigures } from "./office";

export interface CliFigures {
  rows: number;
  fileMB: number;
  /** Medians over the runs (each a cold child process). */
  readSeconds: number;
  checkSeconds: number;
  reportSeconds: number;
  totalSeconds: number;
  /** The largest of the runs. */
  peakRssMB: number;
  /** Median over the runs of total ÷ reading (the run's first phase, with nothing else done yet). */
  ratioToReadAlone: number;
  /** The same ratio in CPU seconds (steadier when others share the machine). */
  cpuRatioToReadAlone: number;
  /** The whole `gx-ledger check`-like process, start-up included (median). */
  commandSeconds: number;
  runs: number;
}

/** `gx-ledger report` of the CLI measure's file, against the check of that file (issue 14). */
export interface ReportFigures {
  /** Median over the runs: read, check, build the tabs, write the copy. */
  seconds: number;
  /** The largest of the runs. */
  peakRssMB: number;
  /** report.seconds ÷ the check's total (cli.totalSeconds). */
  secondsToCheck: number;
  /** report.peakRssMB ÷ the check's peak (cli.peakRssMB). */
  peakToCheck: number;
  runs: number;
}

export interface BenchReport {
  tool: "gx-ledger bench";
  size: "quick" | "full" | "custom";
  records: number;
  machine: Machine;
  engine: EngineFigures;
  peer: PeerFigures;
  history: HistoryFigures;
  cli: CliFigures;
  merge: MergeFigures;
  report: ReportFigures;
  office: OfficeFigures;
  functions: FunctionFigures;
  bundle: BundleFigures;
  budgets: Budget[];
  pass: boolean;
}

export interface Budget {
  id: string;
  what: string;
  value: number | null;
  limit: string;
  pass: boolean;
  note?: string;
}

const LIMITS = {
  engineToBare: 3,
  cliToRead: 1.3,
  cliPeakMB: 1024,
  mergeToRead: 1.3,
  /** HISTORY.md "Cost": comparing N records with N costs at most half of checking them. */
  historyToCheck: 0.5,
  mergePeakMB: 1024,
  reportPeakToCheck: 1.5,
  reportSecondsToCheck: 2,
  payloadBytes: 5 * 1024 * 1024,
  /** Rows per extra sync below which syncs follow rows rather than blocks of thousands of rows. */
  rowsPerSync: 1000,
  yoyMs: 50,
  initialKB: 600,
};

const b = (id: string, what: string, value: number | null, limit: string, pass: boolean, note?: string): Budget =>
  note === undefined ? { id, what, value, limit, pass } : { id, what, value, limit, pass, note };

/** The merge's budgets alone (also for the merge measured by hand, scripts/bench/merge.ts). */
export function judgeMerge(m: MergeFigures): Budget[] {
  return [
    b("merge.ratioToReadAlone", "merge ÷ reading the files alone", m.ratioToReadAlone, `≤ ${LIMITS.mergeToRead}×`, m.ratioToReadAlone <= LIMITS.mergeToRead),
    b("merge.peakRssMB", "merge peak memory (MB)", m.peakRssMB, `≤ ${LIMITS.mergePeakMB}`, m.peakRssMB <= LIMITS.mergePeakMB),
  ];
}

export function judge(r: Omit<BenchReport, "budgets" | "pass">): Budget[] {
  return [
    b("engine.ratioToBarePass", "engine ÷ bare pass", r.engine.ratioToBarePass, `≤ ${LIMITS.engineToBare}×`, r.engine.ratioToBarePass <= LIMITS.engineToBare),
    b("history.ratioToCheck", "history comparison ÷ the check", r.history.ratioToCheck, `≤ ${LIMITS.historyToCheck}×`, r.history.ratioToCheck <= LIMITS.historyToCheck),
    b("cli.ratioToReadAlone", "CLI check ÷ reading the file alone", r.cli.ratioToReadAlone, `≤ ${LIMITS.cliToRead}×`, r.cli.ratioToReadAlone <= LIMITS.cliToRead),
    b("cli.peakRssMB", "CLI check peak memory (MB)", r.cli.peakRssMB, `≤ ${LIMITS.cliPeakMB}`, r.cli.peakRssMB <= LIMITS.cliPeakMB),
    ...judgeMerge(r.merge),
    b(
      "report.peakToCheck",
      "report peak memory ÷ the check's",
      r.report.peakToCheck,
      `≤ ${LIMITS.reportPeakToCheck}×`,
      r.report.peakToCheck <= LIMITS.reportPeakToCheck,
    ),
    b(
      "report.secondsToCheck",
      "report time ÷ the check's",
      r.report.secondsToCheck,
      `≤ ${LIMITS.reportSecondsToCheck}×`,
      r.report.secondsToCheck <= LIMITS.reportSecondsToCheck,
    ),
    b("office.maxPayloadBytes", "Office largest request or response (bytes)", r.office.maxPayloadBytes, "≤ 5 MB", r.office.maxPayloadBytes <= LIMITS.payloadBytes),
    b(
      "office.rowsPerExtraSync",
      "Office read: rows per extra sync (syncs follow row blocks)",
      r.office.rowsPerExtraSync,
      `≥ ${LIMITS.rowsPerSync}`,
      r.office.rowsPerExtraSync >= LIMITS.rowsPerSync,
    ),
    b(
      "office.reportSyncsPerTab",
      "Office report syncs per tab, at both sizes",
      r.office.reportSyncsPerTab,
      `= ${r.office.smallReportSyncsPerTab}`,
      r.office.reportSyncsPerTab === r.office.smallReportSyncsPerTab,
    ),
    b("functions.yoy100kMs", "GX.YOY over 100,000 rows (ms)", r.functions.yoy100kMs, `≤ ${LIMITS.yoyMs}`, r.functions.yoy100kMs <= LIMITS.yoyMs),
    b(
      "bundle.initialGzipKB",
      "initial task pane scripts (KB gzip)",
      r.bundle.initialGzipKB,
      `≤ ${LIMITS.initialKB}`,
      r.bundle.initialGzipKB !== null && r.bundle.initialGzipKB <= LIMITS.initialKB,
      r.bundle.error,
    ),
  ];
}

const n = (x: number, digits = 0) => x.toLocaleString("en-US", { minimumFractionDigits: digits, maximumFractionDigits: digits });
const s = (x: number) => `${n(x, 3)} s`;

/** The human table: every measure, and for those with a budget the budget and PASS / FAIL. */
export function renderTable(r: BenchReport): string {
  const budget = new Map(r.budgets.map((x) => [x.id, x]));
  const rows: [string, string, string, string][] = [];
  const line = (measure: string, value: string, id?: string) => {
    const x = id === undefined ? undefined : budget.get(id);
    rows.push([measure, value, x ? x.limit : "", x ? (x.pass ? "PASS" : "FAIL") : ""]);
  };
  const { engine, peer, history, cli, report, merge, office, functions, bundle } = r;
  line(`engine: checkWorkbook, median of ${engine.runs}`, `${s(engine.seconds)} (${n(engine.rowsPerSecond)} rows/s; CPU ${s(engine.cpuSeconds)})`);
  line("engine: first run (JIT cold)", s(engine.coldSeconds));
  line(`engine: bare pass, ${n(engine.cells)} cells`, `${s(engine.barePassSeconds)} (CPU ${s(engine.barePassCpuSeconds)})`);
  line("engine ÷ bare pass", `${engine.ratioToBarePass}×`, "engine.ratioToBarePass");
  line("engine: peak memory", `${n(engine.peakRssMB)} MB`);
  line(`peer: ${peer.tool}`, `${s(peer.seconds)} (${n(peer.errors)} errors)`);
  line("engine ÷ peer", `${peer.engineToPeer}×`);
  line(`history: ${n(history.records)} records against ${n(history.records)}; check / compare`, `${s(history.checkSeconds)} / ${s(history.seconds)}`);
  line("history.seconds ÷ check", `${history.ratioToCheck}×`, "history.ratioToCheck");
  line(`cli: file of ${n(cli.rows)} records`, `${cli.fileMB} MB`);
  line(`cli: read (alone) / check / report, median of ${cli.runs}`, `${n(cli.readSeconds, 3)} / ${n(cli.checkSeconds, 3)} / ${n(cli.reportSeconds, 3)} s`);
  line("cli: total", s(cli.totalSeconds));
  line("cli: whole process (node and tsx start-up too)", s(cli.commandSeconds));
  line("cli: total ÷ reading alone", `${cli.ratioToReadAlone}× (CPU ${cli.cpuRatioToReadAlone}×)`, "cli.ratioToReadAlone");
  line("cli: peak memory", `${n(cli.peakRssMB)} MB`, "cli.peakRssMB");
  line(`merge: ${merge.files} files × ${n(merge.recordsPerFile)} records`, `${n(merge.records)} records written`);
  line(`merge: read alone (${merge.threads} threads) / merge`, `${n(merge.readSeconds, 3)} / ${n(merge.mergeSeconds, 3)} s`);
  line("merge ÷ reading alone", `${merge.ratioToReadAlone}×`, "merge.ratioToReadAlone");
  line("merge: read and check alone (the floor MERGE.md's check sets)", `${n(merge.readCheckSeconds, 3)} s, ${merge.readCheckToReadAlone}× reading alone`);
  line("merge ÷ reading and checking alone (the roll-up's own cost)", `${merge.ratioToReadCheck}×`);
  line("merge ÷ reading alone, CPU time (all threads)", `${merge.cpuRatioToReadAlone}×`);
  line("merge: peak memory (reading alone)", `${n(merge.peakRssMB)} MB (${n(merge.readPeakRssMB)} MB)`, "merge.peakRssMB");
  line(`report: read, check, tabs and copy, median of ${report.runs}`, s(report.seconds));
  line("report: peak memory", `${n(report.peakRssMB)} MB`);
  line("report ÷ check: time", `${report.secondsToCheck}×`, "report.secondsToCheck");
  line("report ÷ check: peak memory", `${report.peakToCheck}×`, "report.peakToCheck");
  line(`office: read syncs, ${n(office.rows)} / ${n(office.smallRows)} rows`, `${office.syncs} / ${office.smallSyncs}`);
  line("office: rows per extra sync", n(office.rowsPerExtraSync), "office.rowsPerExtraSync");
  line("office: largest payload", `${n(office.maxPayloadBytes / 1024 / 1024, 2)} MB`, "office.maxPayloadBytes");
  line("office: report syncs per tab (two sizes)", `${office.reportSyncsPerTab} / ${office.smallReportSyncsPerTab}`, "office.reportSyncsPerTab");
  line(`functions: GX.YOY × ${n(functions.rows)}`, `${functions.yoy100kMs} ms`, "functions.yoy100kMs");
  line(`functions: GX.USCC × ${n(functions.rows)}`, `${functions.uscc100kMs} ms`);
  line("bundle: initial task pane scripts", bundle.initialGzipKB === null ? "not built" : `${bundle.initialGzipKB} KB gzip`, "bundle.initialGzipKB");
  line("bundle: functions.js", bundle.functionsGzipKB === null ? "not built" : `${bundle.functionsGzipKB} KB gzip`);

  const header: [string, string, string, string] = ["measure", "value", "budget", "result"];
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => row[i].length)));
  const fmt = (row: readonly string[]) => row.map((c, i) => c.padEnd(widths[i])).join("  ").trimEnd();
  const m = r.machine;
  const failed = r.budgets.filter((x) => !x.pass);
  return [
    `GX Ledger bench: ${n(r.records)} records (${r.size}) on ${m.nproc} × ${m.cpu}, ${m.memoryGB} GB, Node ${m.node}, load ${m.loadStart}→${m.loadEnd ?? "?"}`,
    "",
    fmt(header),
    fmt(widths.map((w) => "-".repeat(w))),
    ...rows.map(fmt),
    "",
    ...failed.filter((x) => x.note).map((x) => `${x.what}: ${x.note}`),
    `${r.budgets.length} budgets: ${r.budgets.length - failed.length} PASS, ${failed.length} FAIL`,
  ].join("\n");
}
