/**
 * 模板 in WPS: blank standard ledger sheets as the template model says (headers, drop-down lists, whole-number
 * checks, number formats, widths, frozen header row, the targets sheet's rows), as in Excel. A name already taken
 * gets the first free suffix: no sheet is ever replaced. Long lists go to the very hidden `_gx_lists` sheet.
 */

import { HEADER_LOOK, kindSpec, type LedgerKind, LIST_SHEET, type ListPlace, ListPlan, planReportTabs, type Profile, TEMPLATE_ROWS, type TemplateColumn, templateSheet, type TemplateSheet } from "../../core";
import {
  addSheet,
  bgr,
  findSheet,
  sheetsOf,
  XL_ALIGN,
  XL_BETWEEN,
  XL_CONTINUOUS,
  XL_EDGE,
  XL_SHEET_VERY_HIDDEN,
  XL_VALID_ALERT_INFORMATION,
  XL_VALID_ALERT_STOP,
  XL_VALIDATE_LIST,
  XL_VALIDATE_WHOLE_NUMBER,
  type EtApplication,
  type EtWorkbook,
  type EtWorksheet,
} from "./et";
import { rangeOf } from "./read";

function writeHeader(ws: EtWorksheet, sheet: TemplateSheet): void {
  for (const c of sheet.columns) {
    const cell = rangeOf(ws, 1, c.col, 1, 1);
    cell.NumberFormat = "@";
    cell.Value2 = c.header;
    cell.Font.Bold = true;
    cell.Font.Color = bgr(c.required ? HEADER_LOOK.requiredColor : HEADER_LOOK.color);
    cell.Interior.Color = bgr(HEADER_LOOK.fill);
    cell.HorizontalAlignment = XL_ALIGN.Center;
    cell.WrapText = true;
    for (const edge of HEADER_LOOK.border.edges) cell.Borders.Item(XL_EDGE[edge]).LineStyle = XL_CONTINUOUS;
  }
  rangeOf(ws, 1, 1, 1, 1).RowHeight = HEADER_LOOK.height;
}

function formatColumn(ws: EtWorksheet, col: TemplateColumn, place: ListPlace | null): void {
  rangeOf(ws, 1, col.col, 1, 1).ColumnWidth = col.width;
  const body = rangeOf(ws, 2, col.col, TEMPLATE_ROWS, 1);
  if (col.numFmt) body.NumberFormat = col.numFmt;
  if (col.list && place) {
    const v = body.Validation;
    v.Add(XL_VALIDATE_LIST, col.list.strict ? XL_VALID_ALERT_STOP : XL_VALID_ALERT_INFORMATION, XL_BETWEEN, "inline" in place ? place.inline : `=${place.ref}`);
    v.InCellDropdown = true;
    v.ErrorTitle = col.list.title;
    v.ErrorMessage = col.list.message;
  } else if (col.whole) {
    const v = body.Validation;
    v.Add(XL_VALIDATE_WHOLE_NUMBER, XL_VALID_ALERT_STOP, XL_BETWEEN, col.whole.min, col.whole.max);
    v.ErrorTitle = col.whole.title;
    v.ErrorMessage = col.whole.message;
  }
}

export function insertTemplatesEt(app: EtApplication, wb: EtWorkbook, profile: Profile, kinds: readonly LedgerKind[]): string[] {
  const existing = sheetsOf(wb).map((ws) => ws.Name);
  let lists = findSheet(wb, LIST_SHEET);
  let firstListColumn = 1;
  if (lists) {
    const used = lists.UsedRange;
    const blank = used.Rows.Count === 1 && used.Columns.Count === 1 && (used.Value2 === undefined || used.Value2 === null || used.Value2 === "");
    if (!blank) firstListColumn = used.Column + used.Columns.Count;
  }
  const specs = kinds.map(kindSpec);
  const plan = planReportTabs(
    existing,
    [],
    specs.map((s) => s.title),
  );
  const models = specs.map((spec) => templateSheet(spec, profile));
  // Lists first, so that `_gx_lists` holds them before any validation refers to it.
  const listPlan = new ListPlan(firstListColumn);
  const places = models.map((m) => m.columns.map((c) => (c.list ? listPlan.place(c.list.values) : null)));
  if (listPlan.columns.length > 0) {
    lists ??= addSheet(app, wb, LIST_SHEET, { visible: XL_SHEET_VERY_HIDDEN });
    for (const { column, values } of listPlan.columns) {
      const range = rangeOf(lists, 1, column, values.length, 1);
      range.NumberFormat = "@";
      range.Value2 = values.length === 1 ? values[0] : values.map((v) => [v]);
    }
  }
  const names: string[] = [];
  let first: EtWorksheet | null = null;
  for (const [i, model] of models.entries()) {
    const name = plan.tabs[i].name;
    const ws = addSheet(app, wb, name, { keepActive: true });
    writeHeader(ws, model);
    model.columns.forEach((col, k) => formatColumn(ws, col, places[i][k]));
    for (const { row, cells } of model.rows) {
      for (const c of cells) {
        const cell = rangeOf(ws, row, c.col, 1, 1);
        if (c.numFmt) cell.NumberFormat = c.numFmt;
        if (c.value !== undefined) cell.Value2 = c.value;
      }
    }
    const win = app.ActiveWindow;
    win.SplitColumn = 0;
    win.SplitRow = 1;
    win.FreezePanes = true;
    first ??= ws;
    names.push(name);
  }
  first?.Activate();
  return names;
}
