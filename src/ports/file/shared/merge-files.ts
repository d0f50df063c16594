/**
 * The roll-up of several workbooks held as bytes (the pane's 汇总, in the file worker): each read and checked,
 * reduced to its records and dropped, then merged and written as a new workbook. The files are only read.
 */

import { buildMergedOutput, checkWorkbook, type Lang, type MergeInput, type MergeResult, mergeSource, type Profile, t } from "../../../core";
import { writeMergedBytes } from "./merge-writer";
import { readXlsx } from "./read";
import { isFileRefusal } from "./refusal";

export interface MergeFile {
  name: string;
  bytes: ArrayBuffer;
}

export interface MergeFilesOptions {
  profile?: Profile;
  withReports?: boolean;
  lang: Lang;
  /** The clock (ms), for periods derived from it and the tabs' time of generation. */
  now: number;
  /** The merged workbook's file name. */
  name: string;
}

/** What the pane shows of a roll-up, and the workbook itself. */
export interface MergedFiles {
  bytes: Uint8Array;
  sources: MergeResult["sources"];
  /** Conflicts by rule id. */
  conflicts: Record<string, number>;
  records: number;
  clean: boolean;
}

async function readOne(file: MergeFile, opts: MergeFilesOptions): Promise<MergeInput> {
  try {
    const wb = await readXlsx(file.bytes, file.name);
    return mergeSource(wb, checkWorkbook(wb, { profile: opts.profile, today: new Date(opts.now) }));
  } catch (e) {
    return { file: file.name, error: isFileRefusal(e) ? t(opts.lang, e.key, e.params) : t(opts.lang, "file.corrupt") };
  }
}

export async function mergeFiles(files: readonly MergeFile[], opts: MergeFilesOptions, onRead: (n: number, file: string) => void): Promise<MergedFiles> {
  const inputs: MergeInput[] = [];
  for (const [i, file] of files.entries()) {
    inputs.push(await readOne(file, opts));
    onRead(i + 1, file.name);
  }
  const out = buildMergedOutput(inputs, { profile: opts.profile, withReports: opts.withReports, lang: opts.lang, now: new Date(opts.now), name: opts.name });
  const conflicts: Record<string, number> = {};
  for (const c of out.result.conflicts) conflicts[c.finding.rule] = (conflicts[c.finding.rule] ?? 0) + 1;
  return {
    bytes: await writeMergedBytes(out),
    sources: out.result.sources,
    conflicts,
    records: out.result.sheets.reduce((n, s) => n + s.rows.length, 0),
    clean: !conflicts["merge.unreadable"] && !conflicts["merge.duplicate"],
  };
}
