/** Ledger kinds and their columns, as LEDGERS.md declares them. */

import type { TargetKey } from "../profile/target-keys";

export type LedgerKind =
  | "key-enterprises"
  | "cultivation"
  | "declining"
  | "projects"
  | "tech-reform"
  | "three-batches"
  | "clusters"
  | "energy"
  | "targets";

export type ColumnType =
  | "text"
  | "plan"
  | "name"
  | "uscc"
  | "region"
  | "enum"
  /** One or more enum values separated by 、 , ， ; ； / or spaces (技改方向, 发展方向). */
  | "enumMulti"
  | "money"
  | "number"
  | "rate"
  | "int"
  | "date"
  | "bool"
  | "industry";

export interface EnumValue {
  value: string;
  synonyms: string[];
}

/**
 * Every column key of every kind: rules and reports read a record's fields by these, so a misspelt field is a
 * compile error (test/ledgers/kinds.test.ts checks that each key is some kind's column).
 */
export const COLUMN_KEYS = [
  "acceptance", "actual", "annualPlan", "asOf", "builder", "category", "cluster", "completionDate", "devDirection",
  "direction", "doneDate", "energy", "expectedDate", "growth", "headFirms", "included", "indicator", "industry",
  "industryCode", "intensity", "issues", "liaison", "measures", "month", "name", "notIncludedReason", "note", "plan",
  "profit", "profitPrev", "profitPrev2", "profitSamePeriod", "progress", "project", "region", "revenue", "revenueLastYear", "revenuePrev",
  "revenuePrev2", "scale", "seq", "stage", "startDate", "status", "target", "totalInvestment", "twoNewOneHeavy",
  "type", "unit", "uscc", "valueAdded", "ytdInvestment",
] as const;

export type ColumnKey = (typeof COLUMN_KEYS)[number];

export interface ColumnSpec {
  /** Stable key used by rules and reports, e.g. "revenue". */
  key: ColumnKey;
  /** Canonical Chinese header, e.g. "本年营业收入". */
  header: string;
  /** Other headers accepted for it (matched after header normalisation). */
  aliases: string[];
  /** Header patterns, for families such as 1-N月完成投资. */
  patterns?: RegExp[];
  type: ColumnType;
  required?: boolean;
  /**
   * A required column whose blank cells are not `cell.required`: a rule of the kind says what a blank means
   * (实际完成 not yet reported is `target.missing-actual`, an info that never blocks).
   */
  blankIsRule?: string;
  /**
   * The row's cell of this column holds the value's unit (目标值 and 实际完成 by 单位): the reader notes which
   * cells were written as percentages (`5.5%`, or a cell formatted as one), whose value is already a fraction.
   */
  unitColumn?: string;
  /** money columns that may hold negatives (利润总额). */
  negatives?: boolean;
  /** Units in the header are not converted (吨标准煤 is not money). */
  keepUnit?: boolean;
  /** Values that belong to another column (建设性质 in 建设阶段): enum.invalid with this message variant. */
  misplaced?: { values: string[]; variant: string };
  /** enum values, or "industries" for the profile's 产业类别. */
  values?: EnumValue[] | "industries";
  /** int bounds, e.g. 截止月份 1–12. */
  min?: number;
  max?: number;
}

export interface KindSpec {
  kind: LedgerKind;
  /** The ledger's title, e.g. 百家重点企业台账: its name in Chinese everywhere (sheets, reports, the pane). */
  title: string;
  /** Its name in English (Key enterprises), where the UI speaks English. */
  titleEn: string;
  /** Sheet-name keywords; a sheet whose name contains one is taken for this kind. */
  sheetKeywords: string[];
  /** When several kinds' keywords match a sheet name, the highest wins (技改 over 项目, 培育 over 重点企业). */
  specificity: number;
  columns: ColumnSpec[];
  /** Column keys that identify a record for explanations (信用代码; 项目名称 + 建设单位; 指标名称). */
  recordKey: ColumnKey[];
  /**
   * What a record is across files (xref.cross-file): an enterprise by its 信用代码, a project by name + builder;
   * absent when records are not counted by a county (clusters, targets).
   */
  identity?: "enterprise" | "project";
  /**
   * Which records are the same record in two files (MERGE.md) or two periods (HISTORY.md "Matching records"):
   * the same enterprise, enterprise and 月份, project (name + builder), cluster or target indicator. keys.ts
   * makes the key; the merge and the month-on-month comparison both take it from here.
   */
  sameRecord: "enterprise" | "enterprise-month" | "project" | "cluster" | "target";
  /** One of the 五个百 programmes (plan 二.1–二.5): its target is this ledger's number of records. */
  countTarget?: TargetKey;
}

/** A date as ledgers give it; day absent for month precision (2022年3月). */
export interface DateValue {
  y: number;
  m: number;
  d?: number;
}

/** A cell after normalisation to its column's type; null when blank or unusable. */
export type Typed = string | number | boolean | DateValue | string[] | null;

export interface LedgerRecord {
  /** The sheet's own row number. */
  row: number;
  values: Record<string, Typed>;
  /** The row's 审核说明, when not empty: it explains every warning of the row. */
  note?: string;
  /** Keys of `unitColumn` columns whose cell was written as a percentage: the value is already a fraction. */
  asPercent?: string[];
}

export interface ColumnBinding {
  key: ColumnKey;
  /** 1-based column number. */
  col: number;
  /** The header as written in the sheet (joined parent·child for two-row headers). */
  header: string;
  /** Multiplier from the header's unit to the column's unit (亿元 → 万元 = 10000; 元 → 0.0001). */
  factor: number;
  /** A `(%)` header: plain numbers are percentages (5.5 → 0.055). */
  percent: boolean;
  /** Mapped by the user (saved in `_gx`) rather than found by name. */
  mapped?: boolean;
}
