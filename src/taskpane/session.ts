/**
 * The pane's working state, apart from React so that it can be tested alone: the workbook port, the profile in
 * force, the last check and whether it is stale, the list's filters. Components read snapshots (subscribe /
 * getState) and call its actions; every action talks to the workbook through the port only.
 */
import {
  buildReports,
  BUILTIN_PROFILE,
  carriedExplanation,
  carriedExplanations,
  cellAddress,
  chooseProfile,
  type CheckResult,
  checkWorkbook,
  explanationFor,
  type Finding,
  type GxSettings,
  HISTORY_TAB,
  type HistoryOutcome,
  isRefusal,
  type Lang,
  layoutReport,
  type LedgerKind,
  parseProfile,
  type Profile,
  type ProfileIssue,
  refusalMessage,
  REPORT_TABS,
  setActiveProfile,
  sheetHeaders,
  t,
  withScope,
  withExplanation,
  withExplanations,
  withHistory,
  withoutExplanation,
} from "../core";

import { labelKey, recordLabels, type RecordLabels } from "../core";
import type { FilePort } from "../ports/file/browser/browser-port";
import type { PortProgress, PortReadOptions, ReportsWritten, WorkbookPort } from "../ports/port";
import { ALL_FINDINGS, keepFilters, type Filters } from "./filters";
import { errorNote, isAbort, note, type Note } from "./notes";

export type { FilePort };

/** Opens a file the user chose as a workbook port (standalone: the browser file port, loaded lazily). */
export type OpenFile = (file: File) => Promise<FilePort>;

export type CheckScope = "workbook" | "sheet";

export type Stale = { reason: "sheet"; sheet: string } | { reason: "settings" } | null;

/** Where a finding is, shown when the port cannot select it (a file in the browser). */
export interface Location {
  finding: Finding;
  /** Inside Excel: the cell (or sheet) is selected; else only its address can be shown. */
  selected: boolean;
  sheet: string | null;
  cell: string | null;
  row: number | null;
}

/** A message in the pane's message area (one at a time, dismissable): it never pushes the list down. */
export interface Notice {
  intent: "success" | "info" | "warning" | "error";
  note: Note;
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
  /** The names of the findings' records and the rows explained in their own cell (recordLabels). */
  labels: RecordLabels;
  notice: Notice | null;
  /** Standalone: the downloaded copy carries the marks (one option, set by 标记 and by the download's box). */
  withMarks: boolean;
  /** Standalone: explanations or settings changed since the last download (leaving the page would lose them). */
  unsaved: boolean;
  /** The comparison with the previous workbook behind `result` (与上期对比); null when none was made. */
  history: HistoryOutcome | null;
  /** The previous workbook being read and compared (its file name). */
  comparing: string | null;
  /** The reporting period chosen beside the result (months 1–period); null: the workbook's own. */
  period: number | null;
  /** 不是 was the answer to 这是某县的台账？ for this workbook: the pane does not ask again. */
  countyDeclined: boolean;
}

/** Reads and checks last month's workbook where the file port lives (its own worker), records and all. */
export type CheckPrevious = (file: File, today: Date) => Promise<CheckResult>;

/** Writes a blank standard workbook (standalone: in the file port's worker, loaded lazily). */
export type MakeTemplate = (profile: Profile, storeProfile: boolean) => Promise<Blob>;

export interface SessionOptions {
  /** Standalone: 模板 downloads a blank standard workbook when no workbook is open. */
  makeTemplate?: MakeTemplate;
  /** Loads the browser file port (standalone); lazily imported by the page so ExcelJS stays out of its first bundle. */
  openFile?: OpenFile;
  /** 与上期对比: checks the previous workbook the user chose (the browser file port, loaded lazily). */
  checkPrevious?: CheckPrevious;
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
  labels: { names: {}, noted: [] },
  notice: null,
  withMarks: false,
  unsaved: false,
  history: null,
  comparing: null,
  period: null,
  countyDeclined: false,
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

/** The record's name for a finding on a row ("" when it has none). */
export function recordName(labels: RecordLabels, f: Finding): string {
  return f.sheet !== undefined && f.row !== undefined ? (labels.names[labelKey(f.sheet, f.row)] ?? "") : "";
}

/** Whether the finding's explanation is its row's own 审核说明 cell (edited in the sheet, not in the pane). */
export function explainedByRow(labels: RecordLabels, f: Finding): boolean {
  return f.sheet !== undefined && f.row !== undefined && labels.noted.includes(labelKey(f.sheet, f.row));
}

function hasDownload(port: WorkbookPort): port is FilePort {
  return port.mode === "file" && typeof (port as Partial<FilePort>).download === "function";
}

/** The standalone page's port checks in its worker, with the reading (the page stays responsive). */
function hasCheck(port: WorkbookPort): port is FilePort & Required<Pick<FilePort, "check">> {
  return typeof (port as Partial<FilePort>).check === "function";
}

function abortError(): Error {
  const e = new Error("the check was cancelled");
  e.name = "AbortError";
  return e;
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
  /** Marks this session put into the file (standalone), so that unticking the option takes them off again. */
  private markedHere = false;

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
    this.markedHere = false;
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

  /** Keeps the chosen tabs in REPORT_TABS order; 与上期对比 last, and only after a comparison. */
  setReportTabs(tabs: readonly string[]): void {
    const offered = this.state.history ? [...REPORT_TABS, HISTORY_TAB] : REPORT_TABS;
    this.set({ reportTabs: offered.filter((tab) => tabs.includes(tab)) });
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
      const onProgress = (read: PortProgress): void => {
        if (current()) this.set({ checking: { phase: "reading", read } });
      };
      const onChecking = (): void => {
        if (current()) this.set({ checking: { phase: "checking", read: this.state.checking?.read ?? null } });
      };
      const { result, headers } = hasCheck(port)
        ? await port.check({ sheets, signal: controller.signal, onProgress, onChecking, today: this.now(), ...this.periodOption() })
        : await this.checkHere(port, { sheets, signal: controller.signal, onProgress, onChecking }, current);
      if (!current()) return;
      const changed = [...this.changedDuringCheck].find((s) => result.sheets.some((rs) => rs.sheet === s));
      this.set({
        result,
        headers,
        labels: recordLabels(result.sheets, result.findings),
        checking: null,
        stale: changed === undefined ? null : { reason: "sheet", sheet: changed },
        profile: result.profile,
        profileSource: result.profileSource === "workbook" ? "workbook" : "built-in",
        filters: keepFilters(this.state.filters, result.findings),
        located: null,
        history: null,
        reportTabs: this.state.reportTabs.filter((tab) => tab !== HISTORY_TAB),
      });
    } catch (e) {
      if (!current()) return;
      this.set({ checking: null, checkNote: isAbort(e) ? note("pane.check.cancelled") : errorNote(e) });
    } finally {
      if (current()) this.abort = null;
    }
  }

  /** Reads through the port and checks on this thread (inside Excel, where the workbook is Excel's). */
  private async checkHere(
    port: WorkbookPort,
    opts: PortReadOptions & { onChecking: () => void },
    current: () => boolean,
  ): Promise<{ result: CheckResult; headers: Record<string, string[]> }> {
    const data = await port.read(opts);
    opts.onChecking();
    await yieldToPaint();
    if (!current()) throw abortError();
    const result = checkWorkbook(data, { today: this.now(), ...this.periodOption() });
    return { result, headers: sheetHeaders(data, result.sheets) };
  }

  /** The period chosen in the pane, as the check takes it (absent: the workbook's own sources decide). */
  private periodOption(): { period?: number } {
    return this.state.period === null ? {} : { period: this.state.period };
  }

  /** Chooses the reporting period (null: the workbook's own again) and checks again with it. */
  async setPeriod(period: number | null): Promise<void> {
    this.set({ period });
    if (this.state.result) await this.runCheck();
  }

  /**
   * Judges the workbook as a county's ("city": the city's): the scope is stored with the workbook's profile in
   * `_gx`, so the custom functions, the CLI and the next session read it too; a checked workbook is checked again.
   */
  async setCountyScope(code: string): Promise<void> {
    // The workbook's own profile could not be read: storing the built-in one with a scope would replace it unseen.
    if (this.state.profileIssue !== null) {
      this.notify("warning", note("pane.settings.scope-stored-invalid"));
      return;
    }
    await this.saveProfile(withScope(this.state.profile, code));
    if (this.state.result) await this.runCheck();
  }

  /** 按某县校验: the answer to the county the check suggested. */
  async acceptCounty(): Promise<void> {
    const hint = this.state.result?.countyHint;
    if (hint) await this.setCountyScope(hint.code);
  }

  /** 不是: the workbook stays the city's, and the pane stops asking. */
  declineCounty(): void {
    this.set({ countyDeclined: true });
  }

  notify(intent: Notice["intent"], n: Note): void {
    this.set({ notice: { intent, note: n } });
  }

  dismissNotice(): void {
    this.set({ notice: null });
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

  /** Selects the finding's cell in Excel; where that is impossible (a file), the pane shows its address. */
  async locate(f: Finding): Promise<boolean> {
    const cell = cellAddress(f);
    let selected = false;
    if (f.sheet !== undefined && this.port) {
      try {
        selected = await this.port.select(f.sheet, cell);
      } catch {
        // The sheet may have been renamed or deleted since the check: the address still helps.
        selected = false;
      }
    }
    this.set({ located: { finding: f, selected, sheet: f.sheet ?? null, cell, row: f.row ?? null } });
    return selected;
  }

  /**
   * Records (or changes) the explanation of a warning in the 审核说明 sheet and applies it to the result at once,
   * with the engine's own matching (the same record's warnings of that rule are explained together).
   */
  async explain(f: Finding, text: string): Promise<void> {
    const port = this.need();
    const trimmed = text.trim();
    if (f.severity !== "warning" || trimmed === "") return;
    const e = explanationFor(this.needResult(), f, trimmed);
    await port.addExplanation(e);
    this.set({ result: withExplanation(this.needResult(), e), unsaved: this.state.mode === "file" });
  }

  /** Withdraws the explanation the pane (or the user) wrote in 审核说明: the warning counts again. */
  async withdraw(f: Finding): Promise<void> {
    const port = this.need();
    if (f.severity !== "warning" || !f.explained) return;
    const e = explanationFor(this.needResult(), f, f.explanation ?? "");
    await port.removeExplanation(e);
    this.set({ result: withoutExplanation(this.needResult(), e), unsaved: this.state.mode === "file" });
  }

  /**
   * 与上期对比: checks the workbook again here (so that the result keeps what re-explaining needs) and the chosen
   * previous workbook in the file port's worker, then adds the history findings (HISTORY.md). A refusal (a later
   * period, two years apart) compares nothing; an unreadable previous file leaves this month's check and says why.
   */
  async compareWith(file: File, lang: Lang): Promise<void> {
    const port = this.need();
    const load = this.options.checkPrevious;
    if (!load) throw new Error("this session cannot read a previous workbook");
    this.abort?.abort();
    this.abort = null;
    this.set({ comparing: file.name, checking: { phase: "reading", read: null }, checkNote: null, notice: null });
    try {
      let previous: CheckResult;
      try {
        previous = await load(file, this.now());
      } catch (e) {
        // As the CLI says it: the file port's refusal, else the file is taken for damaged.
        const why = errorNote(e);
        const reason = why.key.startsWith("file.") ? t(lang, why.key as "file.corrupt", why.params) : t(lang, "file.corrupt");
        this.set({ notice: { intent: "error", note: note("pane.history.unreadable", { file: file.name, reason }) } });
        return;
      }
      previous.file = file.name;
      const data = await port.read({ onProgress: (read) => this.set({ checking: { phase: "reading", read } }) });
      this.set({ checking: { phase: "checking", read: null } });
      await yieldToPaint();
      const current = checkWorkbook(data, { today: this.now(), ...this.periodOption() });
      const outcome = withHistory(current, previous);
      if (isRefusal(outcome)) {
        this.set({ notice: { intent: "error", note: note("pane.history.refused", { reason: refusalMessage(outcome, lang) }) } });
        return;
      }
      const found = outcome.kindOf.size;
      this.set({
        result: current,
        headers: sheetHeaders(data, current.sheets),
        labels: recordLabels(current.sheets, current.findings),
        history: outcome,
        stale: null,
        located: null,
        filters: keepFilters(this.state.filters, current.findings),
        reportTabs: [...REPORT_TABS, HISTORY_TAB].filter((tab) => tab === HISTORY_TAB || this.state.reportTabs.includes(tab)),
        notice: { intent: "success", note: note("pane.history.compared", { file: file.name, n: found }) },
      });
    } catch (e) {
      this.set({ notice: { intent: "error", note: errorNote(e) } });
    } finally {
      this.set({ comparing: null, checking: null });
    }
  }

  /** 沿用上期说明 for one warning: its earlier explanation written to 审核说明 for this period. */
  async carryOver(f: Finding): Promise<void> {
    const port = this.need();
    const e = carriedExplanation(this.needResult(), f);
    if (e === null) return;
    await port.addExplanation(e);
    this.set({ result: withExplanation(this.needResult(), e), unsaved: this.state.mode === "file" });
  }

  /** 沿用上期说明 for every warning that has one; the number written. */
  async carryOverAll(): Promise<number> {
    const port = this.need();
    const es = carriedExplanations(this.needResult());
    await port.addExplanations(es);
    if (es.length > 0) this.set({ result: withExplanations(this.needResult(), es), unsaved: this.state.mode === "file" });
    return es.length;
  }

  /** Replaces the stored settings through `change`, starting from what the workbook holds now. */
  private async updateSettings(change: (settings: GxSettings) => void): Promise<GxSettings> {
    const port = this.need();
    const { settings } = await port.readSettings();
    const next: GxSettings = JSON.parse(JSON.stringify(settings)) as GxSettings;
    change(next);
    await port.writeSettings(next);
    this.set({ settings: next, unsaved: this.state.mode === "file" });
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
    const n = await this.need().mark(this.needResult().findings);
    this.markedHere = true;
    this.set({ withMarks: true });
    return n;
  }

  async clearMarks(): Promise<number> {
    const n = await this.need().clearMarks();
    this.markedHere = false;
    this.set({ withMarks: false });
    return n;
  }

  /** Standalone: whether the download carries the marks (the same option as 标记's). */
  setWithMarks(withMarks: boolean): void {
    this.set({ withMarks });
  }

  /** Builds the chosen report tabs from the last check and writes them into the workbook. */
  async writeReports(tabs: readonly string[], lang: Lang): Promise<ReportsWritten> {
    const port = this.need();
    const result = this.needResult();
    const history = this.state.history ?? undefined;
    const chosen = history ? tabs : tabs.filter((tab) => tab !== HISTORY_TAB);
    const models = buildReports(result, { lang, now: this.now(), workbookName: result.file, history }, chosen);
    return port.writeReports(models.map(layoutReport));
  }

  /** Shows a report tab (its first cell); false where the port cannot select (a file). */
  async showSheet(sheet: string): Promise<boolean> {
    return this.need().select(sheet, "A1");
  }

  /** Whether 模板 can offer a blank workbook to download (standalone). */
  get canMakeTemplate(): boolean {
    return this.options.makeTemplate !== undefined;
  }

  /** A blank standard workbook for the profile in force, as `gx-ledger template` writes it. */
  async templateFile(): Promise<Blob> {
    const make = this.options.makeTemplate;
    if (!make) throw new Error("this session cannot write templates");
    const { profile, profileSource } = this.state;
    return make(profile, profileSource === "workbook");
  }

  async insertTemplates(kinds: readonly LedgerKind[]): Promise<string[]> {
    return this.need().insertTemplates(this.state.profile, kinds);
  }

  /** Standalone: writes the report tabs (and the marks, or none, as the option says) and returns the workbook to download. */
  async download(tabs: readonly string[], lang: Lang): Promise<{ blob: Blob; name: string; written: ReportsWritten }> {
    const port = this.need();
    if (!hasDownload(port)) throw new Error("this workbook cannot be downloaded");
    const written = await this.writeReports(tabs, lang);
    if (this.state.withMarks) await port.mark(this.needResult().findings);
    // Marks of this session, unticked since, are taken off again; marks the file came with stay.
    else if (this.markedHere) await port.clearMarks();
    this.markedHere = this.state.withMarks;
    const out = { blob: await port.download(), name: port.downloadName(), written };
    this.set({ unsaved: false });
    return out;
  }
}
