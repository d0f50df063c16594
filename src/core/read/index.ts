/** The ledger reader: workbook matrices → typed ledger records, settings and explanations. */

export { readWorkbook, type ReadOptions } from "./read";
export { parseSettings, settingsToCells, SETTINGS_CHUNK } from "./settings";
export { readExplanations } from "./explanations";
export { findSettingsSheet, isSettingsHead, settingsSheetName, sheetHead, type SheetHead } from "./settings-sheet";
export { EXPLANATIONS_SHEET, SETTINGS_SHEET, namedLikeReport } from "./sheet-role";
export { normaliseHeader, headerKey, type HeaderInfo } from "./headers/header-text";
export { readDate } from "./dates";
export { readNumber } from "./numbers";
export type { CellError, CellValue, MalformedKind, Merge, SheetData, WorkbookData } from "./types";
export { isCellError } from "./types";
export type { Explanation, GxSettings, ReadResult, ReadSheet } from "./result";
