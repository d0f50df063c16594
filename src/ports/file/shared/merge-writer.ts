/**
 * Writes a merged workbook (MERGE.md): 汇总说明, one template-shaped sheet per ledger kind (canonical header,
 * drop-down lists, number formats, frozen header) with 来源文件 and 来源行, the targets template, the report tabs,
 * the very hidden list and settings sheets. In Node with ExcelJS's streaming writer, the records' rows written
 * straight into the sheets' XML, so memory holds the records once (the model), not an ExcelJS model of them as
 * well; in the browser (whose ExcelJS has no streaming writer) the same code fills an in-memory workbook.
 */

import ExcelJS from "exceljs";
import { columnLetters, LIST_SHEET, ListPlan, PAGE_SETUP, type MergedOutput, mergedRowCells, type MergedSheet, type OutCell, type ReportLayout, SETTINGS_SHEET, settingsToCells, SOURCE_FILE_HEADER, SOURCE_ROW_HEADER, TEMPLATE_ROWS, type TemplateColumn, type TemplateSheet } from "../../../core";
import { fillSheet, ooxmlText, reportSheetOptions } from "./merge-report-sheet";
import { formatColumn, writeHeader, writeRows } from "./template";

/** What both ExcelJS workbooks offer: the streaming one's sheets are committed, the in-memory one's need not be. */
interface Book {
  addWorksheet(name: string, options?: Partial<ExcelJS.AddWorksheetOptions>): ExcelJS.Worksheet;
}

const FROZEN_HEADER = { views: [{ state: "frozen" as const, ySplit: 1, xSplit: 0 }] };
const SOURCE_WIDTH = { file: 24, row: 10 };

function commitRow(row: ExcelJS.Row): void {
  // An in-memory worksheet ignores it; the streaming one writes the row out and forgets it.
  row.commit();
}

function commitSheet(ws: ExcelJS.Worksheet): void {
  const commit = (ws as unknown as { commit?: () => void }).commit;
  if (typeof commit === "function") commit.call(ws);
}

function cellValue(v: OutCell): ExcelJS.CellValue {
  return typeof v === "string" ? ooxmlText(v) : v;
}

/** The template's header and columns, then 来源文件 and 来源行. */
function sheetHead(ws: ExcelJS.Worksheet, template: TemplateSheet, lists: ListPlan, lastRow: number, sources: boolean): void {
  const columns: TemplateColumn[] = sources
    ? [
        ...template.columns,
        { col: template.columns.length + 1, key: "sourceFile", header: SOURCE_FILE_HEADER, required: false, width: SOURCE_WIDTH.file },
        { col: template.columns.length + 2, key: "sourceRow", header: SOURCE_ROW_HEADER, required: false, width: SOURCE_WIDTH.row },
      ]
    : template.columns;
  for (const col of columns) formatColumn(ws, col, lists, lastRow);
  writeHeader(ws, { ...template, columns });
  commitRow(ws.getRow(1));
}

/**
 * One shared style object per column and kind of value: ExcelJS finds a style's id by the object's identity
 * (serialising every cell's own copy was most of the writing time), and gives a date without a format one.
 */
class ColumnStyles {
  private readonly shared = new Map<string, Partial<ExcelJS.Style>>();
  constructor(private readonly ws: ExcelJS.Worksheet) {}

  of(col: number, v: Exclude<OutCell, null>): Partial<ExcelJS.Style> {
    const key = `${col}|${v instanceof Date ? "date" : typeof v}`;
    let style = this.shared.get(key);
    if (!style) {
      style = { ...this.ws.getColumn(col).style };
      this.shared.set(key, style);
    }
    return style;
  }
}

/** ExcelJS's streaming writer, as far as rows written straight into a sheet's XML need it. */
interface RawRows {
  styles: { addStyleModel(style: Partial<ExcelJS.Style>, type: ExcelJS.ValueType): number };
}

// ExcelJS's xmlEncode: the five XML characters escaped, characters XML cannot hold dropped.
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be dropped
const XML_UNSAFE = /[<>&'"\x7F\x00-\x08\x0B\x0C\x0E-\x1F]/g;
const XML_ENTITY: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", "'": "&apos;", '"': "&quot;" };

/** Text that needs neither XML's nor OOXML's escaping (most of a ledger's): written as it is. */
// eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
const NEEDS_ESCAPE = /[<>&'"\x00-\x08\x0B-\x1F\x7F]|_x[0-9A-Fa-f]{4}_/;

function cellText(v: string): string {
  return NEEDS_ESCAPE.test(v) ? ooxmlText(v).replace(XML_UNSAFE, (ch) => XML_ENTITY[ch] ?? "") : v;
}

type Kind = 0 | 1 | 2;
const KIND_TYPE: Record<Kind, ExcelJS.ValueType> = { 0: ExcelJS.ValueType.String, 1: ExcelJS.ValueType.Number, 2: ExcelJS.ValueType.Date };

/** The records' rows as ExcelJS writes them (a text as t="str", a day as its serial number), as XML strings. */
class RowWriter {
  private readonly letters: string[];
  /** Style ids by column and kind of value. */
  private readonly ids: number[][];

  constructor(
    columns: number,
    private readonly styleId: (col: number, kind: Kind) => number,
  ) {
    this.letters = Array.from({ length: columns }, (_, j) => columnLetters(j + 1));
    this.ids = this.letters.map(() => []);
  }

  private id(j: number, kind: Kind): number {
    return (this.ids[j][kind] ??= this.styleId(j + 1, kind));
  }

  row(r: number, cells: readonly OutCell[]): string {
    let xml = `<row r="${r}">`;
    for (let j = 0; j < cells.length; j++) {
      const v = cells[j];
      if (v === null) continue;
      const kind: Kind = typeof v === "string" ? 0 : typeof v === "number" ? 1 : 2;
      const s = this.id(j, kind);
      xml += `<c r="${this.letters[j]}${r}"${s ? ` s="${s}"` : ""}`;
      if (typeof v === "string") xml += ` t="str"><v>${cellText(v)}</v></c>`;
      else xml += `><v>${typeof v === "number" ? v : 25569 + v.getTime() / 86_400_000}</v></c>`;
    }
    return `${xml}</row>`;
  }
}

/**
 * Bytes handed to ExcelJS's stream at a time. Each row is encoded into the chunk on its own: encoding a string
 * built of many rows' pieces (a deep rope, flattened first) cost five times the encoding itself. A quarter of a
 * megabyte, so that the zip deflates one chunk on its thread while this one encodes the next.
 */
const CHUNK_BYTES = 1 << 18;

/**
 * zlib's output buffer for the zip's deflate: a handed chunk deflates in one trip to zlib's thread. With zlib's
 * 16 KB, each chunk took many trips, each waiting for this thread's event loop (the writing was a third idle).
 */
const ZIP_OPTIONS = { zlib: { chunkSize: CHUNK_BYTES } };

/**
 * A sheet's stream in ExcelJS's streaming writer: it keeps what it is given in 64 KB buffers until archiver
 * pipes it (the sheet's turn in the zip), then into archiver's PassThrough, never waiting. Unless the rows wait,
 * every sheet's XML (600 MB for 200 files of 5,000) is held until zipped.
 */
interface SheetStream {
  write(bytes: Buffer): void;
  buffers?: unknown[];
  /** archiver's PassThrough (readable-stream 2: its lengths are in its states). */
  pipes?: { _writableState?: { length: number }; _readableState?: { length: number } }[];
}

const STREAM_BUFFER = 64 << 10;

/**
 * Bytes that may wait for the zip while rows are written. Few, so that its buffers die young: a longer queue
 * outlived two scavenges and left its buffers (outside the heap) to the full collections, which came late.
 */
const MAX_WAITING = 1 << 20;

function waiting(s: SheetStream): number {
  const zip = s.pipes?.[0];
  return (s.buffers?.length ?? 0) * STREAM_BUFFER + (zip?._writableState?.length ?? 0) + (zip?._readableState?.length ?? 0);
}

/**
 * Rows encoded as UTF-8 into a chunk, handed to `out` once full (and the last by `end`). One chunk, reused:
 * ExcelJS's batching sheet stream copies what it is given (a new chunk each time was a megabyte outside the heap
 * per chunk, left to the collector).
 */
class RowBytes {
  private chunk = Buffer.allocUnsafe(CHUNK_BYTES);
  private used = 0;

  constructor(private readonly out: (bytes: Buffer) => void) {}

  /** Whether a chunk was handed over. */
  add(xml: string): boolean {
    // A UTF-16 code unit is at most 3 bytes of UTF-8.
    let handed = false;
    if (this.used + xml.length * 3 > this.chunk.length) {
      handed = this.end();
      if (xml.length * 3 > this.chunk.length) this.chunk = Buffer.allocUnsafe(xml.length * 3);
    }
    this.used += this.chunk.write(xml, this.used, "utf8");
    return handed;
  }

  end(): boolean {
    if (this.used === 0) return false;
    this.out(this.chunk.subarray(0, this.used));
    this.used = 0;
    return true;
  }
}

/**
 * After a chunk: the zip's turn. Its deflate runs on another thread, fed from this one's event loop: rows written
 * without a pause are zipped only after the last, and held until then.
 */
async function zipTurn(s: SheetStream, writing: Writing): Promise<void> {
  await new Promise<void>((resolve) => setImmediate(resolve));
  while (waiting(s) > MAX_WAITING) {
    if (writing.failed !== undefined) throw writing.failed;
    await new Promise<void>((resolve) => setTimeout(resolve, 2));
  }
}

/**
 * The file being written. When it fails (no such folder, no permission, a full disk) ExcelJS's zip stops and its
 * commit never settles, and rows would wait for it forever: the failure ends the writing instead.
 */
interface Writing {
  failed?: unknown;
}

async function ledgerSheet(wb: Book, out: MergedOutput, sheet: MergedSheet, lists: ListPlan, raw: RawRows | null, writing: Writing): Promise<void> {
  const ws = wb.addWorksheet(sheet.template.title, FROZEN_HEADER);
  sheetHead(ws, sheet.template, lists, Math.max(sheet.rows.length, TEMPLATE_ROWS) + 1, true);
  const styles = new ColumnStyles(ws);
  if (raw) {
    // The streaming sheet has written its header: the records go straight into its XML, without a Row and
    // Cell object per value (the rest of the writing time, and most of its garbage).
    // Handed over as bytes: ExcelJS re-encodes a long string each time its buffer has to grow.
    const stream = (ws as unknown as { stream: SheetStream }).stream;
    const sample: Record<Kind, Exclude<OutCell, null>> = { 0: "", 1: 0, 2: new Date(0) };
    const rows = new RowWriter(sheet.template.columns.length + 2, (col, kind) => raw.styles.addStyleModel(styles.of(col, sample[kind]), KIND_TYPE[kind]));
    const bytes = new RowBytes((b) => stream.write(b));
    for (let i = 0; i < sheet.rows.length; i++) {
      if (bytes.add(rows.row(i + 2, mergedRowCells(out.result, sheet, sheet.rows[i], i)))) await zipTurn(stream, writing);
    }
    bytes.end();
  } else {
    sheet.rows.forEach((row, i) => {
      const r = ws.getRow(i + 2);
      mergedRowCells(out.result, sheet, row, i).forEach((v, j) => {
        if (v === null) return;
        const cell = r.getCell(j + 1);
        cell.style = styles.of(j + 1, v);
        cell.value = cellValue(v);
      });
    });
  }
  commitSheet(ws);
}

function targetsSheet(wb: Book, template: TemplateSheet, lists: ListPlan): void {
  const ws = wb.addWorksheet(template.title, FROZEN_HEADER);
  sheetHead(ws, template, lists, TEMPLATE_ROWS + 1, false);
  writeRows(ws, template);
  commitSheet(ws);
}

/**
 * ExcelJS's streaming sheet writes no <printOptions> (its in-memory sheet does, from the page setup): the tab is
 * centred on the page by writing it where the schema has it, just before the margins.
 */
function centredOnPage(ws: ExcelJS.Worksheet): void {
  const sheet = ws as unknown as { _writePageMargins?: () => void; stream?: { write(xml: string): void } };
  const margins = sheet._writePageMargins;
  const stream = sheet.stream;
  if (typeof margins !== "function" || !stream) return;
  sheet._writePageMargins = () => {
    stream.write(`<printOptions horizontalCentered="${PAGE_SETUP.centerHorizontally ? 1 : 0}" gridLines="${PAGE_SETUP.printGridlines ? 1 : 0}"/>`);
    margins.call(sheet);
  };
}

function reportTab(wb: Book, layout: ReportLayout): void {
  const ws = wb.addWorksheet(layout.tab, reportSheetOptions(layout));
  centredOnPage(ws);
  fillSheet(ws, layout);
  commitSheet(ws);
}

async function fill(wb: Book, out: MergedOutput, raw: RawRows | null, writing: Writing = {}): Promise<void> {
  const [summary, ...reports] = out.layouts;
  reportTab(wb, summary);
  const lists = new ListPlan();
  for (const sheet of out.result.sheets) await ledgerSheet(wb, out, sheet, lists, raw, writing);
  targetsSheet(wb, out.result.targets, lists);
  for (const layout of reports) reportTab(wb, layout);
  if (lists.columns.length > 0) {
    const ws = wb.addWorksheet(LIST_SHEET, { state: "veryHidden" });
    const longest = Math.max(...lists.columns.map((c) => c.values.length));
    for (let i = 0; i < longest; i++) {
      const r = ws.getRow(i + 1);
      for (const { column, values } of lists.columns) if (i < values.length) r.getCell(column).value = values[i];
      commitRow(r);
    }
    commitSheet(ws);
  }
  const gx = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  settingsToCells(out.settings).forEach((chunk, i) => {
    const r = gx.getRow(i + 1);
    r.getCell(1).value = chunk;
    commitRow(r);
  });
  commitSheet(gx);
}

/** Node: streams the workbook into `path` (the caller moves it into place). */
export async function writeMergedFile(path: string, out: MergedOutput): Promise<void> {
  const wb = new ExcelJS.stream.xlsx.WorkbookWriter({ filename: path, useStyles: true, useSharedStrings: false, zip: ZIP_OPTIONS });
  wb.creator = "GX Ledger";
  const writing: Writing = {};
  const failed = new Promise<never>((_, reject) =>
    (wb as unknown as { stream: NodeJS.EventEmitter }).stream.once("error", (e: unknown) => {
      writing.failed = e;
      reject(e);
    }),
  );
  await Promise.race([fill(wb as unknown as Book, out, wb as unknown as RawRows, writing).then(() => wb.commit()), failed]);
}

/** The browser (and tests): the workbook's bytes. */
export async function writeMergedBytes(out: MergedOutput): Promise<Uint8Array> {
  const wb = new ExcelJS.Workbook();
  wb.creator = "GX Ledger";
  await fill(wb, out, null);
  return new Uint8Array(await wb.xlsx.writeBuffer());
}
