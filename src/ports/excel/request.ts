/**
 * Requests under Office's payload limit: operations are queued with an estimate of their size, and the queue is
 * sent (context.sync) only when the next piece would pass the budget. Shared by every writer of the Excel port.
 */

/** Office on the web refuses requests and responses over 5 MB; the rest is left for what Office adds around our values. */
export const PAYLOAD_BUDGET = 4 * 1024 * 1024;
/** What one queued operation costs beyond its value (object path, action, ids), generously. */
export const OP_OVERHEAD = 160;

/** Queued operations and their estimated size: syncs only when the next piece would not fit. */
export class Request {
  private bytes = 0;
  syncs = 0;

  constructor(
    private readonly context: Excel.RequestContext,
    private readonly budget: number = PAYLOAD_BUDGET,
  ) {}

  /** Make room for `bytes` more: sends what is queued first if together they would pass the budget. */
  async room(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.send();
    this.bytes += bytes;
  }

  async send(): Promise<void> {
    await this.context.sync();
    this.syncs++;
    this.bytes = 0;
  }
}

/** Consecutive items in groups whose sizes add up to at most `budget` (an item larger than that goes alone). */
export function chunks<T>(items: readonly T[], size: (x: T) => number, budget: number): { items: T[]; bytes: number }[] {
  const out: { items: T[]; bytes: number }[] = [];
  let current: { items: T[]; bytes: number } = { items: [], bytes: 0 };
  for (const x of items) {
    const n = size(x);
    if (current.items.length > 0 && current.bytes + n > budget) {
      out.push(current);
      current = { items: [], bytes: 0 };
    }
    current.items.push(x);
    current.bytes += n;
  }
  if (current.items.length > 0) out.push(current);
  return out;
}
