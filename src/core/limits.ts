/**
 * Every limit GX Ledger holds a workbook to, declared once (README "Limits · 限制" lists them with the reasons).
 * Excel's own limits say what a real workbook can hold; the working limits say what a check can hold in memory
 * and time, so that a hostile or runaway file gets a clear refusal instead of aborting the process.
 */
export const LIMITS = {
  /** Excel's grid: a row or column number past these is a damaged file. */
  excelRows: 1_048_576,
  excelColumns: 16_384,
  /** Excel's longest sheet name. */
  sheetName: 31,
  /** Excel's most characters in one cell. */
  cellChars: 32_767,
  /**
   * Columns read per sheet. The core reads rows as arrays, so one value in column XFD would cost 16,384 slots on
   * every row; ledgers have a few dozen columns.
   */
  columns: 1_024,
  /** Non-empty cells per workbook, command line: a 300,000-row ledger of 15 columns; about 1.3 GB at peak. */
  cellsCli: 5_000_000,
  /**
   * Non-empty cells per workbook in the task pane and the standalone page: a 100,000-row ledger of 30 columns. A
   * browser tab has far less memory than the command line; the values read take about 45 bytes a cell, and the
   * check's result about as much again (1.1 million cells: 46 MB read, 75 MB with the result).
   */
  cellsPane: 3_000_000,
  /** Merged areas per sheet: Excel's reader checks each against all others (quadratic). */
  mergesPerSheet: 10_000,
  /** Entries in the zip: a workbook has tens; each costs time before a byte of a sheet is read. */
  zipEntries: 10_000,
  /** Unzipped size of all parts, command line (the pane's own is `paneXmlBytes`). */
  unzippedBytes: 512 * 1024 * 1024,
  /** The sheets' XML the page reads in a browser tab (the file is held in memory, each part unzipped as it is read). */
  paneXmlBytes: 100 * 1024 * 1024,
  /** A file this big is refused by the page before its bytes are read. */
  paneFileBytes: 100 * 1024 * 1024,
  /** A --profile file or a `_gx` sheet's JSON. */
  jsonBytes: 4 * 1024 * 1024,
  /** Nesting of that JSON (a profile is a few levels deep). */
  jsonDepth: 64,
  /** A file name the CLI writes (most file systems allow 255 bytes; a temporary name is made beside it). */
  fileNameBytes: 200,
} as const;

/** 1,048,576: limits as the messages show them. */
export function limitText(n: number): string {
  return n.toLocaleString("en-US");
}

/** How deep JSON text nests its arrays and objects, found in one pass (strings skipped), before parsing it. */
export function jsonDepth(text: string): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) max = Math.max(max, ++depth);
    else if (c === 125 || c === 93) depth--;
  }
  return max;
}
