/**
 * The workbook port: what the task pane asks of a workbook, whether it lives inside Excel (Office.js) or was
 * opened as a file in the browser (ExcelJS). The pane talks to this, never to Office.js directly.
 */

import type { AnyFinding as Finding, Explanation, GxSettings, LedgerKind, Noted, Profile, ReportLayout, WorkbookData } from "../core";

export interface PortProgress {
  /** The sheet being read, and how many of its rows are read so far. */
  sheet: string;
  sheetIndex: number;
  sheetCount: number;
  rowsDone: number;
  rowsTotal: number;
}

export interface PortReadOptions {
  /** Read only these sheets (the active sheet); the add-in's own sheets are read when present. */
  sheets?: string[];
  onProgress?: (p: PortProgress) => void;
  /** Cancels between row blocks; the read then rejects with an AbortError. */
  signal?: AbortSignal;
}

export interface ReportsWritten {
  written: string[];
  /** A user's sheet had the standard name: the tab went to `used` instead. */
  renamed: { wanted: string; used: string }[];
  /** `_gx` holds text that is not JSON: nothing was recorded there. */
  settingsUnreadable: boolean;
}

export interface WorkbookPort {
  readonly mode: "excel" | "wps" | "file";
  /** The workbook's name, for reports and messages. */
  name(): Promise<string>;
  /** Every sheet's values as matrices in the sheet's own numbering (chunked under Office's limits inside Excel). */
  read(opts?: PortReadOptions): Promise<WorkbookData>;
  /** The sheet the user is on; null when there is none (a file has no active sheet). */
  activeSheet(): Promise<string | null>;
  readSettings(): Promise<{ settings: GxSettings; findings: Noted[] }>;
  /** Replaces the settings in the very hidden `_gx` sheet. */
  writeSettings(settings: GxSettings): Promise<void>;
  /** Inside Excel: selects the cell and returns true. A file cannot select: returns false (the page shows the address). */
  select(sheet: string, cell: string | null): Promise<boolean>;
  /** Colours the findings' cells (errors and warnings differently) without changing a value or the cells' own formats. */
  mark(findings: readonly Finding[]): Promise<number>;
  /** Removes exactly the add-in's marks; the cells look as before marking. */
  clearMarks(): Promise<number>;
  writeReports(layouts: readonly ReportLayout[]): Promise<ReportsWritten>;
  /** Appends an explanation to the 审核说明 sheet (created when first needed). */
  addExplanation(e: Explanation): Promise<void>;
  /** Several at once (全部沿用上期说明), in order: one write for all of them, never one per entry. */
  addExplanations(es: readonly Explanation[]): Promise<void>;
  /** Withdraws the 审核说明 entry that explains what `e` explains (its cells cleared); false when there is none. */
  removeExplanation(e: Explanation): Promise<boolean>;
  /** Inserts blank standard ledger sheets and the targets sheet; returns the names used (never replacing a sheet). */
  insertTemplates(profile: Profile, kinds: readonly LedgerKind[]): Promise<string[]>;
  /** Calls back when a sheet's values change after a check (results become stale). Returns the unsubscribe. */
  onChanged(cb: (sheet: string) => void): () => void;
}
