/**
 * The proxy-object model of Office.js, strictly: property writes and method calls are queued and applied in order
 * at `sync()`; `load()` asks for properties that become readable only after the sync; reading a property that was
 * neither loaded-and-synced nor set locally throws PropertyNotLoaded. Each sync is measured: the JSON size of the
 * queued request and of the values it returns, each limited to 5 MB as in Excel on the web.
 */

import type { Area } from "./address";
import { officeError, OfficeError } from "./errors";
import { HostEvents } from "./events";
import type { HostSheet, HostWorkbook } from "./state";

export const PAYLOAD_LIMIT = 5 * 1024 * 1024;
export const READ_CELL_LIMIT = 5_000_000;

export interface SyncRecord {
  requestBytes: number;
  responseBytes: number;
  operations: number;
}

/** Shared by every context of one host, so a test sees the whole session. */
export interface HostStats {
  syncs: number;
  records: SyncRecord[];
}

interface Operation {
  /** What Office would send for it (measured, never interpreted). */
  wire: unknown;
  run: () => unknown;
  /** Receives `run`'s result once the whole batch succeeded. */
  deliver?: (result: unknown) => void;
}

/** UTF-8 length of a string, without TextEncoder or Buffer. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}

export class SimContext {
  private queue: Operation[] = [];
  /** Null-object proxies waiting for a sync to learn whether they exist. */
  private nullChecks: (() => void)[] = [];
  /** Values changed by the batch being applied: each fires a change event once the batch is done. */
  private changes: { sheet: HostSheet; area: Area }[] = [];
  readonly trackedObjects = { add: (): void => undefined, remove: (): void => undefined };

  constructor(
    readonly state: HostWorkbook,
    readonly stats: HostStats,
    readonly events: HostEvents = new HostEvents(),
  ) {}

  /** Called by value writes while a batch is applied. */
  changed(sheet: HostSheet, area: Area): void {
    this.changes.push({ sheet, area: { ...area } });
  }

  enqueue(op: Operation): void {
    this.queue.push(op);
  }

  onSync(check: () => void): void {
    this.nullChecks.push(check);
  }

  get pending(): number {
    return this.queue.length;
  }

  async sync(): Promise<void> {
    await Promise.resolve();
    const batch = this.queue;
    this.queue = [];
    const checks = this.nullChecks;
    this.nullChecks = [];
    const requestBytes = utf8Length(JSON.stringify(batch.map((op) => op.wire)));
    const record: SyncRecord = { requestBytes, responseBytes: 0, operations: batch.length };
    this.stats.syncs++;
    this.stats.records.push(record);
    if (requestBytes > PAYLOAD_LIMIT) {
      throw officeError("RequestPayloadSizeLimitExceeded", `The request payload size (${requestBytes} bytes) has exceeded the limit.`);
    }
    // Actions before a failing one stay applied, as in Office; so do their change events.
    let results: unknown[];
    try {
      results = batch.map((op) => op.run());
    } finally {
      const changes = this.changes;
      this.changes = [];
      void this.events.fire(changes, "ThisLocalAddin");
    }
    checks.forEach((check) => check());
    const responseBytes = utf8Length(JSON.stringify(results.map((r) => (r === undefined ? null : r))));
    record.responseBytes = responseBytes;
    if (responseBytes > PAYLOAD_LIMIT) {
      throw officeError("ResponsePayloadSizeLimitExceeded", `The response payload size (${responseBytes} bytes) has exceeded the limit.`);
    }
    batch.forEach((op, i) => op.deliver?.(results[i]));
  }
}

/** The base of every proxy: local property values, loads, queued writes, and where it lives at sync time. */
export abstract class SimObject {
  protected readonly local = new Map<string, unknown>();

  constructor(
    readonly context: SimContext,
    /** Readable path for the request payload ("worksheets['Sheet1'].getRange('A1:B2')"). */
    readonly path: string,
  ) {}

  protected abstract get typeName(): string;

  /** Scalar properties `load()` without arguments brings. */
  protected abstract get scalarProperties(): readonly string[];

  /** The value of a property now, read at sync time. */
  protected abstract readProperty(name: string): unknown;

  /** A navigation property's object (`format`, `fill`, …) for nested loads like "format/fill/color". */
  protected child(name: string): SimObject | undefined {
    void name;
    return undefined;
  }

  protected read<T>(name: string): T {
    if (!this.local.has(name)) {
      throw new OfficeError(
        "PropertyNotLoaded",
        `The property '${name}' is not available. Before reading the property's value, call the load method on the containing object (${this.typeName}) and call "context.sync()" on the associated request context.`,
      );
    }
    return this.local.get(name) as T;
  }

  /** Queue a property write; the value is readable locally at once, as in Office.js. */
  protected write(name: string, value: unknown, apply: () => void): void {
    this.local.set(name, value);
    this.context.enqueue({ wire: { path: this.path, set: name, value }, run: apply });
  }

  protected call(method: string, args: unknown[], apply: () => unknown): void {
    this.context.enqueue({ wire: { path: this.path, call: method, args }, run: apply });
  }

  /** Marks the proxy as created by a method call, so the request carries its path as Office's would. */
  protected static created<T extends SimObject>(obj: T, method: string, args: unknown[]): T {
    obj.context.enqueue({ wire: { path: obj.path, create: method, args }, run: () => undefined });
    return obj;
  }

  load(props?: string | string[] | { select?: string }): this {
    const list = parseProps(props);
    const direct: string[] = [];
    for (const p of list.length ? list : [...this.scalarProperties]) {
      const slash = p.indexOf("/");
      if (slash < 0) {
        direct.push(p);
        continue;
      }
      const nav = this.child(p.slice(0, slash));
      if (!nav) throw new OfficeError("InvalidArgument", `'${p}' cannot be loaded on ${this.typeName}.`);
      nav.load(p.slice(slash + 1));
    }
    for (const p of direct) {
      if (!this.scalarProperties.includes(p)) {
        throw new OfficeError("InvalidArgument", `The property '${p}' does not exist on ${this.typeName}.`);
      }
    }
    if (direct.length > 0) {
      this.context.enqueue({
        wire: { path: this.path, load: direct },
        run: () => Object.fromEntries(direct.map((p) => [p, this.readProperty(p)])),
        deliver: (result) => {
          for (const [k, v] of Object.entries(result as Record<string, unknown>)) this.local.set(k, v);
        },
      });
    }
    return this;
  }
}

export function parseProps(props?: string | string[] | { select?: string }): string[] {
  if (props === undefined) return [];
  const text = Array.isArray(props) ? props.join(",") : typeof props === "string" ? props : (props.select ?? "");
  return text
    .split(",")
    .map((p) => p.trim())
    .filter((p) => p !== "");
}

/**
 * What a collection's load() asks of its items: "items/name" or "name" (Office reads both as the items'
 * properties), all of `known` when nothing is named; a property the collection cannot load is refused.
 */
export function parseItemProps(props: string | string[] | { select?: string } | undefined, known: readonly string[], what: string): string[] {
  const names = parseProps(props)
    .map((p) => p.replace(/^items\//, ""))
    .filter((p) => p !== "items");
  const wanted = names.length ? names : [...known];
  for (const p of wanted) {
    if (!known.includes(p)) throw new OfficeError("InvalidArgument", `The property '${p}' cannot be loaded on ${what}.`);
  }
  return wanted;
}
