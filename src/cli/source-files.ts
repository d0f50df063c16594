/** The files a command is given: directories opened, each file once. */

import { readdirSync, statSync } from "fs";
import { extname, join, relative, resolve, sep } from "path";
import { t, type Lang } from "../core";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { fileIdentity } from "./out-file";

/**
 * Workbooks a county may send. Only .xlsx (and .xlsm, the same format with macros) are read; an .xls or WPS's
 * .et in the folder is listed as a file that cannot be read, with how to save it as .xlsx, rather than left out
 * unseen (a county missing from the roll-up without a word).
 */
const WORKBOOK_EXTENSIONS: ReadonlySet<string> = new Set([".xlsx", ".xlsm", ".xls", ".et"]);

/**
 * A directory argument means the workbooks directly in it (not Excel's ~$ lock files), by name, as MERGE.md
 * says for merge and a statistician expects of check (`gx-ledger check 各县区/`). Paths stay as given (a file in
 * a directory as the directory's path joined with its name). A merged roll-up written into that directory before
 * is one of them, so merge refuses it as OUT: write it elsewhere.
 */
export function expandSources(args: readonly string[], cwd: string): string[] {
  const files: string[] = [];
  for (const arg of args) {
    let dir = false;
    try {
      dir = statSync(resolve(cwd, arg)).isDirectory();
    } catch {
      // A missing file is a file that cannot be read: listed as such, the others read.
    }
    if (!dir) {
      files.push(arg);
      continue;
    }
    const inside = readdirSync(resolve(cwd, arg), { withFileTypes: true })
      .filter((e) => e.isFile() && WORKBOOK_EXTENSIONS.has(extname(e.name).toLowerCase()) && !e.name.startsWith("~$"))
      .map((e) => join(arg, e.name))
      .sort();
    if (inside.length === 0) throw new UsageError("cli.usage.empty-dir", { dir: arg });
    files.push(...inside);
  }
  return files;
}

/**
 * The files of a command, each existing file once: a file named twice (by name and through its directory, by
 * two paths, through a link) is one file, not two that share every enterprise (which `check` would report as
 * xref.cross-file throughout and `merge` roll up as identical copies). The user is told on stderr. A missing
 * file has no identity: each is kept, to be reported as unreadable.
 */
export function onceEach(files: readonly string[], lang: Lang, io: CliIo): string[] {
  const seen = new Set<string>();
  return files.filter((file) => {
    const path = resolve(io.cwd, file);
    const id = fileIdentity(path);
    if (id === null || !seen.has(id)) {
      if (id !== null) seen.add(id);
      return true;
    }
    io.stderr.write(`gx-ledger: ${t(lang, "cli.named-twice", { file: relative(io.cwd, path) || file })}\n`);
    return false;
  });
}

/**
 * Each source's name in a roll-up (来源文件, 汇总说明, the conflicts): its file name; where sources share one (each
 * county's 台账.xlsx in a folder of its own), as many of its folders as tell them apart (东区/台账.xlsx), else the
 * roll-up could not say which county's file a record came from.
 */
export function sourceNames(paths: readonly string[]): string[] {
  const parts = paths.map((p) => resolve(p).split(sep).filter((x) => x !== ""));
  const depth = parts.map(() => 1);
  const nameOf = (i: number) => parts[i].slice(-depth[i]).join(sep);
  for (;;) {
    const byName = new Map<string, number[]>();
    for (let i = 0; i < parts.length; i++) {
      const name = nameOf(i);
      byName.set(name, [...(byName.get(name) ?? []), i]);
    }
    let longer = false;
    for (const same of byName.values()) {
      if (same.length < 2) continue;
      for (const i of same) {
        if (depth[i] < parts[i].length) {
          depth[i]++;
          longer = true;
        }
      }
    }
    if (!longer) return parts.map((_, i) => nameOf(i));
  }
}
