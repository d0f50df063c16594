/**
 * The workbook's settings inside Excel: the very hidden `_gx` sheet, JSON in column A (INTERFACES.md). Reading
 * costs one sync; writing is queued for the caller's next sync.
 */

import { type CellValue, type GxSettings, isSettingsHead, type Noted, parseSettings, settingsSheetName, settingsToCells, type SheetData, sheetHead } from "../../core";

export interface ExcelSettings {
  settings: GxSettings;
  findings: Noted[];
  /** `_gx` holds text that is not JSON: writing would lose what the user had there. */
  unreadable: boolean;
  /** `_gx` as read, for a caller that hands the whole workbook to the core. */
  sheet: SheetData;
}

/** Where the settings are: the add-in's own `_gx` (null when there is none), and the name a new one would take. */
export interface SettingsPlace {
  name: string | null;
  create: string;
}

/**
 * Finds the add-in's `_gx` by its state and content, never by its name alone (core/read/settings-sheet.ts): a
 * user's `_gx` or `_GX` is not it, and a new settings sheet then takes `_gx(2)`. One sync, two when a very hidden
 * sheet of such a name exists (its A1 is read).
 */
export async function locateSettings(context: Excel.RequestContext): Promise<SettingsPlace> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/visibility");
  await context.sync();
  return placeAmong(
    context,
    sheets.items.map((s) => ({ name: s.name, state: s.visibility === "VeryHidden" ? "veryHidden" : "visible" })),
  );
}

type Listed = readonly { name: string; state?: SheetData["state"] }[];

/**
 * Queues reading every sheet that could be the settings (very hidden, named `_gx` or `_gx(N)`: usually one, or
 * none) for the caller's next sync; the returned function tells which one is, by its content, and its settings.
 */
export function queueSettingsFind(context: Excel.RequestContext, listed: Listed): () => { place: SettingsPlace; found: ExcelSettings | null } {
  const candidates = listed
    .filter((s) => isSettingsHead({ name: s.name, state: s.state, first: "{" }))
    .map((s) => ({ name: s.name, parse: queueSettingsRead(context, s.name) }));
  return () => {
    for (const c of candidates) {
      const found = c.parse();
      if (isSettingsHead(sheetHead(found.sheet))) return { place: { name: c.name, create: c.name }, found };
    }
    return { place: { name: null, create: settingsSheetName(listed.map((s) => s.name)) }, found: null };
  };
}

/** As locateSettings, given the sheets and their states already listed: no sync unless there is a candidate. */
export async function placeAmong(context: Excel.RequestContext, listed: Listed): Promise<SettingsPlace> {
  const find = queueSettingsFind(context, listed);
  if (listed.some((s) => isSettingsHead({ name: s.name, state: s.state, first: "{" }))) await context.sync();
  return find().place;
}

/** Adds the settings sheet under the name `place` chose, very hidden (queued). */
export function addSettingsSheet(context: Excel.RequestContext, place: SettingsPlace): Excel.Worksheet {
  const gx = context.workbook.worksheets.add(place.create);
  gx.visibility = "VeryHidden";
  return gx;
}

/**
 * Queues reading the settings sheet `name` (found by locateSettings) for the caller's next sync; the returned
 * function parses what that sync brought.
 */
export function queueSettingsRead(context: Excel.RequestContext, name: string): () => ExcelSettings {
  const used = context.workbook.worksheets.getItem(name).getUsedRangeOrNullObject(true);
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
    const sheet: SheetData = { name, rows: Array.from(rows), merges: [], state: "veryHidden" };
    const { settings, findings } = parseSettings(sheet);
    const unreadable = findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape");
    return { settings, findings, unreadable, sheet };
  };
  /* eslint-enable office-addins/call-sync-before-read, office-addins/call-sync-after-load */
}

/** The settings in the sheet `name` (found by locateSettings). One sync. */
export async function readSettingsExcel(context: Excel.RequestContext, name: string): Promise<ExcelSettings> {
  const parse = queueSettingsRead(context, name);
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
