import { existsSync, statSync } from "fs";
import { join, resolve } from "path";
import {
  checkWorkbook,
  type CheckResult,
  type HistoryOutcome,
  isRefusal,
  type Lang,
  refusalMessage,
  t,
  withHistory,
  withoutPrevious,
} from "../core";
import { readXlsxFile } from "../ports/file/node/index";
import { isFileRefusal } from "../ports/file/shared/refusal";
import { optionString, UsageError, type ParsedArgs } from "./args";
import type { CheckRun } from "./check";
import type { CliIo } from "./io";

/**
 * `--previous PREV.xlsx`, `--previous-dir DIR` and `--previous-period P` (HISTORY.md "Inputs"): which earlier
 * workbook each checked file is compared with. P is a month (same year) or `YYYY-M` (last year: a year-start
 * comparison, for a previous workbook whose contents do not say its year).
 */
export interface PreviousPlan {
  file?: string;
  dir?: string;
  period?: number;
  year?: number;
}

/** What the comparison of one checked file came to: compared, no counterpart, or the previous file unreadable. */
export type PreviousOutcome = { history: HistoryOutcome } | { file: string; error: string } | { missing: string };

export function previousPlanOf(args: ParsedArgs, files: readonly string[], cwd: string): PreviousPlan | undefined {
  const file = optionString(args, "previous");
  const dir = optionString(args, "previous-dir");
  const p = optionString(args, "previous-period");
  if (file !== undefined && dir !== undefined) throw new UsageError("cli.usage.previous-both");
  if (file === undefined && dir === undefined) {
    if (p !== undefined) throw new UsageError("cli.usage.previous-period-alone");
    return undefined;
  }
  if (file !== undefined && files.length > 1) throw new UsageError("cli.usage.previous-one-file");
  if (dir !== undefined) {
    const full = resolve(cwd, dir);
    if (!existsSync(full) || !statSync(full).isDirectory()) throw new UsageError("cli.usage.previous-dir-missing", { dir });
  }
  const plan: PreviousPlan = { file, dir };
  if (p !== undefined) {
    const m = /^\s*(?:(\d{4})\s*[-/年.]\s*)?(\d{1,2})\s*月?\s*$/.exec(p);
    const period = m ? Number(m[2]) : NaN;
    if (!m || period < 1 || period > 12) throw new UsageError("cli.usage.bad-previous-period", { value: p });
    plan.period = period;
    if (m[1] !== undefined) plan.year = Number(m[1]);
  }
  return plan;
}

/**
 * The previous file under the plan, as the user would write its path; null when the dir has none. In a dir, the
 * file of the same name, or where files checked together share a name (each county's 台账.xlsx), the file under
 * the same folders (上月/东区/台账.xlsx): never one previous workbook for two counties.
 */
function counterpart(name: string, plan: PreviousPlan, cwd: string): string | null {
  if (plan.file !== undefined) return plan.file;
  const candidate = join(plan.dir ?? ".", name);
  return existsSync(resolve(cwd, candidate)) ? candidate : null;
}

/**
 * Reads and checks the previous workbook of `file` (with the same options: profile, --map) and compares.
 * An unreadable previous file leaves the current check as it is, with the reason; a refusal (a later period,
 * two years apart) is a usage error: nothing compared.
 */
export async function comparePrevious(file: string, name: string, current: CheckResult, plan: PreviousPlan, run: CheckRun, io: CliIo): Promise<PreviousOutcome> {
  const prevFile = counterpart(name, plan, io.cwd);
  if (prevFile === null) {
    withoutPrevious(current, plan.dir ?? "");
    return { missing: plan.dir ?? "" };
  }
  let previous: CheckResult;
  try {
    const wb = await readXlsxFile(resolve(io.cwd, prevFile));
    previous = checkWorkbook(wb, { profile: run.profile, period: plan.period, scope: run.scope, decomposition: run.decomposition, overrides: run.overrides, today: io.today });
    // Findings and the JSON name the previous file as the user wrote it.
    previous.file = prevFile;
  } catch (e) {
    return { file: prevFile, error: isFileRefusal(e) ? t(run.lang, e.key, e.params) : t(run.lang, "file.corrupt") };
  }
  const history = withHistory(current, previous, { previousPeriod: plan.period, previousYear: plan.year });
  if (isRefusal(history)) throw new UsageError("cli.usage.previous-refused", { file, previous: prevFile, reason: refusalMessage(history, run.lang) });
  return { history };
}

/** The line the text format shows under a file's profile. */
export function previousLine(p: PreviousJson, lang: Lang): string {
  if ("error" in p) return t(lang, "cli.text.previous-unreadable", { file: p.file, error: p.error });
  return t(lang, "cli.text.previous", { file: p.file, year: p.year, period: p.period, comparison: t(lang, `cli.comparison.${p.comparison}`) });
}

/** The JSON's `previous` object (INTERFACES.md), or the reason the previous file could not be read. */
export type PreviousJson = { file: string; year: number; period: number; comparison: "full" | "year-start" } | { file: string; error: string };

export function previousJson(p: PreviousOutcome | undefined): PreviousJson | undefined {
  if (p === undefined || "missing" in p) return undefined;
  if ("error" in p) return { file: p.file, error: p.error };
  const { file, year, period, comparison } = p.history.previous;
  return { file, year, period, comparison };
}
