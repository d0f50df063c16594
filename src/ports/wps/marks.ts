/**
 * 标记 in WPS: the findings' cells coloured by formula rules (FormatConditions) whose formula is the add-in's
 * marker (`=ISTEXT("gx.mark.error")`, always true), the same marker as in Excel and in a file, so any face finds
 * and removes the others' marks. No value and no format of the cells themselves changes; clearing deletes exactly
 * the marker rules. Which cells: as in Excel (planMarks). The marked areas are recorded in `_gx`.
 */

import { type AnyFinding as Finding, type GxSettings, rangeName as areaA1 } from "../../core";
import { addressChunks, cellCount } from "../office-areas";
import { MARK_FILLS, MARK_FORMULAS, planMarks } from "../office-marks";
import { bgr, sheetsOf, XL_EXPRESSION, type EtApplication, type EtWorkbook } from "./et";
import { readSettingsEt, writeSettingsEt } from "./settings";

const OURS = new Set(Object.values(MARK_FORMULAS));
/** VBA refuses a Range address over 255 characters. */
const ADDRESS_CHARS = 250;
const ADDRESS_AREAS = 30;

/** Deletes the add-in's rules on every sheet; returns the cells they covered. */
function deleteOurs(wb: EtWorkbook): number {
  let cells = 0;
  for (const ws of sheetsOf(wb)) {
    const conditions = ws.Cells.FormatConditions;
    // From the last: deleting renumbers the ones after.
    for (let i = conditions.Count; i >= 1; i--) {
      const fc = conditions.Item(i);
      if (fc.Type !== XL_EXPRESSION || !OURS.has(fc.Formula1)) continue;
      cells += fc.AppliesTo.Count;
      fc.Delete();
    }
  }
  return cells;
}

/** settings.marks follows the marks, unless `_gx` holds text that is not JSON (left as the user has it). */
function recordMarks(app: EtApplication, wb: EtWorkbook, marks: GxSettings["marks"]): void {
  const current = readSettingsEt(wb);
  if (current.unreadable) return;
  const next: GxSettings = { ...current.settings };
  if (marks && Object.keys(marks).length > 0) next.marks = marks;
  else if (!next.marks) return;
  else delete next.marks;
  writeSettingsEt(app, wb, next);
}

export function markEt(app: EtApplication, wb: EtWorkbook, findings: readonly Finding[]): number {
  deleteOurs(wb);
  const sheets = new Map(sheetsOf(wb).map((ws) => [ws.Name, ws]));
  const used = new Map<string, { left: number; right: number } | null>();
  for (const f of findings) {
    const ws = f.sheet === undefined ? undefined : sheets.get(f.sheet);
    if (!ws || used.has(ws.Name)) continue;
    const u = ws.UsedRange;
    used.set(ws.Name, { left: u.Column, right: u.Column + u.Columns.Count - 1 });
  }
  let cells = 0;
  const marks: Record<string, string[]> = {};
  for (const plan of planMarks(findings, used)) {
    const ws = sheets.get(plan.sheet);
    if (!ws) continue;
    for (const address of addressChunks(plan.areas, ADDRESS_CHARS, ADDRESS_AREAS)) {
      const fc = ws.Range(address).FormatConditions.Add(XL_EXPRESSION, undefined, MARK_FORMULAS[plan.severity]);
      fc.Interior.Color = bgr(MARK_FILLS[plan.severity]);
      // Over the user's own rules, which stay underneath, as in Excel.
      fc.SetFirstPriority();
    }
    cells += plan.areas.reduce((n, a) => n + cellCount(a), 0);
    (marks[plan.sheet] ??= []).push(...plan.areas.map(areaA1));
  }
  recordMarks(app, wb, marks);
  return cells;
}

export function clearMarksEt(app: EtApplication, wb: EtWorkbook): number {
  const cells = deleteOurs(wb);
  recordMarks(app, wb, undefined);
  return cells;
}
