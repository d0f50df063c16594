import type ExcelJS from "exceljs";
import { type AnyFinding as Finding, type Explanation, EXPLANATIONS_SHEET, type GxSettings, type LedgerKind, LIMITS, type Noted, parseSettings, planReportTabs, type Profile, type ReportLayout, type SheetData, type WorkbookData } from "../../../core";
import type { PortProgress, ReportsWritten } from "../../port";
import { removeExplanation, writeExplanation } from "./explanation-sheet";
import { fixInternalLinks } from "./internal-links-zip";
import { addMarks, markedCells, removeMarks } from "../shared/marks";
import { type MarkPlan, writeMarksXml } from "./marks-xml";
import { loadXlsx, sheetData } from "../shared/read";
import { tooLarge } from "../shared/limits";
import { replaceSettings, writeReportTabs } from "../shared/report-writer";
import { XlsxPackage } from "../shared/xlsx-package";
import { settingsWorksheet, writeSettings as writeModelSettings } from "../shared/settings";
import { bufferSource, inspectXlsx } from "../shared/sniff";
import { addTemplateSheets } from "../shared/template";

/**
 * A workbook opened as a file (the standalone page): the ExcelJS workbook kept in memory, read for the check,
 * and given the report tabs, marks, explanations, settings and templates the user asks for; `save` writes the
 * copy the user downloads. Plain and synchronous in spirit, so that it runs the same in a Web Worker (the page),
 * in the page itself (no worker) and under Node (tests).
 *
 * The copy is made like `gx-ledger report`'s: the opened file's zip parts copied as they are, with the report
 * tabs, marks and `_gx` written at the part level — no second model of the workbook, nothing of the user's
 * sheets lost (charts, pivot tables, images). Only edits the part level does not know yet (explanations and
 * templates, written into the model) make `save` write the model instead: a new edit of the model must call
 * `modelEdited()`.
 */

export class FileWorkbook {
  /** Report tabs asked for, written into the saved copy at the part level (report-writer.ts). */
  private reports: ReportLayout[] = [];

  /** The cells to mark in the copy; null while the opened file's marks stand as they are. */
  private marks: MarkPlan | null = null;
  /** `_gx` changed since the file was opened (settings, marks): rewritten in the copy. */
  private settingsChanged = false;
  /** An edit only the model holds: the copy is then the model written out. */
  private modelOnly = false;

  private constructor(
    private readonly wb: ExcelJS.Workbook,
    /** The file as opened, the source of the part-level copy. */
    private readonly source: Uint8Array,
  ) {}

  private modelEdited(): void {
    this.modelOnly = true;
  }

  /** Refuses what is not an .xlsx, or too big to handle in a browser, with a FileRefusal. */
  static async open(bytes: Uint8Array): Promise<FileWorkbook> {
    if (bytes.length > LIMITS.paneFileBytes) throw tooLarge();
    const { xmlBytes } = inspectXlsx(bufferSource(bytes));
    if (xmlBytes !== null && xmlBytes > LIMITS.paneXmlBytes) throw tooLarge();
    return new FileWorkbook(await loadXlsx(bytes), bytes);
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
    writeModelSettings(this.wb, settings);
    this.settingsChanged = true;
  }

  /** settings.marks follows the marks, unless `_gx` holds text that is not JSON (left as the user has it). */
  private recordMarks(marks: Record<string, string[]> | undefined): void {
    const { settings, findings } = this.readSettings();
    if (findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape")) return;
    const next: GxSettings = { ...settings };
    if (marks && Object.keys(marks).length > 0) next.marks = marks;
    else delete next.marks;
    this.writeSettings(next);
  }

  mark(findings: readonly Finding[]): number {
    this.marks = new Map([...markedCells(this.wb, findings)].map(([ws, cells]) => [ws.name, cells]));
    const marks = addMarks(this.wb, findings);
    this.recordMarks(marks);
    return Object.values(marks).reduce((n, cells) => n + cells.length, 0);
  }

  clearMarks(): number {
    const cleared = removeMarks(this.wb);
    this.marks = new Map();
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
    this.addExplanations([e]);
  }

  addExplanations(es: readonly Explanation[]): void {
    for (const e of es) writeExplanation(this.wb, e);
    if (es.length > 0) this.modelEdited();
  }

  removeExplanation(e: Explanation): boolean {
    const removed = removeExplanation(this.wb, e);
    if (removed) this.modelEdited();
    return removed;
  }

  insertTemplates(profile: Profile, kinds: readonly LedgerKind[]): string[] {
    const added = addTemplateSheets(this.wb, profile, kinds);
    this.modelEdited();
    return added;
  }

  /** The workbook as it is now, as .xlsx bytes: a part-level copy of the opened file with what was added. */
  async save(): Promise<Uint8Array> {
    if (this.modelOnly) return this.saveModel();
    const pkg = await XlsxPackage.open(this.source);
    if (this.marks) await writeMarksXml(pkg, this.marks);
    if (this.settingsChanged) await replaceSettings(pkg, this.readSettings().settings);
    if (this.reports.length > 0) await writeReportTabs(pkg, this.reports);
    return pkg.save();
  }

  /** The model written out (links to its own cells kept inside the workbook), then the report tabs added. */
  private async saveModel(): Promise<Uint8Array> {
    const bytes = await fixInternalLinks(new Uint8Array(await this.wb.xlsx.writeBuffer()));
    if (this.reports.length === 0) return bytes;
    const pkg = await XlsxPackage.open(bytes);
    await writeReportTabs(pkg, this.reports);
    return pkg.save();
  }
}
