/**
 * 模板 inside Excel: blank standard ledger sheets placed as the template model says (headers, drop-down lists
 * for enums and 所属县区, number formats, widths, frozen header row, the targets sheet's indicators). A name
 * already taken gets the first free suffix, `百家重点企业台账(2)`: no sheet is ever replaced. Lists too long to
 * write inline go to the very hidden `_gx_lists` sheet, after the columns an earlier insertion used.
 * Syncs: one to list the sheets (and one for `_gx_lists`' columns when it exists), then the writes, in one
 * request unless they pass the payload budget.
 */

import {
  type BorderEdge,
  columnLetters,
  HEADER_LOOK,
  jsonBytes,
  kindSpec,
  type LedgerKind,
  LIST_SHEET,
  type ListPlace,
  ListPlan,
  planReportTabs,
  type Profile,
  TEMPLATE_ROWS,
  type TemplateColumn,
  templateSheet,
  type TemplateSheet,
  widthPoints,
} from "../../core";
import { OP_OVERHEAD, PAYLOAD_BUDGET, Request } from "./request";

const EDGES: Record<BorderEdge, "EdgeLeft" | "EdgeRight" | "EdgeTop" | "EdgeBottom"> = { left: "EdgeLeft", right: "EdgeRight", top: "EdgeTop", bottom: "EdgeBottom" };

function writeHeader(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  const last = columnLetters(sheet.columns.length);
  const header = ws.getRange(`A1:${last}1`);
  header.numberFormat = [sheet.columns.map(() => "@")];
  header.values = [sheet.columns.map((c) => c.header)];
  // eslint-disable-next-line office-addins/call-sync-before-read, office-addins/load-object-before-read -- format is written, not read
  const f = header.format;
  f.font.bold = true;
  f.font.color = HEADER_LOOK.color;
  f.fill.color = HEADER_LOOK.fill;
  f.horizontalAlignment = "Center";
  f.verticalAlignment = "Center";
  f.wrapText = true;
  f.rowHeight = HEADER_LOOK.height;
  for (const edge of HEADER_LOOK.border.edges) {
    const line = f.borders.getItem(EDGES[edge]);
    line.style = "Continuous";
    line.weight = "Thin";
  }
  for (const c of sheet.columns) if (c.required) header.getCell(0, c.col - 1).format.font.color = HEADER_LOOK.requiredColor;
}

function listSource(place: ListPlace): string {
  return "inline" in place ? place.inline : `=${place.ref}`;
}

/** What a column's writes cost in the request, roughly. */
function columnBytes(col: TemplateColumn, place: ListPlace | null): number {
  const formats = col.numFmt ? TEMPLATE_ROWS * (col.numFmt.length + 5) : 0;
  const list = place ? listSource(place).length * 3 : 0;
  return formats + list + 6 * OP_OVERHEAD;
}

/** One column below the header: width, number format, validation. */
function formatColumn(ws: Excel.Worksheet, col: TemplateColumn, place: ListPlace | null): void {
  const letters = columnLetters(col.col);
  ws.getRange(`${letters}:${letters}`).format.columnWidth = widthPoints(col.width);
  const body = ws.getRange(`${letters}2:${letters}${TEMPLATE_ROWS + 1}`);
  if (col.numFmt) body.numberFormat = Array.from({ length: TEMPLATE_ROWS }, () => [col.numFmt as string]);
  if (col.list && place) {
    body.dataValidation.rule = { list: { inCellDropDown: true, source: listSource(place) } };
    body.dataValidation.errorAlert = { showAlert: col.list.strict, style: "Stop", title: col.list.title, message: col.list.message };
  } else if (col.whole) {
    body.dataValidation.rule = { wholeNumber: { formula1: col.whole.min, formula2: col.whole.max, operator: "Between" } };
    body.dataValidation.errorAlert = { showAlert: true, style: "Stop", title: col.whole.title, message: col.whole.message };
  }
}

function writeRows(ws: Excel.Worksheet, sheet: TemplateSheet): void {
  for (const { row, cells } of sheet.rows) {
    for (const c of cells) {
      const cell = ws.getCell(row - 1, c.col - 1);
      if (c.numFmt) cell.numberFormat = [[c.numFmt]];
      if (c.value !== undefined) cell.values = [[c.value]];
    }
  }
}

export async function insertTemplatesExcel(
  context: Excel.RequestContext,
  profile: Profile,
  kinds: readonly LedgerKind[],
  budget = PAYLOAD_BUDGET,
): Promise<string[]> {
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  await context.sync();
  const existing = sheets.items.map((s) => s.name);
  const hasLists = existing.some((n) => n.toLowerCase() === LIST_SHEET);
  let firstListColumn = 1;
  if (hasLists) {
    const used = sheets.getItem(LIST_SHEET).getUsedRangeOrNullObject(true).load("columnIndex, columnCount");
    await context.sync();
    if (!used.isNullObject) firstListColumn = used.columnIndex + used.columnCount + 1;
  }

  const specs = kinds.map(kindSpec);
  const plan = planReportTabs(
    existing,
    [],
    specs.map((s) => s.title),
  );
  const models = specs.map((spec) => templateSheet(spec, profile));
  // Lists are placed first, so that `_gx_lists` holds them before any validation refers to it.
  const lists = new ListPlan(firstListColumn);
  const places = models.map((m) => m.columns.map((c) => (c.list ? lists.place(c.list.values) : null)));
  const request = new Request(context, budget);
  if (lists.columns.length > 0) {
    const listSheet = hasLists ? sheets.getItem(LIST_SHEET) : sheets.add(LIST_SHEET);
    if (!hasLists) listSheet.visibility = "VeryHidden";
    for (const { column, values } of lists.columns) {
      await request.room(jsonBytes(values) * 2 + 2 * OP_OVERHEAD);
      const range = listSheet.getRangeByIndexes(0, column - 1, values.length, 1);
      range.numberFormat = values.map(() => ["@"]);
      range.values = values.map((v) => [v]);
    }
  }

  const names: string[] = [];
  for (const [i, model] of models.entries()) {
    const name = plan.tabs[i].name;
    await request.room(jsonBytes(model.columns.map((c) => c.header)) * 2 + 16 * OP_OVERHEAD);
    const ws = sheets.add(name);
    writeHeader(ws, model);
    ws.freezePanes.freezeRows(1);
    for (const [k, col] of model.columns.entries()) {
      await request.room(columnBytes(col, places[i][k]));
      formatColumn(ws, col, places[i][k]);
    }
    await request.room(jsonBytes(model.rows) * 2 + model.rows.length * 10 * OP_OVERHEAD);
    writeRows(ws, model);
    names.push(name);
    if (i === 0) ws.activate();
  }
  await request.send();
  return names;
}
