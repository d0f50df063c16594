/**
 * Worksheet change events (WorksheetCollection.onChanged): fired after a sync that changed values through the
 * API (triggerSource "ThisLocalAddin", as Excel reports an add-in's own edits) and by `host.userEdit`, which
 * stands for a user typing into the grid. Handlers run asynchronously, after the batch, as in Office.
 */

import { formatArea, type Area } from "./address";
import type { HostSheet } from "./state";

export interface ChangedEventArgs {
  type: "WorksheetChanged";
  worksheetId: string;
  address: string;
  changeType: "RangeEdited";
  source: "Local";
  triggerSource: "ThisLocalAddin" | "Unknown";
}

export type ChangedHandler = (args: ChangedEventArgs) => unknown;

export class HostEvents {
  private readonly handlers = new Set<ChangedHandler>();

  add(handler: ChangedHandler): void {
    this.handlers.add(handler);
  }

  remove(handler: ChangedHandler): void {
    this.handlers.delete(handler);
  }

  get count(): number {
    return this.handlers.size;
  }

  /** Calls every handler once per change, after the current task; resolves when they have all settled. */
  async fire(changes: { sheet: HostSheet; area: Area }[], triggerSource: ChangedEventArgs["triggerSource"]): Promise<void> {
    if (changes.length === 0 || this.handlers.size === 0) return;
    await Promise.resolve();
    const runs: unknown[] = [];
    for (const { sheet, area } of changes) {
      const args: ChangedEventArgs = {
        type: "WorksheetChanged",
        worksheetId: `{${sheet.id}}`,
        address: formatArea(area),
        changeType: "RangeEdited",
        source: "Local",
        triggerSource,
      };
      for (const h of [...this.handlers]) runs.push(h(args));
    }
    await Promise.allSettled(runs);
  }
}
