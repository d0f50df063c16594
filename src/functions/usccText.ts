/**
 * GX.USCCCHECK's reason, in the words the ledger check uses for the same fault: the uscc.format rule's
 * variants and uscc.checksum's message, in Chinese (FUNCTIONS.md).
 */

import type { UsccCheck } from "../core/calc/uscc";
import type { Noted } from "../core/findings";
import { describeFinding } from "../core/rules/describe";

function asFinding(check: Exclude<UsccCheck, { ok: true }>): Noted {
  switch (check.reason) {
    case "checksum":
      return { rule: "uscc.checksum", params: { char: check.char, expected: check.expected } };
    case "number":
      return { rule: "uscc.format", variant: "number", value: check.code };
    case "length":
      return { rule: "uscc.format", variant: "length", params: { length: check.length } };
    default:
      return { rule: "uscc.format", variant: check.reason, params: { char: check.char, position: check.position } };
  }
}

export function usccProblem(check: UsccCheck): string {
  return check.ok ? "" : describeFinding(asFinding(check), "zh-CN").message;
}
