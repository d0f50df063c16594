/**
 * The 审核说明 sheet: explanations recorded for single findings, with the columns 工作表 · 对象 · 规则 · 单元格 ·
 * 说明 · 报告期 · 当时数值 (header in one of the first rows; sheets older than the last two still read). 对象 is
 * the record's key, so an explanation survives sorting.
 */

import type { Explanation } from "./result";
import { headerKey } from "./headers/header-text";
import { cellAt, cellText, isBlankCell } from "./text";
import type { CellValue, SheetData } from "./types";

type Field = keyof Explanation;

const HEADERS: ReadonlyMap<string, Field> = new Map([
  ["工作表", "sheet"],
  ["工作表名称", "sheet"],
  ["sheet", "sheet"],
  ["对象", "key"],
  ["记录", "key"],
  ["object", "key"],
  ["规则", "rule"],
  ["规则编号", "rule"],
  ["rule", "rule"],
  ["单元格", "cell"],
  ["cell", "cell"],
  ["说明", "text"],
  ["审核说明", "text"],
  ["explanation", "text"],
  ["报告期", "period"],
  ["period", "period"],
  ["当时数值", "value"],
  ["value", "value"],
]);

const HEADER_ROWS = 5;

function text(v: CellValue | undefined): string {
  return isBlankCell(v) ? "" : cellText(v).trim();
}

/** Which column holds which field, from the first row (of the first few) naming 规则 and 说明 (writers append below it). */
export function findHeader(sheet: SheetData): { row: number; cols: Map<Field, number> } | undefined {
  for (let r = 1; r <= Math.min(HEADER_ROWS, sheet.rows.length); r++) {
    const row = sheet.rows[r - 1];
    if (!Array.isArray(row)) continue;
    const cols = new Map<Field, number>();
    for (let c = 1; c <= row.length; c++) {
      const field = HEADERS.get(headerKey(text(cellAt(row, c))));
      if (field && !cols.has(field)) cols.set(field, c);
    }
    if (cols.has("rule") && cols.has("text")) return { row: r, cols };
  }
  return undefined;
}

/** Rows with a rule and an explanation; the others (blank, half-filled) are not explanations. */
export function readExplanations(sheet: SheetData | undefined): Explanation[] {
  return explanationRows(sheet).map((r) => r.explanation);
}

/** The explanations with their rows (sheet numbering), in sheet order: writers replace an entry in place. */
export function explanationRows(sheet: SheetData | undefined): { row: number; explanation: Explanation }[] {
  if (!sheet || !Array.isArray(sheet.rows)) return [];
  const header = findHeader(sheet);
  if (!header) return [];
  const get = (row: SheetData["rows"][number], field: Field): string => {
    const c = header.cols.get(field);
    return c === undefined ? "" : text(cellAt(row, c));
  };
  const out: { row: number; explanation: Explanation }[] = [];
  for (let r = header.row + 1; r <= sheet.rows.length; r++) {
    const row = sheet.rows[r - 1];
    const rule = get(row, "rule");
    const explanation = get(row, "text");
    if (rule === "" || explanation === "") continue;
    const e: Explanation = { sheet: get(row, "sheet"), key: get(row, "key"), rule, text: explanation };
    for (const f of ["cell", "period", "value"] as const) {
      const v = get(row, f);
      if (v !== "") e[f] = v;
    }
    out.push({ row: r, explanation: e });
  }
  return out;
}
