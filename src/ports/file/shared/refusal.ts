/**
 * Why a file cannot be read as a workbook. Thrown by the file port; `key` is an i18n message key
 * (`file.*`) so that each face words the refusal in its own language, and nobody needs a stack trace.
 */
export type RefusalKey =
  | "file.bad-sheet-name"
  | "file.beyond-grid"
  | "file.duplicate-part"
  | "file.duplicate-sheet-name"
  | "file.long-sheet-name"
  | "file.too-large-unzipped"
  | "file.too-many-cells"
  | "file.too-many-cells-pane"
  | "file.too-many-columns"
  | "file.too-many-entries"
  | "file.too-many-merges"
  | "file.empty"
  | "file.not-xlsx"
  | "file.too-large"
  | "file.truncated"
  | "file.encrypted"
  | "file.xls"
  | "file.et"
  | "file.corrupt"
  | "file.directory"
  | "file.not-found"
  | "file.unreadable";

export class FileRefusal extends Error {
  constructor(
    readonly key: RefusalKey,
    readonly params: Record<string, string | number> = {},
  ) {
    super(`${key}${Object.keys(params).length ? " " + JSON.stringify(params) : ""}`);
    this.name = "FileRefusal";
  }
}

export function isFileRefusal(e: unknown): e is FileRefusal {
  return e instanceof FileRefusal;
}
