import { randomBytes } from "crypto";
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "fs";
import { basename, dirname, join } from "path";
import { LIMITS } from "../core";
import { UsageError } from "./args";

/**
 * Writing the files the CLI produces (reports, templates, profiles): whole or not at all, and never over a
 * file the user did not say may go.
 */

/**
 * Whether two paths name one existing file: the same device and inode (a symlink, a hard link, another
 * spelling on a case-insensitive disk) or, where the file system gives no inode, the same real path.
 */
export function sameFile(a: string, b: string): boolean {
  try {
    const sa = statSync(a, { bigint: true });
    const sb = statSync(b, { bigint: true });
    if (sa.ino !== 0n && sa.dev === sb.dev && sa.ino === sb.ino) return true;
    return realpathSync.native(a) === realpathSync.native(b);
  } catch {
    return false;
  }
}

/** Whether anything, even a dangling symlink, already has this name. */
export function pathTaken(path: string): boolean {
  try {
    lstatSync(path);
    return true;
  } catch {
    return false;
  }
}

// Where a file system has no hard links (FAT, some network shares), the no-overwrite move falls back to look-then-rename.
const NO_LINKS = new Set(["EPERM", "ENOTSUP", "EOPNOTSUPP", "ENOSYS", "EXDEV", "EMLINK"]);

/**
 * Writes `data` to `path` through a temporary file beside it, flushed to disk and then moved into place, so a
 * crash or a full disk never leaves a half-written file under the real name. Without `force` an existing file
 * is left alone (exit 2); the move itself refuses one that appeared meanwhile. `shown` is the name in messages.
 */
export function writeOutFile(path: string, data: string | Uint8Array, force: boolean, shown = path): void {
  // The temporary name beside it is longer; file systems allow 255 bytes.
  const length = Buffer.byteLength(basename(path));
  if (length > LIMITS.fileNameBytes) throw new UsageError("cli.usage.out-name-too-long", { file: shown, length, limit: LIMITS.fileNameBytes });
  if (!force && pathTaken(path)) throw new UsageError("cli.usage.exists", { file: shown });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    const fd = openSync(tmp, "wx");
    try {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    moveIntoPlace(tmp, path, force, shown);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError("cli.usage.write-failed", { file: shown, detail: code ?? String(e) });
  } finally {
    // After a rename the temporary name is gone already; after a link it is the second name of the file.
    rmSync(tmp, { force: true });
  }
}

/**
 * As writeOutFile, for a file too large to hold as bytes: `write` streams it into the temporary path it is given,
 * which is then flushed and moved into place.
 */
export async function writeOutStreamed(path: string, force: boolean, shown: string, write: (tmp: string) => Promise<void>): Promise<void> {
  if (!force && pathTaken(path)) throw new UsageError("cli.usage.exists", { file: shown });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
  try {
    await write(tmp);
    const fd = openSync(tmp, "r+");
    try {
      fsyncSync(fd);
    } finally {
      closeSync(fd);
    }
    moveIntoPlace(tmp, path, force, shown);
  } catch (e) {
    if (e instanceof UsageError) throw e;
    const code = (e as NodeJS.ErrnoException).code;
    throw new UsageError("cli.usage.write-failed", { file: shown, detail: code ?? String(e) });
  } finally {
    rmSync(tmp, { force: true });
  }
}

function moveIntoPlace(tmp: string, path: string, force: boolean, shown: string): void {
  if (force) {
    renameSync(tmp, path);
    return;
  }
  try {
    // A hard link fails atomically when the name is taken: no window in which another file could be replaced.
    linkSync(tmp, path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code ?? "";
    if (code === "EEXIST") throw new UsageError("cli.usage.exists", { file: shown });
    if (!NO_LINKS.has(code)) throw e;
    if (pathTaken(path)) throw new UsageError("cli.usage.exists", { file: shown });
    renameSync(tmp, path);
  }
}
