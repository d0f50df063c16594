/** What a workbook port hands the core: plain value matrices, as the sheet shows them. */

/** An Excel error value in a cell (`#N/A`, `#DIV/0!`, `#VALUE!`, …). */
export interface CellError {
  error: string;
  /**
   * Set when the file's cell is damaged rather than an error Excel shows: its type and its content disagree (a
   * shared-string index past the table, a `t="d"` cell that is no date, a number cell holding text, a boolean
   * that is neither 0 nor 1). `error` then holds what the file says, as written; the value is never guessed.
   */
  malformed?: MalformedKind;
}

export type MalformedKind = "shared-string" | "date" | "number" | "boolean";

export type CellValue = string | number | boolean | Date | CellError | null;

/** A merged range, 1-based and inclusive, in the sheet's own numbering. */
export interface Merge {
  top: number;
  left: number;
  bottom: number;
  right: number;
}

export interface SheetData {
  name: string;
  /**
   * rows[i][j] is the cell at sheet row i + 1, column j + 1 (ports pad so that numbering is the sheet's own).
   * Rows may be jagged or missing (undefined); a missing cell is blank.
   */
  rows: (CellValue[] | undefined)[];
  merges: Merge[];
  state?: "visible" | "hidden" | "veryHidden";
}

export interface WorkbookData {
  /** The file name (or workbook name inside Excel), for messages and reports. */
  name: string;
  sheets: SheetData[];
}

export function isCellError(v: unknown): v is CellError {
  return typeof v === "object" && v !== null && !(v instanceof Date) && typeof (v as CellError).error === "string";
}
