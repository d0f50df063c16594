/**
 * The workbook's settings inside Excel: the very hidden `_gx` sheet, JSON in column A (INTERFACES.md). Reading
 * costs one sync; writing is queued for the caller's next sync.
 */

import { type CellValue, type GxSettings, type Noted, parseSettings, SETTINGS_SHEET, settingsToCells, type SheetData } from "../../core";

export interface ExcelSettings {
  settings: GxSettings;
  findings: Noted[];
  /** `_gx` holds text that is not JSON: writing would lose what the user had there. */
  unreadable: boolean;
  /** `_gx` as read, for a caller that hands the whole workbook to the core. */
  sheet: SheetData;
}

/**
 * Queues reading `_gx` (which the caller knows exists, from its sheet list) for the caller's next sync; the
 * returned function parses what that sync brought.
 */
export function queueSettingsRead(context: Excel.RequestContext): () => ExcelSettings {
  const used = context.workbook.worksheets.getItem(SETTINGS_SHEET).getUsedRangeOrNullObject(true);
  used.load("values, rowIndex, columnIndex");
  // The caller syncs between queueing and calling the parser: office-addins' rules cannot see across the two.
  /* eslint-disable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
  return () => {
    const rows: (CellValue[] | undefined)[] = [];
    if (!used.isNullObject) {
      used.values.forEach((row, i) => {
        rows[used.rowIndex + i] = [...new Array<CellValue>(used.columnIndex).fill(null), ...(row as CellValue[])];
      });
    }
    const sheet: SheetData = { name: SETTINGS_SHEET, rows: Array.from(rows), merges: [] };
    const { settings, findings } = parseSettings(sheet);
    const unreadable = findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape");
    return { settings, findings, unreadable, sheet };
  };
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

/** `_gx`'s settings, given that the sheet exists (the caller knows from its sheet list). One sync. */
export async function readSettingsExcel(context: Excel.RequestContext): Promise<ExcelSettings> {
  const parse = queueSettingsRead(context);
  await context.sync();
  return parse();
}

/**
 * Queues writing `settings` into `_gx` (the proxy of an existing or just added sheet): column A cleared, the JSON
 * chunks written under the text format, so a chunk that starts with "-" or "=" is never taken for a formula.
 */
export function queueSettingsWrite(gx: Excel.Worksheet, settings: GxSettings): void {
  const cells = settingsToCells(settings);
  gx.getRange("A:A").clear("Contents");
  if (cells.length === 0) return;
  const range = gx.getRange(`A1:A${cells.length}`);
  range.numberFormat = cells.map(() => ["@"]);
  range.values = cells.map((c) => [c]);
}
