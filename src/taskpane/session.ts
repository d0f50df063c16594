/**
 * The pane's working state, apart from React so that it can be tested alone: the workbook port, the profile in
 * force, the last check and whether it is stale, the list's filters. Components read snapshots (subscribe /
 * getState) and call its actions; every action talks to the workbook through the port only.
 */
import {
  buildReports,
  BUILTIN_PROFILE,
  cellAddress,
  chooseProfile,
  type CheckResult,
  checkWorkbook,
  type Explanation,
  type Finding,
  type GxSettings,
  type Lang,
  layoutReport,
  type LedgerKind,
  parseProfile,
  type Profile,
  type ProfileIssue,
  REPORT_TABS,
  setActiveProfile,
  withExplanation,
} from "../core";
import type { FilePort } from "../ports/file/browser-port";
import type { PortProgress, ReportsWritten, WorkbookPort } from "../ports/port";
import { ALL_FINDINGS, keepFilters, type Filters } from "./filters";
import { sheetHeaders } from "./ledger-columns";
import { errorNote, isAbort, note, type Note } from "./notes";

export type { FilePort };

/** Opens a file the user chose as a workbook port (standalone: the browser file port, loaded lazily). */
export type OpenFile = (file: File) => Promise<FilePort>;

export type CheckScope = "workbook" | "sheet";

export type Stale = { reason: "sheet"; sheet: string } | { reason: "settings" } | null;

/** Where a finding is, shown when the port cannot select it (a file in the browser). */
export interface Location {
  sheet: string | null;
  cell: string | null;
  row: number | null;
}

export interface CheckProgress {
  phase: "reading" | "checking";
  read: PortProgress | null;
}

export interface SessionState {
  /** null until a workbook is there (the standalone page before a file is opened). */
  mode: WorkbookPort["mode"] | null;
  workbookName: string | null;
  /** The file being opened (standalone). */
  opening: string | null;
  /** Opening a file failed. */
  openError: Note | null;
  settings: GxSettings;
  /** settings.profile merged over the built-in one, as the engine does; the built-in one when that fails. */
  profile: Profile;
  profileSource: "workbook" | "built-in";
  /** Why the workbook's stored profile was not used. */
  profileIssue: ProfileIssue | null;
  result: CheckResult | null;
  /** Per ledger sheet of the result: the headers a missing column can be mapped to. */
  headers: Record<string, string[]>;
  scope: CheckScope;
  checking: CheckProgress | null;
  /** The last check's outcome when it produced no result (cancelled, failed). */
  checkNote: Note | null;
  stale: Stale;
  filters: Filters;
  located: Location | null;
  canDownload: boolean;
  /** The report tabs chosen in 报表 (also what the standalone page's download writes). */
  reportTabs: string[];
}

export interface SessionOptions {
  /** Loads the browser file port (standalone); lazily imported by the page so ExcelJS stays out of its first bundle. */
  openFile?: OpenFile;
  /** The clock, for the reporting period and the reports' time of generation. */
  now?: () => Date;
}

type Listener = () => void;

const INITIAL: SessionState = {
  mode: null,
  workbookName: null,
  opening: null,
  openError: null,
  settings: {},
  profile: BUILTIN_PROFILE,
  profileSource: "built-in",
  profileIssue: null,
  result: null,
  headers: {},
  scope: "workbook",
  checking: null,
  checkNote: null,
  stale: null,
  filters: ALL_FINDINGS,
  located: null,
  canDownload: false,
  reportTabs: [...REPORT_TABS],
};

/** The profile in force for stored settings, exactly as the engine chooses it. */
export function profileOf(settings: GxSettings): Pick<SessionState, "profile" | "profileSource" | "profileIssue"> {
  const chosen = chooseProfile({ stored: settings.profile });
  return { profile: chosen.profile, profileSource: chosen.source === "workbook" ? "workbook" : "built-in", profileIssue: chosen.issue };
}

let builtinJson: string | undefined;

/** A profile equal to the built-in one is not stored: the workbook then follows the built-in plan. */
function isBuiltin(profile: Profile): boolean {
  if (builtinJson === undefined) {
    const normal = parseProfile(BUILTIN_PROFILE);
    builtinJson = JSON.stringify(normal.ok ? normal.profile : BUILTIN_PROFILE);
  }
  return JSON.stringify(profile) === builtinJson;
}

function hasDownload(port: WorkbookPort): port is FilePort {
  return port.mode === "file" && typeof (port as Partial<FilePort>).download === "function";
}

/** Lets the browser paint (the progress says 校验中) before the synchronous check takes the thread. */
function yieldToPaint(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export class Session {
  private state: SessionState = INITIAL;
  private readonly listeners = new Set<Listener>();
  private port: WorkbookPort | null = null;
  private unsubscribe: (() => void) | null = null;
  private abort: AbortController | null = null;
  /** Sheets changed while a check was reading: the new result may already be stale. */
  private changedDuringCheck = new Set<string>();
  private readonly now: () => Date;

  constructor(private readonly options: SessionOptions = {}) {
    this.now = options.now ?? (() => new Date());
  }

  readonly subscribe = (listener: Listener): (() => void) => {
    this.listeners.add(listener);
    return () => {
      this.listeners.delete(listener);
    };
  };

  readonly getState = (): SessionState => this.state;

  private set(patch: Partial<SessionState>): void {
    this.state = { ...this.state, ...patch };
    for (const listener of [...this.listeners]) listener();
  }

  private need(): WorkbookPort {
    if (!this.port) throw new Error("no workbook is open");
    return this.port;
  }

  private needResult(): CheckResult {
    if (!this.state.result) throw new Error("no check has run");
    return this.state.result;
  }

  /** Starts working on a workbook: its settings, the profile in force (also for the custom functions), change events. */
  async attach(port: WorkbookPort): Promise<void> {
    this.detach();
    this.port = port;
    const [name, { settings }] = await Promise.all([port.name(), port.readSettings()]);
    const chosen = profileOf(settings);
    // The custom functions share this runtime: they follow the workbook's plan from now on.
    setActiveProfile(chosen.profile);
    this.unsubscribe = port.onChanged((sheet) => this.sheetChanged(sheet));
    this.set({
      ...INITIAL,
      filters: this.state.filters,
      reportTabs: this.state.reportTabs,
      scope: port.mode === "file" ? "workbook" : this.state.scope,
      mode: port.mode,
      workbookName: name,
      settings,
      ...chosen,
      canDownload: hasDownload(port),
    });
  }

  /** Stops listening to the workbook and cancels a running check. */
  detach(): void {
    this.abort?.abort();
    this.abort = null;
    this.unsubscribe?.();
    this.unsubscribe = null;
    this.port = null;
  }

  /**
   * Gets a port from `load` and attaches it; a failure (office.js without Excel, a file that is not a workbook)
   * is kept as openError for the pane to show. True when the workbook is there.
   */
  async connect(load: () => Promise<WorkbookPort>, label: string | null = null): Promise<boolean> {
    this.abort?.abort();
    this.set({ opening: label, openError: null });
    try {
      await this.attach(await load());
    } catch (e) {
      this.set({ opening: null, openError: errorNote(e) });
      return false;
    }
    this.set({ opening: null });
    return true;
  }

  /** Standalone: opens a file through the (lazily loaded) browser port, then checks it. */
  async openFile(file: File): Promise<void> {
    const open = this.options.openFile;
    if (!open) throw new Error("this session cannot open files");
    if (await this.connect(() => open(file), file.name)) await this.runCheck("workbook");
  }

  private sheetChanged(sheet: string): void {
    if (this.state.checking) this.changedDuringCheck.add(sheet);
    const result = this.state.result;
    if (this.state.stale || !result || !result.sheets.some((s) => s.sheet === sheet)) return;
    this.set({ stale: { reason: "sheet", sheet } });
  }

  setScope(scope: CheckScope): void {
    this.set({ scope });
  }

  /** Keeps the chosen tabs in REPORT_TABS order. */
  setReportTabs(tabs: readonly string[]): void {
    this.set({ reportTabs: REPORT_TABS.filter((tab) => tabs.includes(tab)) });
  }

  setFilters(patch: Partial<Filters>): void {
    this.set({ filters: { ...this.state.filters, ...patch } });
  }

  /** Reads the workbook (or the active sheet) with progress, checks it, and keeps the result. */
  async runCheck(scope: CheckScope = this.state.scope): Promise<void> {
    const port = this.port;
    if (!port) return;
    this.abort?.abort();
    const controller = new AbortController();
    this.abort = controller;
    this.changedDuringCheck.clear();
    const current = (): boolean => this.abort === controller;
    this.set({ scope, checking: { phase: "reading", read: null }, checkNote: null });
    try {
      let sheets: string[] | undefined;
      if (scope === "sheet") {
        const active = await port.activeSheet();
        if (active === null) {
          this.set({ checking: null, checkNote: note("pane.check.no-active-sheet") });
          return;
        }
        sheets = [active];
      }
      const data = await port.read({
        sheets,
        signal: controller.signal,
        onProgress: (read) => {
          if (current()) this.set({ checking: { phase: "reading", read } });
        },
      });
      if (!current()) return;
      this.set({ checking: { phase: "checking", read: this.state.checking?.read ?? null } });
      await yieldToPaint();
      if (!current()) return;
      const result = checkWorkbook(data, { today: this.now() });
      const changed = [...this.changedDuringCheck].find((s) => result.sheets.some((rs) => rs.sheet === s));
      this.set({
        result,
        headers: sheetHeaders(data, result.sheets),
        checking: null,
        stale: changed === undefined ? null : { reason: "sheet", sheet: changed },
        profile: result.profile,
        profileSource: result.profileSource === "workbook" ? "workbook" : "built-in",
        filters: keepFilters(this.state.filters, result.findings),
        located: null,
      });
    } catch (e) {
      if (!current()) return;
      this.set({ checking: null, checkNote: isAbort(e) ? note("pane.check.cancelled") : errorNote(e) });
    } finally {
      if (current()) this.abort = null;
    }
  }

  /**
   * Cancels the running check: the pane lets go of it at once (the port stops at its next row block, and what it
   * answers then is dropped); the previous result stays.
   */
  cancelCheck(): void {
    if (!this.abort) return;
    this.abort.abort();
    this.abort = null;
    this.set({ checking: null, checkNote: note("pane.check.cancelled") });
  }

  /** Selects the finding's cell in Excel; where that is impossible (a file), shows its address instead. */
  async locate(f: Finding): Promise<boolean> {
    const where: Location = { sheet: f.sheet ?? null, cell: cellAddress(f), row: f.row ?? null };
    let selected = false;
    if (f.sheet !== undefined && this.port) {
      try {
        selected = await this.port.select(f.sheet, where.cell);
      } catch {
        // The sheet may have been renamed or deleted since the check: the address still helps.
        selected = false;
      }
    }
    this.set({ located: selected ? null : where });
    return selected;
  }

  /**
   * Records an explanation for a warning in the 审核说明 sheet and applies it to the result at once, with the
   * engine's own matching (the same record's warnings of that rule are explained together).
   */
  async explain(f: Finding, text: string): Promise<void> {
    const port = this.need();
    const trimmed = text.trim();
    if (f.severity !== "warning" || trimmed === "") return;
    const e: Explanation = { sheet: f.sheet ?? "", key: f.key ?? "", rule: f.rule, text: trimmed };
    // A row without a key is matched by its cell, or by its row number when the finding is on the whole row.
    const cell = cellAddress(f) ?? (f.row !== undefined ? String(f.row) : null);
    if (cell !== null) e.cell = cell;
    await port.addExplanation(e);
    this.set({ result: withExplanation(this.needResult(), e) });
  }

  /** Replaces the stored settings through `change`, starting from what the workbook holds now. */
  private async updateSettings(change: (settings: GxSettings) => void): Promise<GxSettings> {
    const port = this.need();
    const { settings } = await port.readSettings();
    const next: GxSettings = JSON.parse(JSON.stringify(settings)) as GxSettings;
    change(next);
    await port.writeSettings(next);
    this.set({ settings: next });
    return next;
  }

  /**
   * Saves kinds ("" = found automatically again) and column mappings ("" = none) per sheet in `_gx`; the next
   * check reads with them.
   */
  async saveLedgerSettings(
    kinds: Record<string, LedgerKind | "none" | "">,
    mappings: Record<string, Record<string, string>>,
  ): Promise<void> {
    await this.updateSettings((s) => {
      const k = { ...(s.kinds ?? {}) };
      for (const [sheet, kind] of Object.entries(kinds)) {
        if (kind === "") delete k[sheet];
        else k[sheet] = kind;
      }
      if (Object.keys(k).length > 0) s.kinds = k;
      else delete s.kinds;
      const m = { ...(s.mappings ?? {}) };
      for (const [sheet, columns] of Object.entries(mappings)) {
        const merged = { ...(m[sheet] ?? {}) };
        for (const [key, header] of Object.entries(columns)) {
          if (header === "") delete merged[key];
          else merged[key] = header;
        }
        if (Object.keys(merged).length > 0) m[sheet] = merged;
        else delete m[sheet];
      }
      if (Object.keys(m).length > 0) s.mappings = m;
      else delete s.mappings;
    });
    if (this.state.result) this.set({ stale: { reason: "settings" } });
  }

  /**
   * Stores a validated profile in `_gx` (none when it equals the built-in plan) and makes it the active one, so
   * the custom functions of this runtime use it at once.
   */
  async saveProfile(profile: Profile): Promise<void> {
    const builtin = isBuiltin(profile);
    await this.updateSettings((s) => {
      if (builtin) delete s.profile;
      else s.profile = profile;
    });
    setActiveProfile(builtin ? BUILTIN_PROFILE : profile);
    this.set({
      profile: builtin ? BUILTIN_PROFILE : profile,
      profileSource: builtin ? "built-in" : "workbook",
      profileIssue: null,
      stale: this.state.result ? { reason: "settings" } : this.state.stale,
    });
  }

  async mark(): Promise<number> {
    return this.need().mark(this.needResult().findings);
  }

  async clearMarks(): Promise<number> {
    return this.need().clearMarks();
  }

  /** Builds the chosen report tabs from the last check and writes them into the workbook. */
  async writeReports(tabs: readonly string[], lang: Lang): Promise<ReportsWritten> {
    const port = this.need();
    const result = this.needResult();
    const models = buildReports(result, { lang, now: this.now(), workbookName: result.file }, tabs);
    return port.writeReports(models.map(layoutReport));
  }

  /** Shows a report tab (its first cell); false where the port cannot select (a file). */
  async showSheet(sheet: string): Promise<boolean> {
    return this.need().select(sheet, "A1");
  }

  async insertTemplates(kinds: readonly LedgerKind[]): Promise<string[]> {
    return this.need().insertTemplates(this.state.profile, kinds);
  }

  /** Standalone: writes the report tabs (and the marks, if asked) and returns the workbook to download. */
  async download(tabs: readonly string[], lang: Lang, withMarks: boolean): Promise<{ blob: Blob; name: string; written: ReportsWritten }> {
    const port = this.need();
    if (!hasDownload(port)) throw new Error("this workbook cannot be downloaded");
    const written = await this.writeReports(tabs, lang);
    if (withMarks) await port.mark(this.needResult().findings);
    return { blob: await port.download(), name: port.downloadName(), written };
  }
}
