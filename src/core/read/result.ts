import type { ColumnBinding, LedgerKind, LedgerRecord } from "../ledgers/types";
import type { Noted } from "../findings";

/** One ledger sheet after reading: where its header is, which column is which, its typed records. */
export interface ReadSheet {
  sheet: string;
  kind: LedgerKind;
  kindSource: "name" | "headers" | "override";
  /** The header row (the lower one of a two-row header), sheet numbering. */
  headerRow: number;
  headerRows: 1 | 2;
  columns: ColumnBinding[];
  records: LedgerRecord[];
}

/** Workbook settings kept in the very hidden `_gx` sheet (JSON split over cells). */
export interface GxSettings {
  /** A profile, whole or partial (overrides of the built-in one). Validated by the caller. */
  profile?: unknown;
  /** Kind overrides per sheet; "none" = not a ledger. */
  kinds?: Record<string, LedgerKind | "none">;
  /** Per sheet: column key → the sheet's own header mapped to it. */
  mappings?: Record<string, Record<string, string>>;
  /** The report tabs the add-in made (they are never read as ledgers, and only they are replaced). */
  reports?: string[];
  /** Cells the add-in marked, per sheet (A1 addresses), so that clearing removes exactly its own marks. */
  marks?: Record<string, string[]>;
  /** 与上期对比: the name of the previous workbook last chosen (HISTORY.md: its name only, never its contents). */
  previousFile?: string;
}

/** An explanation recorded in the 审核说明 sheet (工作表 · 对象 · 规则 · 单元格 · 说明 · 报告期 · 当时数值). */
export interface Explanation {
  sheet: string;
  key: string;
  rule: string;
  cell?: string;
  text: string;
  /** 报告期: the period it was written for, as written (`1-10月`); absent in sheets older than the column. */
  period?: string;
  /** 当时数值: the finding's value when it was written, as text. */
  value?: string;
}

export interface ReadResult {
  sheets: ReadSheet[];
  /** Sheets that are not ledgers (no kind matched, or marked "none"). Report tabs, 审核说明 and `_gx` are not listed. */
  ignoredSheets: string[];
  /** Reading findings: header.*, cell.*, number.*, uscc.format/checksum/case, region.unknown, enum.invalid, … */
  findings: Noted[];
  settings: GxSettings;
  explanations: Explanation[];
}
