import { mkdirSync, mkdtempSync } from "fs";
import { tmpdir } from "os";
import { basename, join, relative, resolve } from "path";
import { BUILTIN_PROFILE, BUILTIN_RULES, defaultTabs, formatDecompositionCsv, formatDecompositionJson, type Lang, type Profile, t, withScope } from "../core";
import { isFileRefusal } from "../ports/file/shared/refusal";
import type { ReportWriteResult } from "../ports/file/shared/report-writer";
import { writeTemplate } from "../ports/file/shared/template";
import { optionFlag, optionList, optionString, UsageError, type OptionSpecs, type ParsedArgs } from "./args";
import { checkFiles, type CheckRun } from "./check";
import { runMerge } from "./merge";
import { useColour, type CliIo } from "./io";
import { expandSources, onceEach } from "./source-files";
import { decompositionOf, formatOf, mapsOf, periodOf, profileOf, scopeOf, tabsOf, writeNewFile } from "./options";
import { previousPlanOf, type PreviousPlan } from "./previous";
import { Progress } from "./progress";
import { writeJsonReport } from "./json-stream";
import { exitStatus, fileHead, jsonReport, type Outcome } from "./report";
import { refuseTarget, saveReport, writtenLines, type ReportTarget } from "./report-file";
import { rulesListing } from "./rules";
import { textReport } from "./text";
import { version } from "../../package.json";

export { version };

export interface Command {
  options: OptionSpecs;
  run(args: ParsedArgs, lang: Lang, io: CliIo): Promise<number>;
}

const COMMON: OptionSpecs = { help: { value: false, short: "h" }, lang: { value: true } };

/** The sample workbook that ships with the project (samples/, next to src/). */
const SAMPLE = join(__dirname, "..", "..", "samples", "样例台账.xlsx");
/** Last month's sample: the demo compares with it (HISTORY.md). */
const PREVIOUS_SAMPLE = join(__dirname, "..", "..", "samples", "样例台账-上月.xlsx");

/**
 * Where the demo writes its report: `--out DIR` (made if missing), else a new directory under the system's temp
 * directory, so that the demo never writes into the project (samples/ least of all).
 */
function demoDir(out: string | undefined, io: CliIo): string {
  if (out === undefined) return mkdtempSync(join(tmpdir(), "gx-ledger-demo-"));
  const dir = resolve(io.cwd, out);
  try {
    mkdirSync(dir, { recursive: true });
  } catch (e) {
    throw new UsageError("cli.usage.write-failed", { file: out, detail: (e as NodeJS.ErrnoException).code ?? String(e) });
  }
  return dir;
}

function noPositionals(args: ParsedArgs): void {
  if (args.positionals.length) throw new UsageError("cli.usage.extra-args", { args: args.positionals.join(" ") });
}

/** `--profile` with `--decomposition` over it; undefined when neither is given. */
function profileWithDecomposition(args: ParsedArgs, cwd: string, lang: Lang): Profile | undefined {
  const profile = profileOf(args, cwd, lang);
  const decomposition = decompositionOf(args, cwd, profile, lang);
  return decomposition === undefined ? profile : { ...(profile ?? BUILTIN_PROFILE), decomposition };
}

/** The options of a check (the same for `check`, `report` and `demo`), read before any file is. */
function checkRun(args: ParsedArgs, lang: Lang, io: CliIo, files: readonly string[]): CheckRun {
  const previous = previousPlanOf(args, files, io.cwd);
  const profile = profileOf(args, io.cwd, lang);
  const decomposition = decompositionOf(args, io.cwd, profile, lang);
  return { lang, period: periodOf(args), scope: scopeOf(args, profile), decomposition, overrides: mapsOf(args), profile, previous };
}

/** Checks the files and prints the text table or the JSON; returns the exit status and the outcomes. */
async function checkAndPrint(files: string[], args: ParsedArgs, lang: Lang, io: CliIo, previous?: PreviousPlan): Promise<{ status: number; outcomes: Outcome[] }> {
  const format = formatOf(args);
  const run = checkRun(args, lang, io, files);
  const outcomes = await checkFiles(files, previous ? { ...run, previous } : run, io);
  if (format === "json") {
    await writeJsonReport(io.stdout, version, outcomes, lang);
    return { status: exitStatus(outcomes.map(fileHead)), outcomes };
  }
  const json = jsonReport(version, outcomes, lang);
  io.stdout.write(textReport(json.files, lang, useColour(io.stdout, io.env)));
  return { status: exitStatus(json.files), outcomes };
}

/**
 * Writes the report of a checked workbook and tells where, on `say`; returns the exit status: 0 written, 2 when
 * the workbook cannot be loaded for writing. A copy that cannot be written throws its UsageError.
 */
async function writeReport(target: ReportTarget, outcome: Outcome, chosen: readonly string[] | undefined, lang: Lang, io: CliIo, say: CliIo["stdout"]): Promise<number> {
  if ("error" in outcome) {
    io.stderr.write(`gx-ledger: ${t(lang, "cli.report.unreadable", { file: target.inputShown, error: outcome.error })}\n`);
    return 2;
  }
  const history = outcome.previous !== undefined && "history" in outcome.previous ? outcome.previous.history : undefined;
  const tabs = chosen ?? defaultTabs(history !== undefined);
  const progress = new Progress(io, lang);
  let result: ReportWriteResult;
  try {
    progress.show("cli.progress.write", { file: target.outShown });
    result = await saveReport(target, outcome.result, { tabs, lang, now: io.today, history });
  } catch (e) {
    if (!isFileRefusal(e)) throw e;
    io.stderr.write(`gx-ledger: ${t(lang, "cli.report.unreadable", { file: target.inputShown, error: t(lang, e.key, e.params) })}\n`);
    return 2;
  } finally {
    progress.clear();
  }
  say.write(writtenLines(target.outShown, result, lang).join("\n") + "\n");
  return 0;
}

/** What a check is run with: `check` and `report` take them alike. */
const CHECK_INPUT: OptionSpecs = {
  profile: { value: true },
  period: { value: true },
  scope: { value: true },
  decomposition: { value: true },
  map: { value: true, multiple: true },
  previous: { value: true },
  "previous-period": { value: true },
  "previous-dir": { value: true },
};

const CHECK_OPTIONS: OptionSpecs = { ...COMMON, ...CHECK_INPUT, format: { value: true } };

export const COMMANDS: Record<string, Command> = {
  check: {
    options: CHECK_OPTIONS,
    async run(args, lang, io) {
      if (args.positionals.length === 0) throw new UsageError("cli.usage.no-files");
      return (await checkAndPrint(onceEach(expandSources(args.positionals, io.cwd), lang, io), args, lang, io)).status;
    },
  },

  report: {
    options: { ...COMMON, ...CHECK_INPUT, out: { value: true }, tabs: { value: true, multiple: true }, force: { value: false } },
    async run(args, lang, io) {
      const [file, ...extra] = args.positionals;
      if (file === undefined) throw new UsageError("cli.usage.no-input");
      if (extra.length) throw new UsageError("cli.usage.extra-args", { args: extra.join(" ") });
      const out = optionString(args, "out");
      if (!out) throw new UsageError("cli.usage.need-out");
      // No --tabs: the seven, and 与上期对比 when a previous workbook was compared.
      const tabs = optionList(args, "tabs").length > 0 ? tabsOf(args) : undefined;
      const run = checkRun(args, lang, io, [file]);
      const target: ReportTarget = { input: resolve(io.cwd, file), inputShown: file, out: resolve(io.cwd, out), outShown: out, force: optionFlag(args, "force") };
      refuseTarget(target);
      const [outcome] = await checkFiles([file], run, io);
      if ("result" in outcome) {
        const s = outcome.result.summary;
        const verdict = t(lang, s.ready ? "cli.ready" : "cli.not-ready");
        io.stdout.write(t(lang, "cli.text.summary", { errors: s.errors, warnings: s.warnings, explained: s.explained, infos: s.infos, verdict }) + "\n");
        const hint = outcome.result.countyHint;
        if (hint !== undefined) io.stdout.write(t(lang, "cli.text.county-hint", { county: hint.name, records: hint.records, total: hint.total }) + "\n");
      }
      // A workbook that is not ready still gets its report: 校验结果 is where its problems are listed.
      return writeReport(target, outcome, tabs, lang, io, io.stdout);
    },
  },

  merge: {
    options: {
      ...COMMON,
      out: { value: true },
      "with-reports": { value: false },
      profile: { value: true },
      period: { value: true },
      force: { value: false },
      format: { value: true },
    },
    run: (args, lang, io) => runMerge(args, lang, io, version),
  },

  template: {
    options: { ...COMMON, out: { value: true }, profile: { value: true }, scope: { value: true }, decomposition: { value: true }, force: { value: false } },
    async run(args, lang, io) {
      noPositionals(args);
      const out = optionString(args, "out");
      if (!out) throw new UsageError("cli.usage.need-out");
      const given = profileWithDecomposition(args, io.cwd, lang);
      const scope = scopeOf(args, given);
      const profile = scope === undefined ? given : withScope(given ?? BUILTIN_PROFILE, scope);
      // A profile given on the command line is stored in the template, so later checks use it without --profile;
      // a scope alone is stored as the one change to the built-in profile.
      const stored = given ? profile : scope === undefined ? undefined : { scope };
      const bytes = await writeTemplate(profile ?? BUILTIN_PROFILE, stored ? { settings: { profile: stored } } : {});
      writeNewFile(io.cwd, out, bytes, optionFlag(args, "force"));
      io.stdout.write(t(lang, "cli.written", { file: out }) + "\n");
      return 0;
    },
  },

  profile: {
    options: { ...COMMON, out: { value: true }, profile: { value: true }, decomposition: { value: true }, force: { value: false } },
    async run(args, lang, io) {
      noPositionals(args);
      const json = JSON.stringify(profileWithDecomposition(args, io.cwd, lang) ?? BUILTIN_PROFILE, null, 2) + "\n";
      const out = optionString(args, "out");
      if (!out) {
        io.stdout.write(json);
        return 0;
      }
      writeNewFile(io.cwd, out, json, optionFlag(args, "force"));
      io.stdout.write(t(lang, "cli.written", { file: out }) + "\n");
      return 0;
    },
  },

  decomposition: {
    options: { ...COMMON, out: { value: true }, profile: { value: true }, decomposition: { value: true }, force: { value: false } },
    async run(args, lang, io) {
      noPositionals(args);
      const profile = profileWithDecomposition(args, io.cwd, lang) ?? BUILTIN_PROFILE;
      const out = optionString(args, "out");
      // A table for Excel (CSV) unless the file asks for JSON; on the terminal, the CSV without its byte-order mark.
      if (!out) {
        io.stdout.write(formatDecompositionCsv(profile).replace(/^\uFEFF/, ""));
        return 0;
      }
      const text = /\.json$/i.test(out) ? formatDecompositionJson(profile) : formatDecompositionCsv(profile);
      writeNewFile(io.cwd, out, text, optionFlag(args, "force"));
      io.stdout.write(t(lang, "cli.written", { file: out }) + "\n");
      return 0;
    },
  },

  demo: {
    options: { ...COMMON, format: { value: true }, out: { value: true }, force: { value: false } },
    async run(args, lang, io) {
      noPositionals(args);
      const format = formatOf(args);
      const dir = demoDir(optionString(args, "out"), io);
      const input = relative(io.cwd, SAMPLE) || SAMPLE;
      const out = join(dir, `${basename(SAMPLE, ".xlsx")}-报表.xlsx`);
      const target: ReportTarget = { input: SAMPLE, inputShown: input, out, outShown: out, force: optionFlag(args, "force") };
      refuseTarget(target);
      const previous = relative(io.cwd, PREVIOUS_SAMPLE) || PREVIOUS_SAMPLE;
      const { status, outcomes } = await checkAndPrint([input], args, lang, io, { file: previous });
      // The sample's defects are planted on purpose: only a sample that cannot be read (or a report that cannot
      // be written) makes the demo fail. Beside JSON the report's whereabouts go to stderr, keeping stdout JSON.
      if (status === 2) return 2;
      return writeReport(target, outcomes[0], undefined, lang, io, format === "json" ? io.stderr : io.stdout);
    },
  },

  rules: {
    options: COMMON,
    async run(args, lang, io) {
      noPositionals(args);
      io.stdout.write(rulesListing(BUILTIN_RULES, lang) + "\n");
      return 0;
    },
  },
};
