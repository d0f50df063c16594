/**
 * The blank standard ledger sheets, as data: which columns, which drop-down lists, which number formats and
 * widths, which rows the targets sheet starts with. Every template writer places exactly this: the ExcelJS one
 * (`gx-ledger template`, the standalone page's blank workbook), the part-level one (the standalone page's 模板 into
 * an open workbook) and the Office.js one (the task pane's 模板 inside Excel).
 */

import { targetInScope } from "../profile/scope";
import type { Profile } from "../profile/types";
import { columnLetters, textWidth } from "../sheet";
import type { BorderEdge } from "../reports/report-cells";
import type { ColumnSpec, ColumnType, KindSpec } from "./types";

/** Rows below the header that carry the drop-down lists and validations. */
export const TEMPLATE_ROWS = 1000;
/** The very hidden sheet that holds drop-down lists too long to write inline. */
export const LIST_SHEET = "_gx_lists";
/** Excel refuses an inline list ("a,b,c") longer than this. */
export const INLINE_LIST_MAX = 255;

/**
 * The header row's look, which every template writer draws alike: required columns in dark red, a thin line in
 * the automatic colour under each header cell (not a box: the header sits on the data like a table's).
 */
export const HEADER_LOOK: {
  fill: string;
  color: string;
  requiredColor: string;
  border: { style: "thin"; edges: readonly BorderEdge[] };
  height: number;
} = { fill: "#D9E1F2", color: "#000000", requiredColor: "#9C0006", border: { style: "thin", edges: ["bottom"] }, height: 30 };

/** Percentages of the targets sheet (growth and ratio indicators): a typed 6.1 means 6.1%. */
export const RATE_FORMAT = "0.0%";

const NUMBER_FORMATS: Partial<Record<ColumnType, string>> = {
  money: "#,##0.00",
  rate: RATE_FORMAT,
  date: "yyyy-mm-dd",
  int: "0",
  // 18 characters that may be all digits: as a number Excel would round them.
  uscc: "@",
};

const MIN_WIDTH: Record<ColumnType, number> = {
  text: 14, plan: 24, name: 30, uscc: 22, region: 12, enum: 12, enumMulti: 18,
  money: 14, number: 12, rate: 10, int: 10, date: 12, bool: 10, industry: 10,
};

export interface TemplateList {
  values: string[];
  /** A single-valued column refuses other entries; a multi-valued one (改工艺、改装备) offers the values but accepts combinations. */
  strict: boolean;
  /** Title and message of the refusal. */
  title: string;
  message: string;
}

export interface TemplateWhole {
  min: number;
  max: number;
  title: string;
  message: string;
}

export interface TemplateColumn {
  /** 1-based. */
  col: number;
  key: string;
  header: string;
  required: boolean;
  /** For the whole column below the header; absent = General. */
  numFmt?: string;
  /** Characters. */
  width: number;
  list?: TemplateList;
  whole?: TemplateWhole;
}

export interface TemplateCell {
  col: number;
  /** Absent: the cell only takes the format (实际完成 waits for the user). */
  value?: string | number;
  numFmt?: string;
}

export interface TemplateSheet {
  kind: KindSpec["kind"];
  title: string;
  columns: TemplateColumn[];
  /** Rows filled in below the header (the targets sheet's indicators); `row` is the sheet's row number. */
  rows: { row: number; cells: TemplateCell[] }[];
}

function listValues(col: ColumnSpec, profile: Profile): string[] | null {
  if (col.type === "region") return profile.regions.map((r) => r.name);
  if (col.type === "bool") return ["是", "否"];
  if (col.type !== "enum" && col.type !== "enumMulti") return null;
  if (col.values === "industries") return profile.industries.map((i) => i.name);
  return (col.values ?? []).map((v) => v.value);
}

function templateColumn(col: ColumnSpec, n: number, profile: Profile): TemplateColumn {
  const values = listValues(col, profile);
  const longest = Math.max(0, ...(values ?? []).map(textWidth));
  const out: TemplateColumn = {
    col: n,
    key: col.key,
    header: col.header,
    required: col.required === true,
    width: Math.max(textWidth(col.header) + 4, MIN_WIDTH[col.type], longest + 4),
  };
  const numFmt = NUMBER_FORMATS[col.type];
  if (numFmt) out.numFmt = numFmt;
  if (values && values.length > 0) {
    out.list = { values, strict: col.type !== "enumMulti", title: col.header, message: `请从下拉列表中选择${col.header}` };
  } else if (col.type === "int" && col.min !== undefined && col.max !== undefined) {
    out.whole = { min: col.min, max: col.max, title: col.header, message: `${col.header}应为 ${col.min}–${col.max} 的整数` };
  }
  return out;
}

/**
 * Rates are written as fractions under a percent format, so that Excel shows 5.5% and a typed 6.1 means 6.1%.
 * A county's template carries its decomposed targets, and leaves the others for the county to fill in.
 */
function targetRows(spec: KindSpec, profile: Profile): TemplateSheet["rows"] {
  const targets = profile.targets;
  const at = (key: string) => spec.columns.findIndex((c) => c.key === key) + 1;
  const [seq, name, target, unit, actual] = ["seq", "indicator", "target", "unit", "actual"].map(at);
  return targets.map((t, i) => {
    const rate = t.kind === "growth" || t.kind === "ratio";
    const cells: TemplateCell[] = [];
    if (seq > 0) cells.push({ col: seq, value: i + 1 });
    cells.push({ col: name, value: t.name });
    const value = targetInScope(profile, t)?.target;
    cells.push({ col: target, ...(value === undefined ? {} : { value }), ...(rate ? { numFmt: RATE_FORMAT } : {}) });
    if (unit > 0) cells.push({ col: unit, value: t.unit });
    if (rate && actual > 0) cells.push({ col: actual, numFmt: RATE_FORMAT });
    return { row: i + 2, cells: cells.sort((a, b) => a.col - b.col) };
  });
}

export function templateSheet(spec: KindSpec, profile: Profile): TemplateSheet {
  return {
    kind: spec.kind,
    title: spec.title,
    columns: spec.columns.map((c, i) => templateColumn(c, i + 1, profile)),
    rows: spec.kind === "targets" ? targetRows(spec, profile) : [],
  };
}

/** A list's place: written inline ("a,b,c"), or a reference to its column in the list sheet. */
export type ListPlace = { inline: string } | { ref: string; column: number };

/**
 * Where each drop-down list goes: inline when short enough and free of commas and quotes, else once into a column
 * of the very hidden list sheet (identical lists share the column). `firstColumn` is the list sheet's first free
 * column (lists written by an earlier insertion stay).
 */
export class ListPlan {
  private readonly written = new Map<string, ListPlace>();
  /** The list sheet's columns to write, in order. */
  readonly columns: { column: number; values: string[] }[] = [];

  constructor(private readonly firstColumn = 1) {}

  place(values: readonly string[]): ListPlace {
    const inline = values.join(",");
    if (inline.length <= INLINE_LIST_MAX && !values.some((v) => v.includes(",") || v.includes('"'))) return { inline };
    const known = this.written.get(inline);
    if (known) return known;
    const column = this.firstColumn + this.columns.length;
    const letters = columnLetters(column);
    const place: ListPlace = { ref: `'${LIST_SHEET}'!$${letters}$1:$${letters}$${values.length}`, column };
    this.columns.push({ column, values: [...values] });
    this.written.set(inline, place);
    return place;
  }
}
