/**
 * A finding is plain data: which rule, where, what value, with the params its words need. Words are never
 * stored: they come from the rule's declaration in the user's language (rules/describe.ts).
 */

export type Severity = "error" | "warning" | "info";

/** A value a message fills into a `{name}` placeholder. */
export type ParamValue = string | number;

export type Params = Readonly<Record<string, ParamValue>>;

/** Where a finding points and what it saw: a sheet, a row, a cell, or none of them (file level). */
export interface Place {
  /** Absent for file-level findings (a broken `_gx`, a cross-file duplicate without a sheet). */
  sheet?: string;
  /** The sheet's own row number; absent for sheet-level findings. */
  row?: number;
  /** 1-based column; with row it names a cell. */
  col?: number;
  /** The offending value as the user would recognise it. */
  value?: string | number | boolean | null;
}

/** What the reader or a check notes, before the rule's severity (default or the profile's) rates it. */
export interface Noted<R extends string = string, P extends object = Params> extends Place {
  rule: R;
  /** Message variant, e.g. uscc.format has "length", "char", "region-digits". */
  variant?: string;
  params?: P;
  /** The record's key (信用代码; 项目名称 + 建设单位; 指标名称), so explanations survive sorting. */
  key?: string;
}

/** A rated finding, as checks return it and every face shows it. */
export interface FindingOf<R extends string = string, P extends object = Params> extends Noted<R, P> {
  severity: Severity;
  explained?: boolean;
  explanation?: string;
}

/** A finding of any rule, when the rule id is not known at compile time (a fixture's rule, a port's list). */
export type AnyFinding = FindingOf<string, Params>;
