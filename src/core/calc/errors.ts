/**
 * Errors as plain data: calc never throws. The function layer turns a CalcError into a CustomFunctions.Error,
 * the ledger rules into a finding. Excel shows a message only on #VALUE! and #N/A, so only those carry one.
 */

export type CalcErrorCode = "#DIV/0!" | "#NUM!" | "#VALUE!" | "#N/A";

export interface CalcError {
  error: CalcErrorCode;
  message?: string;
}

export type CalcResult<T> = T | CalcError;

/** Shared instances: the message-less errors are immutable, so one object serves every element. */
export const DIV0: CalcError = Object.freeze({ error: "#DIV/0!" });
export const NUM: CalcError = Object.freeze({ error: "#NUM!" });

export function valueError(message: string): CalcError {
  return { error: "#VALUE!", message };
}

export function notAvailable(message: string): CalcError {
  return { error: "#N/A", message };
}

export function isCalcError(v: unknown): v is CalcError {
  return typeof v === "object" && v !== null && typeof (v as CalcError).error === "string";
}

/** A value quoted in a message, shortened so the message stays readable in Excel's tooltip. */
export function quote(v: unknown): string {
  const s = typeof v === "boolean" ? (v ? "TRUE" : "FALSE") : String(v); // as Excel shows it
  return `“${s.length > 20 ? s.slice(0, 20) + "…" : s}”`;
}
