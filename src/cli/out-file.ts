import { randomBytes } from "crypto";
import { closeSync, fsyncSync, linkSync, lstatSync, openSync, realpathSync, renameSync, rmSync, statSync, writeSync } from "fs";
import { basename, dirname, join } from "path";
import { LIMITS, type MessageKey } from "../core";
import { UsageError } from "./args";

/**
 * Writing the files the CLI produces (reports, templates, profiles): whole or not at all, and never over a
 * file the user did not say may go.
 */

/**
 * What names one existing file whatever the path: its device and inode (a symlink, a hard link, another spelling
 * on a case-insensitive disk) or, where the file system gives no inode, its real path; null when there is none.
 */
export function fileIdentity(path: string): string | null {
  try {
    const st = statSync(path, { bigint: true });
    return st.ino !== 0n ? `${st.dev}:${st.ino}` : realpathSync.native(path);
  } catch {
    return null;
  }
}

/** Whether two paths name one existing file. */
export function sameFile(a: string, b: string): boolean {
  const id = fileIdentity(a);
  return id !== null && id === fileIdentity(b);
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
 * The temporary name beside OUT, after the checks every OUT gets: a name short enough for the temporary one
 * (file systems allow 255 bytes), and no file under it unless `force`.
 */
function tempBeside(path: string, force: boolean, shown: string): string {
  refuseMissingFolder(path, shown);
  const length = Buffer.byteLength(basename(path));
  if (length > LIMITS.fileNameBytes) throw new UsageError("cli.usage.out-name-too-long", { file: shown, length, limit: LIMITS.fileNameBytes });
  if (!force && pathTaken(path)) throw new UsageError("cli.usage.exists", { file: shown });
  return join(dirname(path), `.${basename(path)}.${process.pid}-${randomBytes(4).toString("hex")}.tmp`);
}

/**
 * Refuses an OUT whose folder does not exist, before any work: merge would otherwise read every source first,
 * and the file system's answer (ENOENT) says nothing to a statistician.
 */
export function refuseMissingFolder(path: string, shown: string): void {
  let folder = false;
  try {
    folder = statSync(dirname(path)).isDirectory();
  } catch {
    // Missing, or not reachable: either way there is no folder to write into.
  }
  if (!folder) throw new UsageError("cli.usage.out-folder-missing", { file: shown, folder: dirname(shown) });
}

/** The file system's refusals a user can act on, in words (Windows refuses to replace a file Excel has open: EPERM, EBUSY). */
const WRITE_REFUSALS: Readonly<Record<string, MessageKey>> = {
  EBUSY: "cli.usage.write-denied",
  EACCES: "cli.usage.write-denied",
  EPERM: "cli.usage.write-denied",
  EROFS: "cli.usage.write-denied",
  ENOSPC: "cli.usage.write-disk-full",
  EDQUOT: "cli.usage.write-disk-full",
};

/** A failure of the file system while writing, as the user's message (a refusal already is one). */
function writeFailed(e: unknown, shown: string): UsageError {
  if (e instanceof UsageError) return e;
  const code = (e as NodeJS.ErrnoException).code;
  const words = code === undefined ? undefined : WRITE_REFUSALS[code];
  if (words) return new UsageError(words, { file: shown });
  return new UsageError("cli.usage.write-failed", { file: shown, detail: code ?? String(e) });
}

/** Flushed to disk, then moved into place: a crash never leaves a half-written file under the real name. */
function settle(tmp: string, path: string, force: boolean, shown: string, fill?: (fd: number) => void): void {
  const fd = openSync(tmp, fill ? "wx" : "r+");
  try {
    fill?.(fd);
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
  moveIntoPlace(tmp, path, force, shown);
}

/**
 * Writes `data` to `path` through a temporary file beside it, flushed to disk and then moved into place, so a
 * crash or a full disk never leaves a half-written file under the real name. Without `force` an existing file
 * is left alone (exit 2); the move itself refuses one that appeared meanwhile. `shown` is the name in messages.
 */
export function writeOutFile(path: string, data: string | Uint8Array, force: boolean, shown = path): void {
  const tmp = tempBeside(path, force, shown);
  try {
    settle(tmp, path, force, shown, (fd) => {
      const bytes = typeof data === "string" ? Buffer.from(data, "utf8") : data;
      for (let done = 0; done < bytes.length; ) done += writeSync(fd, bytes, done);
    });
  } catch (e) {
    throw writeFailed(e, shown);
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
  const tmp = tempBeside(path, force, shown);
  try {
    await write(tmp);
    settle(tmp, path, force, shown);
  } catch (e) {
    throw writeFailed(e, shown);
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
