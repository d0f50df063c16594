import type { Explanation, AnyFinding as Finding, GxSettings, LedgerKind, Profile, ReportLayout } from "../../../core";
import { type KeptState, type CheckResult } from "../../../core";
import type { PortProgress } from "../../port";
import type { MergeFile, MergeFilesOptions } from "../shared/merge-files";
import { FileRefusal, isFileRefusal, type RefusalKey } from "../shared/refusal";

/**
 * The messages between the standalone page and the worker that holds the opened workbook (file.worker.ts).
 * Everything crosses by structured clone, so a request or a reply is plain data; errors travel as their name,
 * message and, for a refusal, its i18n key.
 */

export type FileRequest =
  | { op: "open"; bytes: ArrayBuffer; name: string }
  | { op: "read"; name: string; sheets?: string[] }
  /** Reads and checks in the worker; the reply's ledger sheets come without their records (see "records"). */
  | { op: "check"; name: string; sheets?: string[]; today: number; period?: number }
  /** Records of the last check's sheet `sheet`, `from` up to `to`: fetched in blocks, each a short task for the page. */
  | { op: "records"; sheet: number; from: number; to: number }
  | { op: "readSettings" }
  | { op: "writeSettings"; settings: GxSettings }
  | { op: "mark"; findings: readonly Finding[] }
  | { op: "clearMarks" }
  | { op: "writeReports"; layouts: readonly ReportLayout[] }
  | { op: "addExplanation"; explanation: Explanation }
  | { op: "addExplanations"; explanations: Explanation[] }
  | { op: "removeExplanation"; explanation: Explanation }
  | { op: "insertTemplates"; profile: Profile; kinds: readonly LedgerKind[] }
  | { op: "save" }
  /** The pane's 汇总: several files rolled up into a new workbook; needs no open workbook. */
  | { op: "merge"; files: MergeFile[]; options: MergeFilesOptions }
  /** 与上期对比: the previous workbook read and checked, records and all; needs (and touches) no open workbook. */
  | { op: "checkPrevious"; bytes: ArrayBuffer; name: string; today: number }
  /** A blank standard workbook, as `gx-ledger template` writes it; needs no open workbook. */
  | { op: "template"; profile: Profile; storeProfile: boolean };

export interface FileCall {
  id: number;
  request: FileRequest;
}

export interface WireError {
  name: string;
  message: string;
  key?: RefusalKey;
  params?: Record<string, string | number>;
}

/** What "check" answers: the result with empty record lists, the records' counts, the headers for mapping. */
export interface CheckReply {
  result: CheckResult;
  recordCounts: number[];
  headers: Record<string, string[]>;
  /** What the result keeps beside it (the explanations read, the sheet order), which a message would drop. */
  kept?: KeptState;
}

export type FileReply =
  | { id: number; progress: PortProgress }
  | { id: number; checking: true }
  | { id: number; ok: true; value: unknown }
  | { id: number; ok: false; error: WireError };

export function toWire(e: unknown): WireError {
  if (isFileRefusal(e)) return { name: e.name, message: e.message, key: e.key, params: e.params };
  if (e instanceof Error) return { name: e.name, message: e.message };
  return { name: "Error", message: String(e) };
}

export function fromWire(w: WireError): Error {
  if (w.key) return new FileRefusal(w.key, w.params);
  const e = new Error(w.message);
  e.name = w.name;
  return e;
}
