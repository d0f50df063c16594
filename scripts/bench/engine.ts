/**
 * The engine measure (run in a child process of its own, so that its peak memory is its own): checkWorkbook
 * over an in-memory synthetic workbook, against the bare pass (the same cells through the reader's own cell
 * normalisation, no header search, no totals, no rules: the floor) and against the peer (ajv).
 */

import { kindSpec } from "../../src/core/ledgers";
import { cellReader, type CellReader, type Note } from "../../src/core/read/cells";
import type { CellValue, WorkbookData } from "../../src/core/read/types";
import { checkWorkbook, type CheckResult } from "../../src/core/check";
import { syntheticWorkbook } from "../synthetic/workbook";
import { peerInput, runPeer } from "./peer";
import { median, peakRssMB, round, timed, type Timed } from "./timing";

/** The calendar of the check, fixed so that runs agree (the workbook's targets sheet gives the period anyway). */
export const BENCH_TODAY = new Date(Date.UTC(2022, 10, 8));

export interface EngineFigures {
  rows: number;
  cells: number;
  /** Median of the warm runs, wall-clock. */
  seconds: number;
  cpuSeconds: number;
  rowsPerSecond: number;
  barePassSeconds: number;
  barePassCpuSeconds: number;
  ratioToBarePass: number;
  peakRssMB: number;
  /** The first run, JIT cold, as a one-off check (the CLI) meets it. */
  coldSeconds: number;
  findings: number;
  runs: number;
}

export interface PeerFigures {
  tool: string;
  rows: number;
  seconds: number;
  compileSeconds: number;
  errors: number;
  /** Engine seconds ÷ peer seconds. */
  engineToPeer: number;
}

interface BareSheet {
  rows: readonly (CellValue[] | undefined)[];
  recordRows: number[];
  columns: { index: number; make: () => CellReader }[];
}

function barePlan(wb: WorkbookData, result: CheckResult): BareSheet[] {
  return result.sheets.map((s) => {
    const spec = kindSpec(s.kind);
    return {
      rows: wb.sheets.find((x) => x.name === s.sheet)?.rows ?? [],
      recordRows: s.records.map((r) => r.row),
      columns: s.columns.map((b) => {
        const column = spec.columns.find((c) => c.key === b.key);
        if (!column) throw new Error(`no column ${b.key} in ${s.kind}`);
        return { index: b.col - 1, make: () => cellReader({ column, factor: b.factor, percent: b.percent, profile: result.profile }) };
      }),
    };
  });
}

/** Every record cell once through its column's reader, the readers made as the engine makes them; returns the cells read. */
function barePass(plan: readonly BareSheet[]): number {
  const notes: Note[] = [];
  let cells = 0;
  for (const s of plan) {
    const readers = s.columns.map((c) => ({ index: c.index, reader: c.make() }));
    for (const r of s.recordRows) {
      const row = s.rows[r - 1];
      if (!row) continue;
      for (const c of readers) {
        c.reader.read(row[c.index], notes);
        cells++;
      }
    }
  }
  return cells;
}

function medians(runs: readonly Timed[]): Timed {
  return { seconds: median(runs.map((r) => r.seconds)), cpuSeconds: median(runs.map((r) => r.cpuSeconds)) };
}

export function measureEngine(records: number, runs: number): { engine: EngineFigures; peer: PeerFigures } {
  const wb = syntheticWorkbook({ records });
  const check = () => checkWorkbook(wb, { today: BENCH_TODAY });
  let result: CheckResult | undefined;
  const cold = timed(() => {
    result = check();
  });
  if (!result) throw new Error("no check result");
  const plan = barePlan(wb, result);
  let cells = barePass(plan);
  const engineRuns: Timed[] = [];
  const bareRuns: Timed[] = [];
  // Interleaved, so that a busy moment on a shared machine slows both alike. No forced collection between runs:
  // after one, V8 shrinks the young generation and the next run pays for many more scavenges than a real one.
  for (let i = 0; i < runs; i++) {
    bareRuns.push(timed(() => (cells = barePass(plan))));
    engineRuns.push(timed(check));
  }
  const engine = medians(engineRuns);
  const bare = medians(bareRuns);
  const rows = result.sheets.reduce((n, s) => n + s.records.length, 0);

  const input = peerInput(wb, result);
  let errors = runPeer(input);
  const peerRuns: Timed[] = [];
  for (let i = 0; i < runs; i++) peerRuns.push(timed(() => (errors = runPeer(input))));
  const peer = medians(peerRuns);

  return {
    engine: {
      rows,
      cells,
      seconds: round(engine.seconds),
      cpuSeconds: round(engine.cpuSeconds),
      rowsPerSecond: Math.round(rows / engine.seconds),
      barePassSeconds: round(bare.seconds),
      barePassCpuSeconds: round(bare.cpuSeconds),
      ratioToBarePass: round(engine.seconds / bare.seconds, 2),
      peakRssMB: Math.round(peakRssMB()),
      coldSeconds: round(cold.seconds),
      findings: result.findings.length,
      runs,
    },
    peer: {
      tool: "ajv (JSON Schema, allErrors)",
      rows,
      seconds: round(peer.seconds, 4),
      compileSeconds: round(input.compileSeconds),
      errors,
      engineToPeer: round(engine.seconds / peer.seconds, 1),
    },
  };
}
