/**
 * Everything a writer needs to put the merged workbook down: the roll-up, the laid-out tabs (汇总说明, and with
 * `withReports` the report tabs of the merged ledgers checked as one workbook), and the `_gx` settings that mark
 * those tabs as the add-in's (never read back as ledgers) and carry a profile that is not the built-in one.
 */

import type { Lang } from "../i18n";
import { BUILTIN_PROFILE } from "../profile";
import type { GxSettings } from "../read/result";
import { buildReports, layoutReport, REPORT_TABS, type ReportLayout } from "../reports";
import { checkWorkbook, type CheckResult } from "./check-workbook";
import { mergedWorkbookData } from "./merge-cells";
import type { MergeInput } from "./merge-source";
import { mergeWorkbooks, type MergeOptions, type MergeResult } from "./merge";
import { buildMergeSummary } from "./merge-summary";

export interface MergeOutputOptions extends MergeOptions {
  withReports?: boolean;
  lang: Lang;
  now: Date;
  /** The merged workbook's file name, for the report tabs' subtitles. */
  name: string;
}

export interface MergedOutput {
  result: MergeResult;
  /** 汇总说明 first, then the report tabs. */
  layouts: ReportLayout[];
  settings: GxSettings;
  /** The merged ledgers checked as one (with `withReports`). */
  check?: CheckResult;
}

export function buildMergedOutput(inputs: readonly MergeInput[], opts: MergeOutputOptions): MergedOutput {
  const result = mergeWorkbooks(inputs, opts);
  const layouts = [layoutReport(buildMergeSummary(result, opts.lang, opts.now))];
  let check: CheckResult | undefined;
  if (opts.withReports) {
    check = checkWorkbook(mergedWorkbookData(result, opts.name), { profile: result.profile, period: result.period, today: opts.now });
    for (const model of buildReports(check, { lang: opts.lang, now: opts.now, workbookName: opts.name }, REPORT_TABS)) layouts.push(layoutReport(model));
  }
  const settings: GxSettings = { reports: layouts.map((l) => l.tab) };
  if (result.profile !== BUILTIN_PROFILE) settings.profile = { ...result.profile, period: result.period };
  return { result, layouts, settings, ...(check ? { check } : {}) };
}
