import { LIMITS, type SheetData, type WorkbookData } from "../../../../core";
import { type CellBudget, checkedMerges } from "../cells";
import { FileRefusal, isFileRefusal } from "../refusal";
import { refuseIllegalSheetNames } from "../sheet-names";
import { type ByteSource, inspectXlsx, type ZipEntry } from "../sniff";
import { relsPathOf } from "../xlsx-package";
import { clippedMerges, dropHiddenValues } from "./merged-values";
import { partText, type Unzipped } from "./part-text";
import { scanPart } from "./scan-part";
import { SharedStringsHandler } from "./shared-strings";
import { type ReadProgress, SheetHandler } from "./sheet-part";
import { StylesHandler } from "./styles";
import { XmlScanner } from "./xml-scanner";
import { RelsHandler, WorkbookHandler } from "./workbook-part";

export type { ReadProgress } from "./sheet-part";

const WORKBOOK = "xl/workbook.xml";

/** Zip entries by name; part names compare without case (OPC §9.1.1.1), as sniff.ts's duplicate check does. */
function entryIndex(entries: readonly ZipEntry[]): (path: string) => ZipEntry | undefined {
  const byName = new Map(entries.map((e) => [e.name.toLowerCase(), e]));
  return (path) => byName.get(path.toLowerCase());
}

/**
 * GX Ledger's own .xlsx reader: the zip's directory, then one part at a time unzipped, decoded and scanned as it
 * streams (workbook.xml and its relationships, the shared strings, the styles, then each worksheet in tab
 * order), so that time is linear in the file and memory holds the value matrices, not a model of the workbook.
 * The same code runs on a file dropped into the page (its Web Worker) and on a file on disk (the CLI reads it
 * through a ByteSource over fd reads). Anything it cannot make sense of is a FileRefusal, never a stack trace.
 */
export function readWorkbook(src: ByteSource, name: string, budget: CellBudget, onProgress?: (p: ReadProgress) => void): WorkbookData {
  const info = inspectXlsx(src, name);
  // What the zip declares is refused at once; what it really holds is counted as it is unzipped (part-text.ts).
  if (info.unzippedBytes > LIMITS.unzippedBytes) throw new FileRefusal("file.too-large-unzipped", { limit: LIMITS.unzippedBytes / (1024 * 1024) });
  try {
    return readParts(src, info.entries, name, budget, onProgress);
  } catch (e) {
    if (isFileRefusal(e)) throw e;
    // What went wrong inside means nothing to the user, in any language.
    throw new FileRefusal("file.corrupt");
  }
}

function readParts(src: ByteSource, entries: readonly ZipEntry[], name: string, budget: CellBudget, onProgress?: (p: ReadProgress) => void): WorkbookData {
  const find = entryIndex(entries);
  const unzipped: Unzipped = { bytes: 0 };
  // The workbook part is where the package's root relationship says (Excel's is xl/workbook.xml; not every writer's).
  const root = new RelsHandler("");
  const rootEntry = find("_rels/.rels");
  if (rootEntry) scanPart(src, rootEntry, unzipped, root);
  const workbookPath = [...root.result.values()].find((r) => r.kind === "officeDocument")?.path ?? WORKBOOK;
  const workbookEntry = find(workbookPath);
  if (!workbookEntry) throw new FileRefusal("file.not-xlsx");
  // Sheet names Excel could not hold are refused before anything else is read (sheet-names.ts).
  let workbookXml = "";
  for (const text of partText(src, workbookEntry, unzipped)) workbookXml += text;
  refuseIllegalSheetNames(workbookXml);
  const workbook = new WorkbookHandler();
  const scanner = new XmlScanner(workbook);
  scanner.push(workbookXml);
  scanner.end();
  // A package whose main part is not a workbook (a document or a presentation renamed .xlsx).
  if (!workbook.result.found) throw new FileRefusal("file.not-xlsx");
  const rels = new RelsHandler(workbookPath.slice(0, workbookPath.lastIndexOf("/") + 1));
  const relsEntry = find(relsPathOf(workbookPath));
  if (relsEntry) scanPart(src, relsEntry, unzipped, rels);
  const partOf = (kind: string, fallback: string): ZipEntry | undefined => {
    for (const rel of rels.result.values()) if (rel.kind === kind) return find(rel.path);
    return find(fallback);
  };

  const strings = new SharedStringsHandler();
  const stringsEntry = partOf("sharedStrings", "xl/sharedStrings.xml");
  if (stringsEntry) scanPart(src, stringsEntry, unzipped, strings);
  const styles = new StylesHandler();
  const stylesEntry = partOf("styles", "xl/styles.xml");
  if (stylesEntry) scanPart(src, stylesEntry, unzipped, styles);
  const formats = styles.formats();
  const ctx = { strings: strings.result, date1904: workbook.result.date1904 };

  const sheets: SheetData[] = [];
  for (const declared of workbook.result.sheets) {
    const rel = rels.result.get(declared.rid);
    // A sheet whose part is missing is a damaged file: reading on would drop it without a word.
    if (!rel) throw new FileRefusal("file.corrupt");
    // Chart sheets and dialog sheets hold no cells to check.
    if (rel.kind !== "worksheet") continue;
    const entry = find(rel.path);
    if (!entry) throw new FileRefusal("file.corrupt");
    const sheet = new SheetHandler(declared.name, formats, ctx, budget, onProgress);
    scanPart(src, entry, unzipped, sheet);
    onProgress?.({ sheet: declared.name, rows: sheet.rowCount() });
    const merges = checkedMerges(declared.name, clippedMerges(sheet.merges, sheet.maxRow, sheet.maxCol));
    sheets.push({ name: declared.name, rows: dropHiddenValues(sheet.grid.done(), merges, budget), merges, state: declared.state });
  }
  if (sheets.length === 0) throw new FileRefusal("file.corrupt");
  return { name, sheets };
}
