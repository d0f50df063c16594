/**
 * Cell-level edits of one worksheet part (the standalone page's 审核说明 and list sheet, written at the part level):
 * cells set or cleared, rows moved down, columns widened. Everything else in the part — other cells and their
 * styles, merges, conditional formats, validations, drawings — is kept as written. Meant for the small sheets the
 * add-in writes into, not for ledgers: each edit walks the sheet's rows.
 */

import { cellName, columnNumber } from "../../../core";
import { PartNs } from "./part-ns";
import { FileRefusal } from "./refusal";
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

interface Row {
  r: number;
  /** The start tag, `r` made explicit; its element's name (`row`, `x:row`) closes it. */
  open: string;
  name: string;
  cells: { col: number; xml: string }[];
}

/** The <sheetData> element's span in the part; a worksheet without one is damaged (the schema requires it). */
function sheetDataSpan(xml: string, ns: PartNs): { start: number; end: number; name: string; body: string } {
  const m = ns.element("sheetData").exec(xml);
  if (!m) throw new FileRefusal("file.corrupt");
  return { start: m.index, end: m.index + m[0].length, name: m[1], body: m[2] ?? "" };
}

/** The rows with their numbers and cells' columns made explicit (a writer may leave `r` out: then they count on). */
function parseRows(body: string, ns: PartNs): Row[] {
  const rows: Row[] = [];
  let last = 0;
  const cellRe = ns.element("c", "g");
  for (const m of body.matchAll(ns.element("row", "g"))) {
    const name = m[1];
    const open = /^<[^>]*>/.exec(m[0])![0];
    const r = Number(attributes(open).get("r") ?? last + 1);
    last = r;
    const cells: Row["cells"] = [];
    let col = 0;
    const inner = open.endsWith("/>") ? "" : m[0].slice(open.length, -`</${name}>`.length);
    for (const c of inner.matchAll(cellRe)) {
      const ref = attributes(/^<[^>]*>/.exec(c[0])![0]).get("r");
      col = ref ? columnNumber(/^\$?([A-Za-z]+)/.exec(ref)?.[1] ?? "") : col + 1;
      cells.push({ col, xml: ref ? c[0] : `<${c[1]} r="${cellName(r, col)}"${c[0].slice(c[1].length + 1)}` });
    }
    // spans is only a hint of the columns used, which edits may change.
    const head = open.replace(/\s*\/>$/, ">").replace(/\sspans="[^"]*"/, "");
    rows.push({ r, name, open: /\sr=/.test(head) ? head : `<${name} r="${r}"${head.slice(name.length + 1)}`, cells });
  }
  return rows;
}

function rowXml(row: Row): string {
  return `${row.open}${row.cells.map((c) => c.xml).join("")}</${row.name}>`;
}

function editedCell(old: string | undefined, e: CellEdit, ns: PartNs): string | null {
  const oldAttrs = old ? attributes(/^<[^>]*>/.exec(old)![0]) : new Map<string, string>();
  const before = oldAttrs.has("s") ? Number(oldAttrs.get("s")) : undefined;
  const s = e.style ? e.style(before) : before;
  const style = s === undefined ? "" : ` s="${s}"`;
  const ref = cellName(e.row, e.col);
  if (e.value === null) return s === undefined ? null : ns.own(`<c r="${ref}"${style}/>`);
  return ns.own(`<c r="${ref}"${style} t="inlineStr"><is><t xml:space="preserve">${xmlText(e.value)}</t></is></c>`);
}

/** The part with `edits` carried out in order (a later edit of a cell wins). */
export function editCells(xml: string, edits: readonly CellEdit[]): string {
  if (edits.length === 0) return xml;
  const ns = PartNs.of(xml);
  const span = sheetDataSpan(xml, ns);
  const rows = new Map(parseRows(span.body, ns).map((r) => [r.r, r]));
  for (const e of edits) {
    let row = rows.get(e.row);
    if (!row) {
      row = { r: e.row, name: ns.prefix + "row", open: ns.own(`<row r="${e.row}">`), cells: [] };
      rows.set(e.row, row);
    }
    const at = row.cells.findIndex((c) => c.col >= e.col);
    const old = at >= 0 && row.cells[at].col === e.col ? row.cells[at] : undefined;
    const next = editedCell(old?.xml, e, ns);
    if (old) {
      if (next === null) row.cells.splice(at, 1);
      else old.xml = next;
    } else if (next !== null) row.cells.splice(at < 0 ? row.cells.length : at, 0, { col: e.col, xml: next });
  }
  const body = [...rows.values()].sort((a, b) => a.r - b.r).map(rowXml).join("");
  return `${xml.slice(0, span.start)}<${span.name}>${body}</${span.name}>${xml.slice(span.end)}`;
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
  const ns = PartNs.of(xml);
  const span = sheetDataSpan(xml, ns);
  const cellRef = new RegExp(`^(<${ns.name("c")}\\b[^>]*?\\sr=")([^"]+)"`);
  const body = parseRows(span.body, ns)
    .map((row) => {
      const open = row.open.replace(/\sr="(\d+)"/, ` r="${row.r + 1}"`);
      const cells = row.cells.map((c) => ({ ...c, xml: c.xml.replace(cellRef, (_, head: string, ref: string) => `${head}${shiftRefs(ref)}"`) }));
      return rowXml({ ...row, r: row.r + 1, open, cells });
    })
    .join("");
  const tags = (names: string) => names.split("|").map((n) => ns.name(n)).join("|");
  const refAttr = new RegExp(`(<(?:${tags("dimension|mergeCell|hyperlink")})\\b[^>]*?\\sref=")([^"]*)"`, "g");
  const sqrefAttr = new RegExp(`(<(?:${tags("conditionalFormatting|dataValidation|selection")})\\b[^>]*?\\ssqref=")([^"]*)"`, "g");
  const cellAttr = new RegExp(`(<(?:${tags("selection|pane")})\\b[^>]*?\\s(?:activeCell|topLeftCell)=")([^"]*)"`, "g");
  const shifted = (_: string, head: string, ref: string) => `${head}${shiftRefs(ref)}"`;
  const rest = (s: string) => s.replace(refAttr, shifted).replace(sqrefAttr, shifted).replace(cellAttr, shifted);
  return `${rest(xml.slice(0, span.start))}<${span.name}>${body}</${span.name}>${rest(xml.slice(span.end))}`;
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
  const ns = PartNs.of(xml);
  const section = ns.element("cols").exec(xml);
  let cols: ColRange[] = [...(section?.[2] ?? "").matchAll(new RegExp(`<${ns.name("col")}\\b[^>]*>`, "g"))].map((m) => {
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
  const colsXml = ns.own(`<cols>${cols.map(colXml).join("")}</cols>`);
  if (section) return xml.slice(0, section.index) + colsXml + xml.slice(section.index + section[0].length);
  const at = xml.search(new RegExp(`<${ns.name("sheetData")}\\b`));
  return xml.slice(0, at) + colsXml + xml.slice(at);
}
