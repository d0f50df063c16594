/** The workbook's settings in WPS: the very hidden `_gx` sheet, JSON in column A (INTERFACES.md), as in Excel. */

import { type GxSettings, type Noted, parseSettings, SETTINGS_SHEET, settingsToCells } from "../../core";
import { addSheet, findSheet, XL_SHEET_VERY_HIDDEN, type EtApplication, type EtWorkbook } from "./et";
import { rangeOf, valueRows } from "./read";

export interface EtSettings {
  settings: GxSettings;
  findings: Noted[];
  /** `_gx` holds text that is not JSON: writing would lose what the user had there. */
  unreadable: boolean;
}

export function readSettingsEt(wb: EtWorkbook): EtSettings {
  const gx = findSheet(wb, SETTINGS_SHEET);
  if (!gx) return { ...parseSettings(undefined), unreadable: false };
  const used = gx.UsedRange;
  const rows: (string | number | boolean | null)[][] = [];
  const count = used.Row - 1 + used.Rows.Count;
  // Column A only: the JSON chunks.
  valueRows(rangeOf(gx, 1, 1, count, 1), count, 1).forEach((row, i) => {
    const v = row[0];
    rows[i] = [typeof v === "string" || typeof v === "number" || typeof v === "boolean" ? v : null];
  });
  const { settings, findings } = parseSettings({ name: SETTINGS_SHEET, rows, merges: [] });
  return { settings, findings, unreadable: findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape") };
}

/** Replaces column A of `_gx` (created very hidden when missing) with the settings, under the text format. */
export function writeSettingsEt(app: EtApplication, wb: EtWorkbook, settings: GxSettings): void {
  const gx = findSheet(wb, SETTINGS_SHEET) ?? addSheet(app, wb, SETTINGS_SHEET, { visible: XL_SHEET_VERY_HIDDEN });
  gx.Range("A:A").ClearContents();
  const cells = settingsToCells(settings);
  if (cells.length === 0) return;
  const range = rangeOf(gx, 1, 1, cells.length, 1);
  range.NumberFormat = "@";
  range.Value2 = cells.length === 1 ? cells[0] : cells.map((c) => [c]);
}
