/**
 * The one place where a report's cells get their positions (both writers only place what the layout says):
 * row 1 the title and row 2 the subtitle, each merged across the table; then per section its heading, notes
 * (merged likewise), header, rows and 合计, with a blank row between sections; an empty section is one line
 * (`A. …：无`); under the last, the sign-off line. Frozen through the first section's header, which is also
 * printed atop every page; widths from the content (display width) unless a column gives one.
 */

import { LIMITS } from "../limits";
import type { CellStyle, Block, LaidCell, ReportLayout } from "./layout-types";
import { NUMBER_FORMATS } from "./layout-types";
import type { ReportCell, ReportModel, ReportValue } from "./model";
import { textWidth } from "../sheet";
import { shownText } from "./width";
import { type ReportColumn } from "./model";

export const MIN_WIDTH = 6;
/** REPORTS.md: widths capped at 50 (a CJK character counts two); longer text wraps. */
export const MAX_WIDTH = 50;
/** Room either side of the widest text, so that it does not touch the grid lines. */
const PADDING = 2;

function isCell(v: ReportValue | ReportCell | undefined): v is ReportCell {
  return typeof v === "object" && v !== null;
}

/** The unit a header ends in: the column's own, else 万元 for money and % for rates. */
function unitOf(c: ReportColumn): string | undefined {
  if (c.unit !== undefined) return c.unit;
  if (c.format === "money") return "万元";
  if (c.format === "rate") return "%";
  return undefined;
}

export function headerText(c: ReportColumn): string {
  const unit = unitOf(c);
  return unit === undefined || unit === "" ? c.header : `${c.header}（${unit}）`;
}

interface Placed {
  headerRow: number;
  firstBody: number;
  lastBody: number;
}

export function layoutReport(model: ReportModel): ReportLayout {
  const cols = Math.max(1, ...model.sections.map((s) => s.columns.length));
  const cells: LaidCell[] = [];
  const merges: Block[] = [];
  const dataBars: Block[] = [];
  const tables: Block[] = [];
  const text = NUMBER_FORMATS.text;

  const put = (row: number, col: number, value: ReportValue, numFmt: string, style: CellStyle, link?: ReportCell["link"], wrap?: boolean): void => {
    const cell: LaidCell = { row, col, value: fitCell(value), numFmt, style };
    if (link) cell.link = link;
    if (wrap) cell.wrap = true;
    cells.push(cell);
  };
  // A line of text across the table (title, subtitle, heading, note).
  const line = (row: number, value: string, style: CellStyle): void => {
    put(row, 1, value, text, style);
    if (cols > 1) merges.push({ top: row, left: 1, bottom: row, right: cols });
  };

  line(1, model.title, "title");
  line(2, model.subtitle, "subtitle");
  let row = 3;
  let frozenRows = 2;
  const placed: Placed[] = [];

  let printTitles: ReportLayout["printTitles"] = null;
  model.sections.forEach((section, index) => {
    if (index > 0) row++; // the blank row between sections
    if (section.rows.length === 0 && section.total === undefined && section.empty !== undefined) {
      // An empty part is one line: its heading and 无, no header row under it.
      if (section.heading === undefined) for (const note of section.notes ?? []) line(row++, note, "note");
      line(row++, section.heading === undefined ? section.empty : `${section.heading}：${section.empty}`, section.heading === undefined ? "note" : "heading");
      if (index === 0) frozenRows = row - 1;
      placed.push({ headerRow: row - 1, firstBody: row, lastBody: row - 1 });
      return;
    }
    if (section.heading !== undefined) line(row++, section.heading, "heading");
    for (const note of section.notes ?? []) line(row++, note, "note");

    const headerRow = row++;
    section.columns.forEach((c, j) => put(headerRow, j + 1, headerText(c), text, "header"));
    if (index === 0) {
      frozenRows = headerRow;
      printTitles = { top: headerRow, bottom: headerRow };
    }

    const firstBody = row;
    const body = (values: (ReportValue | ReportCell)[], style: CellStyle): void => {
      section.columns.forEach((c, j) => {
        const v = values[j];
        const numFmt = NUMBER_FORMATS[(isCell(v) ? v.format : undefined) ?? c.format];
        if (isCell(v)) put(row, j + 1, v.value, numFmt, style, v.link, c.wrap);
        else put(row, j + 1, v ?? null, numFmt, style, undefined, c.wrap);
      });
      row++;
    };
    for (const r of section.rows) body(r, "body");
    const lastBody = row - 1;
    if (section.total) body(section.total, "total");

    if (section.rows.length > 0) {
      section.columns.forEach((c, j) => {
        if (c.dataBar) dataBars.push({ top: firstBody, left: j + 1, bottom: lastBody, right: j + 1 });
      });
      if (section.asTable) tables.push({ top: headerRow, left: 1, bottom: lastBody, right: section.columns.length });
    }
    placed.push({ headerRow, firstBody, lastBody });
  });
  row++; // a blank row between the table and the sign-off
  line(row++, model.signOff, "signOff");

  const charts: ReportLayout["charts"] = [];
  for (const req of model.charts) {
    const at = placed[req.section];
    const section = model.sections[req.section];
    // A chart of no rows would plot nothing: it is left out.
    if (!at || !section || section.rows.length === 0) continue;
    const column = (j: number): Block => ({ top: at.firstBody, left: j + 1, bottom: at.lastBody, right: j + 1 });
    charts.push({
      kind: req.kind,
      title: req.title,
      categories: column(req.categories),
      series: req.series.map(column),
      seriesNames: req.series.map((j) => section.columns[j]?.header ?? ""),
    });
  }

  const colWidths = widths(model, cells, cols);
  return {
    tab: model.tab,
    cells,
    merges,
    frozenRows,
    widths: colWidths,
    rowLines: rowLines(cells, colWidths),
    printTitles,
    dataBars,
    tables,
    charts,
    rows: row - 1,
    cols,
  };
}

const TABLE_STYLES: ReadonlySet<CellStyle> = new Set(["header", "body", "total"]);

/** Lines a text takes in a column of `width` characters (a header wraps too; explicit line breaks count). */
function linesIn(s: string, width: number): number {
  const room = Math.max(1, width - PADDING);
  return s.split(/\r?\n/).reduce((n, part) => n + Math.max(1, Math.ceil(textWidth(part) / room)), 0);
}

/** Rows whose wrapped text (or header) needs more than one line, with the lines the tallest cell needs. */
function rowLines(cells: readonly LaidCell[], widths: readonly number[]): { row: number; lines: number }[] {
  const most = new Map<number, number>();
  for (const c of cells) {
    if (!(c.wrap || c.style === "header") || typeof c.value !== "string") continue;
    const n = linesIn(c.value, widths[c.col - 1] ?? MIN_WIDTH);
    if (n > (most.get(c.row) ?? 1)) most.set(c.row, n);
  }
  return [...most].map(([row, lines]) => ({ row, lines })).sort((a, b) => a.row - b.row);
}

/**
 * Per column: the width a section gives (the largest, where several do), else the widest header, body or
 * total text plus padding, between MIN_WIDTH and MAX_WIDTH. Titles and notes span merged cells and do not count.
 */
function widths(model: ReportModel, cells: readonly LaidCell[], cols: number): number[] {
  const out: number[] = [];
  for (let j = 0; j < cols; j++) {
    const given = model.sections.map((s) => s.columns[j]?.width).filter((w): w is number => w !== undefined);
    if (given.length > 0) {
      out.push(Math.max(...given));
      continue;
    }
    let widest = 0;
    for (const c of cells) {
      if (c.col !== j + 1 || !TABLE_STYLES.has(c.style)) continue;
      widest = Math.max(widest, textWidth(shownText(c.value, c.numFmt)));
    }
    out.push(Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, widest + PADDING)));
  }
  return out;
}

/**
 * Excel holds at most 32,767 characters in a cell, and refuses a file with more: a longer text (a message quoting
 * two 30,000-character names) is cut with "…", never inside a surrogate pair. The JSON keeps the full text.
 */
export function fitCell<T>(value: T): T | string {
  if (typeof value !== "string" || value.length <= LIMITS.cellChars) return value;
  let end = LIMITS.cellChars - 1;
  const last = value.charCodeAt(end - 1);
  if (last >= 0xd800 && last <= 0xdbff) end--;
  return value.slice(0, end) + "…";
}
