/**
 * A report tab's worksheet part, written as SpreadsheetML straight from its ReportLayout (no workbook model):
 * cells as inline strings and numbers, looks as cell formats appended to the workbook's styles part, merges,
 * frozen header, widths, wrapped rows' heights, fixed-bound data bars, links to cells of the workbook, and the
 * page setup, print options and footer REPORTS.md asks for. The Office.js writer places the same things.
 */

import { BORDER_COLOR, type BorderEdge, cellFormat, type CellLook, cellName, DATA_BAR_BOUNDS, DATA_BAR_COLOR, FOOTER, type LaidCell, LINE_POINTS, linkReference, lookOf, PAGE_SETUP, type ReportLayout, rangeName } from "../../../core";
import { PartNs } from "./part-ns";
import { FileRefusal } from "./refusal";
import { escapeXml, NS_MAIN, NS_REL } from "./xlsx-package";

/**
 * Text as XML character data: escaped, a literal `_xHHHH_` escaped as `_x005F_…` (OOXML would decode it), a
 * carriage return as a character reference (written raw, XML would read it as a line feed) and the control
 * characters XML cannot hold at all as OOXML's `_xHHHH_`.
 */
export function xmlText(s: string): string {
  return escapeXml(s.replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_"))
    .replace(/\r/g, "&#13;")
    // eslint-disable-next-line no-control-regex -- control characters are exactly what must be escaped
    .replace(/[\x00-\x08\x0B\x0C\x0E-\x1F]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** Number formats Excel knows by id (ECMA-376 §18.8.30); others get ids from 164 on. */
const BUILT_IN_FORMATS: Record<string, number> = { General: 0, "0": 1, "0.00": 2, "#,##0": 3, "#,##0.00": 4, "0%": 9, "0.00%": 10, "@": 49 };

/** The section of styles.xml named `tag` (`fonts`, `cellXfs`…): its `item`s counted, new ones appended. */
function appendTo(xml: string, ns: PartNs, tag: string, item: string, added: readonly string[]): { xml: string; first: number } {
  const section = new RegExp(`<(${ns.name(tag)})\\b([^>]*?)(?:/>|>([\\s\\S]*?)</\\1>)`).exec(xml);
  // A styles part without the sections every workbook has (fonts, fills, borders, cellXfs) is damaged.
  if (!section) throw new FileRefusal("file.corrupt");
  const existing = (section[3] ?? "").match(new RegExp(`<${ns.name(item)}[\\s>/]`, "g"))?.length ?? 0;
  const attrs = section[2].replace(/\s*count="\d*"/, "");
  const rebuilt = `<${section[1]}${attrs} count="${existing + added.length}">${section[3] ?? ""}${ns.own(added.join(""))}</${section[1]}>`;
  return { xml: xml.slice(0, section.index) + rebuilt + xml.slice(section.index + section[0].length), first: existing };
}

/**
 * The cell formats the report tabs use, added to a workbook's styles part once per look and number format.
 * `xfOf` gives a cell's style index; `styles()` the edited part.
 */
export class ReportStyles {
  private readonly xfs = new Map<string, number>();
  private readonly order: { look: CellLook; numFmt: string }[] = [];

  constructor(private readonly base: string) {}

  xfOf(cell: Pick<LaidCell, "style" | "link" | "wrap" | "value" | "numFmt">): number {
    return this.xfFor(lookOf(cell), cellFormat(cell));
  }

  /** The style index of a look and number format of the add-in's own (审核说明's header, a template's columns). */
  xfFor(look: CellLook, numFmt: string): number {
    const key = `${JSON.stringify(look)}|${numFmt}`;
    let i = this.xfs.get(key);
    if (i === undefined) {
      i = this.order.length;
      this.order.push({ look, numFmt });
      this.xfs.set(key, i);
    }
    return i;
  }

  /** Indexes handed out by xfOf are relative; the written part's cellXfs start at this offset. */
  private offset = 0;

  absolute(relative: number): number {
    return this.offset + relative;
  }

  /** Counts the base part's cellXfs, so that xf indexes can be made absolute before the sheets are written. */
  prepare(): void {
    const ns = PartNs.of(this.base);
    const section = ns.element("cellXfs").exec(this.base);
    this.offset = section?.[2]?.match(new RegExp(`<${ns.name("xf")}[\\s>/]`, "g"))?.length ?? 0;
  }

  /** The styles part with the fonts, fills, borders, number formats and cell formats the tabs use. */
  styles(): string {
    let xml = this.base;
    const ns = PartNs.of(xml);
    // Custom number formats: reuse a code the workbook already has, else a new id.
    const codes = new Map<string, number>();
    let nextId = 164;
    for (const m of xml.matchAll(new RegExp(`<${ns.name("numFmt")}\\b[^>]*>`, "g"))) {
      const id = Number(/numFmtId="(\d+)"/.exec(m[0])?.[1]);
      const code = /formatCode="([^"]*)"/.exec(m[0])?.[1];
      if (Number.isFinite(id)) nextId = Math.max(nextId, id + 1);
      if (code !== undefined) codes.set(code.replace(/&quot;/g, '"').replace(/&amp;/g, "&"), id);
    }
    const newFormats: string[] = [];
    const formatId = (code: string): number => {
      const builtIn = BUILT_IN_FORMATS[code];
      if (builtIn !== undefined) return builtIn;
      let id = codes.get(code);
      if (id === undefined) {
        id = nextId++;
        codes.set(code, id);
        newFormats.push(`<numFmt numFmtId="${id}" formatCode="${escapeXml(code)}"/>`);
      }
      return id;
    };
    const fontName = new RegExp(`<${ns.name("font")}\\b[^>]*>[\\s\\S]*?<${ns.name("name")} val="([^"]*)"`).exec(xml)?.[1] ?? "Calibri";
    const fonts: string[] = [];
    const fills: string[] = [];
    const borders: string[] = [];
    const items = this.order.map(({ look, numFmt }) => {
      fonts.push(fontXml(look, fontName));
      if (look.fill) fills.push(`<fill><patternFill patternType="solid"><fgColor rgb="${argb(look.fill)}"/><bgColor indexed="64"/></patternFill></fill>`);
      const hasBorder = Boolean(look.border || look.edges?.length);
      if (hasBorder) {
        // A report's grid is drawn all round in grey; a template header's lines only where its look says.
        const side = (edge: BorderEdge) =>
          look.border ? `<${edge} style="thin"><color rgb="${argb(BORDER_COLOR)}"/></${edge}>` : look.edges?.includes(edge) ? `<${edge} style="thin"/>` : `<${edge}/>`;
        borders.push(`<border>${side("left")}${side("right")}${side("top")}${side("bottom")}<diagonal/></border>`);
      }
      return { look, numFmtId: formatId(numFmt), hasFill: Boolean(look.fill), hasBorder };
    });
    if (newFormats.length > 0) {
      if (new RegExp(`<${ns.name("numFmts")}\\b`).test(xml)) xml = appendTo(xml, ns, "numFmts", "numFmt", newFormats).xml;
      else xml = xml.replace(new RegExp(`<${ns.name("styleSheet")}\\b[^>]*>`), (root) => `${root}${ns.own(`<numFmts count="${newFormats.length}">${newFormats.join("")}</numFmts>`)}`);
    }
    const f = appendTo(xml, ns, "fonts", "font", fonts);
    const fi = appendTo(f.xml, ns, "fills", "fill", fills);
    const b = appendTo(fi.xml, ns, "borders", "border", borders);
    let fillAt = fi.first;
    let borderAt = b.first;
    const xfs = items.map((it, k) => {
      const fillId = it.hasFill ? fillAt++ : 0;
      const borderId = it.hasBorder ? borderAt++ : 0;
      const align = alignmentXml(it.look);
      return (
        `<xf numFmtId="${it.numFmtId}" fontId="${f.first + k}" fillId="${fillId}" borderId="${borderId}" xfId="0" applyNumberFormat="1" applyFont="1"` +
        `${it.hasFill ? ' applyFill="1"' : ""}${it.hasBorder ? ' applyBorder="1"' : ""}${align ? ` applyAlignment="1">${align}</xf>` : "/>"}`
      );
    });
    return appendTo(b.xml, ns, "cellXfs", "xf", xfs).xml;
  }
}

function fontXml(look: CellLook, name: string): string {
  return (
    `<font>${look.bold ? "<b/>" : ""}${look.italic ? "<i/>" : ""}${look.underline ? "<u/>" : ""}<sz val="${look.size ?? 11}"/>` +
    `${look.color ? `<color rgb="${argb(look.color)}"/>` : ""}<name val="${escapeXml(name)}"/></font>`
  );
}

function alignmentXml(look: CellLook): string {
  if (!look.align && !look.wrap) return "";
  const h = look.align ? ` horizontal="${look.align.toLowerCase()}"` : "";
  const wrap = look.wrap ? ` vertical="center" wrapText="1"` : "";
  return `<alignment${h}${wrap}/>`;
}

function cellXml(c: LaidCell, style: number): string {
  const ref = cellName(c.row, c.col);
  if (c.value === null || c.value === "") return `<c r="${ref}" s="${style}"/>`;
  if (typeof c.value === "number") return `<c r="${ref}" s="${style}"><v>${c.value}</v></c>`;
  // A string is always an inline string, never a formula: "text is text" (REPORTS.md).
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(c.value)}</t></is></c>`;
}

/** The worksheet part of one report tab; its cell formats are registered with `styles`. */
export function reportSheetXml(layout: ReportLayout, styles: ReportStyles): string {
  const rows = new Map<number, LaidCell[]>();
  for (const c of layout.cells) {
    const list = rows.get(c.row);
    if (list) list.push(c);
    else rows.set(c.row, [c]);
  }
  const heights = new Map(layout.rowLines.map((r) => [r.row, r.lines * LINE_POINTS]));
  const sheetData: string[] = [];
  for (const r of [...rows.keys()].sort((a, b) => a - b)) {
    const cells = (rows.get(r) as LaidCell[]).sort((a, b) => a.col - b.col);
    const ht = heights.get(r);
    sheetData.push(`<row r="${r}"${ht ? ` ht="${ht}" customHeight="1"` : ""}>${cells.map((c) => cellXml(c, styles.absolute(styles.xfOf(c)))).join("")}</row>`);
  }
  const last = cellName(Math.max(1, layout.rows), Math.max(1, layout.cols));
  const frozen = layout.frozenRows;
  const pane = frozen > 0 ? `<pane ySplit="${frozen}" topLeftCell="A${frozen + 1}" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/>` : "";
  const cols = layout.widths
    .map((w, i) => (w > 0 ? `<col min="${i + 1}" max="${i + 1}" width="${w}" customWidth="1"/>` : ""))
    .join("");
  const merges = layout.merges.map((m) => `<mergeCell ref="${rangeName(m)}"/>`).join("");
  const bars = layout.dataBars
    .map(
      (bar, i) =>
        `<conditionalFormatting sqref="${rangeName(bar)}"><cfRule type="dataBar" priority="${i + 1}"><dataBar>` +
        `<cfvo type="num" val="${DATA_BAR_BOUNDS.min}"/><cfvo type="num" val="${DATA_BAR_BOUNDS.max}"/><color rgb="${argb(DATA_BAR_COLOR)}"/></dataBar></cfRule></conditionalFormatting>`,
    )
    .join("");
  const links = layout.cells
    .filter((c) => c.link && c.value !== null && c.value !== "")
    .map((c) => `<hyperlink ref="${cellName(c.row, c.col)}" location="${escapeXml(linkReference(c.link!))}" display="${xmlText(String(c.value))}"/>`)
    .join("");
  const m = PAGE_SETUP.margins;
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheetPr><pageSetUpPr fitToPage="1"/></sheetPr><dimension ref="A1:${last}"/>` +
    `<sheetViews><sheetView workbookViewId="0">${pane}</sheetView></sheetViews><sheetFormatPr defaultRowHeight="${LINE_POINTS}"/>` +
    (cols ? `<cols>${cols}</cols>` : "") +
    `<sheetData>${sheetData.join("")}</sheetData>` +
    (merges ? `<mergeCells count="${layout.merges.length}">${merges}</mergeCells>` : "") +
    bars +
    (links ? `<hyperlinks>${links}</hyperlinks>` : "") +
    `<printOptions horizontalCentered="${PAGE_SETUP.centerHorizontally ? 1 : 0}" gridLines="${PAGE_SETUP.printGridlines ? 1 : 0}"/>` +
    `<pageMargins left="${m.left}" right="${m.right}" top="${m.top}" bottom="${m.bottom}" header="${m.header}" footer="${m.footer}"/>` +
    `<pageSetup paperSize="${PAGE_SETUP.paperSize}" orientation="${PAGE_SETUP.orientation}" fitToWidth="${PAGE_SETUP.fitToWidth}" fitToHeight="${PAGE_SETUP.fitToHeight}"/>` +
    `<headerFooter><oddFooter>${escapeXml(`&L${FOOTER.left}&C${FOOTER.center}`)}</oddFooter></headerFooter>` +
    `</worksheet>`
  );
}

/** `_gx`: the settings JSON in column A, one chunk a cell, as inline strings. */
export function settingsSheetXml(chunks: readonly string[]): string {
  const rows = chunks.map((t, i) => `<row r="${i + 1}"><c r="A${i + 1}" t="inlineStr"><is><t xml:space="preserve">${xmlText(t)}</t></is></c></row>`);
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}"><sheetData>${rows.join("")}</sheetData></worksheet>`;
}

/** The print titles of a tab: `'校验结果'!$4:$4`. */
export function printTitlesRef(tab: string, rows: { top: number; bottom: number }): string {
  return `'${tab.replace(/'/g, "''")}'!$${rows.top}:$${rows.bottom}`;
}
