import type { CellLink, ReportValue } from "./model";

/** Excel number format strings, the same in both writers. */
export const NUMBER_FORMATS = {
  money: "#,##0.00",
  rate: "0.0%",
  count: "0",
  number: "General",
  date: "yyyy-mm-dd",
  text: "@",
} as const;

export type CellStyle = "title" | "subtitle" | "heading" | "note" | "header" | "body" | "total" | "signOff";

/** One cell of a laid-out tab, 1-based. */
export interface LaidCell {
  row: number;
  col: number;
  value: ReportValue;
  /** An Excel number format (from NUMBER_FORMATS). */
  numFmt: string;
  style: CellStyle;
  link?: CellLink;
  /** Long text that wraps within its column. */
  wrap?: boolean;
}

/** A block of cells by its corners, 1-based inclusive. */
export interface Block {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface ReportLayout {
  tab: string;
  cells: LaidCell[];
  merges: Block[];
  /** Rows frozen at the top (through the first section's header row). */
  frozenRows: number;
  /** Column widths in characters, index 0 = column A. */
  widths: number[];
  /** Ranges that carry a data bar. */
  dataBars: Block[];
  /** Ranges that become Excel tables inside Excel (header row included). */
  tables: Block[];
  charts: { kind: "bar" | "column"; title: string; categories: Block; series: Block[]; seriesNames: string[] }[];
  /** Rows taller than one line because wrapped text needs `lines` lines (the file writer sets their height). */
  rowLines: { row: number; lines: number }[];
  /** The rows repeated at the top of every printed page (the first table's header), or null. */
  printTitles: { top: number; bottom: number } | null;
  /** The last used row and column. */
  rows: number;
  cols: number;
}
