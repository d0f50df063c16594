import type { Severity } from "../profile/types";
import type { LedgerKind } from "../ledgers/types";

/**
 * A finding is plain data: which rule, where, what value. Words come from the i18n catalogue
 * (`rule.<id>` / `rule.<id>.<variant>` for the message, `hint.<id>` for the hint) with `params`.
 */
export interface Finding {
  rule: string;
  severity: Severity;
  /** Message variant, e.g. uscc.format has "length", "char", "region-digits". */
  variant?: string;
  /** Absent for file-level findings (a broken `_gx`, a cross-file duplicate without a sheet). */
  sheet?: string;
  /** The sheet's own row number; absent for sheet-level findings. */
  row?: number;
  /** 1-based column; with row it names a cell. */
  col?: number;
  /** The offending value as the user would recognise it. */
  value?: string | number | boolean | null;
  params?: Record<string, string | number>;
  /** The record's key (信用代码; 项目名称 + 建设单位; 指标名称), so explanations survive sorting. */
  key?: string;
  explained?: boolean;
  explanation?: string;
}

export type RuleScope = "reading" | "cell" | "row" | "sheet" | "workbook" | "files";

export interface RuleDecl {
  id: string;
  severity: Severity;
  scope: RuleScope;
  /** The ledger kinds it applies to; absent = any (reading and type rules). */
  kinds?: LedgerKind[];
}
