import type ExcelJS from "exceljs";
import { type GxSettings, isSettingsHead, settingsSheetName, settingsToCells } from "../../../core";
import { toCellValue } from "./cells";

/**
 * The add-in's own `_gx` in an ExcelJS workbook: very hidden, named `_gx` or `_gx(N)` (any case), a JSON object in
 * column A (core/read/settings-sheet.ts). A user's sheet of that name is never it.
 */
export function settingsWorksheet(wb: ExcelJS.Workbook): ExcelJS.Worksheet | undefined {
  return wb.worksheets.find((ws) => {
    let first: ReturnType<typeof toCellValue> = null;
    ws.getColumn(1).eachCell((cell) => {
      if (first === null) first = toCellValue(cell.value);
    });
    return isSettingsHead({ name: ws.name, state: ws.state, first });
  });
}

/**
 * Writes `settings` into the add-in's very hidden `_gx` (INTERFACES.md) (column A, JSON in chunks), replacing the
 * add-in's earlier one. A user's sheet named `_gx` (any case) is left as it is; the settings then go to `_gx(2)`.
 */
export function writeSettings(wb: ExcelJS.Workbook, settings: GxSettings): void {
  const old = settingsWorksheet(wb);
  if (old) wb.removeWorksheet(old.id);
  const name = settingsSheetName(
    wb.worksheets.map((ws) => ws.name),
    old?.name,
  );
  const ws = wb.addWorksheet(name, { state: "veryHidden" });
  settingsToCells(settings).forEach((chunk, i) => (ws.getCell(i + 1, 1).value = chunk));
}
