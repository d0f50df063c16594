/**
 * Reading the open workbook into the core's matrices, under Office's limits. One sync lists the sheets; one
 * gets each sheet's used range and merged areas (and `_gx`, so that the add-in's report tabs are skipped); then
 * the values come in row blocks sized by block-plan.ts, several small blocks to a sync while they fit the
 * budget. Syncs grow with the bytes read, never with the rows: no sync runs inside a loop over rows.
 * A date is a number to `values`: number formats come with each block, for the columns that hold numbers (all
 * of them in a sheet's first block), and the few numbers outside those columns are looked at in the next sync.
 */

import {
  type CellValue,
  EXPLANATIONS_SHEET,
  jsonBytes,
  type Merge,
  SETTINGS_SHEET,
  type SheetData,
  type WorkbookData,
} from "../../core";
import type { PortProgress, PortReadOptions } from "../port";
import { parseAreasAddress } from "../office-areas";
import { blockRows, guessRowBytes, measuredRowBytes, READ_BUDGET, type ReadBudget } from "./block-plan";
import { convertBlock, formatReader, type FormatAt } from "../office-cell-values";
import { CELL_BYTES, planSpans, spanBytes, type Span } from "./checks";
import { queueSettingsFind, type ExcelSettings } from "./settings";

export interface ExcelReadOptions extends PortReadOptions {
  /** Tests lower it to see blocks without building 5 MB sheets. */
  budget?: ReadBudget;
}

const STATES = { Visible: "visible", Hidden: "hidden", VeryHidden: "veryHidden" } as const;
/** Rows per merged-areas read when a whole sheet has more merged areas than Office lists at once. */
const MERGE_CHUNK_ROWS = 4096;
const MERGE_CHUNK_MIN = 16;

interface Job {
  index: number;
  name: string;
  /** The used range, 0-based as Office gives it. */
  top: number;
  left: number;
  rows: number;
  cols: number;
  /** Rows of the used range read so far. */
  done: number;
  rowBytes: number;
  /**
   * Per column of the used range: whether its number formats are read with its values, as it held numbers (a
   * date is a number in a date format). Null before the first block, which reads the formats of every column.
   */
  numeric: boolean[] | null;
  data: SheetData;
}

interface Block {
  job: Job;
  start: number;
  count: number;
  range: Excel.Range;
  /** The block's columns whose number formats are read with it (0-based runs), and the ranges that read them. */
  formats: { from: number; width: number; range: Excel.Range }[];
}

/** Cells of a sheet to look at again (checks.ts). */
interface Pending extends Span {
  job: Job;
}

interface Check extends Pending {
  range: Excel.Range;
}

function abortError(): Error {
  return new DOMException("The read was cancelled.", "AbortError");
}

function officeCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null ? (e as { code?: string }).code : undefined;
}

/** Which sheets to read: all, or the asked ones and the add-in's own; never the add-in's report tabs. */
function chosen(names: string[], asked: string[] | undefined, reports: readonly string[], settings: string | null): Set<string> {
  const key = (s: string) => s.toLowerCase();
  const skip = new Set(reports.map(key));
  const want = asked && new Set([...asked, ...(settings === null ? [] : [settings]), EXPLANATIONS_SHEET].map(key));
  return new Set(names.filter((n) => !skip.has(key(n)) && (!want || want.has(key(n)))));
}

export async function readWorkbookExcel(context: Excel.RequestContext, opts: ExcelReadOptions = {}): Promise<WorkbookData> {
  const budget = opts.budget ?? READ_BUDGET;
  const check = () => {
    if (opts.signal?.aborted) throw abortError();
  };
  check();
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/visibility");
  context.workbook.load("name");
  await context.sync();
  const listed = sheets.items.map((s) => ({ name: s.name, state: STATES[s.visibility as keyof typeof STATES] ?? "visible" }));
  const { layouts, gx, settingsName, mergesFailed } = await readLayout(context, listed);
  check();

  const reports = gx.unreadable ? [] : (gx.settings.reports ?? []);
  const names = chosen(
    listed.map((s) => s.name),
    opts.sheets,
    reports,
    settingsName,
  );
  const order = listed.filter((s) => names.has(s.name));
  const progress = (job: { index: number; name: string }, rowsDone: number, rowsTotal: number) =>
    opts.onProgress?.({ sheet: job.name, sheetIndex: job.index, sheetCount: order.length, rowsDone, rowsTotal } satisfies PortProgress);

  const layout = new Map(layouts.map((l) => [l.name, l]));
  const jobs: Job[] = [];
  const out: SheetData[] = [];
  for (const [index, s] of order.entries()) {
    const l = layout.get(s.name);
    if (s.name === settingsName) {
      out.push({ ...gx.sheet, merges: l?.merges ?? [], state: s.state });
      progress({ index, name: s.name }, gx.sheet.rows.length, gx.sheet.rows.length);
      continue;
    }
    const data: SheetData = { name: s.name, rows: [], merges: l?.merges ?? [], state: s.state };
    out.push(data);
    if (!l?.used) {
      progress({ index, name: s.name }, 0, 0);
      continue;
    }
    const { top, left, rows, cols } = l.used;
    data.rows = Array.from({ length: top + rows }, () => undefined);
    jobs.push({ index, name: s.name, top, left, rows, cols, done: 0, rowBytes: guessRowBytes(cols), numeric: null, data });
  }
  if (mergesFailed) await readMergesInChunks(context, jobs);
  await readBlocks(context, jobs, budget, check, (job) => progress(job, job.done, job.rows));
  return { name: context.workbook.name, sheets: out };
}

interface Layout {
  name: string;
  used: { top: number; left: number; rows: number; cols: number } | null;
  merges: Merge[];
}

/**
 * One sync: every sheet's used range (values only) and merged areas, and `_gx`. Office fails to list more than
 * 512 merged areas in a range: then the sync is made again without them, and they are read in row chunks.
 */
async function readLayout(
  context: Excel.RequestContext,
  listed: { name: string; state?: SheetData["state"] }[],
): Promise<{ layouts: Layout[]; gx: ExcelSettings; settingsName: string | null; mergesFailed: boolean }> {
  const queue = (withMerges: boolean) => {
    const parse = queueSettingsFind(context, listed);
    const items = listed.map((s) => {
      const ws = context.workbook.worksheets.getItem(s.name);
      const used = ws.getUsedRangeOrNullObject(true).load("rowIndex, columnIndex, rowCount, columnCount");
      const merged = withMerges ? ws.getRange().getMergedAreasOrNullObject().load("address") : null;
      return { name: s.name, used, merged };
    });
    return { parse, items };
  };
  let mergesFailed = false;
  let q = queue(true);
  try {
    await context.sync();
  } catch (e) {
    if (officeCode(e) === undefined) throw e;
    mergesFailed = true;
    q = queue(false);
    await context.sync();
  }
  const layouts: Layout[] = q.items.map(({ name, used, merged }) => ({
    name,
    used: used.isNullObject ? null : { top: used.rowIndex, left: used.columnIndex, rows: used.rowCount, cols: used.columnCount },
    merges: merged && !merged.isNullObject ? parseAreasAddress(merged.address) : [],
  }));
  const { place, found } = q.parse();
  const gx = found ?? { settings: {}, findings: [], unreadable: false, sheet: { name: SETTINGS_SHEET, rows: [], merges: [] } };
  return { layouts, gx, settingsName: place.name, mergesFailed };
}

/**
 * Merged areas in row chunks of every sheet, one sync for all; chunks halve while Office still refuses. Refused
 * even in chunks of a few rows, the host lacks the API (ExcelApi 1.13): the sheets are read without merges then,
 * as a check without them is better than none (they only help to read two-row headers).
 */
async function readMergesInChunks(context: Excel.RequestContext, jobs: Job[]): Promise<void> {
  for (let size = MERGE_CHUNK_ROWS; size >= MERGE_CHUNK_MIN; size = Math.floor(size / 2)) {
    const reads: { job: Job; areas: Excel.RangeAreas }[] = [];
    for (const job of jobs) {
      const ws = context.workbook.worksheets.getItem(job.name);
      for (let r = job.top; r < job.top + job.rows; r += size) {
        const bottom = Math.min(r + size, job.top + job.rows);
        reads.push({ job, areas: ws.getRange(`${r + 1}:${bottom}`).getMergedAreasOrNullObject().load("address") });
      }
    }
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per batch of merged-area reads, under the budget
      await context.sync();
    } catch (e) {
      if (officeCode(e) === undefined) throw e;
      continue;
    }
    for (const job of jobs) job.data.merges = [];
    for (const { job, areas } of reads) if (!areas.isNullObject) for (const m of parseAreasAddress(areas.address)) job.data.merges.push(m);
    return;
  }
}

/** The columns whose number formats a block reads with its values: runs of the used range's columns, 0-based. */
function formatRuns(job: Job): { from: number; width: number }[] {
  if (!job.numeric) return [{ from: 0, width: job.cols }];
  const runs: { from: number; width: number }[] = [];
  job.numeric.forEach((on, j) => {
    if (!on) return;
    const last = runs.at(-1);
    if (last && last.from + last.width === j) last.width++;
    else runs.push({ from: j, width: 1 });
  });
  return runs;
}

/** Queues the blocks of the next request: full-sized blocks, and small sheets together while they fit. */
function queueBlocks(context: Excel.RequestContext, jobs: Job[], budget: ReadBudget, spent: { bytes: number; cells: number }): Block[] {
  const blocks: Block[] = [];
  for (const job of jobs) {
    const runs = formatRuns(job);
    const all = runs.length === 1 && runs[0].width === job.cols;
    // Cells a row of the block reads: its values, and the formats of its columns of numbers.
    const perRow = job.cols + runs.reduce((n, r) => n + r.width, 0);
    let next = job.done;
    while (next < job.rows) {
      const left = job.rows - next;
      const whole = Math.min(left, blockRows(job.rowBytes, perRow, budget));
      const fit = Math.min(Math.floor((budget.bytes - spent.bytes) / job.rowBytes), Math.floor((budget.cells - spent.cells) / perRow));
      // A block is never cut to fill what is left of a request: it waits for the next one.
      if (fit < whole && (blocks.length > 0 || spent.bytes > 0)) return blocks;
      const count = whole;
      const ws = context.workbook.worksheets.getItem(job.name);
      const top = job.top + next;
      const range = ws.getRangeByIndexes(top, job.left, count, job.cols);
      // eslint-disable-next-line office-addins/no-empty-load -- a property list chosen at run time, never empty
      range.load(all ? "values, numberFormat" : "values");
      const formats = runs.map((r) => ({ ...r, range: all ? range : ws.getRangeByIndexes(top, job.left + r.from, count, r.width).load("numberFormat") }));
      blocks.push({ job, start: next, count, range, formats });
      spent.bytes += count * job.rowBytes;
      spent.cells += count * perRow;
      next += count;
    }
  }
  return blocks;
}

/** Queues the pending checks that fit the request, in order (the first always); returns them with their ranges. */
function queueChecks(context: Excel.RequestContext, pending: Pending[], budget: ReadBudget, spent: { bytes: number; cells: number }): Check[] {
  const checks: Check[] = [];
  for (const p of pending) {
    const bytes = spanBytes(p);
    const cells = p.bottom - p.top + 1;
    if (checks.length > 0 && (spent.bytes + bytes > budget.bytes || spent.cells + cells > budget.cells)) break;
    const ws = context.workbook.worksheets.getItem(p.job.name);
    checks.push({ ...p, range: ws.getRangeByIndexes(p.top - 1, p.col - 1, cells, 1).load(p.prop) });
    spent.bytes += bytes;
    spent.cells += cells;
  }
  return checks;
}

/** An error's name that is an error, or a number whose format shows a date, put right in the rows read. */
function applyCheck(c: Check): void {
  const withFormat = formatReader();
  for (const row of c.rows) {
    const cells = c.job.data.rows[row - 1] as CellValue[];
    const v = cells[c.col - 1];
    if (c.prop === "valueTypes") {
      if (c.range.valueTypes[row - c.top][0] === "Error") cells[c.col - 1] = { error: v as string };
    } else cells[c.col - 1] = withFormat(v as number, c.range.numberFormat[row - c.top][0] as string);
  }
}

/** The formats a block read, as a lookup by (row offset, column offset); undefined where they were not read. */
function formatLookup(b: Block): FormatAt {
  const runOf = new Array<{ from: number; formats: string[][] } | undefined>(b.job.cols);
  for (const r of b.formats) {
    const at = { from: r.from, formats: r.range.numberFormat as string[][] };
    for (let j = r.from; j < r.from + r.width; j++) runOf[j] = at;
  }
  return (i, j) => {
    const r = runOf[j];
    return r && r.formats[i][j - r.from];
  };
}

/**
 * What a row of the job's next block will cost: the values of this block, and the formats of the columns the next
 * one reads them for (measured where this block read them too).
 */
function nextRowBytes(b: Block, valueBytes: number, numeric: boolean[]): number {
  const sizes = new Map<string, number>();
  let bytes = valueBytes;
  const measured = new Array<boolean>(numeric.length).fill(false);
  for (const r of b.formats) {
    for (const row of r.range.numberFormat as string[][]) {
      bytes += 2;
      row.forEach((f, j) => {
        if (!numeric[r.from + j]) return;
        let n = sizes.get(f);
        if (n === undefined) sizes.set(f, (n = jsonBytes(f) + 1));
        bytes += n;
      });
    }
    for (let j = r.from; j < r.from + r.width; j++) measured[j] = true;
  }
  const unmeasured = numeric.filter((on, j) => on && !measured[j]).length;
  bytes += unmeasured * b.count * CELL_BYTES.numberFormat;
  const formatCols = numeric.filter(Boolean).length;
  return measuredRowBytes(bytes, b.count, b.job.cols + formatCols);
}

async function readBlocks(
  context: Excel.RequestContext,
  jobs: Job[],
  budget: ReadBudget,
  check: () => void,
  progress: (job: Job) => void,
): Promise<void> {
  let pending: Pending[] = [];
  let remaining = jobs.filter((j) => j.done < j.rows);
  while (remaining.length > 0 || pending.length > 0) {
    check();
    const spent = { bytes: 0, cells: 0 };
    const checks = queueChecks(context, pending, budget, spent);
    const blocks = queueBlocks(context, remaining, budget, spent);
    try {
      // eslint-disable-next-line office-addins/no-context-sync-in-loop -- one sync per step of blocks, each under the payload budget
      await context.sync();
    } catch (e) {
      // Rows fuller than measured: the same rows again, in blocks of half the size.
      const code = officeCode(e);
      if ((code !== "ResponsePayloadSizeLimitExceeded" && code !== "RangeExceedsLimit") || !blocks.some((b) => b.count > 1)) throw e;
      for (const b of blocks) b.job.rowBytes *= 2;
      continue;
    }
    pending = pending.slice(checks.length);
    checks.forEach(applyCheck);
    for (const b of blocks) {
      const { job } = b;
      const values = b.range.values;
      const { rows, suspects, unformatted, numbers } = convertBlock(values, job.left, formatLookup(b));
      const first = job.top + b.start;
      rows.forEach((r, i) => (job.data.rows[first + i] = r));
      const cells = (list: [number, number][]) => list.map(([i, col]) => ({ row: first + i + 1, col }));
      for (const span of [...planSpans("valueTypes", cells(suspects), budget.bytes), ...planSpans("numberFormat", cells(unformatted), budget.bytes)]) {
        pending.push({ ...span, job });
      }
      // A column that held numbers once has its formats read with the values from now on.
      job.numeric = numbers.map((n, j) => n || (job.numeric?.[j] ?? false));
      job.rowBytes = nextRowBytes(b, jsonBytes(values), job.numeric);
      job.done = b.start + b.count;
      progress(job);
    }
    remaining = remaining.filter((j) => j.done < j.rows);
  }
  check();
}
