import { FileRefusal } from "./refusal";

/**
 * How big a workbook the standalone page takes. ExcelJS's in-memory model takes about 17 times the sheets' XML
 * (node.ts), and a browser tab has a few GB at most; beyond the limit the page says so and points to the
 * command line, which streams, rather than freezing or crashing the tab.
 */
export const MAX_XML_BYTES = 100 * 1024 * 1024;
/** A file this big is refused before its bytes are read: unzipped it is far beyond MAX_XML_BYTES. */
export const MAX_FILE_BYTES = 100 * 1024 * 1024;

export function tooLarge(): FileRefusal {
  return new FileRefusal("file.too-large", { limit: MAX_XML_BYTES / (1024 * 1024) });
}
