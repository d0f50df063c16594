/**
 * Requirement sets and `Excel.createWorkbook`, as strict as Excel: a set is supported up to the version the host
 * was made with; createWorkbook exists only from ExcelApi 1.8 and takes a workbook as base64 (else InvalidArgument).
 */

import { officeError } from "./errors";

/** Set name → highest supported version, e.g. { ExcelApi: "1.12" }. */
export type ApiSets = Record<string, string>;

export const DEFAULT_API_SETS: ApiSets = { ExcelApi: "1.12", SharedRuntime: "1.1" };

function minor(version: string): number {
  const m = /^1\.(\d+)$/.exec(version.trim());
  return m ? Number(m[1]) : NaN;
}

export function isSetSupported(sets: ApiSets, name: string, version = "1.1"): boolean {
  const have = Object.prototype.hasOwnProperty.call(sets, name) ? sets[name] : undefined;
  return have !== undefined && minor(version) <= minor(have);
}

const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}==|[A-Za-z0-9+/]{3}=)?$/;

/** The workbooks created, as the base64 each was given (an empty workbook: ""). */
export function workbookCreator(sets: ApiSets, created: string[]): ((base64?: string) => Promise<void>) | undefined {
  if (!isSetSupported(sets, "ExcelApi", "1.8")) return undefined;
  return async (base64?: string) => {
    if (base64 !== undefined && (typeof base64 !== "string" || !BASE64.test(base64))) {
      throw officeError("InvalidArgument", "The argument is invalid or missing or has an incorrect format.");
    }
    created.push(base64 ?? "");
  };
}
