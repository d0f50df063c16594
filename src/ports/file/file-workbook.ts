import type ExcelJS from "exceljs";
import type { LedgerKind } from "../../core/ledgers/types";
import type { Profile } from "../../core/profile/types";
import { EXPLANATIONS_SHEET, parseSettings, SETTINGS_SHEET } from "../../core/read";
import type { Explanation, GxSettings } from "../../core/read/result";
import type { SheetData, WorkbookData } from "../../core/read/types";
import type { ReportLayout } from "../../core/reports/layout-types";
import type { Finding } from "../../core/rules/types";
import type { PortProgress, ReportsWritten } from "../port";
import { removeExplanation, writeExplanation } from "./explanation-sheet";
import { fixInternalLinks } from "./internal-links-zip";
import { addMarks, removeMarks } from "./marks";
import { loadXlsx, sheetData } from "./read";
import { MAX_FILE_BYTES, MAX_XML_BYTES, tooLarge } from "./limits";
import { writeReportTabs } from "./report-writer";
import { writeSettings } from "./settings";
import { bufferSource, inspectXlsx } from "./sniff";
import { addTemplateSheets } from "./template";

/**
 * A workbook opened as a file (the standalone page): the ExcelJS workbook kept in memory, read for the check,
 * and given the report tabs, marks, explanations, settings and templates the user asks for; `save` writes the
 * copy the user downloads. Plain and synchronous in spirit, so that it runs the same in a Web Worker (the page),
 * in the page itself (no worker) and under Node (tests).
 */

export class FileWorkbook {
  private constructor(private readonly wb: ExcelJS.Workbook) {}

  /** Refuses what is not an .xlsx, or too big to handle in a browser, with a FileRefusal. */
  static async open(bytes: Uint8Array): Promise<FileWorkbook> {
    if (bytes.length > MAX_FILE_BYTES) throw tooLarge();
    const { xmlBytes } = inspectXlsx(bufferSource(bytes));
    if (xmlBytes !== null && xmlBytes > MAX_XML_BYTES) throw tooLarge();
    return new FileWorkbook(await loadXlsx(bytes));
  }

  /** Every sheet (or the named ones plus the add-in's own), with progress per sheet. */
  read(name: string, sheets: readonly string[] | undefined, onProgress?: (p: PortProgress) => void): WorkbookData {
    const wanted = sheets ? new Set([...sheets, SETTINGS_SHEET, EXPLANATIONS_SHEET]) : null;
    const chosen = this.wb.worksheets.filter((ws) => !wanted || wanted.has(ws.name));
    const out: SheetData[] = [];
    chosen.forEach((ws, i) => {
      const progress = { sheet: ws.name, sheetIndex: i, sheetCount: chosen.length, rowsTotal: ws.rowCount };
      onProgress?.({ ...progress, rowsDone: 0 });
      out.push(sheetData(ws));
      onProgress?.({ ...progress, rowsDone: ws.rowCount });
    });
    return { name, sheets: out };
  }

  readSettings(): { settings: GxSettings; findings: Finding[] } {
    const gx = this.wb.getWorksheet(SETTINGS_SHEET);
    return parseSettings(gx ? sheetData(gx) : undefined);
  }

  writeSettings(settings: GxSettings): void {
    writeSettings(this.wb, settings);
  }

  /** settings.marks follows the marks, unless `_gx` holds text that is not JSON (left as the user has it). */
  private recordMarks(marks: Record<string, string[]> | undefined): void {
    const { settings, findings } = this.readSettings();
    if (findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape")) return;
    const next: GxSettings = { ...settings };
    if (marks && Object.keys(marks).length > 0) next.marks = marks;
    else delete next.marks;
    writeSettings(this.wb, next);
  }

  mark(findings: readonly Finding[]): number {
    const marks = addMarks(this.wb, findings);
    this.recordMarks(marks);
    return Object.values(marks).reduce((n, cells) => n + cells.length, 0);
  }

  clearMarks(): number {
    const cleared = removeMarks(this.wb);
    if (this.readSettings().settings.marks) this.recordMarks(undefined);
    return cleared;
  }

  writeReports(layouts: readonly ReportLayout[]): ReportsWritten {
    return writeReportTabs(this.wb, layouts);
  }

  addExplanation(e: Explanation): void {
    writeExplanation(this.wb, e);
  }

  removeExplanation(e: Explanation): boolean {
    return removeExplanation(this.wb, e);
  }

  insertTemplates(profile: Profile, kinds: readonly LedgerKind[]): string[] {
    return addTemplateSheets(this.wb, profile, kinds);
  }

  /** The workbook as it is now, as .xlsx bytes (links to its own cells kept inside the workbook). */
  async save(): Promise<Uint8Array> {
    return fixInternalLinks(new Uint8Array(await this.wb.xlsx.writeBuffer()));
  }
}
