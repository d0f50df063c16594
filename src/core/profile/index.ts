export type { CountyShare, DecomposedCount, Industry, Profile, Reference, Region, RuleOverride, Severity, Target, TargetKind, Thresholds } from "./types";
export { DECOMPOSED_COUNTS } from "./types";
export { BUILTIN_PROFILE } from "./builtin";
export { parseProfile, formatProfileIssue, formatPath, type ProfileIssue, type ProfileResult } from "./schema";
export { mergeProfile } from "./merge";
export { getActiveProfile, setActiveProfile, resetActiveProfile, onProfileChange, type ProfileListener } from "./active";
export { resolvePeriod, isPeriod, type PeriodInput, type PeriodSource, type ResolvedPeriod } from "./period";
export { monthsInFileName, monthsInText, type MonthMention, type WrittenPeriod, type WrittenSource } from "./period-text";
export { countyCount, detectCounty, findScope, scopeRegion, targetInScope, withScope, type CountyHint } from "./scope";
export {
  checkDecomposition,
  COUNT_LABELS,
  decompositionTotals,
  formatDecompositionCsv,
  formatDecompositionJson,
  parseDecompositionCsv,
  parseDecompositionJson,
  type DecompositionResult,
  type DecompositionTotal,
} from "./decomposition";
