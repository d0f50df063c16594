/**
 * What both report writers derive alike from a ReportLayout: the cell grid with the number format each cell really
 * gets, the look of each cell style, rectangles of equal look, link targets and widths. Pure (no Office.js, no
 * ExcelJS), so the Office.js writer and the file writer give the same cells.
 */

import type { Block, CellStyle, LaidCell, ReportLayout } from "./layout-types";
import type { CellLink } from "./model";
import { isFormulaLike } from "./text-safe";

/** Colours are #RRGGBB; alignment uses Office.js's words. */
export interface CellLook {
  bold?: boolean;
  italic?: boolean;
  size?: number;
  color?: string;
  underline?: boolean;
  fill?: string;
  /** Thin borders around and inside the area. */
  border?: boolean;
  /** Thin lines on these edges of each cell only, in the automatic colour (the templates' header row). */
  edges?: readonly BorderEdge[];
  align?: "Left" | "Center" | "Right";
  wrap?: boolean;
}

export type BorderEdge = "left" | "right" | "top" | "bottom";

export const BORDER_COLOR = "#A6A6A6";
export const DATA_BAR_COLOR = "#638EC6";

export const LOOKS: Record<CellStyle, CellLook> = {
  title: { bold: true, size: 14, align: "Center" },
  subtitle: { color: "#595959" },
  heading: { bold: true, size: 12 },
  note: { color: "#404040" },
  header: { bold: true, fill: "#DDEBF7", border: true, align: "Center", wrap: true },
  body: { border: true },
  total: { bold: true, fill: "#F2F2F2", border: true },
  signOff: {},
};

/** Data bars run from 0 to 100 % whatever the column holds; above 100 % the bar is full (REPORTS.md). */
export const DATA_BAR_BOUNDS = { min: 0, max: 1 } as const;

/**
 * The page setup of every tab (REPORTS.md, Ready to print and send): A4 landscape, one page wide and as many
 * tall as needed, narrow margins (inches, as Excel's 窄 preset), centred horizontally, no gridlines printed.
 */
export const PAGE_SETUP = {
  orientation: "landscape",
  /** OOXML paperSize 9 = A4. */
  paperSize: 9,
  fitToWidth: 1,
  fitToHeight: 0,
  margins: { left: 0.25, right: 0.25, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 },
  centerHorizontally: true,
  printGridlines: false,
} as const;

/** The footer: the tab's name left (&A), `第 &P 页 共 &N 页` in the centre. */
export const FOOTER = { left: "&A", center: "第 &P 页 共 &N 页" } as const;

/** The height of one line of 11-point text, in points, for rows of wrapped text (the file writer). */
export const LINE_POINTS = 15;

/** A 校验结果 单元格 that links to the ledger cell looks like a link. */
export const LINK_LOOK: CellLook = { color: "#0563C1", underline: true };

export function lookOf(cell: Pick<LaidCell, "style" | "link" | "wrap">): CellLook {
  const look = cell.link ? { ...LOOKS[cell.style], ...LINK_LOOK } : LOOKS[cell.style];
  return cell.wrap ? { ...look, wrap: true } : look;
}

/**
 * A string Excel would not keep as typed under General: a formula (= + - @, REPORTS.md "text is text"), or text
 * it would read as a number, date, percentage, boolean or error value (an 18-digit 信用代码 would lose digits).
 * Such cells get the text format "@", set before the value, in both writers.
 */
export function needsTextFormat(s: string): boolean {
  return isFormulaLike(s) || /\d/.test(s) || /^\s*(true|false)\s*$/i.test(s) || /^\s*#/.test(s);
}

/** The number format a cell really gets. */
export function cellFormat(cell: Pick<LaidCell, "value" | "numFmt">): string {
  return typeof cell.value === "string" && needsTextFormat(cell.value) ? "@" : cell.numFmt;
}

export type GridValue = string | number | null;

/** The tab's cells as matrices: values[i][j] is row i+1, column j+1; null where the layout has no cell. */
export interface Grid {
  rows: number;
  cols: number;
  values: GridValue[][];
  formats: (string | null)[][];
}

export function layoutGrid(layout: ReportLayout): Grid {
  let rows = Math.max(layout.rows, 0);
  let cols = Math.max(layout.cols, 0);
  for (const c of layout.cells) {
    rows = Math.max(rows, c.row);
    cols = Math.max(cols, c.col);
  }
  const values: GridValue[][] = Array.from({ length: rows }, () => new Array<GridValue>(cols).fill(null));
  const formats: (string | null)[][] = Array.from({ length: rows }, () => new Array<string | null>(cols).fill(null));
  for (const c of layout.cells) {
    values[c.row - 1][c.col - 1] = c.value === "" ? null : c.value;
    formats[c.row - 1][c.col - 1] = cellFormat(c);
  }
  return { rows, cols, values, formats };
}

export interface LookArea {
  look: CellLook;
  block: Block;
}

/**
 * Rectangles of cells with the same look, so formats go on whole ranges: runs along each row, then runs of equal
 * rows stacked. A section's body is one rectangle whatever its length.
 */
export function lookAreas(layout: ReportLayout): LookArea[] {
  const byRow = new Map<number, LaidCell[]>();
  for (const c of layout.cells) {
    const list = byRow.get(c.row);
    if (list) list.push(c);
    else byRow.set(c.row, [c]);
  }
  const open = new Map<string, { look: CellLook; block: Block }>();
  const done: LookArea[] = [];
  const lookKey = (c: LaidCell) => `${c.style}${c.link ? "+link" : ""}${c.wrap ? "+wrap" : ""}`;
  for (const row of [...byRow.keys()].sort((a, b) => a - b)) {
    const cells = (byRow.get(row) as LaidCell[]).sort((a, b) => a.col - b.col);
    const runs: { key: string; left: number; right: number; look: CellLook }[] = [];
    for (const c of cells) {
      const last = runs[runs.length - 1];
      const k = lookKey(c);
      if (last && last.key === k && last.right === c.col - 1) last.right = c.col;
      else runs.push({ key: k, left: c.col, right: c.col, look: lookOf(c) });
    }
    const seen = new Set<string>();
    for (const run of runs) {
      const id = `${run.key}|${run.left}|${run.right}`;
      seen.add(id);
      const prev = open.get(id);
      if (prev && prev.block.bottom === row - 1) prev.block.bottom = row;
      else {
        if (prev) done.push(prev);
        open.set(id, { look: run.look, block: { top: row, left: run.left, bottom: row, right: run.right } });
      }
    }
    for (const [id, area] of open) {
      if (!seen.has(id)) {
        done.push(area);
        open.delete(id);
      }
    }
  }
  for (const r of open.values()) done.push(r);
  return done.sort((a, b) => a.block.top - b.block.top || a.block.left - b.block.left);
}

/** `'百家重点企业'!C5`: the sheet always quoted, its own quotes doubled, as Excel writes a reference. */
export function linkReference(link: CellLink): string {
  return `'${link.sheet.replace(/'/g, "''")}'!${link.cell}`;
}

/** Characters (the layout's widths) → points (Office.js columnWidth): 7 px a character plus 5 px padding at 96 dpi. */
export function widthPoints(chars: number): number {
  return Math.round((chars * 7 + 5) * 0.75 * 100) / 100;
}
