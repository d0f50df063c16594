import type { WorkbookData } from "../../../core";
import { cellBudget, type CellBudget } from "./cells";
import { bufferSource } from "./sniff";
import { readWorkbook } from "./xlsx-read/read-workbook";

/**
 * Reads an .xlsx held in memory into the core's value matrices with GX Ledger's own reader (xlsx-read/). It takes
 * bytes, not a path, so that the standalone page runs the same code on a file dropped into the browser; the Node
 * wrapper (node/index.ts) gives the same reader a file read in chunks.
 */
export async function readXlsx(bytes: Uint8Array | ArrayBuffer, name: string, budget: CellBudget = cellBudget("pane")): Promise<WorkbookData> {
  return readWorkbook(bufferSource(bytes instanceof Uint8Array ? bytes : new Uint8Array(bytes)), name, budget);
}
