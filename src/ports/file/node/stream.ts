import { createReadStream } from "fs";
import ExcelJS from "exceljs";
import { type CellValue, LIMITS, type Merge, parseCellName, type SheetData, type WorkbookData } from "../../../core";
import { cellBudget, checkedMerges, parseRange, SheetGrid, toCellValue } from "../shared/cells";
import { numberAsShown } from "../../percent-format";
import { FileRefusal } from "../shared/refusal";
import { typedCell } from "../shared/typed-cells";
import { unescapeXml } from "../shared/xlsx-package";

/**
 * The streaming reader for large files (Node only): ExcelJS's WorkbookReader never holds the workbook's XML
 * model, only our value matrices. ExcelJS 4.4's reader has gaps, filled here:
 *  - it decodes each zip chunk to text on its own, so a Chinese character split between two chunks turns
 *    into "��" (exceljs issues #2063, #2084): every part is handed over as text from a streaming UTF-8
 *    decoder instead (setEncoding for the parts ExcelJS reads itself, `decodeSheet` for the sheets);
 *  - it skips <mergeCell> elements, so title rows and two-row headers would lose their merges;
 *  - for a formula whose cached result is an error or a boolean, it gives parseFloat of the text (NaN, 1);
 *  - it guesses damaged cells (typed-cells.ts): parseFloat of a number cell's text, `t="d"` read as a number.
 * `scanText` reads the last three from the sheet XML as it streams past (one pass, no second read, linear time).
 */

export interface ReadProgress {
  sheet: string;
  rows: number;
}

/** What the raw sheet XML says that ExcelJS's streaming reader drops. */
interface SheetExtras {
  sheet: string;
  merges: Merge[];
  /** "C5" → its value where ExcelJS's is wrong: a formula's cached error or boolean, a typed cell (typed-cells.ts). */
  formulaValues: Map<string, CellValue>;
  /** The size of the shared-string table once read (undefined before). */
  sharedStrings: () => number | undefined;
}

// A formula cell's text can be long; anything spanning a chunk boundary is within this many characters.
const CARRY = 32 * 1024;

const TYPE = /\bt=["']([a-z]+)["']/;
const REF = /\bref=["']([A-Za-z]+\d+(?::[A-Za-z]+\d+)?)["']/;
const CELL_REF = /\br=["']([A-Z]+\d+)["']/;
const VALUE = /<v>([^<]*)<\/v>/;

/** Whether `<c` at `at` opens a cell element (`<c `, `<c>`, `<c/>`), not `<col…>` or `<cfRule…>`. */
function opensCell(text: string, at: number): boolean {
  const ch = text.charCodeAt(at + 2);
  return ch === 32 || ch === 62 || ch === 47 || ch === 9 || ch === 10 || ch === 13;
}

/**
 * Reads the merges and the error or boolean formula results out of a piece of sheet XML; returns where the last
 * complete element ended (the rest is carried over to the next piece). The XML is the file's, so untrusted: it is
 * scanned with indexOf, each character visited a bounded number of times, never with a regex that could
 * backtrack over the whole piece (148 KB of unclosed <c> tags took 72 s that way). The regexes left run on one
 * tag or one cell's content only, and cannot backtrack.
 */
function scanText(text: string, extras: SheetExtras): number {
  let end = 0;
  for (let at = text.indexOf("<mergeCell"); at >= 0; ) {
    const close = text.indexOf(">", at);
    if (close < 0) break;
    const ref = REF.exec(text.slice(at, close))?.[1];
    const merge = ref ? parseRange(ref.toUpperCase()) : null;
    if (merge) checkedMerges(extras.sheet, extras.merges).push(merge);
    end = Math.max(end, close + 1);
    at = text.indexOf("<mergeCell", close + 1);
  }
  for (let at = text.indexOf("<c"); at >= 0; ) {
    if (!opensCell(text, at)) {
      at = text.indexOf("<c", at + 2);
      continue;
    }
    const close = text.indexOf(">", at);
    if (close < 0) break;
    // A self-closing <c …/> (an empty formatted cell) has no content and must not swallow the next cell.
    if (text.charCodeAt(close - 1) === 47) {
      end = Math.max(end, close + 1);
      at = text.indexOf("<c", close + 1);
      continue;
    }
    const stop = text.indexOf("</c>", close);
    if (stop < 0) break;
    end = Math.max(end, stop + 4);
    cellExtras(text.slice(at + 2, close), text.slice(close + 1, stop), extras);
    at = text.indexOf("<c", stop + 4);
  }
  return end;
}

function cellExtras(attrs: string, body: string, extras: SheetExtras): void {
  const type = TYPE.exec(attrs)?.[1];
  if (!body.includes("<f")) {
    // Text cells are ExcelJS's to read; the rest is checked (most are plain numbers: a short test, then out).
    if (type === "str" || type === "inlineStr" || type === "e") return;
    const open = body.indexOf("<v>");
    const close = open < 0 ? -1 : body.indexOf("</v>", open);
    if (close < 0) return;
    const text = body.slice(open + 3, close);
    const fixed = typedCell(type, text.includes("&") ? unescapeXml(text) : text, extras.sharedStrings());
    const ref = fixed === undefined ? undefined : CELL_REF.exec(attrs)?.[1];
    if (ref) extras.formulaValues.set(ref, fixed as CellValue);
    return;
  }
  if (type !== "e" && type !== "b") return;
  const ref = CELL_REF.exec(attrs)?.[1];
  const v = VALUE.exec(body)?.[1];
  if (!ref || v === undefined) return;
  extras.formulaValues.set(ref, type === "e" ? { error: v } : v.trim() !== "0");
}

async function* decodeSheet(chunks: AsyncIterable<Uint8Array | string>, extras: SheetExtras): AsyncGenerator<string> {
  const decoder = new TextDecoder("utf-8");
  let carry = "";
  // What the zip declared is not trusted: the XML actually unzipped is counted too.
  let length = 0;
  for await (const chunk of chunks) {
    const decoded = typeof chunk === "string" ? chunk : decoder.decode(chunk, { stream: true });
    length += decoded.length;
    if (length > LIMITS.unzippedBytes) throw new FileRefusal("file.too-large-unzipped", { limit: LIMITS.unzippedBytes / (1024 * 1024) });
    const text = carry + decoded;
    const end = scanText(text, extras);
    carry = text.slice(Math.max(end, text.length - CARRY));
    yield decoded;
  }
  const rest = decoder.decode();
  if (rest) yield rest;
}

/** The parts ExcelJS parses itself (workbook.xml with the sheet names, sharedStrings.xml…): decode as text. */
const PART_PARSERS = ["_parseRels", "_parseWorkbook", "_parseSharedStrings", "_parseStyles"] as const;

function decodeParts(reader: object): void {
  const internals = reader as Record<string, (entry: NodeJS.ReadableStream, ...rest: unknown[]) => unknown>;
  for (const name of PART_PARSERS) {
    const original = internals[name];
    if (typeof original !== "function") continue;
    internals[name] = function (this: unknown, entry, ...rest) {
      entry.setEncoding("utf8");
      return original.call(this, entry, ...rest);
    };
  }
}

interface StreamCell {
  value: unknown;
  numFmt?: string;
}

interface StreamRow {
  number: number;
  eachCell(cb: (cell: StreamCell, col: number) => void): void;
}

interface StreamSheet extends AsyncIterable<StreamRow> {
  name: string;
  state?: SheetData["state"];
  iterator: AsyncIterable<Uint8Array | string>;
}

function isDateFormat(fmt: string | undefined): boolean {
  // ExcelJS's own test (utils.isDateFmt): y m d h s b outside quotes and [brackets].
  return !!fmt && /[ymdhMsb]/.test(fmt.replace(/\[[^\]]*]/g, "").replace(/"[^"]*"/g, ""));
}

function excelToDate(serial: number, date1904: boolean): Date {
  const days = serial + (date1904 ? 1462 : 0);
  return new Date(Math.round((days - 25569) * 24 * 3600 * 1000));
}

export async function readXlsxStream(
  path: string,
  name: string,
  onProgress?: (p: ReadProgress) => void,
): Promise<WorkbookData> {
  const reader = new ExcelJS.stream.xlsx.WorkbookReader(createReadStream(path), {
    sharedStrings: "cache",
    hyperlinks: "ignore",
    styles: "cache",
    worksheets: "emit",
    entries: "ignore",
  });
  decodeParts(reader);
  const sheets: SheetData[] = [];
  const budget = cellBudget("cli");
  const state = reader as unknown as { properties?: { model?: { date1904?: boolean } }; model?: { sheets?: { name: string }[] }; sharedStrings?: unknown[] };
  const sharedStrings = () => state.sharedStrings?.length;
  for await (const raw of reader) {
    const ws = raw as unknown as StreamSheet;
    const extras: SheetExtras = { sheet: ws.name, merges: [], formulaValues: new Map(), sharedStrings };
    ws.iterator = decodeSheet(ws.iterator, extras);
    const date1904 = !!state.properties?.model?.date1904;
    const grid = new SheetGrid(ws.name, budget);
    let count = 0;
    for await (const row of ws) {
      row.eachCell((cell, col) => {
        let v = cell.value;
        if (v && typeof v === "object" && "formula" in v) {
          const result = (v as { result?: unknown }).result;
          v = typeof result === "number" && isDateFormat(cell.numFmt) ? excelToDate(result, date1904) : result;
        }
        const value = toCellValue(v);
        grid.set(row.number, col, typeof value === "number" ? numberAsShown(value, cell.numFmt) : value);
      });
      if (onProgress && ++count % 10000 === 0) onProgress({ sheet: ws.name, rows: count });
    }
    onProgress?.({ sheet: ws.name, rows: count });
    // Error and boolean formula results, which the row events gave as NaN or 1, and typed cells.
    for (const [ref, value] of extras.formulaValues) {
      const at = parseCellName(ref);
      if (at) grid.set(at.row, at.col, value);
    }
    sheets.push({ name: ws.name, rows: grid.done(), merges: checkedMerges(ws.name, extras.merges), state: ws.state ?? "visible" });
  }
  // Every workbook has a sheet: none means ExcelJS could not make sense of the workbook's parts.
  if (sheets.length === 0) throw new Error("no worksheet found");
  // Sheets arrive in the zip's order; the workbook's tab order is the one users see.
  const order = (state.model?.sheets ?? []).map((s) => s.name);
  sheets.sort((a, b) => rank(order, a.name) - rank(order, b.name));
  return { name, sheets };
}

function rank(order: string[], name: string): number {
  const i = order.indexOf(name);
  return i < 0 ? order.length : i;
}
