import {
  carriedOut,
  type CellValue,
  type Explanation,
  EXPLANATIONS_SHEET,
  type AnyFinding as Finding,
  type GxSettings,
  isSettingsHead,
  type LedgerKind,
  LIMITS,
  LIST_SHEET,
  type Noted,
  parseSettings,
  planExplanation,
  planReportTabs,
  planWithdrawal,
  type Profile,
  type ReportLayout,
  settingsSheetName,
  settingsToCells,
  type SheetData,
  sheetHead,
  type WorkbookData,
} from "../../../core";
import type { PortProgress, ReportsWritten } from "../../port";
import { type ExplanationEdit, writeExplanationsXml } from "./explanation-sheet";
import { markedCells } from "../shared/marks";
import { countMarksXml, type MarkPlan, writeMarksXml } from "./marks-xml";
import { readXlsx } from "../shared/read";
import { FileRefusal } from "../shared/refusal";
import { tooLarge } from "../shared/limits";
import { replaceSettings, writeReportTabs } from "../shared/report-writer";
import { listData, planTemplates, type TemplateInsert, templateData, writeTemplatesXml } from "../shared/template-xml";
import { XlsxPackage } from "../shared/xlsx-package";
import { bufferSource, inspectXlsx } from "../shared/sniff";

/**
 * A workbook opened as a file (the standalone page): the bytes as opened, their values read once, and the edits
 * the user asks for (report tabs, marks, explanations, settings, templates). No model of the workbook is kept or
 * built: `save` makes the copy the user downloads part by part, as `gx-ledger report` does — the opened file's zip
 * parts copied as they are and the edits written as parts — so nothing of the user's sheets is lost (charts,
 * pivot tables, images). Reads answer from the values read with the edits carried out on them, so a check after
 * an edit sees it. Plain and synchronous in spirit, so that it runs the same in a Web Worker (the page), in the
 * page itself (no worker) and under Node (tests).
 */

export class FileWorkbook {
  /** Report tabs asked for, written into the saved copy (report-writer.ts). */
  private reports: ReportLayout[] = [];
  /** The cells to mark in the copy; null while the opened file's marks stand as they are. */
  private marks: MarkPlan | null = null;
  /** `_gx` changed since the file was opened (settings, marks): rewritten in the copy. */
  private settingsChanged = false;
  /** 审核说明's changes, in order. */
  private explanations: ExplanationEdit[] = [];
  /** Template sheets inserted, in order. */
  private templates: TemplateInsert[] = [];

  private constructor(
    /** The file as opened, the source of the copy. */
    private readonly source: Uint8Array,
    /** Its values as read, then with the edits carried out. */
    private readonly data: WorkbookData,
    /** Every sheet's name in the file, chart sheets too (the reader lists worksheets only). */
    private readonly names: string[],
  ) {}

  /** Refuses what is not an .xlsx, or too big to handle in a browser, with a FileRefusal; `name` tells an .et from an .xls. */
  static async open(bytes: Uint8Array, name = ""): Promise<FileWorkbook> {
    if (bytes.length > LIMITS.paneFileBytes) throw tooLarge();
    const { xmlBytes } = inspectXlsx(bufferSource(bytes), name);
    if (xmlBytes !== null && xmlBytes > LIMITS.paneXmlBytes) throw tooLarge();
    const data = await readXlsx(bytes, "");
    let names: string[];
    try {
      names = (await XlsxPackage.open(bytes)).sheetNames();
    } catch {
      throw new FileRefusal("file.corrupt");
    }
    return new FileWorkbook(bytes, data, names);
  }

  private sheetNames(): string[] {
    const read = this.data.sheets.map((s) => s.name);
    return [...this.names, ...read.filter((n) => !this.names.includes(n))];
  }

  private sheet(name: string): SheetData | undefined {
    return this.data.sheets.find((s) => s.name === name);
  }

  /** Puts `sheet` in place of the one of its name, or last. */
  private put(sheet: SheetData): void {
    const i = this.data.sheets.findIndex((s) => s.name === sheet.name);
    if (i >= 0) this.data.sheets[i] = sheet;
    else this.data.sheets.push(sheet);
  }

  private settingsSheet(): SheetData | undefined {
    return this.data.sheets.find((s) => isSettingsHead(sheetHead(s)));
  }

  /** Every sheet (or the named ones plus the add-in's own), with progress per sheet. */
  read(name: string, sheets: readonly string[] | undefined, onProgress?: (p: PortProgress) => void): WorkbookData {
    const gx = this.settingsSheet()?.name;
    const wanted = sheets ? new Set([...sheets, ...(gx ? [gx] : []), EXPLANATIONS_SHEET]) : null;
    const chosen = this.data.sheets.filter((s) => !wanted || wanted.has(s.name));
    chosen.forEach((s, i) => {
      const progress = { sheet: s.name, sheetIndex: i, sheetCount: chosen.length, rowsTotal: s.rows.length };
      onProgress?.({ ...progress, rowsDone: 0 });
      onProgress?.({ ...progress, rowsDone: s.rows.length });
    });
    return { name, sheets: chosen };
  }

  readSettings(): { settings: GxSettings; findings: Noted[] } {
    return parseSettings(this.settingsSheet());
  }

  writeSettings(settings: GxSettings): void {
    const old = this.settingsSheet();
    const name = settingsSheetName(this.sheetNames(), old?.name);
    if (old && old.name !== name) this.data.sheets.splice(this.data.sheets.indexOf(old), 1);
    this.put({ name, rows: settingsToCells(settings).map((chunk) => [chunk]), merges: [], state: "veryHidden" });
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
    this.marks = markedCells(this.data.sheets, findings);
    const recorded = Object.fromEntries([...this.marks].map(([sheet, cells]) => [sheet, [...cells.keys()]]));
    this.recordMarks(recorded);
    return [...this.marks.values()].reduce((n, cells) => n + cells.size, 0);
  }

  /** Drops every mark (the opened file's too); answers how many cells were marked. */
  async clearMarks(): Promise<number> {
    const cleared = this.marks ? [...this.marks.values()].reduce((n, cells) => n + cells.size, 0) : await countMarksXml(await XlsxPackage.open(this.source));
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
    const plan = planReportTabs(this.sheetNames(), settingsUnreadable ? [] : (settings.reports ?? []), layouts.map((l) => l.tab));
    this.reports = [...this.reports.filter((r) => !layouts.some((l) => l.tab === r.tab)), ...layouts];
    return { written: plan.tabs.map((t) => t.name), renamed: plan.renamed, settingsUnreadable };
  }

  /** 审核说明's rows as they are now, as plain rows the plans can be carried out on. */
  private explanationRows(): CellValue[][] | null {
    const sheet = this.sheet(EXPLANATIONS_SHEET);
    return sheet ? sheet.rows.map((r) => (Array.isArray(r) ? [...r] : [])) : null;
  }

  addExplanation(e: Explanation): void {
    this.addExplanations([e]);
  }

  addExplanations(es: readonly Explanation[]): void {
    for (const e of es) {
      const rows = this.explanationRows();
      const plan = planExplanation(rows ? { name: EXPLANATIONS_SHEET, rows, merges: [] } : undefined, e);
      const sheet = this.sheet(EXPLANATIONS_SHEET) ?? { name: EXPLANATIONS_SHEET, rows: [], merges: [] };
      const merges = plan.shiftDown ? sheet.merges.map((m) => ({ ...m, top: m.top + 1, bottom: m.bottom + 1 })) : sheet.merges;
      this.put({ ...sheet, rows: carriedOut(rows ?? [], plan), merges });
      this.explanations.push({ write: plan });
    }
  }

  removeExplanation(e: Explanation): boolean {
    const sheet = this.sheet(EXPLANATIONS_SHEET);
    const plan = planWithdrawal(sheet, e);
    if (!sheet || !plan) return false;
    const rows = this.explanationRows() as CellValue[][];
    for (const col of plan.cols) if (rows[plan.row - 1] && col <= rows[plan.row - 1].length) rows[plan.row - 1][col - 1] = null;
    this.put({ ...sheet, rows });
    this.explanations.push({ withdraw: plan });
    return true;
  }

  insertTemplates(profile: Profile, kinds: readonly LedgerKind[]): string[] {
    const insert = planTemplates(this.sheetNames(), this.sheet(LIST_SHEET), profile, kinds);
    for (const { name, sheet } of insert.sheets) this.put(templateData(name, sheet));
    if (insert.lists.length > 0) this.put(listData(this.sheet(LIST_SHEET), insert));
    this.templates.push(insert);
    return insert.sheets.map((s) => s.name);
  }

  /** The workbook as it is now, as .xlsx bytes: a part-level copy of the opened file with the edits written in. */
  async save(): Promise<Uint8Array> {
    const pkg = await XlsxPackage.open(this.source);
    await writeExplanationsXml(pkg, this.explanations);
    await writeTemplatesXml(pkg, this.templates);
    if (this.marks) await writeMarksXml(pkg, this.marks);
    if (this.settingsChanged) await replaceSettings(pkg, this.readSettings().settings);
    if (this.reports.length > 0) await writeReportTabs(pkg, this.reports);
    return pkg.save();
  }
}
