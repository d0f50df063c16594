/** The pipeline: choose the profile, read, run the rules, apply overrides and explanations, compare files. */
export { applyOverrides, checkWorkbook, summarise } from "./check-workbook";
export { sortFindings } from "./order";
export type { CheckOptions, CheckResult, CheckSummary } from "./check-workbook";
export { crossFile } from "./cross-file";
export { withExplanation, withExplanations, withoutExplanation } from "./explain";
export { carriedExplanation, carriedExplanations, explanationFor, isHistoryFinding } from "./carry-over";
export { chooseProfile, overBuiltin } from "./profile-choice";
export type { ProfileChoice, ProfileSource } from "./profile-choice";
