import type ExcelJS from "exceljs";
import { type AnyFinding as Finding, type Explanation, EXPLANATIONS_SHEET, type GxSettings, type LedgerKind, LIMITS, type Noted, parseSettings, planReportTabs, type Profile, type ReportLayout, type SheetData, type WorkbookData } from "../../core";
import type { PortProgress, ReportsWritten } from "../port";
import { removeExplanation, writeExplanation } from "./explanation-sheet";
import { fixInternalLinks } from "./internal-links-zip";
import { addMarks, removeMarks } from "./marks";
import { loadXlsx, sheetData } from "./read";
import { tooLarge } from "./limits";
import { writeReportTabs } from "./report-writer";
import { XlsxPackage } from "./xlsx-package";
import { settingsWorksheet, writeSettings } from "./settings";
import { bufferSource, inspectXlsx } from "./sniff";
import { addTemplateSheets } from "./template";

/**
 * A workbook opened as a file (the standalone page): the ExcelJS workbook kept in memory, read for the check,
 * and given the report tabs, marks, explanations, settings and templates the user asks for; `save` writes the
 * copy the user downloads. Plain and synchronous in spirit, so that it runs the same in a Web Worker (the page),
 * in the page itself (no worker) and under Node (tests).
 */

export class FileWorkbook {
  /** Report tabs asked for, written into the saved copy at the part level (report-writer.ts). */
  private reports: ReportLayout[] = [];

  private constructor(private readonly wb: ExcelJS.Workbook) {}

  /** Refuses what is not an .xlsx, or too big to handle in a browser, with a FileRefusal. */
  static async open(bytes: Uint8Array): Promise<FileWorkbook> {
    if (bytes.length > LIMITS.paneFileBytes) throw tooLarge();
    const { xmlBytes } = inspectXlsx(bufferSource(bytes));
    if (xmlBytes !== null && xmlBytes > LIMITS.paneXmlBytes) throw tooLarge();
    return new FileWorkbook(await loadXlsx(bytes));
  }

  /** Every sheet (or the named ones plus the add-in's own), with progress per sheet. */
  read(name: string, sheets: readonly string[] | undefined, onProgress?: (p: PortProgress) => void): WorkbookData {
    const gx = settingsWorksheet(this.wb)?.name;
    const wanted = sheets ? new Set([...sheets, ...(gx ? [gx] : []), EXPLANATIONS_SHEET]) : null;
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

  readSettings(): { settings: GxSettings; findings: Noted[] } {
    const gx = settingsWorksheet(this.wb);
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

  /**
   * Plans the tabs against the workbook as it is (so the user is told now which names they take) and keeps them
   * for `save`, which writes them with the one file writer the CLI uses too. Writing a tab again replaces it.
   */
  writeReports(layouts: readonly ReportLayout[]): ReportsWritten {
    const { settings, findings } = this.readSettings();
    const settingsUnreadable = findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape");
    const plan = planReportTabs(
      this.wb.worksheets.map((ws) => ws.name),
      settingsUnreadable ? [] : (settings.reports ?? []),
      layouts.map((l) => l.tab),
    );
    this.reports = [...this.reports.filter((r) => !layouts.some((l) => l.tab === r.tab)), ...layouts];
    return { written: plan.tabs.map((t) => t.name), renamed: plan.renamed, settingsUnreadable };
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
    const bytes = await fixInternalLinks(new Uint8Array(await this.wb.xlsx.writeBuffer()));
    if (this.reports.length === 0) return bytes;
    const pkg = await XlsxPackage.open(bytes);
    await writeReportTabs(pkg, this.reports);
    return pkg.save();
  }
}
