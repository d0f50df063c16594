/**
 * The simulated ET host's workbook: sheets of cells with their values and formats, merges, formula rules
 * (FormatConditions), validations, links, widths. Pure TypeScript, as the simulated Excel.
 */

import type { Area } from "../simulated-excel/address";

/** What a cell holds: a value as ET keeps it (a date is its serial), its formats. */
export interface EtCell {
  value?: string | number | boolean;
  /** An error value (#N/A …): Value2 gives its name (ASSUMPTION, see index.ts). */
  error?: string;
  formula?: string;
  numberFormat?: string;
  bold?: boolean;
  italic?: boolean;
  size?: number;
  fontColor?: number;
  underline?: boolean;
  fill?: number;
  border?: { lineStyle?: number; color?: number };
  /** Lines on single edges (Borders.Item): XlBordersIndex → line style. */
  edges?: Record<number, number>;
  align?: number;
  wrap?: boolean;
  link?: string;
  validation?: { type: number; alertStyle: number; formula1: string | number; formula2?: string | number };
}

export interface EtRule {
  id: number;
  type: number;
  formula1: string;
  areas: Area[];
  fill?: number;
}

export interface EtSheetState {
  id: number;
  name: string;
  visible: number;
  cells: Map<string, EtCell>;
  merges: Area[];
  /** In priority order: the first wins. */
  rules: EtRule[];
  widths: Map<number, number>;
  heights: Map<number, number>;
  /** PageSetup's properties as set (PageSetup.Orientation …). */
  pageSetup: Record<string, unknown>;
  deleted: boolean;
}

export interface EtWorkbookState {
  name: string;
  sheets: EtSheetState[];
  active: EtSheetState;
  selection: { sheet: string; area: Area } | null;
  window: { SplitRow: number; SplitColumn: number; FreezePanes: boolean };
  /** Freeze panes per sheet, as set through ActiveWindow. */
  frozen: Map<string, { rows: number; cols: number }>;
  nextId: number;
}

export const key = (row: number, col: number): string => `${row},${col}`;

export function liveSheets(wb: EtWorkbookState): EtSheetState[] {
  return wb.sheets.filter((s) => !s.deleted);
}

export function cellOf(sheet: EtSheetState, row: number, col: number): EtCell | undefined {
  return sheet.cells.get(key(row, col));
}

export function touch(sheet: EtSheetState, row: number, col: number): EtCell {
  const k = key(row, col);
  let c = sheet.cells.get(k);
  if (!c) sheet.cells.set(k, (c = {}));
  return c;
}

export function isBlank(c: EtCell | undefined): boolean {
  return !c || (c.value === undefined && c.error === undefined && c.formula === undefined);
}

/** A cell that counts for UsedRange: a value or any format. */
function used(c: EtCell): boolean {
  return Object.keys(c).some((k) => (c as Record<string, unknown>)[k] !== undefined);
}

/** The used range's corners; an empty sheet's is A1, as in ET. */
export function usedArea(sheet: EtSheetState): Area {
  let top = Infinity;
  let left = Infinity;
  let bottom = 0;
  let right = 0;
  for (const [k, c] of sheet.cells) {
    if (!used(c)) continue;
    const [r, col] = k.split(",").map(Number);
    top = Math.min(top, r);
    left = Math.min(left, col);
    bottom = Math.max(bottom, r);
    right = Math.max(right, col);
  }
  return bottom === 0 ? { top: 1, left: 1, bottom: 1, right: 1 } : { top, left, bottom, right };
}
