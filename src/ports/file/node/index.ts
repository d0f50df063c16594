import { closeSync, openSync, readSync, statSync } from "fs";
import { basename } from "path";
import type { WorkbookData } from "../../../core";
import { cellBudget } from "../shared/cells";
import { FileRefusal, isFileRefusal } from "../shared/refusal";
import type { ByteSource } from "../shared/sniff";
import { readWorkbook, type ReadProgress } from "../shared/xlsx-read/read-workbook";

export interface ReadFileOptions {
  /** Told per sheet every 10,000 rows and when the sheet is read. */
  onProgress?: (p: ReadProgress) => void;
}

/**
 * Reads an .xlsx from disk (Node) with GX Ledger's own reader, the page's too: the file is read through fd reads
 * a chunk at a time as each part is unzipped, never held whole, so memory is the value matrices whatever the
 * file's size. Refusals are FileRefusal with a `file.*` key, never a raw fs error.
 */
export async function readXlsxFile(path: string, opts: ReadFileOptions = {}): Promise<WorkbookData> {
  let fd: number;
  let size: number;
  try {
    const st = statSync(path);
    if (st.isDirectory()) throw new FileRefusal("file.directory");
    if (!st.isFile()) throw new FileRefusal("file.unreadable", { detail: "not a file" });
    size = st.size;
    fd = openSync(path, "r");
  } catch (e) {
    if (isFileRefusal(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileRefusal("file.not-found");
    throw new FileRefusal("file.unreadable", { detail: code ?? String(e) });
  }
  try {
    return readWorkbook(fileSource(fd, size), basename(path), cellBudget("cli"), opts.onProgress);
  } finally {
    closeSync(fd);
  }
}

function fileSource(fd: number, size: number): ByteSource {
  return {
    size,
    read(offset, length) {
      const buf = Buffer.alloc(Math.max(0, Math.min(length, size - offset)));
      readSync(fd, buf, 0, buf.length, offset);
      return buf;
    },
  };
}
