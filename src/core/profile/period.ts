import type { WrittenPeriod, WrittenSource } from "./period-text";

/** Where the period came from (PLAN-PROFILE.md `period.source`). */
export type PeriodSource = "option" | "workbook" | "targets" | WrittenSource | "default";

export interface PeriodInput {
  /** The CLI's `--period` or the task pane's choice. */
  option?: number;
  profilePeriod?: number;
  /** The profile holding `profilePeriod` was stored in the workbook (else the user gave it: `--profile`). */
  profileStored?: boolean;
  /** The 截止月份 values of the targets sheet, as month numbers. */
  targetsSheetMonths?: readonly number[];
  /** Periods written in the ledgers' titles and headers and in the file name, in that order. */
  written?: readonly WrittenPeriod[];
  /** The profile's year. */
  year: number;
  today: Date;
}

export interface ResolvedPeriod {
  period: number;
  source: PeriodSource;
  /** The title, header or file name the period was read from. */
  text?: string;
  sheet?: string;
}

/** A reporting period m (the figures are 1–m月): a whole month number 1–12. */
export function isPeriod(value: unknown): value is number {
  return typeof value === "number" && Number.isInteger(value) && value >= 1 && value <= 12;
}

/** The most frequent written month, the later one on a tie; its first mention says where it came from. */
function mostWritten(mentions: readonly WrittenPeriod[]): WrittenPeriod | undefined {
  const counts = new Map<number, number>();
  for (const m of mentions) if (isPeriod(m.month)) counts.set(m.month, (counts.get(m.month) ?? 0) + 1);
  let best: number | undefined;
  for (const [month, n] of counts) {
    const bestN = best === undefined ? 0 : counts.get(best) ?? 0;
    // A tie goes to the later month: a sheet left from last month is likelier than one from next month.
    if (n > bestN || (n === bestN && best !== undefined && month > best)) best = month;
  }
  return mentions.find((m) => m.month === best);
}

/**
 * The reporting period and where it came from (PLAN-PROFILE.md): the option, else the profile's `period`,
 * else the largest 截止月份 of the targets sheet, else the month the titles, headers and file name name most,
 * else 12 when the profile year is past, else the current month. Values that are not a month 1–12 are passed
 * over (callers report bad user input themselves). For a profile year still to come nothing has elapsed, so
 * the period is 1. `today` is read in local time, the statistician's calendar.
 */
export function resolvePeriod(input: PeriodInput): ResolvedPeriod {
  if (isPeriod(input.option)) return { period: input.option, source: "option" };
  if (isPeriod(input.profilePeriod)) return { period: input.profilePeriod, source: input.profileStored ? "workbook" : "option" };
  const months = (input.targetsSheetMonths ?? []).filter(isPeriod);
  if (months.length > 0) return { period: Math.max(...months), source: "targets" };
  const written = mostWritten(input.written ?? []);
  if (written !== undefined) {
    const found: ResolvedPeriod = { period: written.month, source: written.source, text: written.text };
    if (written.sheet !== undefined) found.sheet = written.sheet;
    return found;
  }
  const thisYear = input.today.getFullYear();
  if (input.year < thisYear) return { period: 12, source: "default" };
  return { period: input.year > thisYear ? 1 : input.today.getMonth() + 1, source: "default" };
}
