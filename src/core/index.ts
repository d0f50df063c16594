/**
 * The core's one door: everything the faces (functions, taskpane, cli) and the ports may use. They import the
 * core only through this file, so the core can be reshaped behind it; dependency-cruiser holds them to it.
 */

// Formulas and code checks (GX functions, rules and report tabs call the same ones).
export { intensity, keyEnergy } from "./calc/energy";
export { NUM, isCalcError, notAvailable, quote, valueError } from "./calc/errors";
export type { CalcError, CalcResult } from "./calc/errors";
export { completion, contrib, gap, needed, pull, yoy, yoyText } from "./calc/growth";
export { isIndustrialDivision, parseIndustry, sectorText } from "./calc/industry";
export { elapsed, pace, parseBasis, toPeriod } from "./calc/pace";
export type { Basis, Period } from "./calc/pace";
export { isBlank, parseBool, parseNumberText } from "./calc/parse";
export { regionFinder } from "./calc/region";
export { projectStatus, scaleStatus } from "./calc/status";
export { targetFinder } from "./calc/target";
export { checkUscc } from "./calc/uscc";
export type { UsccCheck } from "./calc/uscc";

// A1 notation, display width, byte sizes.
export { cellName, columnLetters, columnNumber, jsonBytes, parseCellName, rangeName, textWidth } from "./sheet";
export type { Rect } from "./sheet";

// Words.
export { normaliseLang, t } from "./i18n";
export type { Lang, MessageKey, MessageParams } from "./i18n";
export { enUS } from "./i18n/catalog.en-US";
export { zhCN } from "./i18n/catalog.zh-CN";

// Ledger kinds and their templates.
export { KINDS, isLedgerKind, kindName, kindSpec } from "./ledgers";
export { HEADER_LOOK, LIST_SHEET, ListPlan, TEMPLATE_ROWS, templateSheet } from "./ledgers/template-model";
export type { ListPlace, TemplateColumn, TemplateSheet } from "./ledgers/template-model";
export type { ColumnSpec, LedgerKind } from "./ledgers/types";
export type { LedgerRecord } from "./ledgers/types";

// The plan profile.
export { BUILTIN_PROFILE, formatProfileIssue, getActiveProfile, isPeriod, mergeProfile, parseProfile, setActiveProfile } from "./profile";
export type { Profile, ProfileIssue, ProfileResult, RuleOverride, Severity, Target, Thresholds } from "./profile";
export { ORGANISATION_KEYS } from "./profile/types";
export type { Organisation } from "./profile/types";

// Whose workbook (the city's or a county's) and which months (PLAN-PROFILE.md: period sources, Scope).
export { countyCount, DECOMPOSED_COUNTS, detectCounty, findScope, scopeRegion, targetInScope, withScope } from "./profile";
export type { CountyHint, CountyShare, DecomposedCount, PeriodSource, Region } from "./profile";
export {
  checkDecomposition,
  decompositionTotals,
  formatDecompositionCsv,
  formatDecompositionJson,
  parseDecompositionCsv,
  parseDecompositionJson,
} from "./profile";
export type { DecompositionResult, DecompositionTotal } from "./profile";

// Reading workbooks.
export { EXPLANATIONS_SHEET, SETTINGS_SHEET, parseSettings, settingsToCells } from "./read";
export { headerLayouts } from "./read/headers/header-rows";
export { sheetMerges } from "./read/merges";
export type { Explanation, GxSettings, ReadSheet } from "./read/result";
export type { CellError, CellValue, MalformedKind, Merge, SheetData, WorkbookData } from "./read/types";
export { isSettingsHead, namedLikeReport, settingsSheetName, sheetHead } from "./read";
export { sheetHeaders } from "./read/headers/sheet-headers";
export { LIMITS, limitText, jsonDepth } from "./limits";

// Checking.
export { BUILTIN, RULE_IDS, ruleRegistry } from "./rules/registry";
export type { RuleId, RuleRegistry } from "./rules/registry";
export { BUILTIN_RULES } from "./rules/builtin";
export type { AnyRule, RuleDecl, RuleScope, RuleWords } from "./rules/define";
export { cellAddress, describeFinding, ruleAbout, ruleShortName } from "./rules/describe";
export {
  carriedExplanation,
  carriedExplanations,
  chooseProfile,
  checkWorkbook,
  crossFile,
  explanationFor,
  isHistoryFinding,
  overBuiltin,
  summarise,
  withExplanation,
  withExplanations,
  withoutExplanation,
} from "./check";
export type { CheckResult } from "./check";
// What a result keeps beside it: a port that sends a result through a message sends this with it.
export { keep, kept } from "./check/kept";
export type { KeptState } from "./check/kept";
export { isRefusal, previousInfo, refusalMessage, withHistory, withoutPrevious } from "./check/history";
export type { HistoryOutcome, HistoryRefusal, PreviousInfo } from "./check/history";
export { carriedOut, EXPLANATION_HEADER, type ExplanationWrite, planExplanation, planExplanations } from "./rules/explanation-write";
export { applyExplanations } from "./rules/explanations";
export type { Finding } from "./rules/types";
export type { AnyFinding, ExplanationThen, Noted, PreviousExplanation } from "./findings";
export { parsePeriodText, periodText } from "./rules/explanation-period";
export { planWithdrawal } from "./rules/explanation-write";
export { labelKey, recordLabels } from "./rules/record-labels";
export type { RecordLabels } from "./rules/record-labels";

// Report tabs as table models, and what a port needs to write them.
export { ALL_REPORT_TABS, REPORT_TABS, buildReports, defaultTabs, HISTORY_TAB, isReportTab, layoutReport } from "./reports";
export { isRateTarget } from "./reports/target-cells";
export { explanationText } from "./reports/explanation-cell";
export { words } from "./reports/context";
export type { Block, ReportLayout } from "./reports/layout-types";
export { planReportTabs } from "./reports/ownership";
export type { Renamed, TabPlan } from "./reports/ownership";
export {
  BORDER_COLOR,
  DATA_BAR_BOUNDS,
  DATA_BAR_COLOR,
  FOOTER,
  LINE_POINTS,
  PAGE_SETUP,
  cellFormat,
  layoutGrid,
  linkReference,
  lookAreas,
  lookOf,
  widthPoints,
} from "./reports/report-cells";
export type { BorderEdge, CellLook } from "./reports/report-cells";
export { statusText, targetProgress } from "./reports/target-progress";
export type { TargetProgress, TargetStatus } from "./reports/target-progress";
export { bearsReportMark } from "./reports/ownership";

// Rolling county workbooks up (MERGE.md).
export { mergeClean } from "./check/merge";
export type { MergedSheet, MergeResult } from "./check/merge";
export { mergedRowCells, SOURCE_FILE_HEADER, SOURCE_ROW_HEADER } from "./check/merge-cells";
export type { OutCell } from "./check/merge-cells";
export { buildMergedOutput } from "./check/merge-output";
export type { MergedOutput } from "./check/merge-output";
export { mergeSource, shareStrings } from "./check/merge-source";
export type { MergeInput } from "./check/merge-source";
export type { LaidCell } from "./reports/layout-types";
