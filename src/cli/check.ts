import { resolve } from "path";
import {
  type CheckResult,
  checkWorkbook,
  type CountyShare,
  crossFile,
  type Lang,
  type LedgerKind,
  type Profile,
  t,
  type WorkbookData,
} from "../core";
import { readXlsxFile } from "../ports/file/node/index";
import { isFileRefusal } from "../ports/file/shared/refusal";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { Progress } from "./progress";
import { sourceNames } from "./source-files";
import { comparePrevious, type PreviousPlan } from "./previous";
import type { Outcome } from "./report";

export interface CheckRun {
  profile?: Profile;
  period?: number;
  /** `--scope`: "city" or a county's code, over each file's own. */
  scope?: string;
  /** `--decomposition`: the city's 任务分解, over each file's own. */
  decomposition?: Record<string, CountyShare>;
  overrides?: Record<string, LedgerKind | "none">;
  lang: Lang;
  /** `--previous` / `--previous-dir`: the earlier workbooks to compare with (HISTORY.md). */
  previous?: PreviousPlan;
}

/**
 * Reads and checks each file in turn; a file that cannot be read becomes an error entry and the others go on.
 * Files checked together are then compared (xref.cross-file). Workbooks are dropped once checked, so memory
 * holds one workbook at a time plus the results.
 */
export async function checkFiles(files: readonly string[], run: CheckRun, io: CliIo): Promise<Outcome[]> {
  const progress = new Progress(io, run.lang);
  const outcomes: Outcome[] = [];
  const sheets = new Set<string>();
  const names = sourceNames(files.map((file) => resolve(io.cwd, file)));
  try {
    for (const [i, file] of files.entries()) {
      progress.show("cli.progress.read", { file, n: i + 1, total: files.length });
      outcomes.push(await checkOne(file, names[i], run, io, progress, sheets));
    }
  } finally {
    progress.clear();
  }
  refuseUnknownMapKeys(run.overrides, sheets, run.lang);
  const checked = outcomes.flatMap((o, i): { result: CheckResult; name: string }[] => ("result" in o ? [{ result: o.result, name: names[i] }] : []));
  if (checked.length > 1) crossFile(checked.map((c) => c.result), checked.map((c) => c.name));
  return outcomes;
}

/** Most sheet names a usage error lists. */
const LISTED_SHEETS = 20;

/**
 * A `--map` key that names no sheet of the files checked is a typo (or the wrong file): silently mapping nothing
 * would check the sheet as it was guessed, so it is a usage error that lists the sheets there are. With several
 * files a key need name a sheet in one of them only. Nothing is refused when no file could be read at all.
 */
function refuseUnknownMapKeys(overrides: CheckRun["overrides"], sheets: ReadonlySet<string>, lang: Lang): void {
  if (!overrides || sheets.size === 0) return;
  const unknown = Object.keys(overrides).find((k) => !sheets.has(k));
  if (unknown === undefined) return;
  const names = [...sheets];
  const listed = names.slice(0, LISTED_SHEETS).join(lang === "zh-CN" ? "、" : ", ") + (names.length > LISTED_SHEETS ? "…" : "");
  throw new UsageError("cli.usage.map-unknown-sheet", { sheet: unknown, sheets: listed });
}

/** `name`: the file's name among the files checked (sourceNames), which its previous workbook has in `--previous-dir`. */
async function checkOne(file: string, name: string, run: CheckRun, io: CliIo, progress: Progress, sheets: Set<string>): Promise<Outcome> {
  let wb: WorkbookData;
  try {
    wb = await readXlsxFile(resolve(io.cwd, file), {
      onProgress: (p) => progress.show("cli.progress.rows", { file, sheet: p.sheet, rows: p.rows }),
    });
  } catch (e) {
    if (isFileRefusal(e)) return { file, error: t(run.lang, e.key, e.params) };
    // What the parser said is for developers, not statisticians: the refusal names the file's state only.
    return { file, error: t(run.lang, "file.corrupt") };
  }
  // The add-in's very hidden settings sheet is no sheet a user would map.
  for (const s of wb.sheets) if (s.state !== "veryHidden") sheets.add(s.name);
  progress.show("cli.progress.check", { file });
  try {
    const result = checkWorkbook(wb, { profile: run.profile, period: run.period, scope: run.scope, decomposition: run.decomposition, overrides: run.overrides, today: io.today });
    if (run.previous === undefined) return { file, result };
    progress.show("cli.progress.check", { file: run.previous.file ?? run.previous.dir ?? "" });
    return { file, result, previous: await comparePrevious(file, name, result, run.previous, run, io) };
  } catch (e) {
    // A refusal to compare is the user's mistake: exit 2 with its message, nothing compared.
    if (e instanceof UsageError) throw e;
    // An engine failure is a bug, but one file's bug must not hide the other files' findings.
    return { file, error: t(run.lang, "cli.error.internal", { detail: e instanceof Error ? e.message : String(e) }) };
  }
}
