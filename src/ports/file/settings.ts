import type ExcelJS from "exceljs";
import { type GxSettings, SETTINGS_SHEET, settingsToCells } from "../../core";

/** Writes `settings` into the very hidden `_gx` sheet (INTERFACES.md) (column A, JSON in chunks), replacing any there. */
export function writeSettings(wb: ExcelJS.Workbook, settings: GxSettings): void {
  const old = wb.getWorksheet(SETTINGS_SHEET);
  if (old) wb.removeWorksheet(old.id);
  const ws = wb.addWorksheet(SETTINGS_SHEET, { state: "veryHidden" });
  settingsToCells(settings).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}
