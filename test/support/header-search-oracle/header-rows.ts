// The header search as it was before it passed over data cells (main at 14ed1f7), unchanged but for import paths:
// the oracle of test/read/header-search.test.ts. Every cell is built as a header for every candidate layout.
/**
 * The header among the first 15 rows: every single row and every pair of rows is a candidate layout, and the
 * one that names most of a kind's columns (required ones count double) wins. In a pair, a parent merged over
 * its children is joined to each (营业收入·本年); a child that is a known header by itself (总投资 under
 * 投资情况（万元）) matches alone and takes the parent's unit; a header merged down over both rows is read once.
 * Which layout wins for a kind is match.ts's job; this file only lists the candidates.
 */

import { HeaderMerges } from "../../../src/core/read/merges";
import { cellAt, cellText, isBlankCell, oneLine } from "../../../src/core/read/text";
import type { Merge, SheetData } from "../../../src/core/read/types";
import { childAlone, headerKey, joinHeaders, normaliseHeader, unitOnly, withUnit, type HeaderInfo } from "./header-text";

/** Rows searched for the header (the upper row of a two-row header may be the 15th). */
export const HEADER_SEARCH_ROWS = 15;

export interface HeaderCell {
  col: number;
  /** As written (parent·child for a joined header), for bindings and messages. */
  display: string;
  /** The cell that holds the text, for findings. */
  row: number;
  textCol: number;
  info: HeaderInfo;
  /** The child read alone, in a two-row header. */
  alone?: HeaderInfo;
  /** Lookup texts, best first (the display itself first, for the user's mappings). */
  lookups: string[];
}

export interface HeaderLayout {
  /** The header row; the lower one of a pair. */
  row: number;
  rows: 1 | 2;
  cells: HeaderCell[];
  /** A pair whose lower row holds nothing but units (万元, %): it belongs to the header above it. */
  unitsRow?: boolean;
}

function makeCell(col: number, display: string, row: number, textCol: number, info: HeaderInfo, alone: HeaderInfo | undefined, own: string): HeaderCell {
  const lookups = info.candidates[0] === own ? info.candidates : [own, ...info.candidates];
  const cell: HeaderCell = { col, display, row, textCol, info, lookups };
  if (alone) cell.alone = alone;
  return cell;
}

/**
 * The first rows of a sheet as header candidates. Each text is read as a header once: a cell is a single row's
 * header, the child of the pair above it and the parent of the pair below (most are data, not headers at all).
 */
class Grid {
  readonly width: number;
  readonly merges: HeaderMerges;
  /** Cell texts by row × (width + 1) + column. */
  private readonly texts = new Map<number, string>();
  private readonly infos = new Map<string, HeaderInfo>();
  private readonly keys = new Map<string, string>();
  private readonly units = new Map<string, ReturnType<typeof unitOnly>>();

  constructor(readonly sheet: SheetData, merges: readonly Merge[], readonly year?: number) {
    const last = Math.min(HEADER_SEARCH_ROWS + 1, sheet.rows.length);
    let width = 0;
    for (let r = 1; r <= last; r++) {
      const row = sheet.rows[r - 1];
      if (Array.isArray(row)) width = Math.max(width, row.length);
    }
    this.width = width;
    this.merges = new HeaderMerges(merges, last, width);
  }

  info(t: string): HeaderInfo {
    let info = this.infos.get(t);
    if (info === undefined) this.infos.set(t, (info = normaliseHeader(t, this.year)));
    return info;
  }

  unit(t: string): ReturnType<typeof unitOnly> {
    if (!this.units.has(t)) this.units.set(t, unitOnly(t));
    return this.units.get(t);
  }

  cell(col: number, display: string, row: number, textCol: number, info: HeaderInfo, alone?: HeaderInfo): HeaderCell {
    let own = this.keys.get(display);
    if (own === undefined) this.keys.set(display, (own = headerKey(display)));
    return makeCell(col, display, row, textCol, info, alone, own);
  }

  text(row: number, col: number): string {
    const at = row * (this.width + 1) + col;
    let t = this.texts.get(at);
    if (t === undefined) {
      const v = cellAt(this.sheet.rows[row - 1], col);
      this.texts.set(at, (t = isBlankCell(v) ? "" : oneLine(cellText(v))));
    }
    return t;
  }

  single(r: number): HeaderLayout {
    const cells: HeaderCell[] = [];
    for (let c = 1; c <= this.width; c++) {
      const m = this.merges.covering(r, c);
      // Covered cells are read once, at the merge's first cell; a merge from above belongs to another row.
      if (m && (m.top < r || c > m.left)) continue;
      const t = this.text(r, c);
      if (t !== "") cells.push(this.cell(c, t, r, c, this.info(t)));
    }
    return { row: r, rows: 1, cells };
  }

  /** Rows r and r + 1 as one header; undefined when row r adds nothing (that is the single row r + 1). */
  pair(r: number): HeaderLayout | undefined {
    const cells: HeaderCell[] = [];
    let upperUsed = false;
    let children = 0;
    let unitChildren = 0;
    for (let c = 1; c <= this.width; c++) {
      const mu = this.merges.covering(r, c);
      const ml = this.merges.covering(r + 1, c);
      const upperCol = mu && mu.top === r ? mu.left : c;
      const parent = mu && mu.top < r ? "" : this.text(r, upperCol);
      const mergedDown = ml !== undefined && ml.top <= r;
      if (mergedDown || (ml && ml.top === r + 1 && c > ml.left)) {
        // A header merged down over both rows is one header, read at its first column.
        if (mergedDown && c === ml.left && ml.top === r && parent !== "") {
          cells.push(this.cell(c, parent, r, upperCol, this.info(parent)));
          upperUsed = true;
        }
        continue;
      }
      const child = this.text(r + 1, c);
      if (child === "") {
        if (parent !== "" && upperCol === c) {
          cells.push(this.cell(c, parent, r, c, this.info(parent)));
          upperUsed = true;
        }
        continue;
      }
      children++;
      const unit = this.unit(child);
      if (unit) {
        unitChildren++;
        if (parent !== "" && upperCol === c) {
          cells.push(this.cell(c, `${parent} ${child}`, r, c, withUnit(this.info(parent), unit)));
          upperUsed = true;
        }
        continue;
      }
      const ci = this.info(child);
      if (parent === "") {
        cells.push(this.cell(c, child, r + 1, c, ci));
        continue;
      }
      const pi = this.info(parent);
      upperUsed = true;
      cells.push(this.cell(c, `${parent}·${child}`, r + 1, c, joinHeaders(pi, ci, this.year), childAlone(pi, ci)));
    }
    if (!upperUsed) return undefined;
    return children > 0 && unitChildren === children ? { row: r + 1, rows: 2, cells, unitsRow: true } : { row: r + 1, rows: 2, cells };
  }
}

/** Every candidate layout of the sheet's first rows, in reading order; `year` reads 2022年… headers as 本年 / 上年. */
export function headerLayouts(sheet: SheetData, merges: readonly Merge[], year?: number): HeaderLayout[] {
  const grid = new Grid(sheet, merges, year);
  const out: HeaderLayout[] = [];
  const last = Math.min(HEADER_SEARCH_ROWS, sheet.rows.length);
  for (let r = 1; r <= last; r++) {
    const one = grid.single(r);
    if (one.cells.length > 0) out.push(one);
    if (r + 1 <= sheet.rows.length) {
      const two = grid.pair(r);
      if (two) out.push(two);
    }
  }
  return out;
}
