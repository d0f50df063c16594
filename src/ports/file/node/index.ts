import { closeSync, openSync, readSync, statSync } from "fs";
import { readFile } from "fs/promises";
import { basename } from "path";
import { inflateRawSync } from "zlib";
import { LIMITS, type WorkbookData } from "../../../core";
import { cellBudget } from "../shared/cells";
import { readXlsx } from "../shared/read";
import { FileRefusal, isFileRefusal } from "../shared/refusal";
import { refuseIllegalSheetNames } from "../shared/sheet-names";
import { inspectXlsx, type ByteSource, type StoredPart, type XlsxInfo } from "../shared/sniff";
import { readXlsxStream, type ReadProgress } from "./stream";

/**
 * When to stream. ExcelJS's in-memory model takes about 17 times the sheets' XML (a 100,000-row ledger: 52 MB
 * of XML, 0.9 GB of memory, against under 0.5 GB streamed, and streaming is faster too); small workbooks keep
 * the in-memory reader, which knows every corner of the format (inline rich text, odd part names).
 */
export const STREAM_ABOVE_XML_BYTES = 8 * 1024 * 1024;
/** For the rare zip whose sizes are not in the central directory (ZIP64). */
export const STREAM_ABOVE_FILE_BYTES = 20 * 1024 * 1024;

export interface ReadFileOptions {
  /** "auto" (default): stream large workbooks; "always" / "never" force one reader. */
  stream?: "auto" | "always" | "never";
  onProgress?: (p: ReadProgress) => void;
}

function shouldStream(mode: ReadFileOptions["stream"], size: number, info: XlsxInfo): boolean {
  if (mode === "always" || mode === "never") return mode === "always";
  return info.xmlBytes === null ? size > STREAM_ABOVE_FILE_BYTES : info.xmlBytes > STREAM_ABOVE_XML_BYTES;
}

/** Reads an .xlsx from disk (Node). Refusals are FileRefusal with a `file.*` key, never a raw fs error. */
export async function readXlsxFile(path: string, opts: ReadFileOptions = {}): Promise<WorkbookData> {
  const name = basename(path);
  let fd: number;
  let size: number;
  try {
    const st = statSync(path);
    if (!st.isFile()) throw new FileRefusal("file.unreadable", { detail: st.isDirectory() ? "EISDIR" : "not a file" });
    size = st.size;
    fd = openSync(path, "r");
  } catch (e) {
    if (isFileRefusal(e)) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    if (code === "ENOENT") throw new FileRefusal("file.not-found");
    throw new FileRefusal("file.unreadable", { detail: code ?? String(e) });
  }
  let info: XlsxInfo;
  try {
    info = inspectXlsx(fileSource(fd, size));
  } finally {
    closeSync(fd);
  }
  if (info.unzippedBytes > LIMITS.unzippedBytes) throw new FileRefusal("file.too-large-unzipped", { limit: LIMITS.unzippedBytes / (1024 * 1024) });
  if (shouldStream(opts.stream, size, info)) {
    // The in-memory reader checks the sheet names itself (read.ts); ExcelJS's streaming reader takes any.
    if (info.workbook) refuseIllegalSheetNames(partText(info.workbook));
    try {
      return await readXlsxStream(path, name, opts.onProgress);
    } catch (e) {
      if (isFileRefusal(e)) throw e;
      throw new FileRefusal("file.corrupt");
    }
  }
  return readXlsx(await readFile(path), name, cellBudget("cli"));
}

function partText(part: StoredPart): string {
  if (part.method === 0) return Buffer.from(part.data).toString("utf8");
  if (part.method !== 8) throw new FileRefusal("file.corrupt");
  try {
    return inflateRawSync(part.data, { maxOutputLength: LIMITS.unzippedBytes }).toString("utf8");
  } catch {
    throw new FileRefusal("file.corrupt");
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
