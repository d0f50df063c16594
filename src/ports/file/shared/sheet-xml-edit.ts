/**
 * Cell-level edits of one worksheet part (the standalone page's 审核说明 and list sheet, written at the part level):
 * cells set or cleared, rows moved down, columns widened. Everything else in the part — other cells and their
 * styles, merges, conditional formats, validations, drawings — is kept as written. Meant for the small sheets the
 * add-in writes into, not for ledgers: each edit walks the sheet's rows.
 */

import { cellName, columnNumber } from "../../../core";
import { xmlText } from "./report-sheet-xml";
import { attributes, NS_MAIN, NS_REL } from "./xlsx-package";

/** A worksheet part with no cells, for a sheet the edits create. */
export const EMPTY_SHEET_XML = `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData/></worksheet>`;

export interface CellEdit {
  row: number;
  col: number;
  /** Text written as an inline string; null clears the value (the cell keeps its style). */
  value: string | null;
  /** The cell's style index from the one it had (undefined: none); absent keeps it. */
  style?: (old: number | undefined) => number;
}

const ROW = /<row\b[^>]*?(?:\/>|>[\s\S]*?<\/row>)/g;
const CELL = /<c\b[^>]*?(?:\/>|>[\s\S]*?<\/c>)/g;

interface Row {
  r: number;
  open: string;
  cells: { col: number; xml: string }[];
}

/** The <sheetData> element's span in the part. */
function sheetDataSpan(xml: string): { start: number; end: number; body: string } {
  const m = /<sheetData\b[^>]*?(?:\/>|>([\s\S]*?)<\/sheetData>)/.exec(xml);
  if (!m) throw new Error("worksheet part without <sheetData>");
  return { start: m.index, end: m.index + m[0].length, body: m[1] ?? "" };
}

/** The rows with their numbers and cells' columns made explicit (a writer may leave `r` out: then they count on). */
function parseRows(body: string): Row[] {
  const rows: Row[] = [];
  let last = 0;
  for (const m of body.matchAll(ROW)) {
    const open = /^<row\b[^>]*?\/?>/.exec(m[0])![0];
    const r = Number(attributes(open).get("r") ?? last + 1);
    last = r;
    const cells: Row["cells"] = [];
    let col = 0;
    const inner = m[0].endsWith("/>") && !m[0].includes("</row>") ? "" : m[0].slice(open.length, -"</row>".length);
    for (const c of inner.matchAll(CELL)) {
      const ref = attributes(/^<c\b[^>]*?\/?>/.exec(c[0])![0]).get("r");
      col = ref ? columnNumber(/^\$?([A-Za-z]+)/.exec(ref)?.[1] ?? "") : col + 1;
      cells.push({ col, xml: ref ? c[0] : c[0].replace(/^<c\b/, `<c r="${cellName(r, col)}"`) });
    }
    // spans is only a hint of the columns used, which edits may change.
    const head = open.replace(/\s*\/>$/, ">").replace(/\sspans="[^"]*"/, "");
    rows.push({ r, open: /\sr=/.test(head) ? head : head.replace(/^<row\b/, `<row r="${r}"`), cells });
  }
  return rows;
}

function rowXml(row: Row): string {
  return `${row.open}${row.cells.map((c) => c.xml).join("")}</row>`;
}

function editedCell(old: string | undefined, e: CellEdit): string | null {
  const oldAttrs = old ? attributes(/^<c\b[^>]*?\/?>/.exec(old)![0]) : new Map<string, string>();
  const before = oldAttrs.has("s") ? Number(oldAttrs.get("s")) : undefined;
  const s = e.style ? e.style(before) : before;
  const style = s === undefined ? "" : ` s="${s}"`;
  const ref = cellName(e.row, e.col);
  if (e.value === null) return s === undefined ? null : `<c r="${ref}"${style}/>`;
  return `<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(e.value)}</t></is></c>`;
}

/** The part with `edits` carried out in order (a later edit of a cell wins). */
export function editCells(xml: string, edits: readonly CellEdit[]): string {
  if (edits.length === 0) return xml;
  const span = sheetDataSpan(xml);
  const rows = new Map(parseRows(span.body).map((r) => [r.r, r]));
  for (const e of edits) {
    let row = rows.get(e.row);
    if (!row) {
      row = { r: e.row, open: `<row r="${e.row}">`, cells: [] };
      rows.set(e.row, row);
    }
    const at = row.cells.findIndex((c) => c.col >= e.col);
    const old = at >= 0 && row.cells[at].col === e.col ? row.cells[at] : undefined;
    const next = editedCell(old?.xml, e);
    if (old) {
      if (next === null) row.cells.splice(at, 1);
      else old.xml = next;
    } else if (next !== null) row.cells.splice(at < 0 ? row.cells.length : at, 0, { col: e.col, xml: next });
  }
  const body = [...rows.values()].sort((a, b) => a.r - b.r).map(rowXml).join("");
  return `${xml.slice(0, span.start)}<sheetData>${body}</sheetData>${xml.slice(span.end)}`;
}

/** `A1:B2 C3` with every row number one more (absolute rows too). */
function shiftRefs(refs: string): string {
  return refs.replace(/(\$?[A-Za-z]{1,3}\$?)(\d+)/g, (_, col: string, row: string) => `${col}${Number(row) + 1}`);
}

/**
 * Every row moved down one, to make room on top: rows and cells renumbered, and the ranges the part names
 * (dimension, merges, conditional formats, validations, links, the selection) with them.
 */
export function shiftRowsDown(xml: string): string {
  const span = sheetDataSpan(xml);
  const body = parseRows(span.body)
    .map((row) => {
      const open = row.open.replace(/\sr="(\d+)"/, ` r="${row.r + 1}"`);
      const cells = row.cells.map((c) => ({ ...c, xml: c.xml.replace(/^(<c\b[^>]*?\sr=")([^"]+)"/, (_, head: string, ref: string) => `${head}${shiftRefs(ref)}"`) }));
      return rowXml({ r: row.r + 1, open, cells });
    })
    .join("");
  const rest = (s: string) =>
    s.replace(/(<(?:dimension|mergeCell|hyperlink)\b[^>]*?\sref=")([^"]*)"/g, (_, head: string, ref: string) => `${head}${shiftRefs(ref)}"`)
      .replace(/(<(?:conditionalFormatting|dataValidation|selection)\b[^>]*?\ssqref=")([^"]*)"/g, (_, head: string, ref: string) => `${head}${shiftRefs(ref)}"`)
      .replace(/(<(?:selection|pane)\b[^>]*?\s(?:activeCell|topLeftCell)=")([^"]*)"/g, (_, head: string, ref: string) => `${head}${shiftRefs(ref)}"`);
  return `${rest(xml.slice(0, span.start))}<sheetData>${body}</sheetData>${rest(xml.slice(span.end))}`;
}

interface ColRange {
  min: number;
  max: number;
  attrs: Map<string, string>;
}

function colXml(c: ColRange): string {
  const attrs = [...c.attrs].filter(([k]) => k !== "min" && k !== "max").map(([k, v]) => ` ${k}="${v}"`).join("");
  return `<col min="${c.min}" max="${c.max}"${attrs}/>`;
}

/** Columns at least as wide as asked (characters); a wider one stays, a range is split around the column widened. */
export function widenColumns(xml: string, widths: readonly { col: number; width: number }[]): string {
  if (widths.length === 0) return xml;
  const section = /<cols\b[^>]*>([\s\S]*?)<\/cols>/.exec(xml);
  let cols: ColRange[] = [...(section?.[1] ?? "").matchAll(/<col\b[^>]*>/g)].map((m) => {
    const attrs = attributes(m[0]);
    return { min: Number(attrs.get("min")), max: Number(attrs.get("max")), attrs };
  });
  for (const { col, width } of widths) {
    const at = cols.find((c) => c.min <= col && col <= c.max);
    if (at && Number(at.attrs.get("width") ?? 0) >= width) continue;
    const widened: ColRange = { min: col, max: col, attrs: new Map([...(at?.attrs ?? []), ["width", String(width)], ["customWidth", "1"]]) };
    const parts = at
      ? [{ ...at, max: col - 1 }, widened, { ...at, min: col + 1 }].filter((c) => c.min <= c.max)
      : [widened];
    cols = [...cols.filter((c) => c !== at), ...parts].sort((a, b) => a.min - b.min);
  }
  const colsXml = `<cols>${cols.map(colXml).join("")}</cols>`;
  if (section) return xml.slice(0, section.index) + colsXml + xml.slice(section.index + section[0].length);
  const at = xml.search(/<sheetData\b/);
  return xml.slice(0, at) + colsXml + xml.slice(at);
}
