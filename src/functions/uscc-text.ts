/**
 * GX.USCCCHECK's reason, in the words the ledger check uses for the same fault: the uscc.format rule's
 * variants and uscc.checksum's message, in Chinese (FUNCTIONS.md).
 */

import { describeFinding, type Noted, type UsccCheck } from "../core";

function asFinding(check: Exclude<UsccCheck, { ok: true }>): Noted {
  switch (check.reason) {
    case "checksum":
      return { rule: "uscc.checksum", params: { char: check.char, expected: check.expected } };
    case "number":
      return { rule: "uscc.format", variant: "number", value: check.code };
    case "length":
      return { rule: "uscc.format", variant: "length", params: { length: check.length } };
    case "char":
      // An illegal 18th character alone: the check character the first 17 give (the reader's check-char variant).
      return check.expected === undefined
        ? { rule: "uscc.format", variant: "char", params: { char: check.char, position: check.position } }
        : { rule: "uscc.format", variant: "check-char", params: { char: check.char, position: check.position, expected: check.expected } };
    default:
      return { rule: "uscc.format", variant: check.reason, params: { char: check.char, position: check.position } };
  }
}

export function usccProblem(check: UsccCheck): string {
  return check.ok ? "" : describeFinding(asFinding(check), "zh-CN").message;
}
