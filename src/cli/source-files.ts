/** The files a command is given: directories opened, each file once. */

import { readdirSync, statSync } from "fs";
import { extname, join, relative, resolve } from "path";
import { t, type Lang } from "../core";
import { UsageError } from "./args";
import type { CliIo } from "./io";
import { fileIdentity } from "./out-file";

/**
 * A directory argument means the .xlsx files directly in it (not Excel's ~$ lock files), by name, as MERGE.md
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
      .filter((e) => e.isFile() && extname(e.name).toLowerCase() === ".xlsx" && !e.name.startsWith("~$"))
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
