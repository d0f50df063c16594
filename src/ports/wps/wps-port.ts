/**
 * The workbook port inside WPS 表格 (ET): what the task pane asks of the open workbook, through WPS's synchronous
 * object model (HOSTS.md). The pane runs unchanged behind it. `app` is WPS's Application (the default, looked up
 * when used) or a simulated ET host in tests.
 *
 * The add-in's own writes change sheets too: while the port writes, change events are not passed on, so the
 * pane does not take its own reports or marks for a user's edit.
 */

import type { WorkbookPort } from "../port";
import type { EtApplication, EtWorkbook } from "./et";
import { findSheet } from "./et";
import { addExplanationEt, addExplanationsEt, removeExplanationEt } from "./explanations";
import { clearMarksEt, markEt } from "./marks";
import { readWorkbookEt } from "./read";
import { writeReportTabsEt } from "./report-writer";
import { readSettingsEt, writeSettingsEt } from "./settings";
import { insertTemplatesEt } from "./templates";

/** Where WPS puts its Application: `wps.EtApplication()` in an add-in's pages, or a global `Application`. */
export function wpsApplication(scope: Record<string, unknown> = globalThis as unknown as Record<string, unknown>): EtApplication | null {
  const wps = scope.wps as { EtApplication?: () => EtApplication } | undefined;
  if (wps && typeof wps.EtApplication === "function") {
    try {
      return wps.EtApplication();
    } catch {
      // Some builds throw here outside the add-in's own pages: the global below is then the way in.
    }
  }
  const app = scope.Application as EtApplication | undefined;
  return app && typeof app === "object" && "ActiveWorkbook" in app ? app : null;
}

/** The ApiEvent name for a cell edit (ASSUMPTION, see README: WPS 表格 documents SheetChange with (Sh, Target)). */
export const SHEET_CHANGE = "SheetChange";

/** No workbook open: a clear refusal the pane shows, rather than a crash. */
export class NoWorkbookError extends Error {
  constructor() {
    super("WPS 表格中没有打开的工作簿。No workbook is open in WPS Spreadsheets.");
    this.name = "NoWorkbookError";
  }
}

export function createWpsPort(app: EtApplication): WorkbookPort {
  let writing = 0;
  const wb = (): EtWorkbook => {
    const book = app.ActiveWorkbook;
    if (!book) throw new NoWorkbookError();
    return book;
  };
  /** Runs a write; events it causes are the add-in's own. */
  const write = <T>(f: () => T): T => {
    writing++;
    try {
      return f();
    } finally {
      writing--;
    }
  };
  const reports = (book: EtWorkbook): string[] => {
    const s = readSettingsEt(book);
    return s.unreadable ? [] : (s.settings.reports ?? []);
  };

  return {
    mode: "wps",
    name: async () => wb().Name,
    read: async (opts) => {
      const book = wb();
      return readWorkbookEt(app, book, reports(book), opts);
    },
    activeSheet: async () => app.ActiveSheet?.Name ?? null,
    readSettings: async () => {
      const { settings, findings } = readSettingsEt(wb());
      return { settings, findings };
    },
    writeSettings: async (settings) => write(() => writeSettingsEt(app, wb(), settings)),
    select: async (sheet, cell) => {
      const ws = findSheet(wb(), sheet);
      // The sheet was renamed or deleted since the check: the pane shows the address instead.
      if (!ws) return false;
      ws.Activate();
      if (cell) ws.Range(/^\d+$/.test(cell) ? `${cell}:${cell}` : cell).Select();
      return true;
    },
    mark: async (findings) => write(() => markEt(app, wb(), findings)),
    clearMarks: async () => write(() => clearMarksEt(app, wb())),
    writeReports: async (layouts) => write(() => writeReportTabsEt(app, wb(), layouts)),
    addExplanation: async (e) => {
      writing++;
      try {
        await addExplanationEt(app, wb(), e);
      } finally {
        writing--;
      }
    },
    addExplanations: async (es) => {
      writing++;
      try {
        await addExplanationsEt(app, wb(), es);
      } finally {
        writing--;
      }
    },
    removeExplanation: async (e) => {
      writing++;
      try {
        return await removeExplanationEt(app, wb(), e);
      } finally {
        writing--;
      }
    },
    insertTemplates: async (profile, kinds) => write(() => insertTemplatesEt(app, wb(), profile, kinds)),
    onChanged: (cb) => {
      const events = app.ApiEvent;
      // A WPS without ApiEvent leaves results as they are.
      if (!events) return () => undefined;
      const handler = (sheet: unknown) => {
        if (writing > 0) return;
        const name = (sheet as { Name?: unknown } | null)?.Name;
        if (typeof name === "string") cb(name);
      };
      events.AddApiEventListener(SHEET_CHANGE, handler);
      return () => events.RemoveApiEventListener(SHEET_CHANGE, handler);
    },
  };
}
