/**
 * An in-memory WorkbookPort over a WorkbookData, for the task pane's tests: it keeps settings and explanations in
 * the matrices the way a real port keeps them in sheets (so the next read sees them), records every call, and
 * lets a test hold a read half way (progress, cancel) or announce a changed sheet.
 */
import { kindSpec } from "../../src/core/ledgers";
import type { LedgerKind } from "../../src/core/ledgers/types";
import type { Profile } from "../../src/core/profile/types";
import { EXPLANATIONS_SHEET, SETTINGS_SHEET, parseSettings, settingsToCells } from "../../src/core/read";
import type { Explanation, GxSettings } from "../../src/core/read/result";
import { planExplanation, planWithdrawal } from "../../src/core/rules/explanation-write";
import type { SheetData, WorkbookData } from "../../src/core/read/types";
import type { ReportLayout } from "../../src/core/reports/layout-types";
import { cellAddress } from "../../src/core/rules/describe";
import type { AnyFinding as Finding, Noted } from "../../src/core/findings";
import type { PortReadOptions, ReportsWritten, WorkbookPort } from "../../src/ports/port";

export interface PortCall {
  method: string;
  args: unknown[];
}

export interface MemoryPortOptions {
  mode?: "excel" | "file";
  activeSheet?: string | null;
}

function abortError(): Error {
  const e = new Error("the read was cancelled");
  e.name = "AbortError";
  return e;
}

function copySheet(s: SheetData): SheetData {
  return { ...s, rows: s.rows.map((r) => (r ? [...r] : r)), merges: [...s.merges] };
}

export class MemoryPort implements WorkbookPort {
  readonly mode: "excel" | "file";
  readonly calls: PortCall[] = [];
  private readonly listeners = new Set<(sheet: string) => void>();
  private active: string | null;
  /** While set, read() stops after reporting the first sheet and waits for release(). */
  private gate: { promise: Promise<void>; release: () => void } | null = null;
  private readonly marked = new Set<string>();
  private readonly reports = new Set<string>();

  constructor(
    public data: WorkbookData,
    opts: MemoryPortOptions = {},
  ) {
    this.mode = opts.mode ?? "excel";
    this.active = opts.activeSheet === undefined ? (data.sheets[0]?.name ?? null) : opts.activeSheet;
  }

  private record(method: string, ...args: unknown[]): void {
    this.calls.push({ method, args });
  }

  /** The calls of one method, in order. */
  callsOf(method: string): unknown[][] {
    return this.calls.filter((c) => c.method === method).map((c) => c.args);
  }

  /** Makes the next reads wait after their first sheet until the returned function is called. */
  holdReads(): () => void {
    let release = (): void => undefined;
    const promise = new Promise<void>((resolve) => {
      release = resolve;
    });
    this.gate = { promise, release };
    return () => {
      this.gate = null;
      release();
    };
  }

  /** As Excel's change events: a sheet's values changed. */
  change(sheet: string): void {
    for (const cb of [...this.listeners]) cb(sheet);
  }

  sheet(name: string): SheetData | undefined {
    return this.data.sheets.find((s) => s.name === name);
  }

  async name(): Promise<string> {
    return this.data.name;
  }

  async read(opts: PortReadOptions = {}): Promise<WorkbookData> {
    this.record("read", opts.sheets);
    const own = new Set([SETTINGS_SHEET, EXPLANATIONS_SHEET]);
    const chosen = this.data.sheets.filter((s) => !opts.sheets || opts.sheets.includes(s.name) || own.has(s.name));
    const out: SheetData[] = [];
    for (const [i, s] of chosen.entries()) {
      if (opts.signal?.aborted) throw abortError();
      out.push(copySheet(s));
      opts.onProgress?.({ sheet: s.name, sheetIndex: i, sheetCount: chosen.length, rowsDone: s.rows.length, rowsTotal: s.rows.length });
      const gate = this.gate;
      if (gate) {
        await new Promise<void>((resolve, reject) => {
          void gate.promise.then(resolve);
          opts.signal?.addEventListener("abort", () => reject(abortError()), { once: true });
        });
      }
    }
    if (opts.signal?.aborted) throw abortError();
    return { name: this.data.name, sheets: out };
  }

  async activeSheet(): Promise<string | null> {
    return this.mode === "excel" ? this.active : null;
  }

  setActiveSheet(name: string | null): void {
    this.active = name;
  }

  async readSettings(): Promise<{ settings: GxSettings; findings: Noted[] }> {
    return parseSettings(this.sheet(SETTINGS_SHEET));
  }

  async writeSettings(settings: GxSettings): Promise<void> {
    this.record("writeSettings", JSON.parse(JSON.stringify(settings)));
    const rows = settingsToCells(settings).map((chunk) => [chunk]);
    const existing = this.sheet(SETTINGS_SHEET);
    if (existing) existing.rows = rows;
    else this.data.sheets.push({ name: SETTINGS_SHEET, rows, merges: [], state: "veryHidden" });
  }

  async select(sheet: string, cell: string | null): Promise<boolean> {
    this.record("select", sheet, cell);
    return this.mode === "excel";
  }

  async mark(findings: readonly Finding[]): Promise<number> {
    this.record("mark", findings);
    for (const f of findings) {
      const cell = cellAddress(f);
      if (f.sheet !== undefined && cell !== null && f.severity !== "info") this.marked.add(`${f.sheet}!${cell}`);
    }
    return this.marked.size;
  }

  async clearMarks(): Promise<number> {
    this.record("clearMarks");
    const n = this.marked.size;
    this.marked.clear();
    return n;
  }

  async writeReports(layouts: readonly ReportLayout[]): Promise<ReportsWritten> {
    this.record("writeReports", layouts);
    const written: string[] = [];
    const renamed: ReportsWritten["renamed"] = [];
    for (const layout of layouts) {
      // A sheet of the user's with the standard name keeps it; the tab goes to a numbered name.
      const used = this.sheet(layout.tab) && !this.reports.has(layout.tab) ? `${layout.tab}(2)` : layout.tab;
      if (used !== layout.tab) renamed.push({ wanted: layout.tab, used });
      this.reports.add(used);
      written.push(used);
    }
    return { written, renamed, settingsUnreadable: false };
  }

  async removeExplanation(e: Explanation): Promise<boolean> {
    this.record("removeExplanation", e);
    const sheet = this.sheet(EXPLANATIONS_SHEET);
    // This stand-in appends every explanation (the real ports replace the entry): each entry for it goes.
    let removed = false;
    for (let plan = planWithdrawal(sheet, e); sheet && plan; plan = planWithdrawal(sheet, e)) {
      const row = sheet.rows[plan.row - 1] ?? [];
      for (const col of plan.cols) row[col - 1] = null;
      removed = true;
    }
    return removed;
  }

  async addExplanations(es: readonly Explanation[]): Promise<void> {
    this.record("addExplanations", es);
    for (const e of es) this.writeExplanation(e);
  }

  async addExplanation(e: Explanation): Promise<void> {
    this.record("addExplanation", e);
    this.writeExplanation(e);
  }

  private writeExplanation(e: Explanation): void {
    const sheet: SheetData = this.sheet(EXPLANATIONS_SHEET) ?? { name: EXPLANATIONS_SHEET, rows: [], merges: [] };
    if (!this.data.sheets.includes(sheet)) this.data.sheets.push(sheet);
    // As the real ports write it: the 7-column header, an entry for the same finding replaced in place.
    const plan = planExplanation(sheet, e);
    if (plan.shiftDown) sheet.rows.unshift([]);
    const put = (row: number, col: number, text: string): void => {
      while (sheet.rows.length < row) sheet.rows.push([]);
      const cells = sheet.rows[row - 1] ?? [];
      sheet.rows[row - 1] = cells;
      while (cells.length < col - 1) cells.push(null);
      cells[col - 1] = text;
    };
    for (const h of plan.header) put(h.row, h.col, h.text);
    for (const c of plan.cells) put(plan.row, c.col, c.text);
  }

  async insertTemplates(profile: Profile, kinds: readonly LedgerKind[]): Promise<string[]> {
    this.record("insertTemplates", profile, kinds);
    return kinds.map((k) => kindSpec(k).title);
  }

  onChanged(cb: (sheet: string) => void): () => void {
    this.listeners.add(cb);
    return () => {
      this.listeners.delete(cb);
    };
  }

  async download(): Promise<Blob> {
    this.record("download");
    return new Blob([JSON.stringify(this.data)], { type: "application/octet-stream" });
  }

  downloadName(): string {
    return this.data.name.replace(/\.xlsx$/i, "（含报表）.xlsx");
  }
}
