/**
 * The Office custom functions runtime, looked up when a function runs rather than when this module loads:
 * the module is also imported where there is no `CustomFunctions` global (Node, tests, a bundle under test).
 */

import type { CalcError } from "../core";
import { zh } from "./words";

type Runtime = typeof CustomFunctions;

/** The runtime, when there is a real one (the standalone page has only a receiver for registrations). */
function runtime(): Runtime | undefined {
  const cf = (globalThis as { CustomFunctions?: Runtime }).CustomFunctions;
  return typeof cf?.Error === "function" ? cf : undefined;
}

const CODE_MEMBER = {
  "#DIV/0!": "divisionByZero",
  "#NUM!": "invalidNumber",
  "#VALUE!": "invalidValue",
  "#N/A": "notAvailable",
} as const;

/**
 * A CalcError as the runtime's error. Without a runtime (a script calling the functions directly) the error
 * keeps the same plain shape, `{code, message}`.
 */
export function toExcelError(e: CalcError): unknown {
  const cf = runtime();
  if (!cf) return e.message === undefined ? { code: e.error } : { code: e.error, message: e.message };
  return new cf.Error(cf.ErrorCode[CODE_MEMBER[e.error]], e.message);
}

/** An error that arrived in an input cell: a CustomFunctions.Error, or any object whose code is an Excel error. */
export function isInputError(v: unknown): v is { code: string; message?: string } {
  if (typeof v !== "object" || v === null) return false;
  const cf = runtime();
  if (cf && v instanceof cf.Error) return true;
  const code = (v as { code?: unknown }).code;
  return typeof code === "string" && code.startsWith("#");
}

/** Errors a custom function may return; #NAME? and #REF! (and the runtime's own states) are input-only. */
const RETURNABLE = new Set(["#DIV/0!", "#NUM!", "#VALUE!", "#N/A", "#NULL!"]);

/** The error to put in the element whose input held `e`: the same one where Excel lets a function return it. */
export function passInputError(e: { code: string }): unknown {
  if (RETURNABLE.has(e.code)) return e;
  return toExcelError({ error: "#VALUE!", message: zh("fn.input-error", { code: e.code }) });
}
