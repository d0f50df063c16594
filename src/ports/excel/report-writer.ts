/**
 * The Office.js writer of the report tabs (REPORTS.md): places what the layout says with whole-range operations.
 * Per tab one `context.sync()`, whatever the row count; a tab whose request would pass the payload budget is
 * split into row chunks, each its own request. Plus one sync to list the sheets and one to read `_gx` if present.
 */

import { bearsReportMark, type Block, BORDER_COLOR, type CellLook, cellName, type CellValue, columnLetters, DATA_BAR_BOUNDS, DATA_BAR_COLOR, FOOTER, type GxSettings, isSettingsHead, jsonBytes, layoutGrid, linkReference, lookAreas, namedLikeReport, PAGE_SETUP, planReportTabs, REPORT_TABS, rangeName, type Renamed, type ReportLayout, type TabPlan, widthPoints } from "../../core";
import { chunks, OP_OVERHEAD, PAYLOAD_BUDGET, Request } from "./request";
import { addSettingsSheet, queueSettingsFind, queueSettingsWrite } from "./settings";
import { MARGIN_POINTS } from "../office-page";

export { PAYLOAD_BUDGET };

/** Where a chart goes: right of the table, this many columns wide and rows high. */
const CHART_COLUMNS = 8;
const CHART_ROWS = 18;

export interface ExcelReportOptions {
  /** Show the first tab written (default true). */
  activate?: boolean;
  /** Bytes per request before a tab is split; tests lower it. */
  payloadBudget?: number;
}

export interface ExcelReportResult {
  written: string[];
  renamed: Renamed[];
  settingsUnreadable: boolean;
  /** context.sync() calls made. */
  syncs: number;
}

function applyLook(range: Excel.Range, look: CellLook, block: Block): void {
  const f = range.format;
  if (look.bold) f.font.bold = true;
  if (look.italic) f.font.italic = true;
  if (look.size) f.font.size = look.size;
  if (look.color) f.font.color = look.color;
  if (look.underline) f.font.underline = "Single";
  if (look.fill) f.fill.color = look.fill;
  if (look.align) f.horizontalAlignment = look.align;
  if (look.wrap) {
    f.wrapText = true;
    f.verticalAlignment = "Center";
  }
  if (look.border) {
    // Inside borders only where the range has inner edges (a one-row range has no inside horizontal).
    const edges = [
      "EdgeTop",
      "EdgeBottom",
      "EdgeLeft",
      "EdgeRight",
      ...(block.bottom > block.top ? (["InsideHorizontal"] as const) : []),
      ...(block.right > block.left ? (["InsideVertical"] as const) : []),
    ] as const;
    for (const edge of edges) {
      const b = f.borders.getItem(edge);
      b.style = "Continuous";
      b.color = BORDER_COLOR;
    }
  }
}

/** The page setup REPORTS.md asks of every tab, as the file writer writes it too (ExcelApi 1.9). */
function setUpPage(ws: Excel.Worksheet, layout: ReportLayout): void {
  const page = ws.pageLayout;
  const m = MARGIN_POINTS;
  page.orientation = "Landscape";
  page.paperSize = "A4";
  page.zoom = { horizontalFitToPages: PAGE_SETUP.fitToWidth, verticalFitToPages: PAGE_SETUP.fitToHeight };
  page.leftMargin = m.left;
  page.rightMargin = m.right;
  page.topMargin = m.top;
  page.bottomMargin = m.bottom;
  page.headerMargin = m.header;
  page.footerMargin = m.footer;
  page.centerHorizontally = PAGE_SETUP.centerHorizontally;
  page.printGridlines = PAGE_SETUP.printGridlines;
  if (layout.printTitles) page.setPrintTitleRows(`$${layout.printTitles.top}:$${layout.printTitles.bottom}`);
  page.headersFooters.defaultForAllPages.leftFooter = FOOTER.left;
  page.headersFooters.defaultForAllPages.centerFooter = FOOTER.center;
}

/** Number of queued operations setUpPage makes. */
const PAGE_OPS = 16;

function range(ws: Excel.Worksheet, b: Block): Excel.Range {
  return ws.getRange(rangeName(b));
}

/** Queues one tab's cells, formats, links and visuals; syncs only when a piece would pass the budget. */
async function writeTab(ws: Excel.Worksheet, layout: ReportLayout, request: Request, budget: number): Promise<void> {
  const grid = layoutGrid(layout);
  if (grid.rows > 0 && grid.cols > 0) {
    const rows = grid.values.map((values, i) => ({ index: i, values, formats: grid.formats[i] }));
    // The text format goes on before the values, so Excel keeps "=…" and "0012" as typed.
    for (const chunk of chunks(rows, (r) => jsonBytes(r.values) + jsonBytes(r.formats), budget * 0.9)) {
      await request.room(chunk.bytes + 2 * OP_OVERHEAD);
      const block = ws.getRangeByIndexes(chunk.items[0].index, 0, chunk.items.length, grid.cols);
      block.numberFormat = chunk.items.map((r) => r.formats) as string[][];
      block.values = chunk.items.map((r) => r.values) as (string | number)[][];
    }
  }

  const areas = lookAreas(layout);
  await request.room((layout.merges.length + areas.length * 16 + layout.widths.length + 2 + PAGE_OPS) * OP_OVERHEAD);
  for (const m of layout.merges) range(ws, m).merge(false);
  for (const area of areas) applyLook(range(ws, area.block), area.look, area.block);
  layout.widths.forEach((w, i) => {
    if (w > 0) ws.getRange(`${columnLetters(i + 1)}:${columnLetters(i + 1)}`).format.columnWidth = widthPoints(w);
  });
  if (layout.frozenRows > 0) ws.freezePanes.freezeRows(layout.frozenRows);
  // Wrapped text: Excel measures the rows itself (the file writer sets the heights it computes).
  if (layout.rowLines.length > 0 && grid.rows > 0 && grid.cols > 0) ws.getRangeByIndexes(0, 0, grid.rows, grid.cols).format.autofitRows();
  setUpPage(ws, layout);

  const links = layout.cells.filter((c) => c.link && c.value !== null && c.value !== "");
  const linkBytes = (c: (typeof links)[number]) =>
    jsonBytes({ documentReference: linkReference(c.link as NonNullable<typeof c.link>), textToDisplay: String(c.value) }) + 2 * OP_OVERHEAD;
  for (const chunk of chunks(links, linkBytes, budget * 0.9)) {
    await request.room(chunk.bytes);
    for (const c of chunk.items) {
      ws.getRange(cellName(c.row, c.col)).hyperlink = {
        documentReference: linkReference(c.link as NonNullable<typeof c.link>),
        textToDisplay: String(c.value),
      };
    }
  }

  await request.room((layout.dataBars.length * 5 + layout.tables.length * 2 + layout.charts.length * 12) * OP_OVERHEAD);
  for (const bar of layout.dataBars) {
    const cf = range(ws, bar).conditionalFormats.add("DataBar");
    cf.dataBar.positiveFormat.fillColor = DATA_BAR_COLOR;
    // Fixed 0–100 %: a bar of 98.3 % is nearly full whatever the column's other values.
    cf.dataBar.lowerBoundRule = { type: "Number", formula: String(DATA_BAR_BOUNDS.min) };
    cf.dataBar.upperBoundRule = { type: "Number", formula: String(DATA_BAR_BOUNDS.max) };
  }
  for (const t of layout.tables) {
    const table = ws.tables.add(range(ws, t), true);
    table.style = "TableStyleLight1";
  }
  layout.charts.forEach((chart, i) => {
    const made = ws.charts.add(chart.kind === "bar" ? "BarClustered" : "ColumnClustered", range(ws, chart.series[0]), "Columns");
    made.title.text = chart.title;
    const categories = range(ws, chart.categories);
    chart.series.forEach((block, k) => {
      const series = k === 0 ? made.series.getItemAt(0) : made.series.add(chart.seriesNames[k]);
      if (k > 0) series.setValues(range(ws, block));
      series.name = chart.seriesNames[k];
      series.setXAxisValues(categories);
    });
    const top = Math.max(1, layout.frozenRows) + i * (CHART_ROWS + 2);
    const left = layout.cols + 2;
    made.setPosition(cellName(top, left), cellName(top + CHART_ROWS - 1, left + CHART_COLUMNS - 1));
  });
}

/** A name for an old tab while its successor takes its name; unused by any sheet. */
function parkingName(taken: Set<string>, i: number): string {
  let n = i;
  while (taken.has(`~gx-old-${n}`.toLowerCase())) n++;
  const name = `~gx-old-${n}`;
  taken.add(name.toLowerCase());
  return name;
}

/**
 * Writes the tabs into the open workbook: the add-in's earlier tabs (settings.reports in `_gx`) are replaced in
 * place, a user's sheet of the same name is left alone (the tab takes a suffix, listed in `renamed`), the ledger
 * sheets are never touched. Each tab is recorded in `_gx` in the request that creates it.
 */
export async function writeReportTabsExcel(
  context: Excel.RequestContext,
  layouts: readonly ReportLayout[],
  opts: ExcelReportOptions = {},
): Promise<ExcelReportResult> {
  const budget = opts.payloadBudget ?? PAYLOAD_BUDGET;
  const request = new Request(context, budget);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name, items/position, items/visibility");
  await request.send();
  const existing = sheets.items.map((s) => ({ name: s.name, position: s.position }));
  // One sync reads `_gx` and the A2 of every sheet named like a report tab: a claim in `_gx` is honoured only
  // for a sheet that bears the add-in's mark there (its subtitle).
  const find = queueSettingsFind(
    context,
    sheets.items.map((s) => ({ name: s.name, state: s.visibility === "VeryHidden" ? ("veryHidden" as const) : ("visible" as const) })),
  );
  const a2 = existing.filter((s) => namedLikeReport(s.name, REPORT_TABS)).map((s) => ({ name: s.name, a2: sheets.getItem(s.name).getRange("A2").load("values") }));
  const candidates = sheets.items.some((s) => isSettingsHead({ name: s.name, state: s.visibility === "VeryHidden" ? "veryHidden" : "visible", first: "{" }));
  if (candidates || a2.length > 0) await request.send();
  const { place, found } = find();
  const read = found ?? { settings: {} as GxSettings, unreadable: false };
  const marked = new Set(a2.filter((m) => bearsReportMark(m.a2.values[0]?.[0] as CellValue)).map((m) => m.name));

  const plan = planReportTabs(
    existing.map((s) => s.name),
    (read.unreadable ? [] : (read.settings.reports ?? [])).filter((n) => marked.has(n)),
    layouts.map((l) => l.tab),
  );
  const taken = new Set(existing.map((s) => s.name.toLowerCase()));
  for (const name of plan.stale) sheets.getItem(name).delete();

  let gx: Excel.Worksheet | undefined;
  if (!read.unreadable) {
    gx = place.name !== null ? sheets.getItem(place.name) : addSettingsSheet(context, place);
  }

  const written: string[] = [];
  const made: Excel.Worksheet[] = [];
  for (let i = 0; i < plan.tabs.length; i++) {
    const tab: TabPlan = plan.tabs[i];
    const layout = layouts.find((l) => l.tab === tab.wanted) as ReportLayout;
    await request.room(6 * OP_OVERHEAD);
    const at = existing.find((s) => s.name.toLowerCase() === tab.name.toLowerCase())?.position;
    // Stale copies deleted above moved the sheets after them one place left.
    const position = at === undefined ? undefined : at - existing.filter((s) => plan.stale.includes(s.name) && s.position < at).length;
    const old = tab.replaces ? sheets.getItem(tab.name) : undefined;
    if (old) old.name = parkingName(taken, i);
    const ws = sheets.add(tab.name);
    if (old) {
      if (position !== undefined) ws.position = position;
      old.delete();
    }
    made.push(ws);
    if (gx) {
      // Recorded in the request that creates it, so even a tab cut short is the add-in's to replace next time.
      const pending = new Set(plan.tabs.slice(i + 1).filter((t) => !t.replaces).map((t) => t.name));
      const settings: GxSettings = { ...read.settings, reports: plan.reports.filter((n) => !pending.has(n)) };
      await request.room(jsonBytes(settings) + 4 * OP_OVERHEAD);
      queueSettingsWrite(gx, settings);
    }
    await writeTab(ws, layout, request, budget);
    written.push(tab.name);
    if (i === plan.tabs.length - 1 && opts.activate !== false) made[0].activate();
    await request.send();
  }
  return { written, renamed: plan.renamed, settingsUnreadable: read.unreadable, syncs: request.syncs };
}
