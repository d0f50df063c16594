export type PeriodSource = "option" | "profile" | "targets-sheet" | "year-past" | "calendar";

export interface PeriodInput {
  /** The CLI's `--period` or the task pane's choice. */
  option?: number;
  profilePeriod?: number;
  /** The 截止月份 values of the targets sheet, as month numbers. */
  targetsSheetMonths?: readonly number[];
  /** The profile's year. */
  year: number;
  today: Date;
}

export interface ResolvedPeriod {
  period: number;
  source: PeriodSource;
}

/** A reporting period m (the figures are 1–m月): a whole month number 1–12. */
export function isPeriod(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 12;
}

/**
 * The reporting period and where it came from (PLAN-PROFILE.md): the option, else the profile's `period`,
 * else the largest 截止月份 of the targets sheet, else 12 when the profile year is past, else the current month.
 * Values that are not a month 1–12 are passed over (callers report bad user input themselves). For a profile
 * year still to come nothing has elapsed, so the period is 1 (source "calendar"). `today` is read in local
 * time, the statistician's calendar.
 */
export function resolvePeriod(input: PeriodInput): ResolvedPeriod {
  if (isPeriod(input.option)) return { period: input.option, source: "option" };
  if (isPeriod(input.profilePeriod)) return { period: input.profilePeriod, source: "profile" };
  const months = (input.targetsSheetMonths ?? []).filter(isPeriod);
  if (months.length > 0) return { period: Math.max(...months), source: "targets-sheet" };
  const thisYear = input.today.getFullYear();
  if (input.year < thisYear) return { period: 12, source: "year-past" };
  return { period: input.year > thisYear ? 1 : input.today.getMonth() + 1, source: "calendar" };
}
