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
  /**
   * 上期说明（数值已变）: the 审核说明 entry written for an earlier period whose value has changed since, so it no
   * longer explains the warning; shown so that the user can confirm or rewrite it.
   */
  staleExplanation?: ExplanationThen;
  /**
   * The previous workbook's explanation of the same warning (HISTORY.md): offered to carry over (沿用上期说明),
   * never counted. Only on warnings unexplained now.
   */
  previousExplanation?: PreviousExplanation;
}

/** An explanation as it was written: its text, the period (`1-9月`) and the finding's value then. */
export interface ExplanationThen {
  text: string;
  period: string;
  value: string;
}

/** An explanation of the previous workbook, with the file it is in and whether the value has changed since. */
export interface PreviousExplanation extends ExplanationThen {
  file: string;
  valueChanged: boolean;
}

/** A finding of any rule, when the rule id is not known at compile time (a fixture's rule, a port's list). */
export type AnyFinding = FindingOf<string, Params>;
