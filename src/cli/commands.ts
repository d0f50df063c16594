import { join, relative } from "path";
import { t, type Lang } from "../core/i18n";
import { builtin2022 } from "../core/profile";
import { RULES } from "../core/rules/catalogue";
import { writeTemplate } from "../ports/file/template";
import { optionFlag, optionString, UsageError, type OptionSpecs, type ParsedArgs } from "./args";
import { checkFiles } from "./check";
import { useColour, type CliIo } from "./io";
import { formatOf, mapsOf, periodOf, profileOf, writeNewFile } from "./options";
import { exitStatus, jsonReport } from "./report";
import { renderTable } from "./table";
import { kindName, textReport } from "./text";
import { version } from "../../package.json";

export { version };

export interface Command {
  options: OptionSpecs;
  run(args: ParsedArgs, lang: Lang, io: CliIo): Promise<number>;
}

const COMMON: OptionSpecs = { help: { value: false, short: "h" }, lang: { value: true } };

/** The sample workbook that ships with the project (samples/, next to src/). */
const SAMPLE = join(__dirname, "..", "..", "samples", "样例台账.xlsx");

function noPositionals(args: ParsedArgs): void {
  if (args.positionals.length) throw new UsageError("cli.usage.extra-args", { args: args.positionals.join(" ") });
}

/** Checks the files and prints the text table or the JSON; returns the exit status. */
async function report(files: string[], args: ParsedArgs, lang: Lang, io: CliIo): Promise<number> {
  const format = formatOf(args);
  const outcomes = await checkFiles(files, { lang, period: periodOf(args), overrides: mapsOf(args), profile: profileOf(args, io.cwd, lang) }, io);
  const json = jsonReport(version, outcomes, lang);
  io.stdout.write(format === "json" ? JSON.stringify(json, null, 2) + "\n" : textReport(json.files, lang, useColour(io.stdout, io.env)));
  return exitStatus(json.files);
}

const CHECK_OPTIONS: OptionSpecs = {
  ...COMMON,
  profile: { value: true },
  period: { value: true },
  map: { value: true, multiple: true },
  format: { value: true },
};

export const COMMANDS: Record<string, Command> = {
  check: {
    options: CHECK_OPTIONS,
    async run(args, lang, io) {
      if (args.positionals.length === 0) throw new UsageError("cli.usage.no-files");
      return report(args.positionals, args, lang, io);
    },
  },

  template: {
    options: { ...COMMON, out: { value: true }, profile: { value: true }, force: { value: false } },
    async run(args, lang, io) {
      noPositionals(args);
      const out = optionString(args, "out");
      if (!out) throw new UsageError("cli.usage.need-out");
      const profile = profileOf(args, io.cwd, lang);
      // A profile given on the command line is stored in the template, so later checks use it without --profile.
      const bytes = await writeTemplate(profile ?? builtin2022, profile ? { settings: { profile } } : {});
      writeNewFile(io.cwd, out, bytes, optionFlag(args, "force"));
      io.stdout.write(t(lang, "cli.written", { file: out }) + "\n");
      return 0;
    },
  },

  profile: {
    options: { ...COMMON, out: { value: true }, force: { value: false } },
    async run(args, lang, io) {
      noPositionals(args);
      const json = JSON.stringify(builtin2022, null, 2) + "\n";
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

  demo: {
    options: { ...COMMON, format: { value: true } },
    async run(args, lang, io) {
      noPositionals(args);
      const status = await report([relative(io.cwd, SAMPLE) || SAMPLE], args, lang, io);
      // The sample's defects are planted on purpose: only a sample that cannot be read makes the demo fail.
      return status === 2 ? 2 : 0;
    },
  },

  rules: {
    options: COMMON,
    async run(args, lang, io) {
      noPositionals(args);
      const header = ["rule", "severity", "kinds", "meaning"].map((c) => t(lang, `cli.rules.col.${c}`));
      const rows = RULES.map((r) => [
        r.id,
        t(lang, `cli.severity.${r.severity}`),
        r.kinds ? r.kinds.map((k) => kindName(k, lang)).join(t(lang, "cli.text.sep")) : t(lang, "cli.rules.any"),
        t(lang, `about.${r.id}`),
      ]);
      io.stdout.write(renderTable(header, rows) + "\n");
      return 0;
    },
  },
};
