import { readFile } from "fs/promises";
import { basename, extname } from "path";
import { buildReports, type CheckResult, type HistoryOutcome, type Lang, layoutReport, LIMITS, t } from "../core";
import { FileRefusal } from "../ports/file/shared/refusal";
import { writeReportTabs, type ReportWriteResult } from "../ports/file/shared/report-writer";
import { XlsxPackage } from "../ports/file/shared/xlsx-package";
import { UsageError } from "./args";
import { pathTaken, sameFile, writeOutFile } from "./out-file";

/**
 * `gx-ledger report` and the demo: a copy of the checked workbook with the report tabs, written to OUT. The
 * input is only ever read.
 */

export interface ReportTarget {
  /** The checked workbook, an absolute path, and as the user typed it. */
  input: string;
  inputShown: string;
  /** The copy to write, an absolute path, and as the user typed it (or in full, where the tool chose it). */
  out: string;
  outShown: string;
  force: boolean;
}

/**
 * The refusals that need no work, made before the workbook is read: a mistake should cost nothing. The copy is
 * then moved into place under OUT's name, which replaces a name and never writes into the file behind it, so even
 * a link to the input made meanwhile cannot change the input.
 */
export function refuseTarget(target: ReportTarget): void {
  // ExcelJS writes an .xlsx; Excel refuses to open one named .xls or .xlsm.
  if (extname(target.out).toLowerCase() !== ".xlsx") throw new UsageError("cli.usage.out-not-xlsx", { file: target.outShown });
  // The copy is written beside OUT under a longer temporary name; file systems allow 255 bytes.
  const length = Buffer.byteLength(basename(target.out));
  if (length > LIMITS.fileNameBytes) throw new UsageError("cli.usage.out-name-too-long", { file: target.outShown, length, limit: LIMITS.fileNameBytes });
  if (sameFile(target.input, target.out)) {
    throw new UsageError("cli.usage.out-is-input", { file: target.outShown, input: target.inputShown });
  }
  if (!target.force && pathTaken(target.out)) throw new UsageError("cli.usage.exists", { file: target.outShown });
}

export interface ReportRequest {
  tabs: readonly string[];
  lang: Lang;
  /** The time of generation shown in each tab's subtitle. */
  now: Date;
  /** The comparison with the previous workbook, for the tab 与上期对比. */
  history?: HistoryOutcome;
}

/**
 * Builds the tabs from the check, adds them to a part-level copy of the workbook (its zip parts copied as they
 * are, never a model of the whole workbook in memory) and saves the copy. A workbook the check could read but
 * whose package cannot be opened throws a FileRefusal; a copy that cannot be written, a UsageError.
 */
export async function saveReport(target: ReportTarget, check: CheckResult, req: ReportRequest): Promise<ReportWriteResult> {
  const layouts = buildReports(check, { lang: req.lang, now: req.now, workbookName: basename(target.input), history: req.history }, req.tabs).map(layoutReport);
  let bytes: Uint8Array;
  try {
    bytes = await readFile(target.input);
  } catch (e) {
    throw new FileRefusal("file.unreadable", { detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  let pkg: XlsxPackage;
  try {
    pkg = await XlsxPackage.open(bytes);
  } catch (e) {
    throw new FileRefusal("file.unreadable", { detail: e instanceof Error ? e.message : String(e) });
  }
  const result = await writeReportTabs(pkg, layouts);
  writeOutFile(target.out, await pkg.save(), target.force, target.outShown);
  return result;
}

/** What was written where, and the notices the user must read: a tab that took a suffix, an unreadable `_gx`. */
export function writtenLines(out: string, result: ReportWriteResult, lang: Lang): string[] {
  const sep = t(lang, "cli.report.sep");
  const lines = [t(lang, "cli.report.written", { file: out, count: result.written.length, tabs: result.written.join(sep) })];
  for (const r of result.renamed) lines.push(t(lang, "cli.report.renamed", { wanted: r.wanted, used: r.used }));
  if (result.settingsUnreadable) lines.push(t(lang, "cli.report.settings-unreadable"));
  return lines;
}
