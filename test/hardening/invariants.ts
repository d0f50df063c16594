/** What "nothing lost" means in numbers: hashes of a workbook's ledger values, and of a file on disk. */
import { createHash } from "crypto";
import { readFileSync, statSync } from "fs";
import { SETTINGS_SHEET } from "../../src/core/read";
import type { WorkbookData } from "../../src/core/read/types";

export function sha256(x: Uint8Array | string): string {
  return createHash("sha256").update(x).digest("hex");
}

/**
 * Every sheet's values, merges and visibility, except the add-in's own (`_gx` and the sheets named in `own`): what
 * the user typed, as the engine reads it.
 */
export function ledgerHash(wb: WorkbookData, own: Iterable<string> = []): string {
  const skip = new Set([SETTINGS_SHEET, ...own]);
  const sheets = wb.sheets.filter((s) => !skip.has(s.name)).map((s) => [s.name, s.state ?? "visible", s.rows, s.merges]);
  return sha256(JSON.stringify(sheets));
}

/** A file's bytes and modification time: both must stay as they were when the file is only read. */
export function fileStamp(path: string): { sha: string; mtimeMs: number; size: number } {
  const st = statSync(path);
  return { sha: sha256(readFileSync(path)), mtimeMs: st.mtimeMs, size: st.size };
}
