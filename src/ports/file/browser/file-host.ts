import { sheetHeaders } from "../../../core";
import { checkWorkbook, type CheckResult, kept } from "../../../core";
import type { CheckReply, FileCall, FileReply, FileRequest } from "./file-protocol";
import { toWire } from "./file-protocol";
import { FileWorkbook } from "./file-workbook";
import { fixInternalLinks } from "./internal-links-zip";
import { mergeFiles } from "../shared/merge-files";
import { writeTemplate } from "../shared/template";

/**
 * The worker's side of the file port: holds the one workbook opened in it and answers the page's calls, in order.
 * The same code answers in the page itself when there is no worker (and in the tests).
 */

export type Post = (reply: FileReply, transfer?: Transferable[]) => void;

export function createFileHost(post: Post): (call: FileCall) => Promise<void> {
  let workbook: FileWorkbook | null = null;
  // The last check's result, whose records the page fetches block by block.
  let checked: CheckResult | null = null;
  // Calls run one after another, as they would on one Excel workbook: a download waits for the marks before it.
  let queue: Promise<void> = Promise.resolve();

  const opened = (): FileWorkbook => {
    if (!workbook) throw new Error("no workbook is open");
    return workbook;
  };

  async function answer(call: FileCall): Promise<{ value: unknown; transfer?: Transferable[] }> {
    const r: FileRequest = call.request;
    switch (r.op) {
      case "open":
        checked = null;
        workbook = await FileWorkbook.open(new Uint8Array(r.bytes), r.name);
        return { value: null };
      case "read":
        return { value: opened().read(r.name, r.sheets, (progress) => post({ id: call.id, progress })) };
      case "check": {
        const data = opened().read(r.name, r.sheets, (progress) => post({ id: call.id, progress }));
        post({ id: call.id, checking: true });
        checked = checkWorkbook(data, { today: new Date(r.today), period: r.period });
        const reply: CheckReply = {
          result: { ...checked, sheets: checked.sheets.map((s) => ({ ...s, records: [] })) },
          recordCounts: checked.sheets.map((s) => s.records.length),
          headers: sheetHeaders(data, checked.sheets),
          kept: kept(checked),
        };
        return { value: reply };
      }
      case "records": {
        const sheet = checked?.sheets[r.sheet];
        if (!sheet) throw new Error("no check has run");
        return { value: sheet.records.slice(r.from, r.to) };
      }
      case "readSettings":
        return { value: opened().readSettings() };
      case "writeSettings":
        return { value: opened().writeSettings(r.settings) };
      case "mark":
        return { value: opened().mark(r.findings) };
      case "clearMarks":
        return { value: await opened().clearMarks() };
      case "writeReports":
        return { value: opened().writeReports(r.layouts) };
      case "addExplanation":
        return { value: opened().addExplanation(r.explanation) };
      case "addExplanations":
        return { value: opened().addExplanations(r.explanations) };
      case "removeExplanation":
        return { value: opened().removeExplanation(r.explanation) };
      case "insertTemplates":
        return { value: opened().insertTemplates(r.profile, r.kinds) };
      case "merge": {
        const total = r.files.length;
        const merged = await mergeFiles(r.files, r.options, (n, file) =>
          post({ id: call.id, progress: { sheet: file, sheetIndex: n, sheetCount: total, rowsDone: n, rowsTotal: total } }),
        );
        // ExcelJS's browser bundle writes the report tabs' links to cells as external files (internal-links-zip.ts).
        const bytes = await fixInternalLinks(merged.bytes);
        return { value: { ...merged, bytes }, transfer: [bytes.buffer as ArrayBuffer] };
      }
      case "checkPrevious": {
        const previous = await FileWorkbook.open(new Uint8Array(r.bytes));
        const data = previous.read(r.name, undefined, (progress) => post({ id: call.id, progress }));
        return { value: checkWorkbook(data, { today: new Date(r.today) }) };
      }
      case "template": {
        const bytes = await writeTemplate(r.profile, r.storeProfile ? { settings: { profile: r.profile } } : {});
        return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
      }
      case "save": {
        const bytes = await opened().save();
        return { value: bytes, transfer: [bytes.buffer as ArrayBuffer] };
      }
    }
  }

  return (call) => {
    queue = queue.then(async () => {
      try {
        const { value, transfer } = await answer(call);
        post({ id: call.id, ok: true, value: value ?? null }, transfer);
      } catch (e) {
        post({ id: call.id, ok: false, error: toWire(e) });
      }
    });
    return queue;
  };
}
