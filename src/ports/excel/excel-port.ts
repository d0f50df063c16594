/**
 * The workbook port inside Excel: what the task pane asks of the open workbook, through Office.js. The pane
 * never calls Office.js itself. `api` is Office's `Excel` (the default) or a simulated host in tests.
 */

import { parseSettings } from "../../core";
import type { WorkbookPort } from "../port";
import { watchChanges, type ExcelRunner } from "./events";
import { addExplanationExcel, addExplanationsExcel, removeExplanationExcel } from "./explanations";
import { clearMarksExcel, markExcel } from "./marks";
import { readWorkbookExcel } from "./read";
import type { ReadBudget } from "./block-plan";
import { writeReportTabsExcel } from "./report-writer";
import { PAYLOAD_BUDGET } from "./request";
import { addSettingsSheet, locateSettings, queueSettingsWrite, readSettingsExcel } from "./settings";
import { insertTemplatesExcel } from "./templates";

export interface ExcelPortTuning {
  /** Bytes and cells of values per read request. */
  readBudget?: ReadBudget;
  /** Bytes per write request. */
  payloadBudget?: number;
}

function officeCode(e: unknown): string | undefined {
  return typeof e === "object" && e !== null ? (e as { code?: string }).code : undefined;
}

/** A finding on a whole row names it by number: Excel wants "7:7". */
function selectable(cell: string): string {
  return /^\d+$/.test(cell) ? `${cell}:${cell}` : cell;
}

/** Office's own `Excel`, looked up when used: this module may load before office.js has run. */
const officeExcel: ExcelRunner = {
  get run() {
    return Excel.run;
  },
};

export function createExcelPort(api: ExcelRunner = officeExcel, tuning: ExcelPortTuning = {}): WorkbookPort {
  const budget = tuning.payloadBudget ?? PAYLOAD_BUDGET;
  return {
    mode: "excel",

    name: () =>
      api.run(async (context) => {
        context.workbook.load("name");
        await context.sync();
        return context.workbook.name;
      }),

    read: (opts = {}) => api.run((context) => readWorkbookExcel(context, { ...opts, budget: tuning.readBudget })),

    activeSheet: () =>
      api.run(async (context) => {
        const ws = context.workbook.worksheets.getActiveWorksheet().load("name");
        await context.sync();
        return ws.name;
      }),

    readSettings: () =>
      api.run(async (context) => {
        const place = await locateSettings(context);
        if (place.name === null) return parseSettings(undefined);
        const { settings, findings } = await readSettingsExcel(context, place.name);
        return { settings, findings };
      }),

    writeSettings: (settings) =>
      api.run(async (context) => {
        const place = await locateSettings(context);
        const gx = place.name === null ? addSettingsSheet(context, place) : context.workbook.worksheets.getItem(place.name);
        queueSettingsWrite(gx, settings);
        await context.sync();
      }),

    select: (sheet, cell) =>
      api.run(async (context) => {
        const ws = context.workbook.worksheets.getItem(sheet);
        ws.activate();
        if (cell) ws.getRange(selectable(cell)).select();
        try {
          await context.sync();
        } catch (e) {
          // The sheet was renamed, deleted or hidden since the check: the pane shows the address instead.
          if (["ItemNotFound", "InvalidOperation", "InvalidArgument"].includes(officeCode(e) ?? "")) return false;
          throw e;
        }
        return true;
      }),

    mark: (findings) => api.run((context) => markExcel(context, findings, budget)),

    clearMarks: () => api.run((context) => clearMarksExcel(context, budget)),

    writeReports: (layouts) =>
      api.run(async (context) => {
        const r = await writeReportTabsExcel(context, layouts, { payloadBudget: budget });
        return { written: r.written, renamed: r.renamed, settingsUnreadable: r.settingsUnreadable };
      }),

    addExplanation: (e) => api.run((context) => addExplanationExcel(context, e)),
    addExplanations: (es) => api.run((context) => addExplanationsExcel(context, es)),

    removeExplanation: (e) => api.run((context) => removeExplanationExcel(context, e)),

    insertTemplates: (profile, kinds) => api.run((context) => insertTemplatesExcel(context, profile, kinds, budget)),

    onChanged: (cb) => watchChanges(api, cb),
  };
}
