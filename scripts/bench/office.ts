/**
 * The Office measure: the Excel port (createExcelPort, as the task pane uses it) against the strict simulated
 * host (test/support/simulated-excel), which
 * counts every context.sync() and the JSON size of each request and response. Reading at two sizes shows
 * whether syncs grow with row blocks or with rows; writing the report tabs at two sizes shows whether a tab
 * costs the same number of syncs whatever the ledgers hold.
 */

import { buildReports, layoutReport } from "../../src/core/reports";
import { checkWorkbook } from "../../src/core/check";
import { createExcelPort, type ExcelRunner } from "../../src/ports/excel";
import { createExcelHost, type ExcelHost, type WorkbookFixture } from "../../test/support/simulated-excel";
import { syntheticSheets, workbookData, type SyntheticSheet } from "../synthetic/workbook";
import { BENCH_TODAY } from "./engine";

export interface OfficeRead {
  rows: number;
  syncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
}

export interface OfficeReport {
  rows: number;
  tabs: number;
  syncs: number;
  maxRequestBytes: number;
}

export interface OfficeFigures {
  rows: number;
  syncs: number;
  maxPayloadBytes: number;
  /** The same read at rows / 10. */
  smallRows: number;
  smallSyncs: number;
  /** Rows read per sync added between the two sizes: a few thousand when syncs follow row blocks, ~1 when they follow rows. */
  rowsPerExtraSync: number;
  reportSyncsPerTab: number;
  smallReportSyncsPerTab: number;
  reportMaxPayloadBytes: number;
}

// Excel keeps dates as serial numbers: the day count from 1899-12-30.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

function fixtureOf(sheets: readonly SyntheticSheet[], withValues: boolean): WorkbookFixture {
  return {
    name: "synthetic.xlsx",
    sheets: sheets.map((s) => ({
      name: s.name,
      merges: s.merges,
      values: withValues
        ? s.rows.map((row) =>
            (row ?? []).map((v) => (v instanceof Date ? (v.getTime() - EXCEL_EPOCH) / 86400000 : v)),
          )
        : [],
    })),
  };
}

function portOf(host: ExcelHost) {
  return createExcelPort(host.Excel as unknown as ExcelRunner);
}

function largest(host: ExcelHost, key: "requestBytes" | "responseBytes"): number {
  return host.stats.records.reduce((m, r) => Math.max(m, r[key]), 0);
}

async function read(records: number): Promise<OfficeRead> {
  const host = createExcelHost(fixtureOf(syntheticSheets({ records }), true));
  const data = await portOf(host).read();
  const rows = data.sheets.reduce((n, s) => n + s.rows.length, 0);
  return { rows, syncs: host.stats.syncs, maxRequestBytes: largest(host, "requestBytes"), maxResponseBytes: largest(host, "responseBytes") };
}

async function report(records: number): Promise<OfficeReport> {
  const sheets = syntheticSheets({ records });
  const wb = workbookData(sheets);
  const result = checkWorkbook(wb, { today: BENCH_TODAY });
  const layouts = buildReports(result, { lang: "zh-CN", now: BENCH_TODAY, workbookName: wb.name }).map(layoutReport);
  // The writer never reads the ledgers' cells: sheets of the same names are enough.
  const host = createExcelHost(fixtureOf(sheets, false));
  const written = await portOf(host).writeReports(layouts);
  return { rows: records, tabs: written.written.length, syncs: host.stats.syncs, maxRequestBytes: largest(host, "requestBytes") };
}

export async function measureOffice(records: number): Promise<OfficeFigures> {
  const smallRecords = Math.max(1, Math.round(records / 10));
  const big = await read(records);
  const small = await read(smallRecords);
  const bigReport = await report(records);
  const smallReport = await report(smallRecords);
  return {
    rows: big.rows,
    syncs: big.syncs,
    maxPayloadBytes: Math.max(big.maxRequestBytes, big.maxResponseBytes, bigReport.maxRequestBytes),
    smallRows: small.rows,
    smallSyncs: small.syncs,
    rowsPerExtraSync: Math.round((big.rows - small.rows) / Math.max(1, big.syncs - small.syncs)),
    reportSyncsPerTab: Math.round((bigReport.syncs / bigReport.tabs) * 100) / 100,
    smallReportSyncsPerTab: Math.round((smallReport.syncs / smallReport.tabs) * 100) / 100,
    reportMaxPayloadBytes: bigReport.maxRequestBytes,
  };
}
