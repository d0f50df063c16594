/**
 * Blank standard sheets added to a part-level copy (the standalone page's 模板 into an open workbook): the same
 * template model as `gx-ledger template` (core templateSheet: headers, widths, number formats, drop-down lists,
 * validations, the targets sheet's rows), written as worksheet parts beside the user's sheets, with long lists in
 * the very hidden list sheet. Planned first (names, list columns) against the workbook as read, so the user is
 * told at once which names the sheets take; written when the copy is made.
 */

import {
  type CellLook,
  type CellValue,
  columnLetters,
  HEADER_LOOK,
  kindSpec,
  type LedgerKind,
  LIST_SHEET,
  type ListPlace,
  ListPlan,
  planReportTabs,
  type Profile,
  type SheetData,
  TEMPLATE_ROWS,
  type TemplateColumn,
  templateSheet,
  type TemplateSheet,
} from "../../../core";
import { ReportStyles, xmlText } from "./report-sheet-xml";
import { editCells, EMPTY_SHEET_XML } from "./sheet-xml-edit";
import { escapeXml, NS_MAIN, NS_REL, type XlsxPackage } from "./xlsx-package";

export interface TemplateInsert {
  sheets: { name: string; sheet: TemplateSheet; lists: Map<number, ListPlace> }[];
  /** Lists to write into the list sheet's columns. */
  lists: { column: number; values: string[] }[];
}

/** The last column holding anything (0 when none). */
function usedColumns(sheet: SheetData | undefined): number {
  return Math.max(0, ...(sheet?.rows ?? []).map((r) => r?.length ?? 0));
}

/**
 * Where the sheets of `kinds` go: a name already taken gets the first free suffix, `百家重点企业台账(2)`, so no
 * sheet is ever replaced; lists an earlier insertion wrote keep their columns of the list sheet.
 */
export function planTemplates(names: readonly string[], listSheet: SheetData | undefined, profile: Profile, kinds: readonly LedgerKind[]): TemplateInsert {
  const specs = kinds.map(kindSpec);
  const plan = planReportTabs(names, [], specs.map((s) => s.title));
  const lists = new ListPlan(usedColumns(listSheet) + 1);
  const sheets = specs.map((spec, i) => {
    const sheet = templateSheet(spec, profile);
    const places = new Map<number, ListPlace>();
    for (const col of sheet.columns) if (col.list) places.set(col.col, lists.place(col.list.values));
    return { name: plan.tabs[i].name, sheet, lists: places };
  });
  return { sheets, lists: lists.columns };
}

/** The values a template sheet holds, as the reader would see them. */
export function templateData(name: string, sheet: TemplateSheet): SheetData {
  const rows: CellValue[][] = [sheet.columns.map((c) => c.header)];
  for (const { row, cells } of sheet.rows) {
    const values: CellValue[] = [];
    for (const c of cells) if (c.value !== undefined) values[c.col - 1] = c.value;
    rows[row - 1] = Array.from(values, (v) => v ?? null);
  }
  return { name, rows: Array.from(rows, (r) => r ?? []), merges: [] };
}

/** The list sheet's values after `insert`'s lists are written into it. */
export function listData(before: SheetData | undefined, insert: TemplateInsert): SheetData {
  const rows = (before?.rows ?? []).map((r) => [...(r ?? [])]);
  for (const { column, values } of insert.lists) {
    values.forEach((v, i) => {
      rows[i] ??= [];
      while (rows[i].length < column - 1) rows[i].push(null);
      rows[i][column - 1] = v;
    });
  }
  return { name: LIST_SHEET, rows, merges: [], state: "veryHidden" };
}

const headerLook = (col: TemplateColumn): CellLook => ({
  bold: true,
  color: col.required ? HEADER_LOOK.requiredColor : HEADER_LOOK.color,
  fill: HEADER_LOOK.fill,
  edges: HEADER_LOOK.border.edges,
  align: "Center",
  wrap: true,
});

function validationXml(col: TemplateColumn, place: ListPlace | undefined): string {
  const letters = columnLetters(col.col);
  const sqref = `${letters}2:${letters}${TEMPLATE_ROWS + 1}`;
  const error = (title: string, message: string) => ` errorTitle="${escapeXml(title)}" error="${escapeXml(message)}"`;
  if (col.list && place) {
    const formula = "inline" in place ? `"${place.inline}"` : place.ref;
    const shown = col.list.strict ? ` showErrorMessage="1"` : "";
    return `<dataValidation type="list" allowBlank="1"${shown} errorStyle="stop"${error(col.list.title, col.list.message)} sqref="${sqref}"><formula1>${escapeXml(formula)}</formula1></dataValidation>`;
  }
  if (col.whole) {
    return (
      `<dataValidation type="whole" operator="between" allowBlank="1" showErrorMessage="1"${error(col.whole.title, col.whole.message)} sqref="${sqref}">` +
      `<formula1>${col.whole.min}</formula1><formula2>${col.whole.max}</formula2></dataValidation>`
    );
  }
  return "";
}

function cellXml(ref: string, style: number, value: string | number | undefined): string {
  if (value === undefined) return `<c r="${ref}" s="${style}"/>`;
  if (typeof value === "number") return `<c r="${ref}" s="${style}"><v>${value}</v></c>`;
  return `<c r="${ref}" s="${style}" t="inlineStr"><is><t xml:space="preserve">${xmlText(value)}</t></is></c>`;
}

/** One template sheet's part: frozen header row, columns' widths and formats, validations, the rows filled in. */
function templateSheetXml(sheet: TemplateSheet, lists: ReadonlyMap<number, ListPlace>, styles: ReportStyles): string {
  const xf = (look: CellLook, numFmt: string | undefined) => styles.absolute(styles.xfFor(look, numFmt ?? "General"));
  const numFmtOf = new Map(sheet.columns.map((c) => [c.col, c.numFmt]));
  const cols = sheet.columns
    .map((c) => `<col min="${c.col}" max="${c.col}" width="${c.width}" customWidth="1"${c.numFmt ? ` style="${xf({}, c.numFmt)}"` : ""}/>`)
    .join("");
  const header = sheet.columns.map((c) => cellXml(`${columnLetters(c.col)}1`, xf(headerLook(c), undefined), c.header)).join("");
  const rows = sheet.rows.map(
    ({ row, cells }) => `<row r="${row}">${cells.map((c) => cellXml(`${columnLetters(c.col)}${row}`, xf({}, c.numFmt ?? numFmtOf.get(c.col)), c.value)).join("")}</row>`,
  );
  const validations = sheet.columns.map((c) => validationXml(c, lists.get(c.col))).filter((v) => v !== "");
  return (
    `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<worksheet xmlns="${NS_MAIN}" xmlns:r="${NS_REL}">` +
    `<sheetViews><sheetView workbookViewId="0"><pane ySplit="1" topLeftCell="A2" activePane="bottomLeft" state="frozen"/><selection pane="bottomLeft"/></sheetView></sheetViews>` +
    `<sheetFormatPr defaultRowHeight="15"/><cols>${cols}</cols>` +
    `<sheetData><row r="1" ht="${HEADER_LOOK.height}" customHeight="1">${header}</row>${rows.join("")}</sheetData>` +
    (validations.length > 0 ? `<dataValidations count="${validations.length}">${validations.join("")}</dataValidations>` : "") +
    `<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/></worksheet>`
  );
}

/** Writes planned template sheets (in order) and their lists into the copy. */
export async function writeTemplatesXml(pkg: XlsxPackage, inserts: readonly TemplateInsert[]): Promise<void> {
  if (inserts.length === 0) return;
  const styles = await pkg.stylesPart();
  const looks = new ReportStyles(styles.xml);
  looks.prepare();
  for (const insert of inserts) for (const s of insert.sheets) pkg.addSheet(s.name, templateSheetXml(s.sheet, s.lists, looks));
  pkg.zip.file(styles.path, looks.styles());
  const edits = inserts.flatMap((i) => i.lists.flatMap(({ column, values }) => values.map((value, r) => ({ row: r + 1, col: column, value }))));
  if (edits.length === 0) return;
  const entry = pkg.sheet(LIST_SHEET);
  const xml = editCells((entry && (await pkg.readText(entry.path))) ?? EMPTY_SHEET_XML, edits);
  if (entry) pkg.replaceSheetXml(entry, xml);
  else pkg.addSheet(LIST_SHEET, xml, { veryHidden: true });
}
