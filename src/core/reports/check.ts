import type { CheckResult } from "../check";

/** The parts of a check that the tabs read (a CheckResult is one). */
export type ReportCheck = Pick<CheckResult, "profile" | "profileSource" | "period" | "sheets" | "findings" | "summary"> &
  Partial<Pick<CheckResult, "periodSource" | "periodText">>;
