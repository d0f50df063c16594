import { relative, resolve } from "path";
import { t, type Lang } from "../core";
import type { CliIo } from "./io";
import { fileIdentity } from "./out-file";

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
