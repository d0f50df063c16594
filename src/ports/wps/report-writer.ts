/**
 * The report tabs in WPS (REPORTS.md): the laid-out tabs written cell by cell (number format first, so text stays
 * text), with their looks, merges, widths, row heights, frozen header, links to the ledger cells and the page
 * setup of REPORTS.md's "Ready to print and send". The add-in's earlier tabs
 * (settings.reports) are replaced; a user's sheet of the same name is left alone and the tab takes a suffix.
 * Excel tables, charts and data bars are Excel's: in WPS the same cells without them.
 */

import { BORDER_COLOR, cellFormat, FOOTER, type LaidCell, LINE_POINTS, linkReference, lookOf, PAGE_SETUP, planReportTabs, type ReportLayout } from "../../core";
import type { ReportsWritten } from "../port";
import { addSheet, bgr, findSheet, sheetsOf, XL_ALIGN, XL_CONTINUOUS, XL_LANDSCAPE, XL_PAPER_A4, type EtApplication, type EtWorkbook, type EtWorksheet } from "./et";
import { rangeOf } from "./read";
import { readSettingsEt, writeSettingsEt } from "./settings";
import { MARGIN_POINTS } from "../office-page";

function writeCell(ws: EtWorksheet, c: LaidCell): void {
  const cell = rangeOf(ws, c.row, c.col, 1, 1);
  cell.NumberFormat = cellFormat(c);
  if (c.value !== null && c.value !== "") cell.Value2 = c.value;
  const look = lookOf(c);
  if (look.bold) cell.Font.Bold = true;
  if (look.italic) cell.Font.Italic = true;
  if (look.size) cell.Font.Size = look.size;
  if (look.color) cell.Font.Color = bgr(look.color);
  if (look.underline) cell.Font.Underline = true;
  if (look.fill) cell.Interior.Color = bgr(look.fill);
  if (look.border) {
    cell.Borders.LineStyle = XL_CONTINUOUS;
    cell.Borders.Color = bgr(BORDER_COLOR);
  }
  if (look.align) cell.HorizontalAlignment = XL_ALIGN[look.align];
  if (look.wrap) cell.WrapText = true;
  if (c.link && c.value !== null && c.value !== "") ws.Hyperlinks.Add(cell, "", linkReference(c.link), "", String(c.value));
}

/** The page setup REPORTS.md asks of every tab, as the file and Office.js writers give it. */
function setUpPage(ws: EtWorksheet, layout: ReportLayout): void {
  const page = ws.PageSetup;
  const m = MARGIN_POINTS;
  page.Orientation = XL_LANDSCAPE;
  page.PaperSize = XL_PAPER_A4;
  page.Zoom = false;
  page.FitToPagesWide = PAGE_SETUP.fitToWidth;
  // 0 pages tall means as many as the rows need: VBA's false.
  page.FitToPagesTall = PAGE_SETUP.fitToHeight === 0 ? false : PAGE_SETUP.fitToHeight;
  page.LeftMargin = m.left;
  page.RightMargin = m.right;
  page.TopMargin = m.top;
  page.BottomMargin = m.bottom;
  page.HeaderMargin = m.header;
  page.FooterMargin = m.footer;
  page.CenterHorizontally = PAGE_SETUP.centerHorizontally;
  page.PrintGridlines = PAGE_SETUP.printGridlines;
  if (layout.printTitles) page.PrintTitleRows = `$${layout.printTitles.top}:$${layout.printTitles.bottom}`;
  page.LeftFooter = FOOTER.left;
  page.CenterFooter = FOOTER.center;
}

function writeTab(app: EtApplication, ws: EtWorksheet, layout: ReportLayout): void {
  for (const c of layout.cells) writeCell(ws, c);
  for (const m of layout.merges) rangeOf(ws, m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).Merge();
  layout.widths.forEach((w, i) => {
    // ColumnWidth counts characters in ET, as in VBA (Office.js wants points).
    if (w > 0) rangeOf(ws, 1, i + 1, 1, 1).ColumnWidth = w;
  });
  // Rows of wrapped text as tall as their lines, as the file writer makes them: the printed page is the same.
  for (const { row, lines } of layout.rowLines) rangeOf(ws, row, 1, 1, 1).RowHeight = lines * LINE_POINTS;
  setUpPage(ws, layout);
  if (layout.frozenRows > 0) {
    ws.Activate();
    const win = app.ActiveWindow;
    win.FreezePanes = false;
    win.SplitColumn = 0;
    win.SplitRow = layout.frozenRows;
    win.FreezePanes = true;
  }
}

export function writeReportTabsEt(app: EtApplication, wb: EtWorkbook, layouts: readonly ReportLayout[]): ReportsWritten {
  const current = readSettingsEt(wb);
  const plan = planReportTabs(
    sheetsOf(wb).map((ws) => ws.Name),
    current.unreadable ? [] : (current.settings.reports ?? []),
    layouts.map((l) => l.tab),
  );
  for (const name of plan.stale) findSheet(wb, name)?.Delete();
  const written: string[] = [];
  let first: EtWorksheet | null = null;
  for (const tab of plan.tabs) {
    const layout = layouts.find((l) => l.tab === tab.wanted) as ReportLayout;
    // The earlier tab goes first: the new one takes its name.
    if (tab.replaces) findSheet(wb, tab.name)?.Delete();
    const ws = addSheet(app, wb, tab.name, { keepActive: true });
    writeTab(app, ws, layout);
    first ??= ws;
    written.push(tab.name);
  }
  if (!current.unreadable) writeSettingsEt(app, wb, { ...current.settings, reports: plan.reports });
  first?.Activate();
  return { written, renamed: plan.renamed, settingsUnreadable: current.unreadable };
}
