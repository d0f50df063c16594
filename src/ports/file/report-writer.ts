/**
 * The file writer of the report tabs (REPORTS.md): adds the laid-out tabs to a workbook the caller loaded with
 * ExcelJS (the caller saves a copy). It places only what the layout says; the ledger sheets are never touched.
 * Excel tables and native charts are Excel-only (the Office.js writer makes them).
 */

import type ExcelJS from "exceljs";
import { parseSettings } from "../../core/read";
import type { CellValue, SheetData } from "../../core/read/types";
import type { ReportLayout } from "../../core/reports/layout-types";
import { bearsReportMark, planReportTabs, type Renamed } from "../../core/reports/ownership";
import {
  BORDER_COLOR,
  blockName,
  cellFormat,
  DATA_BAR_COLOR,
  linkReference,
  lookOf,
  type CellLook,
} from "../../core/reports/report-cells";
import { toCellValue } from "./cells";
import { useInternalLinks } from "./internal-links";
import { settingsWorksheet, writeSettings } from "./settings";

export interface ReportWriteResult {
  /** The sheets written, in layout order. */
  written: string[];
  /** Tabs that took a suffixed name because a user's sheet has the standard one: tell the user. */
  renamed: Renamed[];
  /** `_gx` held settings that are not JSON: left as they were, so these tabs are not recorded as the add-in's. */
  settingsUnreadable: boolean;
}

function argb(hex: string): string {
  return `FF${hex.slice(1).toUpperCase()}`;
}

/** `_gx` as the reader sees it: column A's text. */
function settingsSheet(ws: ExcelJS.Worksheet | undefined): SheetData | undefined {
  if (!ws) return undefined;
  const rows: (CellValue[] | undefined)[] = [];
  ws.eachRow((row, n) => {
    rows[n - 1] = [toCellValue(row.getCell(1).value)];
  });
  return { name: ws.name, rows: Array.from(rows), merges: [] };
}

/** ExcelJS shares style objects between cells; one set per look keeps the file's style table small. */
function excelStyle(look: CellLook): Partial<ExcelJS.Style> {
  const thin: Partial<ExcelJS.Border> = { style: "thin", color: { argb: argb(BORDER_COLOR) } };
  const style: Partial<ExcelJS.Style> = {
    font: {
      ...(look.bold ? { bold: true } : {}),
      ...(look.italic ? { italic: true } : {}),
      ...(look.size ? { size: look.size } : {}),
      ...(look.color ? { color: { argb: argb(look.color) } } : {}),
      ...(look.underline ? { underline: true } : {}),
    },
  };
  if (look.fill) style.fill = { type: "pattern", pattern: "solid", fgColor: { argb: argb(look.fill) } };
  if (look.border) style.border = { top: thin, left: thin, bottom: thin, right: thin };
  if (look.align || look.wrap) {
    style.alignment = {
      ...(look.align ? { horizontal: look.align.toLowerCase() as "left" | "center" | "right" } : {}),
      ...(look.wrap ? { wrapText: true, vertical: "middle" as const } : {}),
    };
  }
  return style;
}

/**
 * OOXML text escaping ExcelJS leaves out: a carriage return or other control character written raw is lost when
 * the file is read (XML turns CR into LF), so it goes as `_x000D_`; a literal `_xHHHH_` is escaped as `_x005F_…`.
 */
export function ooxmlText(s: string): string {
  return s
    .replace(/_x([0-9A-Fa-f]{4})_/g, "_x005F_x$1_")
    .replace(/[\x00-\x08\x0B-\x1F]/g, (ch) => `_x${ch.charCodeAt(0).toString(16).toUpperCase().padStart(4, "0")}_`);
}

function fillSheet(ws: ExcelJS.Worksheet, layout: ReportLayout): void {
  const styles = new Map<string, Partial<ExcelJS.Style>>();
  for (const c of layout.cells) {
    const cell = ws.getCell(c.row, c.col);
    if (c.link && c.value !== null && c.value !== "") {
      cell.value = { text: ooxmlText(String(c.value)), hyperlink: linkReference(c.link) };
    } else if (c.value !== null && c.value !== "") {
      // A string is always a string cell in ExcelJS, never a formula; the "@" format keeps it text when edited.
      cell.value = typeof c.value === "string" ? ooxmlText(c.value) : c.value;
    }
    const look = lookOf(c);
    const key = JSON.stringify(look);
    let style = styles.get(key);
    if (!style) {
      style = excelStyle(look);
      styles.set(key, style);
    }
    cell.style = { ...style, numFmt: cellFormat(c) };
  }
  for (const m of layout.merges) ws.mergeCells(m.top, m.left, m.bottom, m.right);
  layout.widths.forEach((w, i) => {
    if (w > 0) ws.getColumn(i + 1).width = w;
  });
  for (const bar of layout.dataBars) {
    const rule: ExcelJS.DataBarRuleType & { color: { argb: string } } = {
      type: "dataBar",
      priority: 1,
      gradient: false,
      cfvo: [{ type: "min" }, { type: "max" }],
      color: { argb: argb(DATA_BAR_COLOR) },
    };
    ws.addConditionalFormatting({ ref: blockName(bar), rules: [rule] });
  }
}

/**
 * Adds the tabs to `wb`, replacing the add-in's earlier tabs (settings.reports in `_gx`) and leaving a user's
 * sheet of the same name alone (the tab takes a suffix and is listed in `renamed`).
 */
export function writeReportTabs(wb: ExcelJS.Workbook, layouts: readonly ReportLayout[]): ReportWriteResult {
  useInternalLinks();
  const gx = settingsWorksheet(wb);
  const { settings, findings } = parseSettings(settingsSheet(gx));
  const settingsUnreadable = findings.some((f) => f.rule === "settings.invalid" && f.variant !== "shape");
  // A claim in `_gx` is honoured only for a sheet that bears the add-in's mark.
  const claimed = settingsUnreadable ? [] : (settings.reports ?? []);
  const owned = claimed.filter((name) => {
    const ws = wb.getWorksheet(name);
    return ws !== undefined && bearsReportMark(toCellValue(ws.getCell(2, 1).value));
  });
  const plan = planReportTabs(
    wb.worksheets.map((ws) => ws.name),
    owned,
    layouts.map((l) => l.tab),
  );
  for (const name of plan.stale) {
    const ws = wb.getWorksheet(name);
    if (ws) wb.removeWorksheet(ws.id);
  }
  const written: string[] = [];
  for (const tab of plan.tabs) {
    const layout = layouts.find((l) => l.tab === tab.wanted) as ReportLayout;
    const old = tab.replaces ? wb.getWorksheet(tab.name) : undefined;
    const orderNo = old ? (old as unknown as { orderNo: number }).orderNo : undefined;
    if (old) wb.removeWorksheet(old.id);
    const frozen = layout.frozenRows;
    const ws = wb.addWorksheet(tab.name, { views: frozen > 0 ? [{ state: "frozen", ySplit: frozen, xSplit: 0 }] : [] });
    // The new tab takes the place of the one it replaces.
    if (orderNo !== undefined) (ws as unknown as { orderNo: number }).orderNo = orderNo;
    fillSheet(ws, layout);
    written.push(tab.name);
  }
  if (!settingsUnreadable) writeSettings(wb, { ...settings, reports: plan.reports });
  // Removing sheets may leave the workbook's remembered tab past the end.
  const view = wb.views?.[0];
  if (view && typeof view.activeTab === "number" && view.activeTab >= wb.worksheets.length) view.activeTab = 0;
  return { written, renamed: plan.renamed, settingsUnreadable };
}
