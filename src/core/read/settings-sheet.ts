/**
 * Which sheet is the add-in's own `_gx`, and what name a new one takes. A user's sheet is sacred: a sheet is the
 * settings sheet only when it is very hidden (a user cannot make one from Excel's menus), is named `_gx` (any case,
 * as Excel compares) or `_gx(N)`, and its column A holds a JSON object, as the add-in writes it. A user's sheet
 * that collides keeps its name and its content; the settings take the first free `_gx(N)`.
 */

import { SETTINGS_SHEET } from "./sheet-role";
import { cellAt, cellText, isBlankCell } from "./text";
import type { CellValue, SheetData } from "./types";

const SETTINGS_NAME = /^_gx(?:\(\d+\))?$/i;

/** What a port knows of a sheet without reading it whole: its name, state and the first cell of column A. */
export interface SheetHead {
  name: string;
  state?: SheetData["state"];
  /** Column A's first non-blank cell. */
  first: CellValue | undefined;
}

export function isSettingsName(name: string): boolean {
  return SETTINGS_NAME.test(name.trim());
}

/** The add-in's `_gx`, told by its very hidden state and its content, never by its name alone. */
export function isSettingsHead(head: SheetHead): boolean {
  return head.state === "veryHidden" && isSettingsName(head.name) && !isBlankCell(head.first) && cellText(head.first).trimStart().startsWith("{");
}

export function sheetHead(sheet: SheetData): SheetHead {
  let first: CellValue | undefined = null;
  for (const row of Array.isArray(sheet.rows) ? sheet.rows : []) {
    const v = cellAt(row, 1);
    if (!isBlankCell(v)) {
      first = v;
      break;
    }
  }
  return { name: sheet.name, state: sheet.state, first };
}

export function findSettingsSheet(sheets: readonly SheetData[]): SheetData | undefined {
  return sheets.find((s) => typeof s === "object" && s !== null && typeof s.name === "string" && isSettingsHead(sheetHead(s)));
}

/**
 * The name to write the settings under: the existing settings sheet's, else `_gx`, else the first `_gx(N)` no
 * sheet has (Excel compares names without case).
 */
export function settingsSheetName(existing: readonly string[], current?: string): string {
  if (current !== undefined) return current;
  const taken = new Set(existing.map((n) => n.toLowerCase()));
  for (let n = 1; ; n++) {
    const name = n === 1 ? SETTINGS_SHEET : `${SETTINGS_SHEET}(${n})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
