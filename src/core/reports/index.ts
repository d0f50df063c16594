/** The seven standard report tabs (REPORTS.md), built as table models from a check. */

import { t } from "../i18n";
import type { ReportCheck } from "./check";
import { buildCheckResults, CHECK_RESULTS_TAB } from "./check-results";
import type { ReportContext } from "./context";
import { finiteModel } from "./finite";
import { buildFiveHundreds, FIVE_HUNDREDS_TAB } from "./five-hundreds";
import { buildHistory, HISTORY_TAB } from "./history";
import type { ReportModel } from "./model";
import { buildProjectInclusion, PROJECT_INCLUSION_TAB } from "./project-inclusion";
import { buildRegions, REGIONS_TAB } from "./regions";
import { buildScaleAnalysis, SCALE_ANALYSIS_TAB } from "./scale-analysis";
import { buildTargets, TARGETS_TAB } from "./targets";
import { buildThreeBatches, THREE_BATCHES_TAB } from "./three-batches";

export type { ReportCheck } from "./check";
export type { ReportContext } from "./context";
export type * from "./model";
export type * from "./layout-types";
export { NUMBER_FORMATS } from "./layout-types";
export { layoutReport } from "./layout";
export { isFormulaLike } from "./text-safe";

/** A tab's model, or null for a tab that has nothing to show without its input (与上期对比 without a previous workbook). */
type Builder = (check: ReportCheck, ctx: ReportContext) => ReportModel | null;

/**
 * Every tab the add-in may write, in the order they are written: one entry per tab. The standard seven are the
 * default selection; 与上期对比 joins them when a previous workbook was given. Tab names are Chinese in every
 * language: they are the standard tabs.
 */
const TABS: readonly { name: string; build: Builder; standard: boolean }[] = [
  { name: CHECK_RESULTS_TAB, build: buildCheckResults, standard: true },
  { name: TARGETS_TAB, build: buildTargets, standard: true },
  { name: FIVE_HUNDREDS_TAB, build: buildFiveHundreds, standard: true },
  { name: SCALE_ANALYSIS_TAB, build: buildScaleAnalysis, standard: true },
  { name: PROJECT_INCLUSION_TAB, build: buildProjectInclusion, standard: true },
  { name: REGIONS_TAB, build: buildRegions, standard: true },
  { name: THREE_BATCHES_TAB, build: buildThreeBatches, standard: true },
  { name: HISTORY_TAB, build: buildHistory, standard: false },
];

const BUILDERS: ReadonlyMap<string, Builder> = new Map(TABS.map((tab) => [tab.name, tab.build]));

/** The standard seven. */
export const REPORT_TABS: readonly string[] = TABS.filter((tab) => tab.standard).map((tab) => tab.name);

export { HISTORY_TAB };

/** Every tab the add-in may write: the reader never takes them for ledgers. */
export const ALL_REPORT_TABS: readonly string[] = TABS.map((tab) => tab.name);

/** The tabs written when none are chosen: the seven, and 与上期对比 with a previous workbook. */
export function defaultTabs(withHistory: boolean): readonly string[] {
  return withHistory ? ALL_REPORT_TABS : REPORT_TABS;
}

export function isReportTab(name: string): boolean {
  return BUILDERS.has(name);
}

/**
 * The models of `tabs` (default: all seven), always in ALL_REPORT_TABS order; 与上期对比 only with `ctx.history`. An unknown tab name throws: the
 * callers (CLI `--tabs`, task pane) validate names against REPORT_TABS first.
 */
export function buildReports(check: ReportCheck, ctx: ReportContext, tabs: readonly string[] = REPORT_TABS): ReportModel[] {
  const unknown = tabs.filter((t) => !isReportTab(t));
  if (unknown.length > 0) throw new Error(`unknown report tab: ${unknown.join(", ")}`);
  const outOfRange = t(ctx.lang, "value.out-of-range");
  return ALL_REPORT_TABS.filter((tab) => tabs.includes(tab)).flatMap((tab) => BUILDERS.get(tab)?.(check, ctx) ?? []).map((m) => finiteModel(m, outOfRange));
}
