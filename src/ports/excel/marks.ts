/**
 * 标记 inside Excel: the cells of errors and warnings are coloured by conditional formats the add-in adds, so no
 * value and no format of the cells themselves changes. Each format's rule is a formula unique to the add-in
 * (`=ISTEXT("gx.mark.error")`, always true), by which clearing finds exactly the add-in's formats on every sheet
 * and deletes them, leaving the user's own fills, fonts and conditional formats as they were. The marked areas
 * are recorded in `_gx` (settings.marks).
 *
 * Which cells: a cell finding marks its cell; a row finding (no column) marks the row across the sheet's used
 * columns; a sheet or file finding marks nothing. An explained warning is not marked: it needs no more attention.
 * Where an error and a warning fall on the same cell, the error's colour wins.
 *
 * Syncs: list the sheets; list the conditional formats (and the used columns, and `_gx`); read the rules of the
 * custom ones; write. Constant, whatever the number of findings (more only when the writes pass the payload budget).
 */

import { type AnyFinding as Finding, type GxSettings, jsonBytes, rangeName } from "../../core";
import { addressChunks, cellCount } from "../office-areas";
import { MARK_FILLS, MARK_FORMULAS, planMarks } from "../office-marks";
import { OP_OVERHEAD, PAYLOAD_BUDGET, Request } from "./request";
import { addSettingsSheet, queueSettingsFind, queueSettingsWrite, type ExcelSettings, type SettingsPlace } from "./settings";

const OUR_FORMULAS = new Set(Object.values(MARK_FORMULAS));

/** Per getRanges call: well under where Office starts to refuse an address list. */
const CHUNK_CHARS = 2000;
const CHUNK_AREAS = 200;

interface Survey {
  names: string[];
  /** The add-in's conditional formats found, with the cells each covers. */
  ours: { format: Excel.ConditionalFormat; cells: number }[];
  used: Map<string, { left: number; right: number } | null>;
  settings: ExcelSettings | null;
  place: SettingsPlace;
}

/** Finds the add-in's conditional formats on every sheet, the used columns of `sheets`, and `_gx`: 2 or 3 syncs. */
async function survey(context: Excel.RequestContext, sheets: ReadonlySet<string>): Promise<Survey> {
  const collection = context.workbook.worksheets;
  collection.load("items/name, items/visibility");
  await context.sync();
  const names = collection.items.map((s) => s.name);
  const find = queueSettingsFind(
    context,
    collection.items.map((s) => ({ name: s.name, state: s.visibility === "VeryHidden" ? ("veryHidden" as const) : ("visible" as const) })),
  );
  const lists = names.map((n) => collection.getItem(n).getRange().conditionalFormats.load("items/type"));
  const usedRanges = names
    .filter((n) => sheets.has(n))
    .map((n) => ({ name: n, range: collection.getItem(n).getUsedRangeOrNullObject(true).load("columnIndex, columnCount") }));
  await context.sync();
  const found = find();

  const custom = lists
    .flatMap((l) => l.items)
    .filter((cf) => cf.type === "Custom")
    .map((format) => ({ format, rule: format.custom.rule.load("formula"), areas: format.getRanges().load("cellCount") }));
  if (custom.length > 0) await context.sync();
  const used = new Map(
    usedRanges.map(({ name, range }) => [name, range.isNullObject ? null : { left: range.columnIndex + 1, right: range.columnIndex + range.columnCount }]),
  );
  return {
    names,
    ours: custom.filter((c) => OUR_FORMULAS.has(c.rule.formula)).map((c) => ({ format: c.format, cells: c.areas.cellCount })),
    used,
    settings: found.found,
    place: found.place,
  };
}

/** Queues recording `marks` in `_gx`, unless `_gx` holds text that is not JSON (it is left as the user has it). */
async function recordMarks(context: Excel.RequestContext, s: Survey, marks: GxSettings["marks"], request: Request): Promise<void> {
  if (s.settings?.unreadable) return;
  const settings: GxSettings = { ...(s.settings?.settings ?? {}) };
  if (marks && Object.keys(marks).length > 0) settings.marks = marks;
  else delete settings.marks;
  if (!s.settings && !settings.marks) return;
  await request.room(jsonBytes(settings) + 4 * OP_OVERHEAD);
  let gx: Excel.Worksheet;
  if (s.place.name !== null) gx = context.workbook.worksheets.getItem(s.place.name);
  else gx = addSettingsSheet(context, s.place);
  queueSettingsWrite(gx, settings);
}

async function deleteOurs(s: Survey, request: Request): Promise<number> {
  let cells = 0;
  for (const o of s.ours) {
    await request.room(OP_OVERHEAD);
    o.format.delete();
    cells += o.cells;
  }
  return cells;
}

/** Replaces the add-in's marks by those of `findings`; returns the number of cells marked. */
export async function markExcel(context: Excel.RequestContext, findings: readonly Finding[], budget = PAYLOAD_BUDGET): Promise<number> {
  const s = await survey(context, new Set(findings.flatMap((f) => (f.sheet === undefined ? [] : [f.sheet]))));
  const request = new Request(context, budget);
  await deleteOurs(s, request);
  const plans = planMarks(findings, s.used);
  let cells = 0;
  const marks: Record<string, string[]> = {};
  for (const plan of plans) {
    const ws = context.workbook.worksheets.getItem(plan.sheet);
    for (const address of addressChunks(plan.areas, CHUNK_CHARS, CHUNK_AREAS)) {
      await request.room(address.length + 4 * OP_OVERHEAD);
      const format = ws.getRanges(address).conditionalFormats.add("Custom");
      format.custom.rule.formula = MARK_FORMULAS[plan.severity];
      format.custom.format.fill.color = MARK_FILLS[plan.severity];
    }
    cells += plan.areas.reduce((n, a) => n + cellCount(a), 0);
    const recorded = (marks[plan.sheet] ??= []);
    for (const area of plan.areas) recorded.push(rangeName(area));
  }
  await recordMarks(context, s, marks, request);
  await request.send();
  return cells;
}

/** Removes the add-in's marks from every sheet and from `_gx`; returns the number of cells that were marked. */
export async function clearMarksExcel(context: Excel.RequestContext, budget = PAYLOAD_BUDGET): Promise<number> {
  const s = await survey(context, new Set());
  const request = new Request(context, budget);
  const cells = await deleteOurs(s, request);
  await recordMarks(context, s, undefined, request);
  await request.send();
  return cells;
}
