/**
 * A strict simulated Excel host: the subset of the Excel JavaScript API the add-in uses, with Office's proxy-object
 * semantics (see context.ts), loaded from matrices. Free of Node APIs and of jest, so a browser page can be given it
 * (`installExcel(window, host)`) for the task pane's end-to-end tests.
 *
 *   const host = createExcelHost({ sheets: [{ name: "台账", values: [["企业名称"], ["甲"]] }] });
 *   await host.Excel.run(async (context) => { ... });
 *   host.sheet("台账").cells …; host.stats.syncs …
 */

import { parseAddress } from "./address";
import { DEFAULT_API_SETS, isSetSupported, workbookCreator, type ApiSets } from "./api-sets";
import { SimContext, type HostStats } from "./context";
import { HostEvents } from "./events";
import { enterValue, loadWorkbook, sheetByName, touch, type HostSheet, type HostWorkbook, type Scalar, type WorkbookFixture } from "./state";
import { SimWorkbook } from "./workbook";

export { PAYLOAD_LIMIT, READ_CELL_LIMIT, utf8Length, type HostStats, type SyncRecord } from "./context";
export { OfficeError } from "./errors";
export { MAX_ADDRESS_AREAS, MAX_ADDRESS_LENGTH } from "./areas";
export { MERGED_AREAS_LIMIT } from "./range";
export { INLINE_LIST_LIMIT } from "./validation";
export type { ChangedEventArgs } from "./events";
export { parseAddress, formatArea, type Area } from "./address";
export { DEFAULT_API_SETS, type ApiSets } from "./api-sets";
export * from "./state";

/** What `Excel.run` hands the batch: typed loosely here, cast to Excel.RequestContext by the code under test. */
export class SimRequestContext extends SimContext {
  readonly workbook: SimWorkbook;

  constructor(state: HostWorkbook, stats: HostStats, events: HostEvents) {
    super(state, stats, events);
    this.workbook = new SimWorkbook(this);
  }
}

export interface ExcelNamespace {
  run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T>;
  ConditionalFormatType: { dataBar: "DataBar"; colorScale: "ColorScale"; iconSet: "IconSet"; custom: "Custom" };
  ChartType: { barClustered: "BarClustered"; columnClustered: "ColumnClustered"; line: "Line" };
  EventTriggerSource: { unknown: "Unknown"; thisLocalAddin: "ThisLocalAddin" };
  ChartSeriesBy: { auto: "Auto"; columns: "Columns"; rows: "Rows" };
  SheetVisibility: { visible: "Visible"; hidden: "Hidden"; veryHidden: "VeryHidden" };
  BorderIndex: {
    edgeTop: "EdgeTop";
    edgeBottom: "EdgeBottom";
    edgeLeft: "EdgeLeft";
    edgeRight: "EdgeRight";
    insideHorizontal: "InsideHorizontal";
    insideVertical: "InsideVertical";
  };
  ErrorCodes: Record<string, string>;
  /** ExcelApi 1.8 and later only. */
  createWorkbook?: (base64?: string) => Promise<void>;
}

export interface ExcelHost {
  Excel: ExcelNamespace;
  state: HostWorkbook;
  stats: HostStats;
  /** A fresh context outside `run`, for code that takes a context. */
  context(): SimRequestContext;
  /** A live sheet by name (case-insensitive), or throws. */
  sheet(name: string): HostSheet;
  /** Live sheet names in tab order. */
  sheetNames(): string[];
  resetStats(): void;
  /**
   * A user typing into the grid: `values` entered from `address`'s top-left cell as Excel takes typed text, then
   * the change events (triggerSource "Unknown"). Resolves once the handlers have run.
   */
  userEdit(sheet: string, address: string, values: Scalar[][]): Promise<void>;
  /** Change handlers registered now. */
  readonly listeners: number;
  /** Office.context.requirements.isSetSupported, for the sets the host was made with. */
  isSetSupported(name: string, version?: string): boolean;
  /** The workbooks `Excel.createWorkbook` opened, as the base64 each was given. */
  readonly createdWorkbooks: string[];
}

export function createExcelHost(fixture: WorkbookFixture, apiSets: ApiSets = DEFAULT_API_SETS): ExcelHost {
  const state = loadWorkbook(fixture);
  const createdWorkbooks: string[] = [];
  const stats: HostStats = { syncs: 0, records: [] };
  const events = new HostEvents();
  const Excel: ExcelNamespace = {
    // Office syncs what the batch left queued once the batch's promise settles.
    async run<T>(batch: (context: SimRequestContext) => Promise<T>): Promise<T> {
      const context = new SimRequestContext(state, stats, events);
      const result = await batch(context);
      if (context.pending > 0) await context.sync();
      return result;
    },
    ConditionalFormatType: { dataBar: "DataBar", colorScale: "ColorScale", iconSet: "IconSet", custom: "Custom" },
    ChartType: { barClustered: "BarClustered", columnClustered: "ColumnClustered", line: "Line" },
    ChartSeriesBy: { auto: "Auto", columns: "Columns", rows: "Rows" },
    EventTriggerSource: { unknown: "Unknown", thisLocalAddin: "ThisLocalAddin" },
    SheetVisibility: { visible: "Visible", hidden: "Hidden", veryHidden: "VeryHidden" },
    BorderIndex: {
      edgeTop: "EdgeTop",
      edgeBottom: "EdgeBottom",
      edgeLeft: "EdgeLeft",
      edgeRight: "EdgeRight",
      insideHorizontal: "InsideHorizontal",
      insideVertical: "InsideVertical",
    },
    ErrorCodes: {
      invalidArgument: "InvalidArgument",
      invalidOperation: "InvalidOperation",
      itemNotFound: "ItemNotFound",
      itemAlreadyExists: "ItemAlreadyExists",
      rangeExceedsLimit: "RangeExceedsLimit",
      responsePayloadSizeLimitExceeded: "ResponsePayloadSizeLimitExceeded",
    },
  };
  const create = workbookCreator(apiSets, createdWorkbooks);
  if (create) Excel.createWorkbook = create;
  return {
    Excel,
    state,
    stats,
    context: () => new SimRequestContext(state, stats, events),
    sheet(name: string): HostSheet {
      const s = sheetByName(state, name);
      if (!s) throw new Error(`no sheet ${name}`);
      return s;
    },
    sheetNames: () => state.sheets.filter((s) => !s.deleted).map((s) => s.name),
    resetStats(): void {
      stats.syncs = 0;
      stats.records = [];
    },
    async userEdit(name: string, address: string, values: Scalar[][]): Promise<void> {
      const sheet = sheetByName(state, name);
      if (!sheet) throw new Error(`no sheet ${name}`);
      const at = parseAddress(address);
      values.forEach((row, i) => row.forEach((v, j) => enterValue(touch(sheet, at.top + i, at.left + j), v)));
      const width = Math.max(1, ...values.map((r) => r.length));
      const area = { top: at.top, left: at.left, bottom: at.top + Math.max(1, values.length) - 1, right: at.left + width - 1 };
      await events.fire([{ sheet, area }], "Unknown");
    },
    get listeners(): number {
      return events.count;
    },
    isSetSupported: (name: string, version?: string) => isSetSupported(apiSets, name, version),
    createdWorkbooks,
  };
}

/** Makes the host the page's `Excel` (and a minimal `Office`), for the task pane inside a browser test. */
export function installExcel(target: Record<string, unknown>, host: ExcelHost): void {
  target.Excel = host.Excel;
  target.Office = {
    onReady: async () => ({ host: "Excel", platform: "OfficeOnline" }),
    HostType: { Excel: "Excel" },
    context: { displayLanguage: "zh-CN", requirements: { isSetSupported: (name: string, version?: string) => host.isSetSupported(name, version) } },
  };
}
