/**
 * The header among the first 15 rows: every single row and every pair of rows is a candidate layout, and the
 * one that names most of a kind's columns (required ones count double) wins. In a pair, a parent merged over
 * its children is joined to each (营业收入·本年); a child that is a known header by itself (总投资 under
 * 投资情况（万元）) matches alone and takes the parent's unit; a header merged down over both rows is read once.
 * Which layout wins for a kind is match.ts's job; this file only lists the candidates. Searching, a candidate
 * holds only the cells that can name something of a vocabulary (vocabulary.ts makes the kinds'): most are data.
 */

import { HeaderMerges } from "../merges";
import { cellAt, cellText, isBlankCell, oneLine } from "../text";
import type { Merge, SheetData } from "../types";
import { childAlone, headerKey, joinHeaders, normaliseHeader, unitOnly, withUnit, type HeaderInfo } from "./header-text";

/** What the kinds (and the user's mappings) can name, asked of a cell's readings; every "no" must be certain. */
export interface Vocabulary {
  /** Whether any of these lookup texts may name a column. */
  names(lookups: readonly string[]): boolean;
  /** Whether `text` (read as `info`) may name a column as the parent of a joined header, over any child. */
  mayJoin(text: string, info: HeaderInfo): boolean;
}

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

type Unit = ReturnType<typeof unitOnly>;

/** A text of the first rows and what the search has worked out of it so far (each only when first asked). */
interface Text {
  text: string;
  info?: HeaderInfo;
  /** unitOnly's answer; null when the text is not a unit. */
  unit?: Unit | null;
  /** It names something alone (as a row's header, or a child read alone). */
  names?: boolean;
  /** It may name something as the parent of a joined header. */
  joins?: boolean;
}

/**
 * The first rows of a sheet as header candidates. Each text is read as a header once: a cell is a single row's
 * header, the child of the pair above it and the parent of the pair below (most are data, not headers at all).
 * Given a vocabulary, a layout keeps only the cells that can name something in it; without one, every cell.
 */
class Grid {
  readonly width: number;
  readonly merges: HeaderMerges;
  /** The texts by row and column (undefined when blank), read once; a text met again shares its Text. */
  private readonly texts: (Text | undefined)[][] = [];
  private readonly byText = new Map<string, Text>();
  private readonly keys = new Map<string, string>();

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

  at(row: number, col: number): Text | undefined {
    let texts = this.texts[row];
    if (texts === undefined) {
      const cells = this.sheet.rows[row - 1];
      texts = this.texts[row] = [];
      for (let c = 1; c <= this.width; c++) {
        const v = cellAt(cells, c);
        const text = isBlankCell(v) ? "" : oneLine(cellText(v));
        if (text === "") {
          texts.push(undefined); // an invalid date or an odd value shows nothing either
          continue;
        }
        let t = this.byText.get(text);
        if (t === undefined) this.byText.set(text, (t = { text }));
        texts.push(t);
      }
    }
    return texts[col - 1];
  }

  info(t: Text): HeaderInfo {
    return (t.info ??= normaliseHeader(t.text, this.year));
  }

  unit(t: Text): Unit {
    // Its key is its first candidate, already made.
    if (t.unit === undefined) t.unit = unitOnly(t.text, this.info(t).candidates[0]) ?? null;
    return t.unit ?? undefined;
  }

  /** Whether the text alone may name something: the lookups of its cell are its candidates (its key first). */
  names(t: Text, v: Vocabulary | undefined): boolean {
    return !v || (t.names ??= v.names(this.info(t).candidates));
  }

  joins(t: Text, v: Vocabulary): boolean {
    return (t.joins ??= v.mayJoin(t.text, this.info(t)));
  }

  cell(col: number, display: string, row: number, textCol: number, info: HeaderInfo, alone?: HeaderInfo): HeaderCell {
    let own = this.keys.get(display);
    if (own === undefined) this.keys.set(display, (own = headerKey(display)));
    return makeCell(col, display, row, textCol, info, alone, own);
  }

  /** The cell of a single text, unless it names nothing of the vocabulary. */
  private plain(cells: HeaderCell[], v: Vocabulary | undefined, col: number, t: Text, row: number, textCol: number): void {
    if (this.names(t, v)) cells.push(this.cell(col, t.text, row, textCol, this.info(t)));
  }

  /** A built cell, unless none of its readings names anything of the vocabulary. */
  private keep(cells: HeaderCell[], v: Vocabulary | undefined, cell: HeaderCell): void {
    if (!v || v.names(cell.lookups) || (cell.alone !== undefined && v.names(cell.alone.candidates))) cells.push(cell);
  }

  single(r: number, v?: Vocabulary): HeaderLayout | undefined {
    const cells: HeaderCell[] = [];
    let any = false;
    for (let c = 1; c <= this.width; c++) {
      const m = this.merges.covering(r, c);
      // Covered cells are read once, at the merge's first cell; a merge from above belongs to another row.
      if (m && (m.top < r || c > m.left)) continue;
      const t = this.at(r, c);
      if (t === undefined) continue;
      any = true;
      this.plain(cells, v, c, t, r, c);
    }
    return any ? { row: r, rows: 1, cells } : undefined;
  }

  /** Rows r and r + 1 as one header; undefined when row r adds nothing (that is the single row r + 1). */
  pair(r: number, v?: Vocabulary): HeaderLayout | undefined {
    const cells: HeaderCell[] = [];
    let upperUsed = false;
    let children = 0;
    let unitChildren = 0;
    for (let c = 1; c <= this.width; c++) {
      const mu = this.merges.covering(r, c);
      const ml = this.merges.covering(r + 1, c);
      const upperCol = mu && mu.top === r ? mu.left : c;
      const parent = mu && mu.top < r ? undefined : this.at(r, upperCol);
      const mergedDown = ml !== undefined && ml.top <= r;
      if (mergedDown || (ml && ml.top === r + 1 && c > ml.left)) {
        // A header merged down over both rows is one header, read at its first column.
        if (mergedDown && c === ml.left && ml.top === r && parent) {
          this.plain(cells, v, c, parent, r, upperCol);
          upperUsed = true;
        }
        continue;
      }
      const child = this.at(r + 1, c);
      if (!child) {
        if (parent && upperCol === c) {
          this.plain(cells, v, c, parent, r, c);
          upperUsed = true;
        }
        continue;
      }
      children++;
      const unit = this.unit(child);
      if (unit) {
        unitChildren++;
        if (parent && upperCol === c) {
          this.keep(cells, v, this.cell(c, `${parent.text} ${child.text}`, r, c, withUnit(this.info(parent), unit)));
          upperUsed = true;
        }
        continue;
      }
      if (!parent) {
        this.plain(cells, v, c, child, r + 1, c);
        continue;
      }
      upperUsed = true;
      // Data under data: the child names nothing alone and the parent joins to nothing, so no reading of the
      // pair can name a column (the usual case, by far).
      if (v && !this.names(child, v) && !this.joins(parent, v)) continue;
      const pi = this.info(parent);
      const ci = this.info(child);
      const display = `${parent.text}·${child.text}`;
      this.keep(cells, v, this.cell(c, display, r + 1, c, joinHeaders(pi, ci, this.year), childAlone(pi, ci)));
    }
    if (!upperUsed) return undefined;
    return children > 0 && unitChildren === children ? { row: r + 1, rows: 2, cells, unitsRow: true } : { row: r + 1, rows: 2, cells };
  }
}

function layouts(grid: Grid, v: Vocabulary | undefined): HeaderLayout[] {
  const out: HeaderLayout[] = [];
  const last = Math.min(HEADER_SEARCH_ROWS, grid.sheet.rows.length);
  for (let r = 1; r <= last; r++) {
    const one = grid.single(r, v);
    if (one) out.push(one);
    if (r + 1 <= grid.sheet.rows.length) {
      const two = grid.pair(r, v);
      if (two) out.push(two);
    }
  }
  return out;
}

/** Every candidate layout of the sheet's first rows, in reading order; `year` reads 2022年… headers as 本年 / 上年. */
export function headerLayouts(sheet: SheetData, merges: readonly Merge[], year?: number): HeaderLayout[] {
  return layouts(new Grid(sheet, merges, year), undefined);
}

export interface HeaderSearch {
  /** The candidate layouts in reading order, each with only the cells that can name something of the vocabulary. */
  layouts: HeaderLayout[];
  /** A candidate with all its cells, as headerLayouts gives it (bindings, records and findings need them all). */
  full(layout: HeaderLayout): HeaderLayout;
}

/**
 * The candidates as headerLayouts lists them, but holding only the cells that can name something: a layout's
 * score for any kind of the vocabulary is the same, and the search costs little for a data cell.
 */
export function headerSearch(sheet: SheetData, merges: readonly Merge[], year: number | undefined, vocabulary: Vocabulary): HeaderSearch {
  const grid = new Grid(sheet, merges, year);
  const built = new Map<HeaderLayout, HeaderLayout>();
  return {
    layouts: layouts(grid, vocabulary),
    full(layout) {
      let all = built.get(layout);
      if (all === undefined) {
        // The same rows give the same candidate, every cell kept.
        all = (layout.rows === 1 ? grid.single(layout.row) : grid.pair(layout.row - 1)) as HeaderLayout;
        built.set(layout, all);
      }
      return all;
    },
  };
}
