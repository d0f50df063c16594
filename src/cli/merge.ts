/**
 * `gx-ledger merge FILE_OR_DIR... --out OUT.xlsx` (MERGE.md): the county workbooks rolled up into a new city
 * workbook. Sources are only read; OUT is never one of them and never an existing file without --force.
 */

import { statSync } from "fs";
import { basename, extname, resolve } from "path";
import { buildMergedOutput, describeFinding, type Lang, mergeClean, type MergedOutput, type MergeInput, type MessageKey, t } from "../core";
import { writeMergedFile } from "../ports/file/shared/merge-writer";
import { optionFlag, optionString, UsageError, type ParsedArgs } from "./args";
import { useColour, type CliIo } from "./io";
import { readSources } from "./merge-read";
import { formatOf, periodOf, profileOf } from "./options";
import { expandSources, onceEach, sourceNames } from "./source-files";
import { refuseMissingFolder, sameFile, writeOutStreamed } from "./out-file";
import { Progress } from "./progress";
import { paint, renderTable } from "./table";

function refuseOut(out: string, outShown: string, sources: readonly string[], force: boolean, cwd: string): void {
  if (extname(out).toLowerCase() !== ".xlsx") throw new UsageError("cli.usage.out-not-xlsx", { file: outShown });
  refuseMissingFolder(out, outShown);
  const source = sources.find((s) => sameFile(s, out));
  if (source !== undefined) throw new UsageError("cli.usage.out-is-input", { file: outShown, input: source.startsWith(cwd) ? source.slice(cwd.length + 1) : source });
  if (!force) {
    try {
      statSync(out);
      throw new UsageError("cli.usage.exists", { file: outShown });
    } catch (e) {
      if (e instanceof UsageError) throw e;
    }
  }
}

interface MergeJson {
  tool: "gx-ledger";
  version: string;
  out: string;
  records: number;
  files: {
    file: string;
    county: string | null;
    profile: { year: number; period: number } | null;
    ledgers: string[];
    records: number;
    summary: { errors: number; warnings: number; ready: boolean } | null;
    /** Sheets with something in them that no ledger kind fits: not carried. */
    ignoredSheets: string[];
    error?: string;
  }[];
  conflicts: { severity: string; rule: string; file: string; sheet: string | null; row: number | null; value: unknown; message: string; hint: string | null }[];
  tabs: string[];
}

function mergeJson(out: MergedOutput, outShown: string, version: string, lang: Lang): MergeJson {
  const r = out.result;
  return {
    tool: "gx-ledger",
    version,
    out: outShown,
    records: r.sheets.reduce((n, s) => n + s.rows.length, 0),
    files: r.sources.map((s) => ({
      file: s.file,
      county: s.county,
      profile: s.year === null || s.period === null ? null : { year: s.year, period: s.period },
      ledgers: s.ledgers,
      records: s.records,
      summary: s.status === "unreadable" ? null : { errors: s.errors, warnings: s.warnings, ready: s.status === "ready" },
      ignoredSheets: s.ignored,
      ...(s.reason !== undefined ? { error: s.reason } : {}),
    })),
    conflicts: r.conflicts.map(({ file, finding }) => {
      const text = describeFinding(finding, lang);
      return {
        severity: finding.severity,
        rule: finding.rule,
        file,
        sheet: finding.sheet ?? null,
        row: finding.row ?? null,
        value: finding.value ?? null,
        message: text.message,
        hint: text.hint ?? null,
      };
    }),
    tabs: out.layouts.map((l) => l.tab),
  };
}

function mergeText(json: MergeJson, lang: Lang, colour: boolean): string {
  const sep = t(lang, "cli.text.sep");
  const lines = json.files.map((f) =>
    f.error !== undefined
      ? paint(t(lang, "cli.merge.unreadable", { file: f.file, reason: f.error }), "red", colour)
      : t(lang, "cli.merge.source", {
          file: f.file,
          county: f.county ?? t(lang, "cli.merge.no-county"),
          year: f.profile?.year ?? "",
          period: f.profile?.period ?? "",
          records: f.records,
          errors: f.summary?.errors ?? 0,
          warnings: f.summary?.warnings ?? 0,
          status: t(lang, f.summary?.ready ? "cli.ready" : "cli.not-ready"),
        }) + (f.ignoredSheets.length > 0 ? t(lang, "cli.merge.ignored", { sheets: f.ignoredSheets.join(sep) }) : ""),
  );
  lines.push("");
  if (json.conflicts.length === 0) lines.push(t(lang, "cli.merge.no-conflicts"));
  else {
    lines.push(t(lang, "cli.merge.conflicts", { n: json.conflicts.length }));
    const header = ["severity", "file", "where", "rule", "message"].map((c) => t(lang, `cli.merge.col.${c}` as MessageKey));
    const rows = json.conflicts.map((c) => [
      t(lang, `cli.severity.${c.severity}` as MessageKey),
      c.file,
      c.sheet === null ? "" : c.row === null ? c.sheet : `${c.sheet}!${c.row}`,
      c.rule,
      c.hint ? c.message + t(lang, "cli.text.hint", { hint: c.hint }) : c.message,
    ]);
    lines.push(renderTable(header, rows));
  }
  lines.push("");
  const reports = json.tabs.length - 1;
  const written = { file: json.out, records: json.records, files: json.files.length, tabs: json.tabs.slice(1).join(sep), n: reports };
  lines.push(paint(t(lang, reports > 0 ? "cli.merge.written-reports" : "cli.merge.written", written), "bold", colour));
  return lines.join("\n") + "\n";
}

export async function runMerge(args: ParsedArgs, lang: Lang, io: CliIo, version: string): Promise<number> {
  if (args.positionals.length === 0) throw new UsageError("cli.usage.no-sources");
  const outShown = optionString(args, "out");
  if (!outShown) throw new UsageError("cli.usage.need-out");
  const format = formatOf(args);
  const period = periodOf(args);
  const profile = profileOf(args, io.cwd, lang);
  const force = optionFlag(args, "force");
  const out = resolve(io.cwd, outShown);
  const sources = onceEach(expandSources(args.positionals, io.cwd), lang, io).map((file) => resolve(io.cwd, file));
  refuseOut(out, outShown, sources, force, io.cwd);

  const progress = new Progress(io, lang);
  let read = 0;
  let inputs: MergeInput[];
  let output: MergedOutput;
  try {
    const names = sourceNames(sources);
    progress.show("cli.progress.read", { file: names[0], n: 0, total: sources.length });
    inputs = await readSources(
      sources.map((path, i) => ({ path, name: names[i], profile, period, today: io.today.getTime(), lang })),
      (_, input) => progress.show("cli.progress.read", { file: input.file, n: ++read, total: sources.length }),
    );
    progress.show("cli.progress.merge", { file: outShown });
    output = buildMergedOutput(inputs, { profile, period, withReports: optionFlag(args, "with-reports"), lang, now: io.today, name: basename(out) });
    await writeOutStreamed(out, force, outShown, (tmp) => writeMergedFile(tmp, output));
  } finally {
    progress.clear();
  }
  const json = mergeJson(output, outShown, version, lang);
  io.stdout.write(format === "json" ? JSON.stringify(json, null, 2) + "\n" : mergeText(json, lang, useColour(io.stdout, io.env)));
  return mergeClean(output.result) ? 0 : 1;
}
