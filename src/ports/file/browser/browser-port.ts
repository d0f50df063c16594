/**
 * The workbook port of the standalone page: a workbook the user opened as a file, read and edited in the browser
 * (nothing is uploaded). The workbook lives in a Web Worker (file.worker.ts) so that reading a large file never
 * freezes the page; where there is no Worker (tests, old hosts) the same code runs in the page. The task pane
 * imports this module lazily, and ExcelJS is only ever in the worker's chunk.
 */

import { type AnyFinding as Finding, type Explanation, type GxSettings, type LedgerKind, LIMITS, type Profile, type ReportLayout, type WorkbookData } from "../../../core";
import type { PortProgress, PortReadOptions, ReportsWritten, WorkbookPort } from "../../port";
import { type FileCall, type FileReply, type FileRequest, fromWire } from "./file-protocol";
import { tooLarge } from "../shared/limits";
import type { MergedFiles, MergeFile, MergeFilesOptions } from "../shared/merge-files";
import { type LedgerRecord } from "../../../core";
import { type CheckResult, keep } from "../../../core";
import { type CheckReply } from "./file-protocol";

export interface FilePort extends WorkbookPort {
  readonly mode: "file";
  /** The workbook with everything added since it was opened (report tabs, marks, explanations…), as .xlsx. */
  download(): Promise<Blob>;
  /** A name for the downloaded copy that never equals the opened file's, so the original is not overwritten. */
  downloadName(): string;
  /** Reads and checks where the workbook is (the worker), so that the page stays responsive on a large file. */
  check?(opts: PortCheckOptions): Promise<PortChecked>;
}

export interface PortCheckOptions extends PortReadOptions {
  /** The reading is done: the check itself runs now. */
  onChecking?: () => void;
  today: Date;
  /** The pane's chosen reporting period (months 1–period), over the workbook's own. */
  period?: number;
}

export interface PortChecked {
  result: CheckResult;
  /** Per ledger sheet: the headers a missing column can be mapped to. */
  headers: Record<string, string[]>;
}

/**
 * Records come over in blocks: each block is one message, decoded in a task of its own, so the page never stops
 * for long, even for 100,000 records.
 */
const RECORD_BLOCK = 4000;

const XLSX_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

interface Transport {
  send(call: FileCall, transfer: Transferable[]): void;
  close(): void;
}

interface Pending {
  resolve(value: unknown): void;
  reject(e: Error): void;
  onProgress?: (p: PortProgress) => void;
  onChecking?: () => void;
}

/** Calls into the workbook's host and matches the replies (and progress) to them. */
class FileClient {
  private nextId = 1;
  private readonly pending = new Map<number, Pending>();
  private transport: Transport | null = null;

  attach(transport: Transport): void {
    this.transport = transport;
  }

  receive(reply: FileReply): void {
    const p = this.pending.get(reply.id);
    if (!p) return;
    if ("progress" in reply) {
      p.onProgress?.(reply.progress);
      return;
    }
    if ("checking" in reply) {
      p.onChecking?.();
      return;
    }
    this.pending.delete(reply.id);
    if (reply.ok) p.resolve(reply.value);
    else p.reject(fromWire(reply.error));
  }

  /** The host is gone (the worker failed, or another file was opened): every open call fails with `e`. */
  fail(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
    this.transport?.close();
    this.transport = null;
  }

  call<T>(
    request: FileRequest,
    opts: { transfer?: Transferable[]; onProgress?: Pending["onProgress"]; onChecking?: Pending["onChecking"]; signal?: AbortSignal } = {},
  ): Promise<T> {
    const transport = this.transport;
    if (!transport) return Promise.reject(new Error("this workbook was closed: open it again"));
    const { signal } = opts;
    if (signal?.aborted) return Promise.reject(abortError());
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      // A cancelled call is answered at once; the host's late answer is then dropped.
      const onAbort = () => {
        this.pending.delete(id);
        reject(abortError());
      };
      signal?.addEventListener("abort", onAbort, { once: true });
      this.pending.set(id, {
        resolve: (v) => {
          signal?.removeEventListener("abort", onAbort);
          resolve(v as T);
        },
        reject: (e) => {
          signal?.removeEventListener("abort", onAbort);
          reject(e);
        },
        onProgress: opts.onProgress,
        onChecking: opts.onChecking,
      });
      transport.send({ id, request }, opts.transfer ?? []);
    });
  }
}

function abortError(): Error {
  const e = new Error("the read was cancelled");
  e.name = "AbortError";
  return e;
}

async function workerTransport(client: FileClient): Promise<Transport> {
  const { startFileWorker } = await import("./worker-start");
  const worker = startFileWorker();
  worker.onmessage = (e: MessageEvent<FileReply>) => client.receive(e.data);
  worker.onerror = (e: ErrorEvent) => {
    e.preventDefault();
    client.fail(new Error(`the file worker stopped: ${e.message || "it could not be loaded"}`));
  };
  return { send: (call, transfer) => worker.postMessage(call, transfer), close: () => worker.terminate() };
}

/**
 * The host in the page itself, where there is no Worker. Nothing is cloned: neither side keeps or changes what it
 * hands over (the tests in Node run this way).
 */
async function pageTransport(client: FileClient): Promise<Transport> {
  const { createFileHost } = await import("./file-host");
  const host = createFileHost((reply) => client.receive(reply));
  return { send: (call) => void host(call), close: () => undefined };
}

/**
 * The worker where the browser allows one; else the page itself. A page opened from a shared folder (file://) or
 * under a policy without workers cannot start one: it still works, only a large file then holds the page while read.
 */
async function transport(client: FileClient): Promise<Transport> {
  if (typeof Worker === "function") {
    try {
      return await workerTransport(client);
    } catch {
      // Refused (SecurityError on file://, a Content-Security-Policy): read in the page instead.
    }
  }
  return pageTransport(client);
}

/**
 * Rolls several files up into a new workbook (the pane's 汇总) in a host of its own, closed once it has answered:
 * the workbook open in the page, if any, is not touched. The chosen files are copied, never changed.
 */
export async function mergeWorkbookFiles(
  files: readonly File[],
  options: MergeFilesOptions,
  onProgress?: (p: PortProgress) => void,
): Promise<MergedFiles> {
  const big = files.find((f) => f.size > LIMITS.paneFileBytes);
  if (big) throw tooLarge();
  const copies: MergeFile[] = [];
  for (const f of files) copies.push({ name: f.name, bytes: await f.arrayBuffer() });
  const client = new FileClient();
  client.attach(await transport(client));
  try {
    return await client.call<MergedFiles>({ op: "merge", files: copies, options }, { transfer: copies.map((c) => c.bytes), onProgress });
  } finally {
    client.fail(new Error("the roll-up is done"));
  }
}

/**
 * 与上期对比: last month's workbook read and checked in a host of its own, closed once it has answered, so the
 * workbook open in the page is not touched. The chosen file is copied, never changed.
 */
export async function checkPreviousFile(file: File, today: Date, onProgress?: (p: PortProgress) => void): Promise<CheckResult> {
  if (file.size > LIMITS.paneFileBytes) throw tooLarge();
  const bytes = await file.arrayBuffer();
  const client = new FileClient();
  client.attach(await transport(client));
  try {
    return await client.call<CheckResult>({ op: "checkPrevious", bytes, name: file.name, today: today.getTime() }, { transfer: [bytes], onProgress });
  } finally {
    client.fail(new Error("the previous workbook is checked"));
  }
}

/** The page holds one workbook at a time: opening another ends the previous one's worker (and frees its memory). */
let current: FileClient | null = null;

/**
 * Opens a workbook the user chose or dropped. Refuses (FileRefusal, i18n key `file.*`) what is not a readable
 * .xlsx or too big for a browser, before any port exists. The input is never modified.
 */
export async function openWorkbookFile(input: File | Blob | ArrayBuffer, name: string): Promise<FilePort> {
  // By shape rather than instanceof: the buffer may come from another realm (a frame, a test environment).
  const blob = typeof (input as Blob).arrayBuffer === "function" ? (input as Blob) : null;
  const size = blob ? blob.size : (input as ArrayBuffer).byteLength;
  if (size > LIMITS.paneFileBytes) throw tooLarge();
  // A copy: it is handed over to the worker, and the caller's bytes stay as they were.
  const bytes = blob ? await blob.arrayBuffer() : (input as ArrayBuffer).slice(0);
  const client = new FileClient();
  client.attach(await transport(client));
  try {
    await client.call<null>({ op: "open", bytes, name }, { transfer: [bytes] });
  } catch (e) {
    client.fail(e as Error);
    throw e;
  }
  current?.fail(new Error("another workbook was opened"));
  current = client;
  return new BrowserFilePort(client, name);
}

/**
 * A blank standard workbook (the same as `gx-ledger template`), written where ExcelJS lives (the worker), with
 * no workbook open. `storeProfile`: the profile travels in the template's `_gx`, as `--profile` does.
 */
export async function templateWorkbook(profile: Profile, storeProfile: boolean): Promise<Blob> {
  const client = new FileClient();
  client.attach(await transport(client));
  try {
    const bytes = await client.call<Uint8Array>({ op: "template", profile, storeProfile });
    return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  } finally {
    client.fail(new Error("the template is written"));
  }
}

class BrowserFilePort implements FilePort {
  readonly mode = "file" as const;
  constructor(
    private readonly client: FileClient,
    private readonly fileName: string,
  ) {}

  async name(): Promise<string> {
    return this.fileName;
  }

  read(opts: PortReadOptions = {}): Promise<WorkbookData> {
    return this.client.call<WorkbookData>(
      { op: "read", name: this.fileName, sheets: opts.sheets },
      { onProgress: opts.onProgress, signal: opts.signal },
    );
  }

  async check(opts: PortCheckOptions): Promise<PortChecked> {
    const { signal } = opts;
    const reply = await this.client.call<CheckReply>(
      { op: "check", name: this.fileName, sheets: opts.sheets, today: opts.today.getTime(), period: opts.period },
      { onProgress: opts.onProgress, onChecking: opts.onChecking, signal },
    );
    const sheets = [];
    for (const [i, sheet] of reply.result.sheets.entries()) {
      const records: LedgerRecord[] = [];
      for (let from = 0; from < reply.recordCounts[i]; from += RECORD_BLOCK) {
        const block = await this.client.call<LedgerRecord[]>({ op: "records", sheet: i, from, to: from + RECORD_BLOCK }, { signal });
        for (const rec of block) records.push(rec);
      }
      sheets.push({ ...sheet, records });
    }
    const result = { ...reply.result, sheets };
    // Explaining or withdrawing later re-finishes the result from these: without them the explanations already
    // in 审核说明 would be forgotten.
    if (reply.kept) keep(result, reply.kept);
    return { result, headers: reply.headers };
  }

  async activeSheet(): Promise<string | null> {
    return null;
  }

  readSettings(): Promise<{ settings: GxSettings; findings: Finding[] }> {
    return this.client.call({ op: "readSettings" });
  }

  async writeSettings(settings: GxSettings): Promise<void> {
    await this.client.call({ op: "writeSettings", settings });
  }

  async select(): Promise<boolean> {
    return false;
  }

  mark(findings: readonly Finding[]): Promise<number> {
    return this.client.call({ op: "mark", findings });
  }

  clearMarks(): Promise<number> {
    return this.client.call({ op: "clearMarks" });
  }

  writeReports(layouts: readonly ReportLayout[]): Promise<ReportsWritten> {
    return this.client.call({ op: "writeReports", layouts });
  }

  async addExplanations(explanations: readonly Explanation[]): Promise<void> {
    await this.client.call({ op: "addExplanations", explanations: [...explanations] });
  }

  async addExplanation(explanation: Explanation): Promise<void> {
    await this.client.call({ op: "addExplanation", explanation });
  }

  removeExplanation(explanation: Explanation): Promise<boolean> {
    return this.client.call({ op: "removeExplanation", explanation });
  }

  insertTemplates(profile: Profile, kinds: readonly LedgerKind[]): Promise<string[]> {
    return this.client.call({ op: "insertTemplates", profile, kinds });
  }

  /** A file does not change behind the page's back. */
  onChanged(): () => void {
    return () => undefined;
  }

  async download(): Promise<Blob> {
    const bytes = await this.client.call<Uint8Array>({ op: "save" });
    return new Blob([bytes as BlobPart], { type: XLSX_TYPE });
  }

  downloadName(): string {
    const stem = this.fileName.replace(/\.xlsx$/i, "") || "workbook";
    return `${stem}-gx.xlsx`;
  }
}
