export type { Industry, Profile, Reference, Region, RuleOverride, Severity, Target, TargetKind, Thresholds } from "./types";
export { BUILTIN_PROFILE } from "./builtin";
export { parseProfile, formatProfileIssue, formatPath, type ProfileIssue, type ProfileResult } from "./schema";
export { mergeProfile } from "./merge";
export { getActiveProfile, setActiveProfile, resetActiveProfile, onProfileChange, type ProfileListener } from "./active";
export { resolvePeriod, isPeriod, type PeriodInput, type PeriodSource, type ResolvedPeriod } from "./period";
