/**
 * The Web Worker of the standalone page: ExcelJS reads, edits and writes the opened workbook here, so a large
 * file never freezes the page. Built by webpack as its own chunk (worker-start.ts), loaded when a file is opened.
 */
import { createFileHost } from "./file-host";
import type { FileCall } from "./file-protocol";

// The worker's global scope, typed by hand: the DOM and WebWorker libraries cannot both be in one program.
const scope = self as unknown as {
  postMessage(message: unknown, transfer: Transferable[]): void;
  onmessage: ((e: MessageEvent<FileCall>) => void) | null;
};

const host = createFileHost((reply, transfer) => scope.postMessage(reply, transfer ?? []));
scope.onmessage = (e) => void host(e.data);
